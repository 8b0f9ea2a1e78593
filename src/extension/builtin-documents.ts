// Serves the read-only built-in national library (spbe-builtin:///referensi-nasional.spbe), the target of
// go-to-definition on a reference code. The text comes from the language server, which owns the library.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { BUILTIN_SCHEME, BUILTIN_TEXT_REQUEST } from '../common/protocol.js';

export class BuiltinDocumentProvider implements vscode.TextDocumentContentProvider {
    constructor(private readonly client: LanguageClient) {}

    async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
        const text = await this.client.sendRequest<string | null>(BUILTIN_TEXT_REQUEST, { uri: uri.toString() }, token);
        return text ?? vscode.l10n.t('// {0} is not a built-in SPBE document.', uri.toString());
    }
}

export function registerBuiltinDocuments(client: LanguageClient): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, new BuiltinDocumentProvider(client));
}
