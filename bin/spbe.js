#!/usr/bin/env node
// The spbe command: the CLI bundle (dist/cli.cjs, built by scripts/bundle.mjs), so an installed package
// needs neither the sources nor the compiled out/ tree. It starts from the bundle's start-up snapshot when
// there is a current one (bin/startup-snapshot.mjs: ~0.3 s less per command), else runs the bundle here and
// has the snapshot built in the background for the next runs.
import { createRequire } from 'node:module';
import { BUNDLE, buildSnapshotInBackground, runFromSnapshot } from './startup-snapshot.mjs';

const args = process.argv.slice(2);
const fromSnapshot = runFromSnapshot(args);
const code = fromSnapshot && await fromSnapshot;
if (code !== undefined) {
    process.exitCode = code;
} else {
    // require, not import: an ES import of a CommonJS file has node scan all of it for its exports first.
    const { main } = createRequire(import.meta.url)(BUNDLE);
    main(args).then(c => { process.exitCode = c; });
    buildSnapshotInBackground();
}
