// The validation rules in the editor: a quick fix applied the way the light bulb applies it, and a rule
// turned off through the `spbe.rules` setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDocument, waitFor, workspaceUri, writeWorkspaceFile } from './helpers.js';

const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

suite('Validation rules in VS Code', () => {
    teardown(closeAllEditors);

    test('a quick fix replaces a code of the wrong reference with the mirrored one', async () => {
        const uri = await writeWorkspaceFile('perbaiki.spbe', 'data UjiPerbaiki "Uji Perbaikan" {\n    kode RAB.09.06.06\n}\n');
        try {
            const editor = await openDocument('perbaiki.spbe');
            const diagnostic = await waitFor('the wrong-reference diagnostic', () =>
                vscode.languages.getDiagnostics(uri).find(d => ruleOf(d) === 'SPBE-R02'));
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const fix = actions.find(a => a.edit?.get(uri).some(e => e.newText === 'RAD.09.06.06'));
            assert.ok(fix, `a fix to RAD.09.06.06 is offered, got: ${actions.map(a => a.title).join(' | ')}`);
            assert.ok(await vscode.workspace.applyEdit(fix.edit!));
            assert.match(editor.document.getText(), /kode RAD\.09\.06\.06\n/);
            await waitFor('the diagnostic to go away', () => !vscode.languages.getDiagnostics(uri).some(d => ruleOf(d) === 'SPBE-R02'));
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('a rule set to off in spbe.rules disappears from the diagnostics, and comes back when reset', async () => {
        const uri = await writeWorkspaceFile('aturan.spbe', 'data UjiAturan "Uji Aturan" {\n    kode RAB.09.06.06\n}\n');
        const config = vscode.workspace.getConfiguration('spbe');
        try {
            await openDocument('aturan.spbe');
            await waitFor('SPBE-R02 reported', () => vscode.languages.getDiagnostics(uri).some(d => ruleOf(d) === 'SPBE-R02'));
            await config.update('rules', { 'SPBE-R02': 'off' }, vscode.ConfigurationTarget.Global);
            await waitFor('SPBE-R02 gone', () => !vscode.languages.getDiagnostics(uri).some(d => ruleOf(d) === 'SPBE-R02'));
            await config.update('rules', { 'SPBE-R02': 'hint' }, vscode.ConfigurationTarget.Global);
            const hint = await waitFor('SPBE-R02 as a hint', () => vscode.languages.getDiagnostics(uri).find(d => ruleOf(d) === 'SPBE-R02'));
            assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
        } finally {
            await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('editing spbe.json applies its rules without a reload, and deleting it restores the defaults', async () => {
        const uri = await writeWorkspaceFile('aturan-berkas.spbe', 'data UjiBerkas "Uji Berkas" {\n    kode RAB.09.06.06\n}\n');
        const ruleFile = workspaceUri('spbe.json');
        const has = () => vscode.languages.getDiagnostics(uri).some(d => ruleOf(d) === 'SPBE-R02');
        try {
            await openDocument('aturan-berkas.spbe');
            await waitFor('SPBE-R02 reported', has);
            await vscode.workspace.fs.writeFile(ruleFile, Buffer.from(JSON.stringify({ rules: { 'SPBE-R02': 'off' } })));
            await waitFor('SPBE-R02 gone after spbe.json turned it off', () => !has());
            await vscode.workspace.fs.delete(ruleFile);
            await waitFor('SPBE-R02 back after spbe.json was deleted', has);
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
            await vscode.workspace.fs.delete(ruleFile).then(undefined, () => undefined);
        }
    });
});
