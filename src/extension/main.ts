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
    /** Milliseconds from activate() until the language server answered `initialize`. */
    activationMs: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SpbeExtensionApi> {
    const started = Date.now();
    client = createLanguageClient(context);
    const panels = new PanelManager(client, context.extensionUri);
    const statusBar = new ProblemStatusBar();
    context.subscriptions.push(
        registerBuiltinDocuments(client),
        panels,
        statusBar,
        ...registerCommands(client, panels)
    );
    await client.start();
    return { client, panels, statusBar, activationMs: Date.now() - started };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
