// The language server's features as a user meets them in the editor, asserted through VS Code's API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, positionOf, waitFor, workspaceUri, writeWorkspaceFile } from './helpers.js';

suite('Language features in VS Code', () => {
    suiteSetup(async () => {
        await activateExtension();
    });
    teardown(closeAllEditors);

    test('the extension activates and reports how long activation and the server\'s start took', async () => {
        const api = await activateExtension();
        await api.ready;
        assert.equal(api.client.isRunning(), true);
        assert.ok(api.activationMs >= 0 && api.serverReadyMs !== undefined && api.serverReadyMs >= api.activationMs);
        console.log(`    activation: activate() ${api.activationMs} ms; language server initialised after ${api.serverReadyMs} ms`);
    });

    test('diagnostics of an invalid file arrive, and the status bar counts them', async () => {
        const api = await activateExtension();
        const uri = await writeWorkspaceFile('rusak.spbe', 'aplikasi Rusak "Rusak" {\n    pemilik TidakAda\n    kode RAA.99.99\n}\n');
        try {
            await openDocument('rusak.spbe');
            const diagnostics = await waitFor('diagnostics of rusak.spbe', () => {
                const found = vscode.languages.getDiagnostics(uri);
                return found.length >= 2 ? found : undefined;
            });
            const unit = diagnostics.find(d => d.message.includes('TidakAda'));
            assert.ok(unit, `no diagnostic names the unknown unit: ${diagnostics.map(d => d.message).join(' | ')}`);
            assert.equal(unit.severity, vscode.DiagnosticSeverity.Error);
            assert.equal(unit.range.start.line, 1);
            assert.ok(diagnostics.some(d => d.message.includes('RAA.99.99')), 'the unknown reference code is reported');
            const counts = await waitFor('the status bar to count the errors', () => api.statusBar.current.errors >= 2 && api.statusBar.current);
            assert.match(api.statusBar.text, new RegExp(`\\$\\(error\\) ${counts.errors} `));
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('completion offers reference codes of the element\'s domain with their names', async () => {
        const uri = await writeWorkspaceFile('lengkapi.spbe', 'proses Uji "Uji" {\n    kode \n}\n');
        try {
            const editor = await openDocument('lengkapi.spbe');
            const position = positionOf(editor.document, 'kode ', 5);
            const list = await waitFor('completion items', async () => {
                const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
                return result.items.length > 0 ? result : undefined;
            });
            const labels = list.items.map(i => typeof i.label === 'string' ? i.label : i.label.label);
            const codes = labels.filter(l => /^RA[BDLAIK]\./.test(l));
            assert.ok(codes.length >= 10, `expected reference codes, got ${labels.slice(0, 20).join(', ')}`);
            assert.ok(codes.every(c => c.startsWith('RAB.')), `a process is offered only RAB codes, got ${codes.filter(c => !c.startsWith('RAB.')).slice(0, 5).join(', ')}`);
            const kearsipan = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'RAB.09.06.06');
            assert.ok(kearsipan, 'RAB.09.06.06 is offered');
            const detail = kearsipan.detail ?? (typeof kearsipan.label === 'string' ? '' : kearsipan.label.detail ?? '');
            assert.ok(detail.length > 0, 'the code comes with its name');
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('"SPBE: Find Reference Code" searches the codes of the element\'s domain and inserts the one chosen at the cursor', async () => {
        const uri = await writeWorkspaceFile('cari.spbe', 'proses Uji "Uji" {\n    kode \n}\naplikasi Umum "Umum" {\n    kode \n}\n');
        try {
            const editor = await openDocument('cari.spbe');
            const inProcess = positionOf(editor.document, 'kode ', 5);
            editor.selection = new vscode.Selection(inProcess, inProcess);
            // With a query the command inserts the best match without asking (the picker shows the same list).
            const code = await vscode.commands.executeCommand<string | undefined>('spbe.findCode', { query: 'arsip' });
            assert.equal(code, 'RAB.09.06.06');
            assert.equal(editor.document.lineAt(1).text, '    kode RAB.09.06.06');
            // In an application the same words find application codes.
            const inApp = new vscode.Position(4, 9);
            editor.selection = new vscode.Selection(inApp, inApp);
            assert.equal(await vscode.commands.executeCommand<string | undefined>('spbe.findCode', { query: 'administrasi pemerintahan' }), 'RAA.01.02');
            assert.equal(editor.document.lineAt(4).text, '    kode RAA.01.02');
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('go to definition crosses files', async () => {
        const editor = await openDocument('aplikasi.spbe');
        const position = positionOf(editor.document, 'Disperpusip', 2, 'aplikasi Srikandi');
        const locations = await waitFor('a definition', async () => {
            const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, position);
            return found.length > 0 ? found : undefined;
        });
        const target = locations[0];
        const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
        const targetRange = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
        assert.equal(targetUri.toString(), workspaceUri('instansi.spbe').toString());
        const instansi = await vscode.workspace.openTextDocument(targetUri);
        assert.equal(instansi.getText(targetRange), 'Disperpusip');
    });

    test('go to definition on a reference code opens the read-only national library', async () => {
        const editor = await openDocument('aplikasi.spbe');
        const position = positionOf(editor.document, 'RAA.01.02', 3);
        const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, position);
        assert.ok(locations.length > 0, 'the code has a definition');
        const target = locations[0];
        const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
        const targetRange = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
        assert.equal(targetUri.scheme, 'spbe-builtin');
        const library = await vscode.workspace.openTextDocument(targetUri);
        assert.equal(library.languageId, 'spbe');
        assert.equal(library.getText(targetRange), 'RAA.01.02');
        assert.ok(library.lineCount > 1000, `the whole national library is shown (${library.lineCount} lines)`);
        const shown = await vscode.window.showTextDocument(library);
        assert.equal(shown.document.uri.scheme, 'spbe-builtin');
    });

    test('hover shows the name of a reference code', async () => {
        const editor = await openDocument('aplikasi.spbe');
        const position = positionOf(editor.document, 'RAA.01.02', 3);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /RAA\.01\.02/);
    });

    test('the outline lists the elements of a file', async () => {
        const editor = await openDocument('aplikasi.spbe');
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        const names = symbols.map(s => s.name);
        assert.ok(names.includes('Srikandi') && names.includes('MalangMbois'), `outline: ${names.join(', ')}`);
    });

    test('formatting re-indents a badly indented element', async () => {
        const uri = await writeWorkspaceFile('format.spbe', 'unit Uji "Uji" {\njenis opd\n}\n');
        try {
            const editor = await openDocument('format.spbe');
            const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 4, insertSpaces: true });
            assert.ok(edits.length > 0, 'the formatter proposes edits');
            const edit = new vscode.WorkspaceEdit();
            edit.set(uri, edits);
            assert.ok(await vscode.workspace.applyEdit(edit));
            assert.match(editor.document.getText(), /\n {4}jenis opd\n/);
        } finally {
            await closeAllEditors();
            await vscode.workspace.fs.delete(uri);
        }
    });

    test('rename changes the declaration and its references across files', async () => {
        const editor = await openDocument('instansi.spbe');
        const position = positionOf(editor.document, 'Disperpusip', 2, 'unit Disperpusip');
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, position, 'DinasArsip');
        const files = edit.entries().map(([uri]) => uri.path.split('/').pop());
        assert.ok(files.includes('instansi.spbe') && files.includes('aplikasi.spbe'), `rename touches ${files.join(', ')}`);
    });

    test('semantic highlighting is provided', async () => {
        const editor = await openDocument('aplikasi.spbe');
        const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
        assert.ok(tokens && tokens.data.length > 0, 'semantic tokens arrive');
    });
});
