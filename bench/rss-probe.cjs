// Preloaded into the `spbe check` child process by bench/run.mjs (node --require: a process started from a
// snapshot runs --require preloads but not --import ones): reports the process's
// peak resident set size and its CPU time on exit, so the benchmark needs no external `time` tool.
// `spbe` may run its command in a child node (started from the CLI's start-up snapshot), which inherits this
// probe: each process appends its own line, and the bench adds the CPU times and takes the largest RSS.
const { appendFileSync } = require('node:fs');

const target = process.env.SPBE_BENCH_RSS_FILE;
if (target) {
    process.on('exit', () => {
        const usage = process.resourceUsage();
        appendFileSync(target, JSON.stringify({ pid: process.pid, maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\n');
    });
}
