// How the web extension gives its language server the workspace's files: a language server in a web worker
// has no file system, and on vscode.dev the files are not on any disk it could read. The extension reads
// the .spbe files and spbe.json of the open folders with VS Code's file system API and sends them when the
// server starts (initializationOptions) and whenever one changes on disk (a notification). Editors' unsaved
// text travels as usual, by LSP's didOpen/didChange.

/** A file's text, or only its size when it is too large to analyse (the server reports it unread). */
export interface WorkspaceFile {
    uri: string;
    text?: string;
    size?: number;
}

/** The server's `initializationOptions`: the workspace's files when it starts. */
export interface WorkspaceFilesInit {
    workspaceFiles: WorkspaceFile[];
}

/** Files created or changed on disk (all of their text), and files deleted. */
export interface WorkspaceFilesChange {
    changed: WorkspaceFile[];
    deleted: string[];
}

export const WORKSPACE_FILES_NOTIFICATION = 'spbe/workspaceFiles';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUri = (v: unknown): v is string => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v) && v.length <= 4096;

function parseFile(v: unknown): WorkspaceFile | undefined {
    if (!isObject(v) || !isUri(v.uri)) return undefined;
    if (typeof v.text === 'string') return { uri: v.uri, text: v.text };
    if (typeof v.size === 'number' && Number.isFinite(v.size) && v.size >= 0) return { uri: v.uri, size: v.size };
    return undefined;
}

function parseFiles(v: unknown): WorkspaceFile[] | undefined {
    if (!Array.isArray(v)) return undefined;
    const files = v.map(parseFile);
    return files.every(f => f !== undefined) ? files as WorkspaceFile[] : undefined;
}

/** The files in a client's initializationOptions; none when it sent none or something malformed. */
export function parseWorkspaceFilesInit(v: unknown): WorkspaceFile[] {
    return isObject(v) ? parseFiles(v.workspaceFiles) ?? [] : [];
}

/** A WORKSPACE_FILES_NOTIFICATION's params, or undefined when malformed (then nothing of it applies). */
export function parseWorkspaceFilesChange(v: unknown): WorkspaceFilesChange | undefined {
    if (!isObject(v)) return undefined;
    const changed = parseFiles(v.changed ?? []);
    const deleted = Array.isArray(v.deleted ?? []) && ((v.deleted ?? []) as unknown[]).every(isUri) ? (v.deleted ?? []) as string[] : undefined;
    return changed && deleted ? { changed, deleted } : undefined;
}
