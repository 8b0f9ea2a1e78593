// `npm run build`: generate, then type-check/compile (tsc -b -> out/), type-check the browser code, and
// bundle (esbuild -> dist/) side by side: the three only read the sources, and running them one after
// another left a core idle for most of the build. Fails (exit 1) if any of them fails, after all finished.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = (script, ...args) => [process.execPath, [path.join(root, script), ...args]];
const tsc = 'node_modules/typescript/bin/tsc';

for (const [cmd, args] of [node('scripts/generate-reference.mjs'), node('scripts/langium-generate.mjs')]) {
    const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
}

const steps = [
    node(tsc, '-b', 'tsconfig.json'),
    node(tsc, '-b', 'src/webview/tsconfig.json'),
    node('scripts/bundle.mjs', ...process.argv.slice(2)),
];
const codes = await Promise.all(steps.map(([cmd, args]) => new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('error', error => { console.error(error.message); resolve(1); });
    child.on('close', code => resolve(code ?? 1));
})));
process.exitCode = codes.some(code => code !== 0) ? 1 : 0;
