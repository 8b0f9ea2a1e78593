import * as path from 'node:path';

/** A problem with how the CLI was called or with its files: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** A path as the user reads it in a message: relative to the working folder when it is below it. */
export function shown(p: string): string {
    return path.relative(process.cwd(), p) || p;
}

/** A file-system error code in words; `enoent` words "does not exist" for the context (a file read, an output's folder). */
export function describeFsError(err: unknown, enoent = 'it does not exist'): string {
    const code = (err as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'ENOENT': return enoent;
        case 'ELOOP': return 'too many levels of symbolic links';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'EISDIR': return 'it is a folder';
        case 'EMFILE': case 'ENFILE': return 'too many open files';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        default: return code ?? (err as Error)?.message ?? String(err);
    }
}
