#!/usr/bin/env node
// Benchmarks `spbe check` on a folder: the median wall time of the whole CLI (child process, N runs), and
// in one process the median time of building the workspace with and without validation (the rules' cost).
// Usage: node scripts/bench-check.mjs [folder=examples/kota-malang] [runs=7]. Prints medians; asserts nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const folder = resolve(process.argv[2] ?? join(root, 'examples/kota-malang'));
const runs = Number(process.argv[3] ?? 7);
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cli = [];
for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/spbe.js'), 'check', folder], { encoding: 'utf8' });
    cli.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`spbe check failed: ${r.stderr}`);
}

const { createSpbeServices } = await import(join(root, 'out/language/spbe-module.js'));
const { buildWorkspace } = await import(join(root, 'out/model/build-workspace.js'));
const { NodeFileSystem } = await import('langium/node');
const { URI } = await import('langium');
const files = readdirSync(folder).filter(f => f.endsWith('.spbe'));
const sources = files.map(f => ({ uri: URI.file(join(folder, f)).toString(), text: readFileSync(join(folder, f), 'utf8') }));

async function timeBuild(validation) {
    const { Spbe } = createSpbeServices(NodeFileSystem);
    const t0 = performance.now();
    if (validation) await buildWorkspace(Spbe, sources);
    else {
        const { ensureBuiltinLibrary } = await import(join(root, 'out/language/builtin-document.js'));
        const docs = [ensureBuiltinLibrary(Spbe.shared), ...sources.map(s => Spbe.shared.workspace.LangiumDocumentFactory.fromString(s.text, URI.parse(s.uri)))];
        docs.slice(1).forEach(d => Spbe.shared.workspace.LangiumDocuments.addDocument(d));
        await Spbe.shared.workspace.DocumentBuilder.build(docs, { validation: false });
    }
    return performance.now() - t0;
}
const withValidation = [], without = [];
for (let i = 0; i < runs; i++) {
    without.push(await timeBuild(false));
    withValidation.push(await timeBuild(true));
}
const ms = x => `${x.toFixed(0)} ms`;
console.log(`${files.length} files in ${folder}, ${runs} runs each (medians)`);
console.log(`spbe check (whole CLI, child process): ${ms(median(cli))}`);
console.log(`in-process build with validation:      ${ms(median(withValidation))}`);
console.log(`in-process build without validation:   ${ms(median(without))}`);
