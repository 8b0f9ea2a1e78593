// The architecture panel's diff view in real VS Code: "SPBE: Compare with git revision…" against a commit of
// the workspace, the marks in the rendered diagram and the webview, and back to the plain diagram.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openDocument, waitFor, workspaceUri } from './helpers.js';

suite('Diff view against a git revision', () => {
    test('marks what changed since a commit, then stops comparing', async () => {
        const api = await activateExtension();
        const root = workspaceUri().fsPath;
        // VS Code's own git extension would watch the repository made here (and log errors once it is removed).
        const gitSettings = vscode.workspace.getConfiguration('git');
        await gitSettings.update('enabled', false, vscode.ConfigurationTarget.Global);
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'pipe' });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'base');
        const editor = await openDocument('aplikasi.spbe');
        try {
            const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
            assert.ok(await editor.edit(b => b.insert(end, '\naplikasi UjiBanding "Aplikasi Uji Banding" {\n    khusus\n    berjalan-di PusatDataNasional\n}\n')));
            const revision = await vscode.commands.executeCommand<string>('spbe.compareWithRevision', { revision: 'HEAD' });
            assert.equal(revision, 'HEAD');
            const panel = await waitFor('the architecture panel', () => api.panels.get('architecture'));
            const response = await waitFor('the diff view', () => panel.currentResponse?.svg?.includes('data-diff="added"') ? panel.currentResponse : undefined, 60000);
            assert.match(response.svg!, /<g class="node" data-id="UjiBanding"[^>]*data-diff="added"/);
            assert.match(response.notice ?? '', /HEAD \([0-9a-f]{7}\): 1 added, 0 removed, 0 changed/);
            await waitFor('the new element in the webview', () => panel.lastRendered?.ids.includes('UjiBanding'), 60000);
            await vscode.commands.executeCommand('spbe.compareWithRevision', { revision: null });
            await waitFor('the plain diagram', () => panel.currentResponse?.svg && !panel.currentResponse.svg.includes('data-diff') ? true : undefined, 60000);
        } finally {
            await vscode.window.showTextDocument(editor.document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
            await closeAllEditors();
            rmSync(path.join(root, '.git'), { recursive: true, force: true });
            await gitSettings.update('enabled', undefined, vscode.ConfigurationTarget.Global);
        }
    });
});
