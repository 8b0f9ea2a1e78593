// The CLI's start-up snapshot (bin/startup-snapshot.mjs, src/cli/startup-snapshot.ts) is a fast path: a run
// started from it must print, write and exit exactly as a run of the bundle itself (SPBE_SNAPSHOT=0), with
// the services it made ahead set to each run's language and rule settings. A snapshot is used only while it
// is that of the current bundle; an installed package builds its own in the background after its first run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { spbe, type CliOptions } from '../helpers/cli.js';
import { ROOT } from '../helpers/services.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const tempDir = tempDirs('spbe-snapshot-');

/** The run both ways: from the snapshot (checked to be so) and from the bundle itself. */
async function bothWays(args: string[], options: CliOptions = {}) {
    const [fast, slow] = await Promise.all([
        spbe(args, { ...options, env: { ...options.env, SPBE_SNAPSHOT: 'verbose' } }),
        spbe(args, { ...options, env: { ...options.env, SPBE_SNAPSHOT: '0' } }),
    ]);
    const started = /^spbe: starting from the snapshot .*\n/;
    expect(fast.stderr).toMatch(started);
    return { fast: { ...fast, stderr: fast.stderr.replace(started, '') }, slow };
}

describe('a run from the start-up snapshot is the same as a run of the bundle', () => {
    // A workspace with errors, warnings (the fuzzers' hostile inputs) and rule settings of its own (spbe.json).
    const workspace = tempDir();
    fs.mkdirSync(path.join(workspace, 'hostile'));
    for (const name of ['seed1-input1344-integration-without-target', 'seed2-input33-unnamed-service', 'seed5-input97-kode-without-code', 'seed7-input1715-code-fix-without-title']) {
        fs.copyFileSync(path.join(ROOT, 'test/fuzz/regressions/inputs', `${name}.spbe`), path.join(workspace, 'hostile', `${name}.spbe`));
    }
    fs.copyFileSync(path.join(ROOT, 'examples/minimal.spbe'), path.join(workspace, 'minimal.spbe'));
    fs.writeFileSync(path.join(workspace, 'spbe.json'), JSON.stringify({ rules: { 'SPBE-T13': 'error', 'SPBE-P06': 'off' } }));

    // The services made ahead meet each run's language (--lang, SPBE_LANG) and rule settings (spbe.json);
    // the process passes on exit codes 0, 1 and 2 and both streams.
    const runs: [string, string[], CliOptions?][] = [
        ['check of hostile inputs with spbe.json rule settings, --lang id', ['check', workspace, '--lang', 'id']],
        ['check of the same, JSON, in English', ['check', workspace, '--format', 'json']],
        ['check --strict, in Indonesian from SPBE_LANG', ['check', 'examples/minimal.spbe', '--strict'], { env: { SPBE_LANG: 'id' } }],
        ['a usage error', ['check', '--format', 'xml', 'examples']],
    ];
    test.each(runs)('%s', async (_, args, options) => {
        const { fast, slow } = await bothWays(args, options);
        expect(fast).toEqual(slow);
        expect(slow.stdout.length + slow.stderr.length).toBeGreaterThan(0);
    });

    test('the files written: a rendered view and a JSON export', async () => {
        const out = tempDir();
        for (const [name, args] of [['view', ['render', 'examples/minimal.spbe', '--view', 'arsitektur']], ['model', ['export', 'examples/kota-malang', '--format', 'json']]] as const) {
            const ext = name === 'view' ? 'svg' : 'json';
            const fastFile = path.join(out, `fast.${ext}`), slowFile = path.join(out, `slow.${ext}`);
            const [fast, slow] = await Promise.all([
                spbe([...args, '-o', fastFile], { env: { SPBE_SNAPSHOT: 'verbose' } }),
                spbe([...args, '-o', slowFile], { env: { SPBE_SNAPSHOT: '0' } }),
            ]);
            expect(fast.stderr).toMatch(/^spbe: starting from the snapshot/);
            expect([fast.code, slow.code]).toEqual([0, 0]);
            expect(fs.readFileSync(fastFile, 'utf8')).toBe(fs.readFileSync(slowFile, 'utf8'));
        }
    });
});

/** A package's layout (bin/, dist/ with what `bundle` writes into it, node_modules/) in a folder of its own, without a snapshot. */
function packageCopy(bundle: (dist: string) => void) {
    const pkg = tempDir();
    fs.cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'dist'));
    bundle(path.join(pkg, 'dist'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'junction');
    const blob = path.join(pkg, 'dist', 'cli.blob');
    return {
        pkg, blob,
        run: (args: string[]) => spbe(args, { bin: path.join(pkg, 'bin', 'spbe.js'), env: { SPBE_SNAPSHOT: 'verbose' } }),
        /** Waits for the background build to end (its lock gone). */
        async built() {
            for (let i = 0; i < 600 && fs.existsSync(`${blob}.lock`); i++) await new Promise(r => setTimeout(r, 100));
            expect(fs.existsSync(`${blob}.lock`)).toBe(false);
        },
    };
}

test('a package without a snapshot builds one after its first run, starts from it next, and ignores it once the bundle changes', async () => {
    const { pkg, run: runIn, built: buildEnded } = packageCopy(dist => {
        for (const f of ['cli.cjs', 'builtin-library.ast.json']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(dist, f));
    });
    const run = () => runIn(['check', 'examples/minimal.spbe']);
    const built = async () => {
        await buildEnded();
        expect(fs.existsSync(path.join(pkg, 'dist', 'cli.blob.json'))).toBe(true);
    };

    const first = await run();
    expect(first.stderr).toMatch(/^spbe: no start-up snapshot yet: building one in .*dist/);
    await built();
    const second = await run();
    expect(second.stderr).toMatch(/^spbe: starting from the snapshot .*cli\.blob \(pid \d+\)\n/);
    expect([second.code, second.stdout]).toEqual([first.code, first.stdout]);
    expect(second.stdout.toString()).toMatch(/1 file checked/);

    // A rebuilt bundle (here: only its time) makes the snapshot stale: not used, built again.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(pkg, 'dist', 'cli.cjs'), later, later);
    const third = await run();
    expect(third.stderr).toMatch(/^spbe: no start-up snapshot yet/);
    expect(third.stdout.toString()).toBe(first.stdout.toString());
    await built();
}, 120_000);

test('a snapshot that cannot be built is not tried again at every run', async () => {
    // A stand-in bundle that runs, but fails when node builds its snapshot.
    const { blob, run, built } = packageCopy(dist => fs.writeFileSync(path.join(dist, 'cli.cjs'), [
        'var module = typeof module === "object" ? module : { exports: {} };',
        'module.exports.main = async () => { process.stdout.write("ran\\n"); return 0; };',
        'if (require("node:v8").startupSnapshot.isBuildingSnapshot()) throw new Error("cannot be snapshotted");',
    ].join('\n')));
    const first = await run(['check']);
    expect([first.code, first.stdout.toString()]).toEqual([0, 'ran\n']);
    expect(first.stderr).toMatch(/building one/);
    await built();
    expect(fs.existsSync(`${blob}.failed`)).toBe(true);
    expect(fs.existsSync(blob)).toBe(false);
    const second = await run(['check']);
    expect([second.code, second.stdout.toString(), second.stderr]).toEqual([0, 'ran\n', '']);
}, 60_000);

test('a signal sent to spbe alone (a time limit) ends the command it started from the snapshot too', async () => {
    const { spawn } = await import('node:child_process');
    const { generateWorkspace, writeWorkspace } = await import('../../bench/generate.mjs' as string) as { generateWorkspace: (size: string, seed: number) => { files: Record<string, string> }; writeWorkspace: (dir: string, files: Record<string, string>) => void };
    // A check that runs for seconds (20,000 elements), stopped right after it started.
    const dir = tempDir();
    writeWorkspace(dir, generateWorkspace('large', 2).files);
    const parent = spawn(process.execPath, [path.join(ROOT, 'bin', 'spbe.js'), 'check', dir], { env: { ...process.env, SPBE_SNAPSHOT: 'verbose' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const childPid = await new Promise<number>((resolve, reject) => {
        let err = '';
        parent.stderr.on('data', (c: Buffer) => { err += c; const m = /\(pid (\d+)\)/.exec(err); if (m) resolve(Number(m[1])); });
        parent.on('exit', () => reject(new Error(`spbe ended before it said which process runs the command: ${err}`)));
    });
    const ended = new Promise<NodeJS.Signals | null>(resolve => parent.on('exit', (_, signal) => resolve(signal)));
    parent.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    const alive = () => { try { process.kill(childPid, 0); return true; } catch { return false; } };
    for (let i = 0; i < 20 && alive(); i++) await new Promise(r => setTimeout(r, 100));
    expect(alive()).toBe(false);
}, 60_000);
