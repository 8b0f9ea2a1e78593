// Preloaded into the `spbe check` child process by bench/run.mjs (node --import): reports the process's
// peak resident set size and its CPU time on exit, so the benchmark needs no external `time` tool.
import { writeFileSync } from 'node:fs';

const target = process.env.SPBE_BENCH_RSS_FILE;
if (target) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        writeFileSync(target, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
    });
}
