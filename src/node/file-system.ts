// Langium's Node file system, plus the size of a file without reading it, so the language server and
// the CLI never read a file that is too large to analyse into memory (see document-limits.ts).
import { promises as fs } from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { SizedFileSystemProvider } from '../language/document-limits.js';

export class SpbeNodeFileSystemProvider extends NodeFileSystemProvider implements SizedFileSystemProvider {
    async size(uri: URI): Promise<number | undefined> {
        if (uri.scheme !== 'file') return undefined;
        try {
            const stat = await fs.stat(uri.fsPath);
            return stat.isFile() ? stat.size : undefined;
        } catch {
            return undefined; // reading it will report the problem
        }
    }
}

export const SpbeNodeFileSystem = {
    fileSystemProvider: () => new SpbeNodeFileSystemProvider(),
};
