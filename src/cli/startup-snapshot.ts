// The CLI's start-up snapshot. `node --snapshot-blob F --build-snapshot dist/cli.cjs` (bin/startup-snapshot.mjs
// does it) runs this bundle to its end and saves node's heap in F: the bundle compiled and evaluated, and the
// services made ahead (warm-services.ts). `node --snapshot-blob F -- ARGS` starts from that heap and runs the
// main function set here, which `spbe` would otherwise reach only after ~0.3 s of CPU.
import * as v8 from 'node:v8';

/** When node is building the snapshot: makes the services ahead and sets `main` as what a start from it runs. */
export function prepareStartupSnapshot(main: (argv: string[]) => Promise<number>): void {
    const snapshot = v8.startupSnapshot;
    if (!snapshot?.isBuildingSnapshot()) return;
    // Node saves the heap once the event loop is empty, so the build waits for this.
    import('./warm-services.js').then(warm => warm.makeWarmServices()).catch(err => {
        // A snapshot without its services would be no faster; the builder sees the exit code and keeps none.
        process.stderr.write(`spbe: the start-up snapshot could not make its services: ${(err as Error)?.stack ?? err}\n`);
        process.exitCode = 1;
    });
    // From the snapshot, process.argv is [node, ...ARGS] (no script name).
    snapshot.setDeserializeMainFunction(() => {
        main(process.argv.slice(1)).then(code => { process.exitCode = code; });
    });
}
