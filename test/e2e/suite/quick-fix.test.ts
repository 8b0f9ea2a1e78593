// A quick fix of the validation rules, applied the way the editor's light bulb applies it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, waitFor, writeWorkspaceFile } from './helpers.js';

suite('Quick fixes in VS Code', () => {
    teardown(closeAllEditors);

    test('a quick fix replaces a code of the wrong reference with the mirrored one', async function () {
        const api = await activateExtension();
        if (!api.client.initializeResult?.capabilities.codeActionProvider) {
            // The rule set with quick fixes lives on the validation branch; once merged, this test runs.
            this.skip();
        }
        const uri = await writeWorkspaceFile('perbaiki.spbe', 'data UjiPerbaiki "Uji Perbaikan" {\n    kode RAB.09.06.06\n}\n');
        try {
            const editor = await openDocument('perbaiki.spbe');
            const diagnostic = await waitFor('the wrong-reference diagnostic', () =>
                vscode.languages.getDiagnostics(uri).find(d => String(typeof d.code === 'object' ? d.code.value : d.code) === 'SPBE-R02'));
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const fix = actions.find(a => a.edit?.get(uri).some(e => e.newText === 'RAD.09.06.06'));
            assert.ok(fix, `a fix to RAD.09.06.06 is offered, got: ${actions.map(a => a.title).join(' | ')}`);
            assert.ok(await vscode.workspace.applyEdit(fix.edit!));
            assert.match(editor.document.getText(), /kode RAD\.09\.06\.06\n/);
            await waitFor('the diagnostic to go away', () => !vscode.languages.getDiagnostics(uri).some(d => String(typeof d.code === 'object' ? d.code.value : d.code) === 'SPBE-R02'));
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });
});
