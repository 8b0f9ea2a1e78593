// The web extension's language client: the server runs in a web worker (dist/web/server-worker.js), which
// has no file system. So the client reads the .spbe files and spbe.json of the open folders with VS Code's
// file system API (which also reaches github.dev's virtual folders), sends them as the server starts, and
// sends each file again when it changes on disk (common/workspace-files.ts).
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser.js';
import { BUILTIN_SCHEME } from '../common/protocol.js';
import { MAX_MODEL_FILE_BYTES } from '../common/size-limits.js';
import { WORKSPACE_FILES_NOTIFICATION, type WorkspaceFile, type WorkspaceFilesChange, type WorkspaceFilesInit } from '../common/workspace-files.js';
import type { SpbeClient } from './activate.js';

type WorkerLike = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
/** The web extension host's Worker (this project compiles without the DOM library). */
declare const Worker: new (url: string) => WorkerLike;

const MODEL_FILES = '**/{*.spbe,spbe.json}';
/** Not sent: the server skips node_modules folders, as the desktop server does. */
const SKIPPED = '**/node_modules/**';

/** A client whose every start (a restart too) gets a new worker: a stopped server does not start again. */
class WorkerLanguageClient extends BaseLanguageClient {
    private worker?: WorkerLike;
    private url?: Promise<string>;

    constructor(options: LanguageClientOptions, private readonly script: vscode.Uri) {
        super('spbe', 'SPBE Language Server', options);
    }

    protected async createMessageTransports(): Promise<MessageTransports> {
        this.worker?.terminate();
        this.url ??= workerUrl(this.script);
        this.worker = new Worker(await this.url);
        return { reader: new BrowserMessageReader(this.worker), writer: new BrowserMessageWriter(this.worker) };
    }

    override async stop(timeout?: number): Promise<void> {
        try {
            await super.stop(timeout);
        } finally {
            this.worker?.terminate();
            this.worker = undefined;
        }
    }
}

export function createWebLanguageClient(context: vscode.ExtensionContext): SpbeClient {
    /** The workspace's files as last read, by URI: what a (re)starting server gets. */
    const files = new Map<string, WorkspaceFile>();
    // Every scheme the workspace's folders use (file, vscode-vfs, ...) and unsaved editors; the built-in
    // library (spbe-builtin:) is already part of the server's workspace and is shown read-only.
    const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map(f => f.uri.scheme)]);
    schemes.delete(BUILTIN_SCHEME);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [...schemes].map(scheme => ({ scheme, language: 'spbe' })),
        synchronize: { configurationSection: 'spbe' },
        initializationOptions: (): WorkspaceFilesInit => ({ workspaceFiles: [...files.values()] }),
        outputChannelName: 'SPBE Language Server'
    };
    const client = new WorkerLanguageClient(clientOptions, vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server-worker.js'));
    const start = async () => {
        context.subscriptions.push(watchFiles(client, files));
        for (const file of await readAll(await vscode.workspace.findFiles(MODEL_FILES, SKIPPED))) files.set(file.uri, file);
        await client.start();
    };
    return { client, start };
}

/**
 * Where the worker's script is loaded from: its own address where the extension is served over HTTP(S)
 * (vscode.dev, github.dev); otherwise (an extension installed on a remote, e.g. code-server, whose
 * vscode-remote: address a worker cannot load) its text, read through VS Code's file system, as a blob.
 */
async function workerUrl(script: vscode.Uri): Promise<string> {
    if (script.scheme === 'https' || script.scheme === 'http') return script.toString(true);
    const text = await vscode.workspace.fs.readFile(script);
    return URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
}

/** Keeps `files` current and sends every change on disk of a model file or spbe.json, with the new text. */
function watchFiles(client: BaseLanguageClient, files: Map<string, WorkspaceFile>): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(MODEL_FILES);
    const send = (change: WorkspaceFilesChange) => {
        for (const file of change.changed) files.set(file.uri, file);
        for (const uri of change.deleted) files.delete(uri);
        // A server that is not running gets the files when it starts.
        client.sendNotification(WORKSPACE_FILES_NOTIFICATION, change).catch(() => undefined);
    };
    const changed = async (uri: vscode.Uri) => {
        if (/\/node_modules\//.test(uri.path)) return;
        const [file] = await readAll([uri]);
        send(file ? { changed: [file], deleted: [] } : { changed: [], deleted: [uri.toString()] });
    };
    return vscode.Disposable.from(
        watcher,
        watcher.onDidCreate(changed),
        watcher.onDidChange(changed),
        watcher.onDidDelete(uri => send({ changed: [], deleted: [uri.toString()] })),
    );
}

/** The files' text; only the size of one too large to analyse (the server reports it unread); none of one that cannot be read. */
async function readAll(uris: readonly vscode.Uri[]): Promise<WorkspaceFile[]> {
    const decoder = new TextDecoder();
    const files = await Promise.all(uris.map(async (uri): Promise<WorkspaceFile | undefined> => {
        try {
            const stat = await vscode.workspace.fs.stat(uri);
            if ((stat.type & vscode.FileType.File) === 0) return undefined;
            if (stat.size > MAX_MODEL_FILE_BYTES) return { uri: uri.toString(), size: stat.size };
            return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
        } catch {
            return undefined; // gone meanwhile, or unreadable: the server does not see it, as on the desktop
        }
    }));
    return files.filter(f => f !== undefined);
}
