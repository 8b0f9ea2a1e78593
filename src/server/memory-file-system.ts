// The web worker's file system: the files the web extension sent (see common/workspace-files.ts), held in
// memory, plus the built-in national reference. Folders exist by the files in them. A file sent with only its
// size (too large to analyse) can be sized but not read, so the language layer reports it without its text.
import type { FileSystemNode } from 'langium';
import { URI } from 'langium';
import type { SizedFileSystemProvider } from '../language/document-limits.js';
import { BUILTIN_LIBRARY_URI_TEXT, builtinLibraryText } from '../reference/builtin-library.js';
import type { WorkspaceFile } from '../common/workspace-files.js';

interface Entry {
    uri: URI;
    text?: string;
    size: number;
}

const encoder = new TextEncoder();

/** The key of a file or folder: scheme, authority and path (a trailing slash of a folder dropped). */
function keyOf(uri: URI): string {
    return uri.with({ path: uri.path.replace(/\/+$/, '') || '/', query: '', fragment: '' }).toString();
}

export class MemoryFileSystemProvider implements SizedFileSystemProvider {
    private readonly files = new Map<string, Entry>();

    constructor() {
        this.put({ uri: BUILTIN_LIBRARY_URI_TEXT, text: builtinLibraryText() });
    }

    /** Adds or replaces a file. */
    put(file: WorkspaceFile): void {
        const uri = URI.parse(file.uri);
        const size = file.text !== undefined ? encoder.encode(file.text).length : file.size ?? 0;
        this.files.set(keyOf(uri), { uri, text: file.text, size });
    }

    delete(uri: string): void {
        this.files.delete(keyOf(URI.parse(uri)));
    }

    async size(uri: URI): Promise<number | undefined> {
        return this.files.get(keyOf(uri))?.size;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        if (this.files.has(keyOf(uri))) return { isFile: true, isDirectory: false, uri };
        if (this.isFolder(uri)) return { isFile: false, isDirectory: true, uri };
        throw notFound(uri);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(keyOf(uri)) || this.isFolder(uri);
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const entry = this.files.get(keyOf(uri));
        if (!entry) throw notFound(uri);
        if (entry.text === undefined) throw new Error(`${uri.toString()}: too large to analyse (${entry.size} bytes); its text was not sent`);
        return entry.text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return encoder.encode(this.readFileSync(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    /** The files and folders directly in a folder, in name order. */
    readDirectorySync(folder: URI): FileSystemNode[] {
        const prefix = folderPrefix(folder);
        const children = new Map<string, FileSystemNode>();
        for (const [key, entry] of this.files) {
            if (!key.startsWith(prefix)) continue;
            const rest = entry.uri.path.slice(folder.path.replace(/\/+$/, '').length + 1);
            const slash = rest.indexOf('/');
            if (slash < 0) children.set(rest, { isFile: true, isDirectory: false, uri: entry.uri });
            else {
                const name = rest.slice(0, slash);
                if (!children.has(name)) children.set(name, { isFile: false, isDirectory: true, uri: folder.with({ path: `${folder.path.replace(/\/+$/, '')}/${name}` }) });
            }
        }
        return [...children.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, node]) => node);
    }

    private isFolder(uri: URI): boolean {
        const prefix = folderPrefix(uri);
        for (const key of this.files.keys()) if (key.startsWith(prefix)) return true;
        return false;
    }
}

/** What the keys of the files inside a folder start with. */
function folderPrefix(folder: URI): string {
    const key = keyOf(folder);
    return key.endsWith('/') ? key : key + '/';
}

function notFound(uri: URI): Error {
    return Object.assign(new Error(`${uri.toString()}: no such file`), { code: 'ENOENT' });
}
