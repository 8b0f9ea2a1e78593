// Outputs never touch inputs: `spbe check M.spbe -o M.spbe` used to replace the model with its report,
// and `spbe export DIR --format csv -o DIR` left DIR without its .spbe files. Before any work, each path
// a command will write is compared with what it reads (the paths given and the spbe.json it applies):
// an output that is an input, lies inside an input folder (or below an input file), or is a folder that
// contains an input is refused with one line (exit 2).
//
// Paths are compared as files, not as strings: by device and inode of what they resolve to, so a
// symbolic link, `./x/../x`, a hard link and a differently cased name on a case-insensitive file system
// all count as the same file. An output that does not exist yet is placed by its nearest existing folder.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { shown, UsageError } from './errors.js';
import { findConfig } from './config.js';
import { visible } from './terminal-text.js';

interface Input { path: string; kind: 'file' | 'folder' | 'settings' }

async function identity(p: string): Promise<string | undefined> {
    try {
        const s = await fs.stat(p, { bigint: true });
        return `${s.dev}:${s.ino}`;
    } catch {
        return undefined;
    }
}

function parents(p: string): string[] {
    const out: string[] = [];
    for (let dir = path.dirname(p); ; dir = path.dirname(dir)) {
        out.push(dir);
        if (path.dirname(dir) === dir) return out;
    }
}

/** The real path of `abs`, or of its nearest existing ancestor with the rest of the path appended. */
async function realLocation(abs: string): Promise<string> {
    const rest: string[] = [];
    for (let p = abs; ; p = path.dirname(p)) {
        try {
            return path.join(await fs.realpath(p), ...rest.reverse());
        } catch {
            if (path.dirname(p) === p) return abs;
            rest.push(path.basename(p));
        }
    }
}

/** What the command reads under these paths: each path given, and the settings file it will apply. */
async function inputsOf(paths: string[]): Promise<Input[]> {
    const inputs: Input[] = [];
    for (const p of paths) {
        const stat = await fs.stat(p).catch(() => undefined);
        if (stat) inputs.push({ path: p, kind: stat.isDirectory() ? 'folder' : 'file' });
    }
    const settings = await findConfig(paths.filter(p => p !== '')).catch(() => undefined);
    if (settings) inputs.push({ path: settings, kind: 'settings' });
    return inputs;
}

function named(input: Input): string {
    const name = visible(shown(path.resolve(input.path)));
    return input.kind === 'settings' ? `the settings file ${name}` : input.kind === 'folder' ? `the input folder ${name}` : `the input ${name}`;
}

/**
 * Throws a UsageError if writing any of `outputs` (paths as the user gave them, or derived from them)
 * could change a file the command reads from `paths`.
 */
export async function refuseOutputsOverInputs(outputs: string[], paths: string[]): Promise<void> {
    const inputs = await inputsOf(paths);
    if (inputs.length === 0) return;
    const byIdentity = new Map<string, Input>();
    const containing = new Map<string, Input>();   // identities of the folders that hold an input
    for (const input of inputs) {
        const id = await identity(input.path);
        if (id && !byIdentity.has(id)) byIdentity.set(id, input);
        for (const dir of parents(await fs.realpath(input.path).catch(() => path.resolve(input.path)))) {
            const dirId = await identity(dir);
            if (dirId && !containing.has(dirId)) containing.set(dirId, input);
        }
    }
    for (const output of outputs) {
        const shownOutput = visible(output);
        const real = await realLocation(path.resolve(output));
        const id = await identity(real);
        const same = id ? byIdentity.get(id) : undefined;
        if (same) {
            throw new UsageError(`${shownOutput}: is ${named(same)}; spbe never writes over what it reads, choose another output`);
        }
        for (const dir of parents(real)) {
            const dirId = await identity(dir);
            const holder = dirId ? byIdentity.get(dirId) : undefined;
            if (holder) {
                throw new UsageError(holder.kind === 'folder'
                    ? `${shownOutput}: is inside ${named(holder)}; spbe never writes among the files it reads, choose an output outside it`
                    : `${shownOutput}: is below ${named(holder)}, which is a file; choose another output`);
            }
        }
        const held = id ? containing.get(id) : undefined;
        if (held) {
            throw new UsageError(`${shownOutput}: contains ${named(held)}; spbe never writes over what it reads, choose an output outside it`);
        }
    }
}
