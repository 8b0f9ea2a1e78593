// Writes a CLI output file whole or not at all: the bytes go to a temporary file in the same folder,
// which is then renamed over the target (rename is atomic within one file system). A failure at any
// point removes the temporary file and leaves an existing target untouched. Problems the user can fix
// (the path is a folder, the folder does not exist, no permission) are UsageErrors naming the path.
import { promises as fs, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFsError, UsageError } from './errors.js';

/** Temporary files not yet renamed; removed if the process exits before it gets there. */
const pending = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
    if (exitHookInstalled) return;
    exitHookInstalled = true;
    process.once('exit', () => {
        for (const file of pending) {
            try { unlinkSync(file); } catch { /* already gone */ }
        }
    });
}


/** Why an output cannot be written, in words. */
function reason(err: unknown): string {
    return describeFsError(err, 'its folder does not exist');
}

/**
 * Checks, before any work is done, that `target` can be written: not a folder, in a folder that
 * exists. (Permission is only known for certain when writing; writeOutputFile reports that.)
 */
export async function checkOutputTarget(target: string): Promise<{ abs: string; mode?: number }> {
    const abs = path.resolve(target);
    // Messages name the path as the user wrote it.
    const shown = (p: string) => (p === abs ? target : path.relative(process.cwd(), p) || p);
    const dir = path.dirname(abs);
    let mode: number | undefined;
    try {
        const stat = await fs.stat(abs);
        if (stat.isDirectory()) throw new UsageError(`${shown(abs)}: is a folder; give a file name for the output`);
        if (!stat.isFile()) throw new UsageError(`${shown(abs)}: is not a regular file; give a file name for the output`);
        mode = stat.mode & 0o7777;
    } catch (err) {
        if (err instanceof UsageError) throw err;
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`${shown(abs)}: cannot write output (${reason(err)})`);
    }
    try {
        const dirStat = await fs.stat(dir);
        if (!dirStat.isDirectory()) throw new UsageError(`${shown(abs)}: cannot write output (${shown(dir)} is not a folder)`);
    } catch (err) {
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${shown(abs)}: cannot write output (${reason(err)})`);
    }
    return { abs, mode };
}

export interface OutputLocation {
    /** 'folder': the output is a folder, replaced whole (the CSV export). Default: a file. */
    kind?: 'file' | 'folder';
    /** Missing folders above the output are created when it is written (spbe render); otherwise they must exist. */
    createFolders?: boolean;
}

/**
 * The early check every command that writes runs before doing any work, so a bad -o costs the user a
 * second, not a whole build and layout: the output is not a folder (or, for a folder output, not a file),
 * no part of its path is a file, its folder exists (or can be created), and a file can be created in that
 * folder. The last is tried, not guessed: a probe file is created there and removed at once, since
 * permissions (root ignores them), read-only and special file systems are only known for certain by
 * trying. The write itself still goes through writeOutputFile, which checks again.
 */
export async function checkOutputLocation(target: string, location: OutputLocation = {}): Promise<void> {
    const abs = path.resolve(target);
    const shown = (p: string) => (p === abs ? target : path.relative(process.cwd(), p) || p);
    const fail = (why: string) => new UsageError(`${shown(abs)}: cannot write output (${why})`);
    let existing;
    try {
        existing = await fs.stat(abs);
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw fail(reason(err));
    }
    if (existing && location.kind === 'folder') {
        if (!existing.isDirectory()) throw new UsageError(`${shown(abs)}: exists and is not a folder; give a folder for this output`);
    } else if (existing) {
        if (existing.isDirectory()) throw new UsageError(`${shown(abs)}: is a folder; give a file name for the output`);
        if (!existing.isFile()) throw new UsageError(`${shown(abs)}: is not a regular file; give a file name for the output`);
    }
    // The folder that gets the new entry: the parent, or (when folders are created) the nearest one that exists.
    let dir = path.dirname(abs);
    for (;;) {
        try {
            if (!(await fs.stat(dir)).isDirectory()) throw fail(`${shown(dir)} is not a folder`);
            break;
        } catch (err) {
            if (err instanceof UsageError) throw err;
            const up = path.dirname(dir);
            if ((err as NodeJS.ErrnoException).code === 'ENOENT' && location.createFolders && up !== dir) { dir = up; continue; }
            throw fail(reason(err));
        }
    }
    const probe = path.join(dir, `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    installExitHook();
    pending.add(probe);
    try {
        await (await fs.open(probe, 'wx')).close();
    } catch (err) {
        throw fail(reason(err));
    } finally {
        await fs.rm(probe, { force: true }).catch(() => undefined);
        pending.delete(probe);
    }
}

/** An output written to its temporary file, not yet in place: commit() renames it over the target, abort() drops it. */
export interface StagedOutput {
    target: string;
    commit(): Promise<void>;
    abort(): Promise<void>;
}

/**
 * Writes `data` to a temporary file beside `target` (synced to disk) and returns it staged: several outputs
 * can be staged first and renamed into place only when all of them were written.
 */
export async function stageOutputFile(target: string, data: string | Uint8Array): Promise<StagedOutput> {
    const { abs, mode } = await checkOutputTarget(target);
    const dir = path.dirname(abs);
    const temp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    installExitHook();
    pending.add(temp);
    const abort = async () => {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        pending.delete(temp);
    };
    const fail = async (err: unknown): Promise<never> => {
        await abort();
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${target}: cannot write output (${reason(err)})`);
    };
    try {
        const handle = await fs.open(temp, 'wx', mode ?? 0o666);
        try {
            await handle.writeFile(data);
            await handle.sync();
        } finally {
            await handle.close();
        }
        if (mode !== undefined) await fs.chmod(temp, mode);
    } catch (err) {
        return fail(err);
    }
    return {
        target,
        abort,
        commit: async () => {
            try {
                await fs.rename(temp, abs);
                pending.delete(temp);
            } catch (err) {
                await fail(err);
            }
        },
    };
}

/**
 * Writes `data` to `target` atomically. The file keeps the permissions of the file it replaces
 * (new files get the usual 0666 minus umask).
 */
export async function writeOutputFile(target: string, data: string | Uint8Array): Promise<void> {
    await (await stageOutputFile(target, data)).commit();
}

/**
 * Writes several files as one output: every file is written to its temporary file first; only when all
 * were written are they renamed into place, in the order given (put the file that refers to the others
 * last). A failure while writing leaves every target as it was. Each file is replaced whole; nothing
 * else is touched, so other files in the same folders stay.
 */
export async function writeOutputFiles(files: [target: string, data: string | Uint8Array][]): Promise<void> {
    const staged: StagedOutput[] = [];
    try {
        for (const [target, data] of files) staged.push(await stageOutputFile(target, data));
    } catch (err) {
        for (const s of staged) await s.abort();
        throw err;
    }
    for (let i = 0; i < staged.length; i++) {
        try {
            await staged[i].commit();
        } catch (err) {
            for (const s of staged.slice(i + 1)) await s.abort();
            throw err;
        }
    }
}
