// Preloaded into the `spbe check` child process by bench/run.mjs (node --import): reports the process's
// peak resident set size on exit, so the benchmark needs no external `time` tool.
import { writeFileSync } from 'node:fs';

const target = process.env.SPBE_BENCH_RSS_FILE;
if (target) {
    process.on('exit', () => {
        writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
    });
}
