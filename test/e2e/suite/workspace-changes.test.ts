// Files replaced on disk while they are open (a git checkout, a copy from a colleague). This once raised
// "Request textDocument/semanticTokens/full failed" and "codeLens failed" pop-ups and left the Outline empty
// until the next edit (the server left the file unbuilt: see src/language/spbe-document-builder.ts and
// test/language/lsp/server-changes.test.ts, which reproduces the race over stdio). Here VS Code itself
// reloads the file, tells the server (the new text, then the file watcher's event), and asks for the outline,
// semantic tokens and code lenses; the language client logs any failed request to its output channel.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, waitFor, workspaceUri } from './helpers.js';

suite('Files replaced on disk while open', () => {
    test('outline, semantic tokens and code lenses stay right, and no request fails', async () => {
        const api = await activateExtension();
        const channel = api.client.outputChannel;
        const logged: string[] = [];
        const append = channel.append, appendLine = channel.appendLine;
        channel.append = (value: string) => { logged.push(value); append.call(channel, value); };
        channel.appendLine = (value: string) => { logged.push(value); appendLine.call(channel, value); };
        const apps = await openDocument('aplikasi.spbe');
        const assessments = await openDocument('penilaian.spbe');
        const original = apps.document.getText();
        const file = workspaceUri('aplikasi.spbe').fsPath;
        const symbols = async (uri: vscode.Uri) => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
        const editorRequests = () => [apps.document.uri, assessments.document.uri].flatMap(uri => [
            symbols(uri),
            vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', uri),
            vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri),
        ]);
        try {
            const pending: Thenable<unknown>[] = [];
            for (let round = 1; round <= 10; round++) {
                // The first application renamed (other files' findings change) and one added.
                const text = original.replace(/^aplikasi (\w+)/m, (_, id: string) => `aplikasi ${id}R${round}`)
                    + `\naplikasi Tambahan${round} "Tambahan ${round}" { khusus }\n`;
                fs.writeFileSync(file, text); // as another program would
                await waitFor(`VS Code to reload aplikasi.spbe (round ${round})`, () => apps.document.getText() === text, 20000);
                pending.push(...editorRequests()); // as the editor asks right after a change
                if (round % 3 === 0) continue; // sometimes the next replacement comes at once
                const names = await waitFor(`the outline of round ${round}`, async () => {
                    const list = (await symbols(apps.document.uri)).map(s => s.name);
                    return list.includes(`Tambahan${round}`) && list;
                }, 20000);
                assert.ok(names.includes(`SrikandiR${round}`), `outline: ${names.join(', ')}`);
            }
            await Promise.allSettled(pending);
            const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', apps.document.uri);
            assert.ok(tokens && tokens.data.length > 0, 'semantic tokens of the replaced file');
            const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', assessments.document.uri, 10);
            assert.ok(lenses.some(l => /SPBE/.test(l.command?.title ?? '')), `code lenses: ${lenses.map(l => l.command?.title).join(' | ')}`);
            assert.deepEqual(logged.filter(line => /failed|Document state of/i.test(line)), [], 'the language client logged failed requests');
        } finally {
            channel.append = append;
            channel.appendLine = appendLine;
            fs.writeFileSync(file, original);
            await waitFor('aplikasi.spbe restored', () => apps.document.getText() === original, 20000);
            await closeAllEditors();
        }
    });
});
