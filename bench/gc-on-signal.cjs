// Preloaded into the language server by bench/process.mjs (node --expose-gc --require): SIGUSR2 runs a full
// garbage collection and says so on stderr, so the benchmark can time an edit right after one.
process.on('SIGUSR2', () => {
    global.gc();
    process.stderr.write('spbe-bench: full gc done\n');
});
