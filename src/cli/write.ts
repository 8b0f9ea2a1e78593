// Writes outputs whole or not at all: into a temporary sibling first, then renamed over the target.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';
import { writeOutputFile } from './write-output.js';

function tempName(target: string): string {
    return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

async function ensureParent(target: string): Promise<void> {
    const dir = path.dirname(target);
    try {
        const stat = await fs.stat(dir);
        if (!stat.isDirectory()) throw new UsageError(`${dir}: not a folder`);
    } catch (err) {
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${dir}: no such folder (create it first)`);
    }
}

/** Writes one file atomically (temp file + rename); see write-output.ts, shared by every command. */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
    await ensureParent(target);
    await writeOutputFile(target, content);
}

/**
 * Writes a set of files (relative name -> content) as one folder, atomically: the files go into a temporary
 * folder that then replaces `target`. An existing target must be a folder; it is replaced whole.
 */
export async function writeFolderAtomic(target: string, files: Record<string, string | Uint8Array>): Promise<void> {
    await ensureParent(target);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new UsageError(`${target}: exists and is not a folder`);
    const tmp = tempName(target);
    const old = existing ? tempName(target) + '.old' : undefined;
    try {
        await fs.mkdir(tmp);
        for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(tmp, name), content);
        if (old) await fs.rename(target, old);
        await fs.rename(tmp, target);
        if (old) await fs.rm(old, { recursive: true, force: true });
    } catch (err) {
        await fs.rm(tmp, { recursive: true, force: true });
        if (old) await fs.rename(old, target).catch(() => undefined);
        throw new UsageError(`${target}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
}
