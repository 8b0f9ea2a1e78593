// Writes outputs whole or not at all: into a temporary sibling first, then renamed over the target.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFsError, UsageError } from './errors.js';
import { writeOutputFile, writeOutputFiles } from './write-output.js';

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
 * Writes a set of files (name -> content) into the folder `target`, created if missing. Only the files
 * named are written, each replaced whole; all are written aside before any is renamed into place
 * (writeOutputFiles). Nothing is deleted: other files already in the folder stay as they are.
 */
export async function writeFilesInFolder(target: string, files: Record<string, string | Uint8Array>): Promise<void> {
    await ensureParent(target);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new UsageError(`${target}: exists and is not a folder`);
    if (!existing) {
        try {
            await fs.mkdir(target);
        } catch (err) {
            throw new UsageError(`${target}: cannot create folder (${describeFsError(err)})`);
        }
    }
    try {
        await writeOutputFiles(Object.entries(files).map(([name, content]) => [path.join(target, name), content]));
    } catch (err) {
        // A folder this run created and could not fill is removed again (rmdir: only while it is empty).
        if (!existing) await fs.rmdir(target).catch(() => undefined);
        throw err;
    }
}
