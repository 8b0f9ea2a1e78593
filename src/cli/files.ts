// Finds the `.spbe` files under the paths given on the command line.
// A folder is the workspace boundary: symbolic links inside it are followed only while they stay
// inside it (a link to a file elsewhere is reported, not read), and anything that is not a regular
// file (a named pipe, a socket, a broken link) is reported rather than opened, since opening a pipe blocks.
import { promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import * as path from 'node:path';
import { describeFsError, shown, UsageError } from './errors.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

function kindOf(stat: Stats): string {
    if (stat.isFIFO()) return 'a named pipe';
    if (stat.isSocket()) return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
    return 'not a regular file';
}

function isInside(root: string, p: string): boolean {
    const rel = path.relative(root, p);
    return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

export async function collectSpbeFiles(paths: string[]): Promise<string[]> {
    if (paths.length === 0) throw new UsageError('no files or folders given. Usage: spbe check <files or folders>');
    // Keyed by real path, so a file reached twice (through a link, or two overlapping paths) is read once.
    const files = new Map<string, string>();
    const add = async (file: string) => {
        const real = await fs.realpath(file).catch(() => file);
        if (!files.has(real)) files.set(real, file);
    };
    for (const p of paths) {
        if (p === '') throw new UsageError('an empty path was given');
        const abs = path.resolve(p);
        let stat;
        try {
            stat = await fs.stat(abs);
        } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (code === 'ENOENT') {
                const isLink = await fs.lstat(abs).then(s => s.isSymbolicLink(), () => false);
                throw new UsageError(isLink ? `${p}: broken symbolic link` : `${p}: no such file or folder`);
            }
            throw new UsageError(`${p}: cannot open (${describeFsError(err)})`);
        }
        if (stat.isDirectory()) {
            const root = await fs.realpath(abs);
            const found = await walk(abs, root, new Set([root]));
            if (found.length === 0) throw new UsageError(`${p}: folder contains no .spbe files`);
            for (const f of found) await add(f);
        } else if (stat.isFile()) {
            if (!abs.endsWith('.spbe')) throw new UsageError(`${p}: not a .spbe file`);
            await add(abs);
        } else {
            throw new UsageError(`${p}: ${kindOf(stat)}, not a .spbe file or a folder`);
        }
    }
    return [...files.values()].sort();
}

async function walk(dir: string, root: string, visited: Set<string>): Promise<string[]> {
    const out: string[] = [];
    let entries;
    try {
        entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
        throw new UsageError(`${shown(dir)}: cannot read folder (${describeFsError(err)})`);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
        const full = path.join(dir, e.name);
        const isSpbe = e.name.endsWith('.spbe');
        if (e.isSymbolicLink()) {
            let target: string;
            let stat: Stats;
            try {
                target = await fs.realpath(full);
                stat = await fs.stat(target);
            } catch (err) {
                // A dangling link named *.spbe is a model file that cannot be read; other dangling links are ignored.
                if (!isSpbe) continue;
                const code = (err as NodeJS.ErrnoException).code;
                throw new UsageError(`${shown(full)}: cannot read file (${code === 'ENOENT' ? 'broken symbolic link' : describeFsError(err)})`);
            }
            if (!stat.isDirectory() && !isSpbe) continue;
            if (!isInside(root, target)) {
                throw new UsageError(`${shown(full)}: symbolic link to ${target}, outside the folder ${shown(root)}; not read`);
            }
            if (stat.isDirectory()) {
                if (visited.has(target)) continue; // a link back up the tree
                visited.add(target);
                out.push(...await walk(full, root, visited));
            } else if (stat.isFile()) {
                out.push(full);
            } else {
                throw new UsageError(`${shown(full)}: ${kindOf(stat)}, not read`);
            }
        } else if (e.isDirectory()) {
            out.push(...await walk(full, root, visited));
        } else if (isSpbe) {
            if (e.isFile()) out.push(full);
            else throw new UsageError(`${shown(full)}: ${e.isFIFO() ? 'a named pipe' : e.isSocket() ? 'a socket' : 'not a regular file'}, not read`);
        }
    }
    return out;
}
