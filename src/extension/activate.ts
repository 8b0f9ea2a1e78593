// What the extension does when it activates, on the desktop (main.ts) and on the web (browser.ts) alike:
// starts the language client and registers the read-only built-in library, the problem counter in the
// status bar, the diagram panels and the commands. Only how the client reaches its server differs.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerBuiltinDocuments } from './builtin-documents.js';
import { ProblemStatusBar } from './status-bar.js';
import { PanelManager } from './panels/panel-manager.js';
import { registerCommands } from './commands.js';

export interface SpbeExtensionApi {
    client: BaseLanguageClient;
    panels: PanelManager;
    statusBar: ProblemStatusBar;
    /** Milliseconds activate() took (what VS Code reports as the extension's activation time). */
    activationMs: number;
    /** Resolves once the language server has answered `initialize`. */
    ready: Promise<void>;
    /** Milliseconds from activate() until the language server answered `initialize` (once `ready`). */
    serverReadyMs?: number;
}

/** A language client and how to start it (the web one gathers the workspace's files first). */
export interface SpbeClient {
    client: BaseLanguageClient;
    start(): Promise<void>;
}

let active: BaseLanguageClient | undefined;

export function activateWith(context: vscode.ExtensionContext, spbe: SpbeClient, started = performance.now()): SpbeExtensionApi {
    const client = spbe.client;
    active = client;
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
    api.ready = spbe.start().then(() => { api.serverReadyMs = Math.round(performance.now() - started); });
    api.ready.catch(err => client.error('The SPBE language server did not start', err, 'force'));
    api.activationMs = Math.round(performance.now() - started);
    return api;
}

export async function deactivateClient(): Promise<void> {
    await active?.stop();
    active = undefined;
}
