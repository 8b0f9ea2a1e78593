// Bundles what the VS Code extension ships: the extension (dist/extension.cjs), the language server
// (dist/server.cjs) and the panels' browser code (dist/webview.js), so the VSIX needs no node_modules; the
// same for the web (vscode.dev): the extension (dist/web/extension.js) and the language server in a web
// worker (dist/web/server-worker.js), built for the browser (a Node module in them fails the build); and the
// command line (dist/cli.cjs, which bin/spbe.js runs), so the npm package needs no out/ tree.
// `--e2e` also bundles the end-to-end Mocha suites (test/e2e/suite/*.test.ts -> out-e2e/).
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { buildSnapshot, snapshotsOff, usableSnapshot } from '../bin/startup-snapshot.mjs';

const production = process.argv.includes('--production');
// `--outdir DIR` writes the bundles there instead of dist/ (the benchmark measures a production build there).
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex >= 0 ? process.argv[outIndex + 1] : 'dist';
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] };
const web = { ...common, platform: 'browser', target: 'es2022' };

// elkjs's GWT code, evaluated in a web worker, takes the worker for ELK's own (`self.onmessage = ...`) and
// exports no in-thread worker: it would cut the language server off its client. The web worker lays out in
// its own thread, as the CLI does, so that test is taken out here; the build fails if elkjs changed it.
const ELK_TAKES_THE_WORKER = "if(typeof document===kwe&&typeof self!==kwe){var i=new h(self);self.onmessage=i.saveDispatch}else ";
const elkInTheWorkersThread = {
    name: 'elk-in-the-workers-thread',
    setup(build) {
        build.onLoad({ filter: /elkjs[\\/]lib[\\/]elk\.bundled\.js$/ }, async args => {
            const text = await readFile(args.path, 'utf8');
            if (text.split(ELK_TAKES_THE_WORKER).length !== 2) throw new Error(`${args.path}: elkjs's worker test is not where bundle.mjs expects it (elkjs updated?)`);
            return { contents: text.replace(ELK_TAKES_THE_WORKER, ''), loader: 'js' };
        });
    }
};

// `--cli` bundles only the command line (npm pack's prepack step).
const cliOnly = process.argv.includes('--cli');
const all = [
    () => bundle({ ...node, entryPoints: ['src/extension/main.ts'], outfile: `${outdir}/extension.cjs` }),
    // The server renders SVG only (PNG export rasterises in the panel; resvg is the CLI's, src/cli/png.ts).
    () => bundle({ ...node, entryPoints: ['src/server/main.ts'], outfile: `${outdir}/server.cjs`, external: ['vscode',
        // ELK runs in the layout thread (elk-thread.cjs, below), so the server need not carry a second copy.
        'elkjs/lib/elk.bundled.js'] }),
    // The language server's layout thread (src/node/thread-layout.ts starts it).
    () => bundle({ ...node, entryPoints: ['src/node/elk-thread.ts'], outfile: `${outdir}/elk-thread.cjs` }),
    () => bundle({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/main.ts'], outfile: `${outdir}/webview.js` }),
    // The web extension (VS Code's web extension host loads it as CommonJS) and its language server worker.
    () => bundle({ ...web, format: 'cjs', external: ['vscode'], entryPoints: ['src/extension/browser.ts'], outfile: `${outdir}/web/extension.js` }),
    () => bundle({ ...web, format: 'iife', entryPoints: ['src/server/web-worker.ts'], outfile: `${outdir}/web/server-worker.js`, plugins: [elkInTheWorkersThread] }),
    // The CLI, as one CommonJS file (last: `--cli` builds only it): node builds a start-up snapshot only of a
    // CommonJS script (bin/startup-snapshot.mjs). Langium and the rest are inside; what stays outside are the
    // packages the npm package depends on and loads when a command needs them: elkjs (the first layout), resvg
    // and its fonts (PNG only; the fonts are files found through their package), exceljs (the XLSX export).
    // They are loaded with require(), made from the bundle's own path: the snapshot builder's require loads
    // only node's built-in modules, and a snapshot cannot import(). `module` is missing in the builder too.
    () => bundle({ ...common, platform: 'node', format: 'cjs', target: 'node20', entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.cjs`,
        external: ['elkjs', 'elkjs/*', '@resvg/resvg-js', 'dejavu-fonts-ttf', 'exceljs'], supported: { 'dynamic-import': false },
        define: { SPBE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version), 'import.meta.url': '__spbeModuleUrl' },
        banner: { js: [
            'var module = typeof module === "object" ? module : { exports: {} };',
            'var require = (0, require)("node:module").createRequire(__filename);',
            'var __spbeModuleUrl = require("node:url").pathToFileURL(__filename).href;'].join('\n') } }),
];

// A bundle whose inputs (esbuild's metafile: sources and node_modules files), options and this script are all
// older than its last build is not built again: `npm test` builds first, and most runs change nothing bundled.
// The record of each build (options, start time, inputs) is kept in node_modules/.cache/spbe-bundle/.
const stampDir = 'node_modules/.cache/spbe-bundle';
const script = statSync(new URL(import.meta.url)).mtimeMs;
const stampOf = options => path.join(stampDir, path.resolve(options.outfile).replace(/[\\/:]/g, '_') + '.json');
function upToDate(options) {
    const stamp = stampOf(options);
    if (!existsSync(options.outfile) || !existsSync(stamp)) return false;
    const record = JSON.parse(readFileSync(stamp, 'utf8'));
    if (JSON.stringify(record.options) !== JSON.stringify(options) || script >= record.started) return false;
    return record.inputs.every(file => existsSync(file) && statSync(file).mtimeMs < record.started);
}
async function bundle(options) {
    if (upToDate(options)) return;
    const started = Date.now();
    const result = await esbuild.build({ ...options, metafile: true });
    mkdirSync(stampDir, { recursive: true });
    writeFileSync(stampOf(options), JSON.stringify({ options, started, inputs: Object.keys(result.metafile.inputs) }));
}
const builds = (cliOnly ? all.slice(-1) : all).map(build => build());
// The CLI revives the built-in library from the AST this bundle serialises (src/node/library-snapshot.ts):
// written again whenever the CLI bundle was, so the snapshot always matches the grammar that reads it. Then
// the bundle's start-up snapshot (bin/startup-snapshot.mjs), which starts from that library: not for the
// npm package (`--cli`, `--outdir`), whose snapshot is made on the machine that runs it.
const cliBundle = `${outdir}/cli.cjs`;
const snapshot = `${outdir}/builtin-library.ast.json`;
builds[builds.length - 1] = builds[builds.length - 1].then(async () => {
    if (!existsSync(snapshot) || statSync(snapshot).mtimeMs < statSync(cliBundle).mtimeMs) {
        const { writeLibrarySnapshot } = createRequire(import.meta.url)(path.resolve(cliBundle));
        await writeLibrarySnapshot(outdir);
    }
    if (!cliOnly && outIndex < 0 && !snapshotsOff() && !usableSnapshot(path.resolve(cliBundle))) buildSnapshot(path.resolve(cliBundle));
});
if (process.argv.includes('--e2e')) {
    const suites = readdirSync('test/e2e/suite').filter(f => f === 'index.ts' || f.endsWith('.test.ts')).map(f => `test/e2e/suite/${f}`);
    builds.push(esbuild.build({
        ...node, sourcemap: true, minify: false, entryPoints: suites, outdir: 'out-e2e/suite', outExtension: { '.js': '.cjs' },
        external: ['vscode', 'mocha']
    }));
}
await Promise.all(builds);
