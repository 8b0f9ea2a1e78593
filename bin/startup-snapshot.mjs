// The start-up snapshot of the CLI bundle (see src/cli/startup-snapshot.ts): where it is kept, whether it can
// be used, how it is built. A snapshot belongs to one node binary and one build of the bundle, so it is made
// on the machine that runs it: by the build (scripts/bundle.mjs), or, for an installed package, by the first
// `spbe` run, in the background, for the runs after it. Kept beside the bundle (dist/cli.blob), or, where
// the package cannot be written, in the user's cache folder. SPBE_SNAPSHOT=0 turns it off; SPBE_SNAPSHOT=verbose
// says on stderr how each run started.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE = path.join(HERE, '..', 'dist', 'cli.cjs');
const BLOB = 'cli.blob';

/** What a snapshot was built from; it is used only while all of it still holds. */
function stamp(bundle) {
    const s = statSync(bundle);
    return { node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath, bundle: path.resolve(bundle), size: s.size, mtimeMs: s.mtimeMs };
}

/** The folders a snapshot of `bundle` may be kept in: beside it, then the user's cache (for a read-only install). */
function* folders(bundle) {
    yield path.dirname(bundle);
    const cacheRoot = process.env.SPBE_CACHE_DIR
        || (process.platform === 'win32' ? process.env.LOCALAPPDATA : process.env.XDG_CACHE_HOME)
        || path.join(os.homedir(), '.cache');
    const key = createHash('sha256').update(path.resolve(bundle)).digest('hex').slice(0, 16);
    yield path.join(cacheRoot, 'spbe-architect', key);
}

/** SPBE_SNAPSHOT=0 (or the library snapshot turned off, which the start-up snapshot starts from): none used or built. */
export const snapshotsOff = () => process.env.SPBE_SNAPSHOT === '0' || process.env.SPBE_LIBRARY_SNAPSHOT === '0';
const say = (message) => { if (process.env.SPBE_SNAPSHOT === 'verbose') process.stderr.write(`spbe: ${message}\n`); };

/** The snapshot to start `bundle` from, if a current one was built by this node; else undefined. */
export function usableSnapshot(bundle = BUNDLE) {
    let want;
    try { want = JSON.stringify(stamp(bundle)); } catch { return undefined; }
    for (const dir of folders(bundle)) {
        const blob = path.join(dir, BLOB);
        try {
            if (readFileSync(`${blob}.json`, 'utf8') === want && statSync(blob).size > 0) return blob;
        } catch { /* none here */ }
    }
    return undefined;
}

/**
 * Runs `spbe args` from the snapshot as a child node (the only way to start from a snapshot is node's
 * command line); resolves to its exit code, or to undefined when the child could not be started, and the
 * caller runs the bundle itself. Returns undefined at once when there is no usable snapshot. A child ended
 * by a signal ends this process alike.
 */
export function runFromSnapshot(args, bundle = BUNDLE) {
    const blob = snapshotsOff() ? undefined : usableSnapshot(bundle);
    if (!blob) return undefined;
    return new Promise(resolve => {
        const child = spawn(process.execPath, [...process.execArgv, '--snapshot-blob', blob, '--', ...args], { stdio: 'inherit', windowsHide: true });
        // A signal sent to this process alone (a test runner's or a CI step's time limit) is passed on: no
        // command goes on running without the process that started it.
        const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', ...(process.platform === 'win32' ? ['SIGBREAK'] : [])];
        const forward = signal => { try { child.kill(signal); } catch { /* already gone */ } };
        for (const signal of signals) process.on(signal, forward);
        let started = false;
        child.on('spawn', () => { started = true; say(`starting from the snapshot ${blob} (pid ${child.pid})`); });
        child.on('error', () => { if (!started) resolve(undefined); });
        child.on('exit', (code, signal) => {
            for (const s of signals) process.off(s, forward);
            if (signal) {
                process.kill(process.pid, signal);
                resolve(128 + (os.constants.signals[signal] ?? 0));
            } else {
                resolve(code ?? 1);
            }
        });
    });
}

/**
 * Builds the snapshot of `bundle` into the first folder that can be written, whole or not at all: into a
 * temporary file, checked by running `--version` from it, then renamed. Returns its path, or throws.
 */
export function buildSnapshot(bundle = BUNDLE) {
    const before = JSON.stringify(stamp(bundle));
    const dir = [...folders(bundle)].find(writable);
    if (!dir) throw new Error('no folder to keep the start-up snapshot in can be written');
    const blob = path.join(dir, BLOB);
    const tmp = `${blob}.${process.pid}.tmp`;
    try {
        const built = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', bundle], { encoding: 'utf8', windowsHide: true });
        if (built.status !== 0) throw new Error(`node --build-snapshot failed (${built.status ?? built.signal}): ${built.stderr.trim().split('\n').slice(-3).join(' ')}`);
        const version = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--', '--version'], { encoding: 'utf8', windowsHide: true });
        if (version.status !== 0 || !/^spbe \S+\n$/.test(version.stdout)) throw new Error(`the snapshot does not run: ${version.stderr.trim().split('\n')[0] ?? version.status}`);
        if (JSON.stringify(stamp(bundle)) !== before) throw new Error('the bundle changed while its snapshot was built');
        // The stamp goes last: a snapshot is used only once its stamp says it is that of this bundle.
        rmSync(`${blob}.json`, { force: true });
        renameSync(tmp, blob);
        writeFileSync(`${blob}.json.${process.pid}.tmp`, before);
        renameSync(`${blob}.json.${process.pid}.tmp`, `${blob}.json`);
        return blob;
    } finally {
        rmSync(tmp, { force: true });
    }
}

function writable(dir) {
    try {
        mkdirSync(dir, { recursive: true });
        accessSync(dir, constants.W_OK);
        return true;
    } catch {
        return false;
    }
}

/**
 * After a start without a snapshot: builds one in a detached background process for the runs after this
 * one, unless one is being built (a lock file younger than two minutes) or snapshots are off.
 */
export function buildSnapshotInBackground(bundle = BUNDLE) {
    if (snapshotsOff() || !existsSync(bundle)) return;
    const dir = [...folders(bundle)].find(writable);
    if (!dir) return;
    // A build that failed for this bundle and node is not tried again at every run.
    try {
        if (readFileSync(path.join(dir, `${BLOB}.failed`), 'utf8') === JSON.stringify(stamp(bundle))) return;
    } catch { /* none failed */ }
    const lock = path.join(dir, `${BLOB}.lock`);
    try {
        if (Date.now() - statSync(lock).mtimeMs < 120_000) return;
        rmSync(lock, { force: true });
    } catch { /* no lock */ }
    try {
        closeSync(openSync(lock, 'wx'));
    } catch {
        return; // another run took the lock first
    }
    say(`no start-up snapshot yet: building one in ${dir} for the next runs`);
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), bundle, lock], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => rmSync(lock, { force: true }));
    child.unref();
}

// `node bin/startup-snapshot.mjs BUNDLE [LOCK]`: the background build (and the build's own step).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const [bundle, lock] = process.argv.slice(2);
    try {
        buildSnapshot(bundle ?? BUNDLE);
    } catch (err) {
        process.stderr.write(`spbe: start-up snapshot not built: ${err.message}\n`);
        process.exitCode = 1;
        if (lock) {
            try { writeFileSync(path.join(path.dirname(lock), `${BLOB}.failed`), JSON.stringify(stamp(bundle ?? BUNDLE))); } catch { /* nowhere to say so */ }
        }
    } finally {
        if (lock) rmSync(lock, { force: true });
    }
}
