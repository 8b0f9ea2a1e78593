// Shared by the end-to-end suites: the extension's API, the test workspace and polling helpers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SpbeExtensionApi } from '../../../src/extension/main.js';

export const EXTENSION_ID = 'spbe-architect.spbe-architect';

export async function activateExtension(): Promise<SpbeExtensionApi> {
    const extension = vscode.extensions.getExtension<SpbeExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const api = extension.isActive ? extension.exports : await extension.activate();
    await api.ready; // activate() returns before the language server has started
    return api;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder (the runner opens a copy of examples/kota-malang)');
    return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openDocument(...segments: string[]): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(...segments));
    return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value as T;
        } catch (err) {
            last = err;
        }
        await new Promise(r => setTimeout(r, 100));
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** The position of the first occurrence of `text` in the document (optionally after `after`), offset by `delta` characters. */
export function positionOf(document: vscode.TextDocument, text: string, delta = 0, after?: string): vscode.Position {
    const content = document.getText();
    const from = after ? content.indexOf(after) : 0;
    assert.ok(from >= 0, `"${after}" not found in ${document.uri.path}`);
    const index = content.indexOf(text, from);
    assert.ok(index >= 0, `"${text}" not found in ${document.uri.path}`);
    return document.positionAt(index + delta);
}

export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
}

export async function closeAllEditors(): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
