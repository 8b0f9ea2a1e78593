// Writes a CLI output file whole or not at all: the bytes go to a temporary file in the same folder,
// which is then renamed over the target (rename is atomic within one file system). A failure at any
// point removes the temporary file and leaves an existing target untouched. Problems the user can fix
// (the path is a folder, the folder does not exist, no permission) are UsageErrors naming the path.
import { promises as fs, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';

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


function reason(err: unknown): string {
    const code = (err as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'ENOENT': return 'its folder does not exist';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        case 'EISDIR': return 'it is a folder';
        default: return code ?? (err as Error)?.message ?? String(err);
    }
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

/**
 * Writes `data` to `target` atomically. The file keeps the permissions of the file it replaces
 * (new files get the usual 0666 minus umask).
 */
export async function writeOutputFile(target: string, data: string | Uint8Array): Promise<void> {
    const { abs, mode } = await checkOutputTarget(target);
    const dir = path.dirname(abs);
    const temp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    installExitHook();
    pending.add(temp);
    try {
        const handle = await fs.open(temp, 'wx', mode ?? 0o666);
        try {
            await handle.writeFile(data);
            await handle.sync();
        } finally {
            await handle.close();
        }
        if (mode !== undefined) await fs.chmod(temp, mode);
        await fs.rename(temp, abs);
        pending.delete(temp);
    } catch (err) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        pending.delete(temp);
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${target}: cannot write output (${reason(err)})`);
    }
}
