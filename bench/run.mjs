// `npm run bench`: performance figures of SPBE Architect on generated workspaces (bench/generate.mjs).
//
// For each size, after a warm-up, the median of several runs in this one process of:
//   build       cold full build (parse, link, validate + semantic model) through src/cli/load.ts, the CLI's path
//   check       `spbe check` as a whole child process (wall time, and its peak RSS)
//   edit        one keystroke in one open file, rebuilt as the language server does
//               (DocumentBuilder.update([uri], [])): until the edited file's diagnostics are back, and until
//               every document the edit affects is rebuilt; once in an element file, once in the units file
//   completion  the completion provider at a `kode `, a `pemilik ` and a `melindungi ` position (the last
//               offers every architecture element of the workspace)
//   diagrams    layout + SVG of an architecture view of 300 elements and a roadmap of 200 initiatives
// and peak memory; and the whole-process figures of bench/process.mjs: `spbe check` beside LikeC4 (when
// ../shared/peer-likec4 is installed), the GC share of a large check, the language server over stdio
// (open to first diagnostics, keystroke to diagnostics), `spbe render` of a 300-element view and of the
// roadmap (medium). Prints tables and writes bench/results/latest.json.
//
// Usage: node --expose-gc bench/run.mjs [--sizes small,medium,large] [--runs N] [--out file]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, statSync, rmSync, renameSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateWorkspace, writeWorkspace } from './generate.mjs';
import { compareLikeC4, findLikeC4, gcShare, renders, serverFigures } from './process.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const SIZES = opt('sizes', 'small,medium,large').split(',');
const RUNS = Number(opt('runs', '5'));
const OUT = path.resolve(opt('out', path.join(ROOT, 'bench', 'results', 'latest.json')));
const WORK = path.join(os.tmpdir(), 'spbe-bench');

const { loadWorkspace } = await import(pathToFileURL(path.join(ROOT, 'out/cli/load.js')).href);
const { DocumentState, TextDocument, URI } = await import('langium');
const { watchWorkspaceFacts } = await import(pathToFileURL(path.join(ROOT, 'out/language/validation/revalidate.js')).href);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const gc = () => { if (globalThis.gc) globalThis.gc(); };
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Peak RSS of this process, sampled (resourceUsage().maxRSS only ever grows, so sample instead). */
function rssSampler() {
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
    return { stop() { clearInterval(timer); return Math.max(peak, process.memoryUsage().rss); } };
}

/**
 * Runs `fn` once to warm up, then `runs` times; returns the median wall time and the median CPU time of
 * this process (ms). Other work on the machine stretches wall time; CPU time is the closer estimate of
 * what an idle machine would show, so both are reported.
 */
async function measure(runs, fn) {
    await fn(-1);
    const times = [], cpus = [];
    for (let i = 0; i < runs; i++) {
        gc();
        const c0 = process.cpuUsage();
        const t = await fn(i);
        const c = process.cpuUsage(c0);
        times.push(t);
        cpus.push((c.user + c.system) / 1000);
    }
    return { median: round(median(times)), cpu: round(median(cpus)), runs: times.map(t => round(t)) };
}

function countDiagnostics(diagnostics) {
    let errors = 0, warnings = 0;
    for (const list of diagnostics.values()) for (const d of list) {
        if (d.severity === 1) errors++; else if (d.severity === 2) warnings++;
    }
    return { errors, warnings };
}

async function benchBuild(dir) {
    let last, peak = 0;
    const result = await measure(RUNS, async () => {
        last = undefined; gc();
        const sampler = rssSampler();
        const t0 = performance.now();
        last = await loadWorkspace([dir]);
        const t = performance.now() - t0;
        peak = Math.max(peak, sampler.stop());
        return t;
    });
    return { ...result, peakRssMB: round(peak / 2 ** 20, 0), diagnostics: countDiagnostics(last.diagnostics), workspace: last };
}

/**
 * One keystroke in `file`, as the language server handles it: the editor's text document changes and
 * DocumentBuilder.update([uri], []) re-parses it and relinks/revalidates what depends on it.
 */
async function measureEdit(services, file, makeEdit) {
    const own = [], all = [], cpus = [], ownAfterGc = [];
    const shared = services.shared;
    const uri = URI.file(file);
    const original = readFileSync(file, 'utf8');
    let version = 1;
    let rebuilt = 0;
    // Each run is measured twice: as typing goes (no forced collection in between), and right after a full
    // garbage collection (V8 then deoptimises part of the code, so that edit is several times slower; the
    // server meets that now and then, after a major collection, not on every keystroke).
    for (let k = -2; k < 2 * RUNS; k++) {
        const i = Math.floor(k / 2), afterGc = (k & 1) === 1;
        if (afterGc) gc();
        const text = makeEdit(original, k + 2);
        shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'spbe', ++version, text));
        let ownDone = 0;
        rebuilt = 0;
        const listener = shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (doc) => {
            rebuilt++;
            if (doc.uri.toString() === uri.toString()) ownDone = performance.now();
        });
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await shared.workspace.DocumentBuilder.update([uri], []);
        const t1 = performance.now();
        const c = process.cpuUsage(c0);
        listener.dispose();
        if (!ownDone) throw new Error(`edit of ${file}: the edited document was not revalidated`);
        const doc = shared.workspace.LangiumDocuments.getDocument(uri);
        const errors = (doc.diagnostics ?? []).filter(d => d.severity === 1);
        if (errors.length) throw new Error(`edit of ${file} introduced errors: ${errors[0].message}`);
        if (i >= 0 && afterGc) ownAfterGc.push(ownDone - t0);
        else if (i >= 0) { own.push(ownDone - t0); all.push(t1 - t0); cpus.push((c.user + c.system) / 1000); }
    }
    // Leave the file as it was on disk.
    shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'spbe', ++version, original));
    await shared.workspace.DocumentBuilder.update([uri], []);
    return { file: path.relative(WORK, file), diagnosticsMs: round(median(own)), diagnosticsAfterGcMs: round(median(ownAfterGc)), allAffectedMs: round(median(all)), allAffectedCpuMs: round(median(cpus)), runs: own.map(t => round(t)), documentsRebuilt: rebuilt };
}

/** Completion at the end of `marker` in a block appended to `file` (open in the editor). */
async function measureCompletion(services, file, block, marker) {
    const shared = services.shared;
    const uri = URI.file(file);
    const original = readFileSync(file, 'utf8');
    const text = original + '\n' + block + '\n';
    const offset = original.length + 1 + block.indexOf(marker) + marker.length;
    const textDocument = TextDocument.create(uri.toString(), 'spbe', 1000, text);
    shared.workspace.TextDocuments.set(textDocument);
    await shared.workspace.DocumentBuilder.update([uri], []);
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    const params = { textDocument: { uri: uri.toString() }, position: textDocument.positionAt(offset) };
    let count = 0;
    const times = [], cpus = [];
    for (let i = -1; i < RUNS; i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const list = await services.lsp.CompletionProvider.getCompletion(document, params);
        const t = performance.now() - t0;
        const c = process.cpuUsage(c0);
        count = list?.items.length ?? 0;
        if (i >= 0) { times.push(t); cpus.push((c.user + c.system) / 1000); }
    }
    shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'spbe', 1001, original));
    await shared.workspace.DocumentBuilder.update([uri], []);
    return { at: marker.trim(), median: round(median(times)), cpu: round(median(cpus)), runs: times.map(t => round(t)), items: count };
}

/** Layout + SVG through src/diagram, when that module is present. */
async function benchDiagrams(model) {
    const entry = path.join(ROOT, 'out/diagram/index.js');
    if (!existsSync(entry)) return { available: false, note: 'src/diagram not present on this branch' };
    const diagram = await import(pathToFileURL(entry).href);
    const { architectureSubset, roadmapSubset } = await import('./subsets.mjs');
    const out = { available: true };
    if (typeof diagram.renderArchitectureSvg === 'function') {
        const sub = architectureSubset(model, 300);
        const r = await measure(RUNS, async () => { const t0 = performance.now(); const svg = await diagram.renderArchitectureSvg(sub); if (!String(svg).includes('<svg')) throw new Error('no svg'); return performance.now() - t0; });
        out.architecture300 = { ...r, elements: sub.elements.length, relations: sub.relations.length };
    }
    if (typeof diagram.renderRoadmapSvg === 'function') {
        const sub = roadmapSubset(model, 200);
        const r = await measure(RUNS, async () => { const t0 = performance.now(); const svg = await diagram.renderRoadmapSvg(sub); if (!String(svg).includes('<svg')) throw new Error('no svg'); return performance.now() - t0; });
        out.roadmap200 = { ...r, initiatives: sub.roadmap.initiatives.length };
    }
    return out;
}

function machine() {
    const free = spawnSync('free', ['-h'], { encoding: 'utf8' });
    return {
        date: new Date().toISOString(),
        node: process.version,
        nproc: os.availableParallelism?.() ?? os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memory: free.status === 0 ? free.stdout.split('\n')[1]?.replace(/\s+/g, ' ').trim() : `${round(os.totalmem() / 2 ** 30)} GiB`,
        loadavgAtStart: os.loadavg().map(x => round(x, 2)),
    };
}

/**
 * The language server as the VSIX ships it: built here in production mode (minified, no source map) into
 * a temporary folder, so the figure does not depend on which build dist/ holds. Then its start, as the
 * extension sees it: spawn `node server.cjs --stdio`, send `initialize`, wait for the answer (median).
 */
async function serverBundle(runs) {
    const outdir = path.join(WORK, 'bundle');
    rmSync(outdir, { recursive: true, force: true });
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--production', '--outdir', outdir], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) return { note: `the production bundle did not build: ${built.stderr.slice(-500)}` };
    const file = path.join(outdir, 'server.cjs');
    const times = [];
    for (let i = -1; i < runs; i++) {
        const t = await initializeServer(file);
        if (i >= 0) times.push(t);
    }
    return { bundle: 'server.cjs (production build)', bytes: statSync(file).size, startMs: round(median(times)), startRuns: times.map(t => round(t)) };
}

async function initializeServer(file) {
    const { spawn } = await import('node:child_process');
    const t0 = performance.now();
    const child = spawn(process.execPath, [file, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const send = (msg) => { const body = JSON.stringify(msg); child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`); };
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } });
    await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', d => { out += d; if (out.includes('"id":1')) resolve(); });
        child.on('exit', code => reject(new Error(`the language server exited (${code}) before answering initialize`)));
    });
    const t = performance.now() - t0;
    child.removeAllListeners('exit');
    child.kill();
    return t;
}

// ---------------------------------------------------------------- main
mkdirSync(WORK, { recursive: true });
const results = { machine: machine(), runs: RUNS, sizes: {} };
const peer = findLikeC4();
results.likec4 = peer.missing ? { note: peer.missing } : { version: peer.version };
console.log(`SPBE Architect benchmark: ${RUNS} runs after a warm-up, medians in ms (${results.machine.nproc} cores, node ${process.version}, load ${results.machine.loadavgAtStart.join(' ')})`);
for (const size of SIZES) {
    const dir = path.join(WORK, size);
    const { files, stats } = generateWorkspace(size, 1);
    writeWorkspace(dir, files);
    console.log(`\n[${size}] ${stats.files} files, ${stats.units} units, ${stats.elements} elements, ${stats.relations} relations, ${stats.initiatives} initiatives`);
    const r = { workspace: stats };
    const build = await benchBuild(dir);
    const services = build.workspace.services;
    // As in the language server: after each build, the workspace facts' signatures are compared so other
    // files' findings are re-validated when they changed (src/language/validation/revalidate.ts).
    watchWorkspaceFacts(services);
    const model = build.workspace.model;
    delete build.workspace;
    r.build = build;
    console.log(`  build      ${build.median} ms, CPU ${build.cpu} ms  (errors ${build.diagnostics.errors}, warnings ${build.diagnostics.warnings}, peak rss ${build.peakRssMB} MB)`);
    if (build.diagnostics.errors) throw new Error(`${size}: the generated workspace has ${build.diagnostics.errors} errors`);

    // A keystroke in the middle of an element title: symbols stay, the text changes.
    const groupDirs = readdirSync(dir).filter(d => d.startsWith('opd')).sort();
    const mid = path.join(dir, groupDirs[groupDirs.length >> 1]);
    const typeInTitle = (text, i) => text.replace(/^(proses \S+ "[^"]*)"/m, `$1${'x'.repeat((i + 2) % 3 + 1)}"`);
    r.editElementFile = await measureEdit(services, path.join(mid, 'proses-bisnis.spbe'), typeInTitle);
    console.log(`  edit       ${r.editElementFile.diagnosticsMs} ms to the edited file's diagnostics (${r.editElementFile.diagnosticsAfterGcMs} ms right after a full GC), ${r.editElementFile.allAffectedMs} ms all affected (${r.editElementFile.documentsRebuilt} documents rebuilt)`);
    const typeInUnit = (text, i) => text.replace(/^(unit \S+ "[^"]*)"/m, `$1${'x'.repeat((i + 2) % 3 + 1)}"`);
    r.editUnitsFile = await measureEdit(services, path.join(dir, 'instansi.spbe'), typeInUnit);
    console.log(`  edit units ${r.editUnitsFile.diagnosticsMs} ms to the edited file's diagnostics (${r.editUnitsFile.diagnosticsAfterGcMs} ms right after a full GC), ${r.editUnitsFile.allAffectedMs} ms all affected (${r.editUnitsFile.documentsRebuilt} documents rebuilt)`);

    const keamananFile = path.join(mid, 'keamanan.spbe');
    const prosesFile = path.join(mid, 'proses-bisnis.spbe');
    r.completion = [
        await measureCompletion(services, prosesFile, 'proses BenchKode "Bench" {\n    kode \n}', '    kode '),
        await measureCompletion(services, prosesFile, 'proses BenchPemilik "Bench" {\n    pemilik \n}', '    pemilik '),
        await measureCompletion(services, keamananFile, 'keamanan BenchMelindungi "Bench" {\n    kategori standar\n    melindungi \n}', '    melindungi '),
    ];
    for (const c of r.completion) console.log(`  completion ${c.median} ms, CPU ${c.cpu} ms at '${c.at}' (${c.items} items)`);

    r.diagrams = size === 'large' ? await benchDiagrams(model) : undefined;
    if (r.diagrams) console.log(`  diagrams   ${JSON.stringify(r.diagrams)}`);

    const checkRuns = size === 'large' ? Math.min(RUNS, 3) : RUNS;
    // `spbe check` as a process, interleaved with LikeC4 on a workspace of the same size when it is installed.
    const compared = compareLikeC4(size, dir, WORK, checkRuns);
    r.check = { median: compared.spbe.wallMs, cpu: compared.spbe.cpuMs, peakRssMB: compared.spbe.peakRssMB, runs: compared.spbe.wallRuns };
    r.likec4 = compared.likec4;
    r.ratio = compared.ratio;
    console.log(`  spbe check ${r.check.median} ms, CPU ${r.check.cpu} ms  (peak rss ${r.check.peakRssMB} MB, ${checkRuns} runs)`);
    if (r.ratio) console.log(`  likec4     ${r.likec4.wallMs} ms, CPU ${r.likec4.cpuMs} ms  (peak rss ${r.likec4.peakRssMB} MB); spbe/likec4 wall ${r.ratio.wall}, CPU ${r.ratio.cpu}`);
    else console.log(`  likec4     not measured: ${r.likec4.note}`);
    if (size === 'large') {
        r.gc = gcShare(dir, WORK);
        console.log(`  gc share   ${r.gc.gcPercent}% of a ${r.gc.profiledMs} ms profile of spbe check (${r.gc.top.join(', ')})`);
    }
    // The language server as the extension runs it, on this workspace: open a file, then type in it.
    r.server = await serverFigures(dir, path.join(mid, 'proses-bisnis.spbe'), size === 'large' ? 2 * RUNS : RUNS);
    console.log(`  server     open to first diagnostics ${r.server.openToFirstDiagnosticsMs} ms; keystroke to diagnostics median ${r.server.editMedianMs} ms, p95 ${r.server.editP95Ms} ms; right after a full GC median ${r.server.editAfterFullGcMedianMs} ms, p95 ${r.server.editAfterFullGcP95Ms} ms`);
    if (size === 'medium' || SIZES.length === 1) {
        const { architectureSubset } = await import('./subsets.mjs');
        r.renders = renders(dir, architectureSubset(model, 300).elements.map(e => e.id), WORK, RUNS);
        console.log(`  render     ${r.renders.architecture.elements}-element view ${r.renders.architecture.wallMs} ms (CPU ${r.renders.architecture.cpuMs}), roadmap of ${r.workspace.initiatives} initiatives ${r.renders.roadmap.wallMs} ms (CPU ${r.renders.roadmap.cpuMs})`);
    }
    results.sizes[size] = r;
    gc();
}
results.bundle = await serverBundle(RUNS);
results.machine.loadavgAtEnd = os.loadavg().map(x => round(x, 2));

// Table
const rows = [['', ...SIZES]];
const cell = (f) => SIZES.map(s => { try { const v = f(results.sizes[s]); return v === undefined ? '-' : String(v); } catch { return '-'; } });
rows.push(['files / elements / relations / initiatives', ...cell(r => `${r.workspace.files} / ${r.workspace.elements} / ${r.workspace.relations} / ${r.workspace.initiatives}`)]);
rows.push(['full build in process (ms) [CPU]', ...cell(r => `${r.build.median} [${r.build.cpu}]`)]);
rows.push(['`spbe check` process (ms) [CPU]', ...cell(r => `${r.check.median} [${r.check.cpu}]`)]);
rows.push(['`spbe check` peak RSS (MB)', ...cell(r => r.check.peakRssMB)]);
rows.push(['LikeC4 `validate --no-layout` process (ms) [CPU] (peak RSS MB)', ...cell(r => r.ratio && `${r.likec4.wallMs} [${r.likec4.cpuMs}] (${r.likec4.peakRssMB})`)]);
rows.push(['spbe / LikeC4, wall [CPU]', ...cell(r => r.ratio && `${r.ratio.wall} [${r.ratio.cpu}]`)]);
rows.push(['GC share of a `spbe check` profile', ...cell(r => r.gc && `${r.gc.gcPercent}%`)]);
rows.push(['server: open a file to its first diagnostics (ms)', ...cell(r => r.server.openToFirstDiagnosticsMs)]);
rows.push(['server: keystroke to diagnostics, median / p95 (ms)', ...cell(r => `${r.server.editMedianMs} / ${r.server.editP95Ms}`)]);
rows.push(['server: same, right after a full GC, median / p95 (ms)', ...cell(r => `${r.server.editAfterFullGcMedianMs} / ${r.server.editAfterFullGcP95Ms}`)]);
rows.push(['`spbe render` 300-element view, process (ms) [CPU]', ...cell(r => r.renders && `${r.renders.architecture.wallMs} [${r.renders.architecture.cpuMs}]`)]);
rows.push(['`spbe render` roadmap, process (ms) [CPU]', ...cell(r => r.renders && `${r.renders.roadmap.wallMs} [${r.renders.roadmap.cpuMs}] (${r.workspace.initiatives} initiatives)`)]);
rows.push(['edit in element file: its diagnostics (ms) [right after a full GC]', ...cell(r => `${r.editElementFile.diagnosticsMs} [${r.editElementFile.diagnosticsAfterGcMs}]`)]);
rows.push(['edit in element file: all affected rebuilt (ms) [CPU]', ...cell(r => `${r.editElementFile.allAffectedMs} [${r.editElementFile.allAffectedCpuMs}] (${r.editElementFile.documentsRebuilt} docs)`)]);
rows.push(['edit in units file: its diagnostics (ms) [right after a full GC]', ...cell(r => `${r.editUnitsFile.diagnosticsMs} [${r.editUnitsFile.diagnosticsAfterGcMs}]`)]);
rows.push(['edit in units file: all affected rebuilt (ms) [CPU]', ...cell(r => `${r.editUnitsFile.allAffectedMs} [${r.editUnitsFile.allAffectedCpuMs}] (${r.editUnitsFile.documentsRebuilt} docs)`)]);
for (let k = 0; k < 3; k++) rows.push([`completion at \`${results.sizes[SIZES[0]].completion[k].at}\` (ms) [CPU]`, ...cell(r => `${r.completion[k].median} [${r.completion[k].cpu}] (${r.completion[k].items} items)`)]);
rows.push(['architecture view, 300 elements (ms) [CPU]', ...cell(r => r.diagrams?.architecture300 && `${r.diagrams.architecture300.median} [${r.diagrams.architecture300.cpu}]`)]);
rows.push(['roadmap, 200 initiatives (ms) [CPU]', ...cell(r => r.diagrams?.roadmap200 && `${r.diagrams.roadmap200.median} [${r.diagrams.roadmap200.cpu}]`)]);
const table = [
    `| ${rows[0].join(' | ')} |`,
    `|${rows[0].map(() => '---').join('|')}|`,
    ...rows.slice(1).map(r => `| ${r.join(' | ')} |`),
].join('\n');
results.table = table;
console.log('\n' + table);
console.log(`\nlanguage server bundle: ${results.bundle.bundle ? `${results.bundle.bundle} ${round(results.bundle.bytes / 2 ** 20, 2)} MiB; spawn until initialize answered: median ${results.bundle.startMs} ms (${RUNS} runs)` : results.bundle.note}`);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT + '.tmp', JSON.stringify(results, null, 2) + '\n');
renameSync(OUT + '.tmp', OUT);
console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
rmSync(path.join(WORK, `rss-${process.pid}.txt`), { force: true });
