// Finds the `.spbe` files under the paths given on the command line.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

export async function collectSpbeFiles(paths: string[]): Promise<string[]> {
    if (paths.length === 0) throw new UsageError('no files or folders given. Usage: spbe check <files or folders>');
    const files = new Set<string>();
    for (const p of paths) {
        const abs = path.resolve(p);
        let stat;
        try {
            stat = await fs.stat(abs);
        } catch {
            throw new UsageError(`${p}: no such file or folder`);
        }
        if (stat.isDirectory()) {
            const found = await walk(abs);
            if (found.length === 0) throw new UsageError(`${p}: folder contains no .spbe files`);
            found.forEach(f => files.add(f));
        } else if (stat.isFile()) {
            if (!abs.endsWith('.spbe')) throw new UsageError(`${p}: not a .spbe file`);
            files.add(abs);
        } else {
            throw new UsageError(`${p}: not a file or folder`);
        }
    }
    return [...files].sort();
}

async function walk(dir: string): Promise<string[]> {
    const out: string[] = [];
    let entries;
    try {
        entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
        throw new UsageError(`${dir}: cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) out.push(...await walk(full));
        else if (e.isFile() && e.name.endsWith('.spbe')) out.push(full);
    }
    return out;
}
