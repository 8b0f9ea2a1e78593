// Starts the SPBE language server (dist/server.cjs) in its own Node process and connects it to VS Code.
import * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node.js';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node.js';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.spbe');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        // Only real files and unsaved editors: the built-in library (spbe-builtin:) is already part of the
        // server's workspace and is shown read-only by the content provider.
        documentSelector: [{ scheme: 'file', language: 'spbe' }, { scheme: 'untitled', language: 'spbe' }],
        synchronize: { fileEvents: watcher, configurationSection: 'spbe' },
        outputChannelName: 'SPBE Language Server'
    };
    return new LanguageClient('spbe', 'SPBE Language Server', serverOptions, clientOptions);
}
