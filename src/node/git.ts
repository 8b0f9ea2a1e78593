// Reads the .spbe files of a git revision into memory (git ls-tree + git cat-file --batch; nothing is checked
// out or written), and lists recent commits. Used by `spbe diff --git` and by the language server's diff view.
import { execFile, spawn } from 'node:child_process';
import * as path from 'node:path';

export class GitError extends Error {}

const MAX_FILE_BYTES = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
            if (err) {
                const code = (err as NodeJS.ErrnoException).code;
                reject(new GitError(code === 'ENOENT' ? 'git is not installed (or not on the PATH)' : (stderr || err.message).trim().split('\n')[0]));
            } else resolve(stdout);
        });
    });
}

/** The top folder of the git work tree that holds `dir`. */
export async function gitRoot(dir: string): Promise<string> {
    try {
        return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
    } catch (err) {
        throw new GitError(`${dir} is not inside a git work tree (${(err as Error).message})`);
    }
}

/** The commit a revision names (a branch, tag, HEAD~2, a hash, ...). */
export async function resolveRevision(root: string, revision: string): Promise<string> {
    if (revision.startsWith('-')) throw new GitError(`'${revision}' is not a revision`);
    try {
        return (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim();
    } catch {
        throw new GitError(`unknown revision '${revision}'`);
    }
}

export interface RevisionFile {
    /** Absolute path the file has in the work tree. */
    path: string;
    text: string;
}

/** The .spbe files under `folder` (absolute, inside `root`) as they are in `commit`. */
export async function readRevisionFiles(root: string, commit: string, folder: string): Promise<RevisionFile[]> {
    const rel = path.relative(root, folder).split(path.sep).join('/');
    if (rel.startsWith('..')) throw new GitError(`${folder} is outside the git work tree ${root}`);
    const listing = await git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', rel === '' ? '.' : rel]);
    const blobs: { sha: string; file: string }[] = [];
    for (const entry of listing.split('\0')) {
        const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (m && m[2].endsWith('.spbe')) blobs.push({ sha: m[1], file: m[2] });
    }
    if (blobs.length === 0) return [];
    const contents = await catFiles(root, blobs.map(b => b.sha));
    return blobs.map((b, k) => ({ path: path.join(root, ...b.file.split('/')), text: contents[k] }));
}

/** Blob contents by `git cat-file --batch`, in order. */
function catFiles(root: string, shas: string[]): Promise<string[]> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        let size = 0;
        child.stdout.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_FILE_BYTES * 4) { child.kill(); reject(new GitError('the revision\'s .spbe files are too large to compare')); return; }
            chunks.push(c);
        });
        let stderr = '';
        child.stderr.on('data', c => { stderr += c; });
        child.on('error', err => reject(new GitError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (or not on the PATH)' : err.message)));
        child.on('close', code => {
            if (code !== 0) { reject(new GitError(stderr.trim() || `git cat-file failed (${code})`)); return; }
            const out = Buffer.concat(chunks);
            const texts: string[] = [];
            let at = 0;
            for (let k = 0; k < shas.length; k++) {
                const nl = out.indexOf(0x0a, at);
                const header = out.subarray(at, nl).toString('utf8').split(' ');
                const length = Number(header[2]);
                if (header[1] !== 'blob' || !Number.isFinite(length)) { reject(new GitError(`git cat-file: unexpected answer '${header.join(' ')}'`)); return; }
                texts.push(new TextDecoder('utf-8').decode(out.subarray(nl + 1, nl + 1 + length)));
                at = nl + 1 + length + 1;
            }
            resolve(texts);
        });
        child.stdin.end(shas.join('\n') + '\n');
    });
}

export interface Commit {
    hash: string;
    short: string;
    subject: string;
    /** Relative date ("3 days ago"). */
    when: string;
    author: string;
}

/** The latest commits of the current branch, newest first. */
export async function recentCommits(root: string, count = 30): Promise<Commit[]> {
    let out: string;
    try {
        out = await git(root, ['log', `-n${count}`, '--format=%H%x1f%h%x1f%s%x1f%cr%x1f%an%x1e']);
    } catch (err) {
        // A repository without commits yet.
        if (/does not have any commits|bad default revision/.test((err as Error).message)) return [];
        throw err;
    }
    return out.split('\x1e').map(r => r.trim()).filter(Boolean).map(r => {
        const [hash, short, subject, when, author] = r.split('\x1f');
        return { hash, short, subject, when, author };
    });
}
