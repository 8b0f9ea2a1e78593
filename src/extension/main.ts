// The extension's entry point: starts the language client and registers the read-only built-in
// library, the problem counter in the status bar, the diagram panels and the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createLanguageClient } from './client.js';
import { registerBuiltinDocuments } from './builtin-documents.js';
import { ProblemStatusBar } from './status-bar.js';
import { PanelManager } from './panels/panel-manager.js';
import { registerCommands } from './commands.js';

export interface SpbeExtensionApi {
    client: LanguageClient;
    panels: PanelManager;
    statusBar: ProblemStatusBar;
    /** Milliseconds activate() took (what VS Code reports as the extension's activation time). */
    activationMs: number;
    /** Resolves once the language server has answered `initialize`. */
    ready: Promise<void>;
    /** Milliseconds from activate() until the language server answered `initialize` (once `ready`). */
    serverReadyMs?: number;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SpbeExtensionApi {
    const started = performance.now();
    client = createLanguageClient(context);
    const panels = new PanelManager(client, context.extensionUri);
    const statusBar = new ProblemStatusBar();
    context.subscriptions.push(
        registerBuiltinDocuments(client),
        panels,
        statusBar,
        ...registerCommands(client, panels)
    );
    // Not awaited: the server's start (loading its bundle, building the parser, ~0.5 s) would otherwise
    // count against VS Code's activation and hold up the extension host. Requests sent meanwhile wait for
    // it (the client queues them), and the editor's features arrive as the server registers them.
    const api: SpbeExtensionApi = { client, panels, statusBar, activationMs: 0, ready: Promise.resolve() };
    api.ready = client.start().then(() => { api.serverReadyMs = Math.round(performance.now() - started); });
    api.ready.catch(err => client?.error('The SPBE language server did not start', err, 'force'));
    api.activationMs = Math.round(performance.now() - started);
    return api;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
