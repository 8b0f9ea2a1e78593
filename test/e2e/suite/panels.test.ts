// The diagram panels in real VS Code: the webview shows the SVG the diagram module rendered for the
// open model, follows edits, reveals definitions on click, filters, and exports files.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SpbeExtensionApi } from '../../../src/extension/main.js';
import type { DiagramPanel } from '../../../src/extension/panels/diagram-panel.js';
import { activateExtension, closeAllEditors, openDocument, waitFor, workspaceUri } from './helpers.js';

/** Waits until the webview reports a render whose node ids satisfy `accept`. */
function rendered(panel: DiagramPanel, what: string, accept: (ids: string[]) => boolean, timeoutMs = 60000) {
    return waitFor(what, () => panel.lastRendered && accept(panel.lastRendered.ids) ? panel.lastRendered : undefined, timeoutMs);
}

suite('Diagram panels', () => {
    let api: SpbeExtensionApi;
    let exportDir: string;

    suiteSetup(async () => {
        api = await activateExtension();
        exportDir = mkdtempSync(path.join(tmpdir(), 'spbe-export-'));
    });
    suiteTeardown(async () => {
        await closeAllEditors();
        rmSync(exportDir, { recursive: true, force: true });
    });

    test('the architecture panel opens from a .spbe editor and shows the rendered SVG of the model', async () => {
        await openDocument('aplikasi.spbe');
        await vscode.commands.executeCommand('spbe.showArchitecture');
        const panel = await waitFor('the architecture panel', () => api.panels.get('architecture'));
        assert.equal(panel.panel.title, 'SPBE Architecture');
        const report = await rendered(panel, 'the architecture diagram in the webview', ids => ids.includes('MalangMbois'));
        // Every element of the example is in the webview's DOM, as a node or inside its domain's group of the
        // overview (one click away: the drill-down), and the SVG came from the diagram module.
        const domainOf: Record<string, string> = { Srikandi: 'aplikasi', Sipd: 'aplikasi', PusatDataNasional: 'infrastruktur', ArsipDinamis: 'proses', DataArsip: 'data' };
        for (const [id, domain] of Object.entries(domainOf)) {
            assert.ok(report.ids.includes(id) || report.ids.includes(`kelompok:${domain}`), `node ${id} shown, or its group kelompok:${domain}`);
        }
        assert.match(panel.currentResponse?.svg ?? '', /^<svg [^>]*data-view="arsitektur"/);
        assert.equal(panel.currentResponse?.error, undefined);
    });

    test('editing the model updates the open panel', async () => {
        const panel = api.panels.get('architecture')!;
        const editor = await openDocument('aplikasi.spbe');
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        const addition = '\naplikasi UjiPanel "Aplikasi Uji Panel" {\n    khusus\n    pemilik Diskominfo\n    berjalan-di PusatDataNasional\n}\n';
        // The diagram is fitted to the panel until the user zooms; from then on their zoom is kept.
        const before = panel.lastRendered!;
        assert.notEqual(before.zoomed, true, 'a new panel fits the diagram');
        panel.zoomBy(1.25);
        assert.ok(await editor.edit(b => b.insert(end, addition)));
        try {
            await rendered(panel, 'the new application in the panel', ids => ids.includes('UjiPanel'));
            assert.ok(panel.lastRendered!.ids.includes('MalangMbois'), 'the rest of the model is still shown');
            assert.equal(panel.lastRendered!.zoomed, true);
            assert.ok(Math.abs(panel.lastRendered!.transform.scale - before.transform.scale * 1.25) < 1e-6, 'the user\'s zoom is kept across updates');
        } finally {
            await vscode.commands.executeCommand('undo');
            await editor.document.save();
        }
        await rendered(panel, 'the panel to drop the removed application', ids => !ids.includes('UjiPanel') && ids.includes('MalangMbois'));
    });

    test('clicking a node moves the editor selection to its definition', async () => {
        const panel = api.panels.get('architecture')!;
        await openDocument('instansi.spbe');
        panel.panel.reveal(undefined, true);
        await rendered(panel, 'the diagram', ids => ids.includes('Srikandi'));
        panel.clickNode('Srikandi');
        const editor = await waitFor('the editor to show aplikasi.spbe', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.uri.toString() === workspaceUri('aplikasi.spbe').toString() ? active : undefined;
        });
        const expected = editor.document.getText().split('\n').findIndex(l => l.startsWith('aplikasi Srikandi '));
        await waitFor('the selection on the definition', () => editor.selection.active.line === expected);
        assert.equal(editor.selection.active.character, 0);
    });

    test('the panel highlights the element under the editor cursor', async () => {
        const panel = api.panels.get('architecture')!;
        const editor = await openDocument('aplikasi.spbe');
        panel.panel.reveal(undefined, true);
        await rendered(panel, 'the diagram', ids => ids.includes('Sipd'));
        const line = editor.document.getText().split('\n').findIndex(l => l.includes('umum SIPD'));
        editor.selection = new vscode.Selection(line, 6, line, 6);
        await waitFor('Sipd highlighted', () => panel.lastHighlighted === 'Sipd');
        const other = editor.document.getText().split('\n').findIndex(l => l.includes('umum SPSE'));
        editor.selection = new vscode.Selection(other, 6, other, 6);
        await waitFor('Spse highlighted', () => panel.lastHighlighted === 'Spse');
    });

    test('filters narrow the view, and an impossible focus shows a message instead of a blank panel', async () => {
        const panel = api.panels.get('architecture')!;
        panel.setFilters({ domains: ['aplikasi'] });
        const apps = await rendered(panel, 'only applications', ids => ids.includes('Srikandi') && !ids.includes('ArsipDinamis'));
        assert.ok(apps.ids.includes('MalangMbois'));
        panel.setFilters({ focus: 'TidakAda' });
        await waitFor('an error message', () => panel.currentResponse?.error);
        assert.match(panel.currentResponse!.error!, /TidakAda/);
        await rendered(panel, 'an empty stage', ids => ids.length === 0);
        panel.setFilters({ focus: 'Srikandi', depth: 1 });
        const focused = await rendered(panel, 'Srikandi and its neighbours', ids => ids.includes('Srikandi') && !ids.includes('Sipd'));
        assert.ok(focused.ids.includes('PusatDataNasional'), 'a neighbour of the focus is shown');
        panel.setFilters({});
        await rendered(panel, 'the whole model again', ids => ids.includes('Sipd') && ids.includes('ArsipDinamis'));
    });

    test('export writes the current view as a valid SVG file and as a PNG', async () => {
        const svgFile = path.join(exportDir, 'arsitektur.svg');
        const written = await vscode.commands.executeCommand<string>('spbe.exportDiagram', { view: 'architecture', format: 'svg', target: svgFile });
        assert.equal(written, svgFile);
        const svg = readFileSync(svgFile, 'utf8');
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
        assert.match(svg, /<\/svg>\s*$/);
        assert.equal((svg.match(/<g[ >]/g) ?? []).length, (svg.match(/<\/g>/g) ?? []).length, 'balanced groups');
        assert.ok(svg.includes('data-id="Srikandi"'));

        const pngFile = path.join(exportDir, 'arsitektur.png');
        await vscode.commands.executeCommand('spbe.exportDiagram', { view: 'architecture', format: 'png', target: pngFile });
        const png = readFileSync(pngFile);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
        const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
        const size = /width="(\d+)/.exec(svg)!;
        assert.equal(width, Math.ceil(Number(size[1]) * 2), 'the PNG is the SVG at twice its size');
        assert.ok(height > 100);
    });

    test('the panel follows the colour theme', async () => {
        const panel = api.panels.get('architecture')!;
        const config = vscode.workspace.getConfiguration('spbe');
        const lightBackground = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]+)"/.exec(panel.currentResponse!.svg!)![1];
        await config.update('diagram.theme', 'dark', vscode.ConfigurationTarget.Global);
        try {
            const darkBackground = await waitFor('a dark diagram', () => {
                const fill = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]+)"/.exec(panel.currentResponse?.svg ?? '')?.[1];
                return fill && fill !== lightBackground ? fill : undefined;
            });
            assert.ok(parseInt(darkBackground.slice(1, 3), 16) < 0x80, `dark background ${darkBackground}`);
        } finally {
            await config.update('diagram.theme', undefined, vscode.ConfigurationTarget.Global);
        }
    });

    test('the roadmap panel opens and shows the initiatives', async () => {
        await openDocument('peta-rencana.spbe');
        await vscode.commands.executeCommand('spbe.showRoadmap');
        const panel = await waitFor('the roadmap panel', () => api.panels.get('roadmap'));
        const report = await rendered(panel, 'the roadmap in the webview', ids => ids.includes('PerwalSpbe'));
        assert.ok(report.ids.includes('PenetapanArsitektur'));
        assert.match(panel.currentResponse?.svg ?? '', /^<svg /);
        panel.clickNode('PenetapanArsitektur');
        const editor = await waitFor('the roadmap file in the editor', () =>
            vscode.window.activeTextEditor?.document.uri.path.endsWith('peta-rencana.spbe') ? vscode.window.activeTextEditor : undefined);
        const expected = editor.document.getText().split('\n').findIndex(l => l.includes('inisiatif PenetapanArsitektur '));
        await waitFor('the selection on the initiative', () => editor.selection.active.line === expected);
    });

    test('the roadmap has a today line by default; none turns it off; overdue initiatives are marked', async () => {
        const panel = api.panels.get('roadmap')!;
        const config = vscode.workspace.getConfiguration('spbe');
        assert.equal(config.get('diagram.today'), '');
        const now = new Date();
        const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        // Kota Malang's period is 2023-2027: within it, the line is on the current date.
        if (now.getFullYear() >= 2023 && now.getFullYear() <= 2027) assert.ok(panel.currentResponse?.svg?.includes(`data-kind="hari-ini" data-date="${today}"`), 'the today line of the current date');
        try {
            await config.update('diagram.today', 'none', vscode.ConfigurationTarget.Global);
            await waitFor('the roadmap without a today line', () => panel.currentResponse?.svg && !panel.currentResponse.svg.includes('hari-ini'));
            assert.ok(!panel.currentResponse!.svg!.includes('data-overdue'), 'without a date nothing is overdue');
            await config.update('diagram.today', '2025-06-30', vscode.ConfigurationTarget.Global);
            const svg = await waitFor('the line of 2025-06-30', () => panel.currentResponse?.svg?.includes('data-date="2025-06-30"') && panel.currentResponse.svg);
            // SRIKANDI's adoption was planned for 2023-2024 and has no status: overdue by mid-2025.
            assert.match(svg, /<g class="bar" data-id="AdopsiSrikandi"[^>]*data-overdue="true"/);
        } finally {
            await config.update('diagram.today', undefined, vscode.ConfigurationTarget.Global);
        }
    });
});
