// The extension's entry point on the web (vscode.dev, github.dev; package.json `browser`): the language
// server runs in a web worker, and the extension hands it the workspace's files (web-client.ts).
import type * as vscode from 'vscode';
import { createWebLanguageClient } from './web-client.js';
import { activateWith, deactivateClient, type SpbeExtensionApi } from './activate.js';

export type { SpbeExtensionApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): SpbeExtensionApi {
    const started = performance.now();
    return activateWith(context, createWebLanguageClient(context), started);
}

export function deactivate(): Promise<void> {
    return deactivateClient();
}
