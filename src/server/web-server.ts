// The language server as the web worker runs it: the same server as on the desktop (server/start.ts), with
// an in-memory file system that holds the files the web extension sends (common/workspace-files.ts), and
// diagrams laid out by elkjs in the worker's own thread (the worker is already off the editor's thread).
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { startSpbeServer } from './start.js';
import { parseWorkspaceFilesChange, parseWorkspaceFilesInit, WORKSPACE_FILES_NOTIFICATION } from '../common/workspace-files.js';
import { MemoryFileSystemProvider } from './memory-file-system.js';

/**
 * Changes on disk arrive with their text from the extension (below), so the server asks the client for no
 * file watcher of its own: its events would name files whose new text the server does not have yet.
 */
class PushedFilesUpdateHandler extends DefaultDocumentUpdateHandler {
    protected override getWatchers(): [] {
        return [];
    }
}

export function startWebServer(connection: Connection): ReturnType<typeof startSpbeServer> & { files: MemoryFileSystemProvider } {
    const files = new MemoryFileSystemProvider();
    const services = startSpbeServer({
        connection,
        fileSystemProvider: () => files,
        sharedModule: { lsp: { DocumentUpdateHandler: shared => new PushedFilesUpdateHandler(shared) } },
    });
    const { shared } = services;
    // The workspace is loaded once the client says `initialized`: its files are here by then.
    shared.lsp.LanguageServer.onInitialize(params => {
        for (const file of parseWorkspaceFilesInit(params.initializationOptions)) files.put(file);
    });
    connection.onNotification(WORKSPACE_FILES_NOTIFICATION, (raw: unknown) => {
        const change = parseWorkspaceFilesChange(raw);
        if (!change) {
            console.error(`${WORKSPACE_FILES_NOTIFICATION}: malformed notification ignored`);
            return;
        }
        for (const file of change.changed) files.put(file);
        for (const uri of change.deleted) files.delete(uri);
        // As a file watcher's event: documents are rebuilt from the new text, spbe.json is read again.
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({
            changes: [
                ...change.changed.map((f): FileEvent => ({ uri: f.uri, type: FileChangeType.Changed })),
                ...change.deleted.map((uri): FileEvent => ({ uri, type: FileChangeType.Deleted })),
            ]
        });
    });
    return { ...services, files };
}
