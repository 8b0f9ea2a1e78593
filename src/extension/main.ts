// The extension's entry point on the desktop: the language server runs in its own Node process.
import type * as vscode from 'vscode';
import { createLanguageClient } from './client.js';
import { activateWith, deactivateClient, type SpbeExtensionApi } from './activate.js';

export type { SpbeExtensionApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): SpbeExtensionApi {
    const started = performance.now();
    const client = createLanguageClient(context);
    return activateWith(context, { client, start: () => client.start() }, started);
}

export function deactivate(): Promise<void> {
    return deactivateClient();
}
