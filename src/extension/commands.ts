// The commands of the command palette, the editor title bar and the explorer's context menu.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PanelManager } from './panels/panel-manager.js';
import type { DiagramView, GitRevisionsResult, SearchCodesParams, SearchCodesResponse } from '../common/protocol.js';
import { DIAGRAM_VIEWS, GIT_REVISIONS_REQUEST, SEARCH_CODES_REQUEST } from '../common/protocol.js';

/**
 * SPBE: Compare with git revision… (`args.revision`: a revision to compare with, skipping the picker, or
 * null to stop comparing; for keybindings and tests). The architecture panel becomes a diff view.
 */
/** Arguments the export command accepts from other extensions, keybindings and tests. */
interface ExportArgs {
    view?: DiagramView;
    format?: 'svg' | 'png';
    /** File path or URI string to write, skipping the save dialog. */
    target?: string;
}

export function registerCommands(client: LanguageClient, panels: PanelManager): vscode.Disposable[] {
    const openView = (view: DiagramView) => async (resource?: unknown) => {
        if (resource instanceof vscode.Uri && resource.path.endsWith('.spbe')) {
            // Opened from the explorer: show the file too, so click-to-reveal and cursor-follow have an editor.
            await vscode.window.showTextDocument(resource, { preview: true, preserveFocus: true });
        }
        return panels.open(view);
    };
    return [
        vscode.commands.registerCommand('spbe.showArchitecture', openView('architecture')),
        vscode.commands.registerCommand('spbe.showRoadmap', openView('roadmap')),
        vscode.commands.registerCommand('spbe.exportDiagram', async (args?: ExportArgs) => {
            const view = args && DIAGRAM_VIEWS.includes(args.view as DiagramView) ? args.view as DiagramView : undefined;
            const panel = view ? panels.get(view) : panels.current();
            if (!panel) {
                void vscode.window.showWarningMessage(vscode.l10n.t('Open an SPBE diagram first (SPBE: Show Architecture Diagram).'));
                return undefined;
            }
            let format = args?.format === 'png' || args?.format === 'svg' ? args.format : undefined;
            if (!format) {
                const picked = await vscode.window.showQuickPick(['SVG', 'PNG'], { title: vscode.l10n.t('Export format') });
                if (!picked) return undefined;
                format = picked === 'PNG' ? 'png' : 'svg';
            }
            const target = typeof args?.target === 'string' ? toUri(args.target) : undefined;
            return (await panel.exportTo(format, target))?.fsPath;
        }),
        vscode.commands.registerCommand('spbe.compareWithRevision', async (args?: { revision?: string | null }) => {
            const folder = (vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri))
                ?? vscode.workspace.workspaceFolders?.[0];
            if (!folder || folder.uri.scheme !== 'file') {
                void vscode.window.showWarningMessage(vscode.l10n.t('Comparing with a git revision needs a workspace folder on disk.'));
                return undefined;
            }
            const panel = panels.open('architecture');
            let revision: string | null | undefined = args && 'revision' in args ? args.revision : undefined;
            if (revision === undefined) {
                let commits: GitRevisionsResult['commits'] = [];
                try {
                    await client.start();
                    const answer = await client.sendRequest<GitRevisionsResult>(GIT_REVISIONS_REQUEST, { folder: folder.uri.fsPath });
                    if (answer.error) { void vscode.window.showErrorMessage(answer.error); return undefined; }
                    commits = answer.commits;
                } catch (err) {
                    void vscode.window.showErrorMessage(String((err as Error)?.message ?? err));
                    return undefined;
                }
                type Item = vscode.QuickPickItem & { revision?: string | null; other?: boolean };
                const items: Item[] = [];
                if (panel.comparison) items.push({ label: vscode.l10n.t('$(close) Stop comparing'), revision: null });
                items.push(...commits.map(c => ({ label: `${c.short}  ${c.subject}`, description: `${c.when} · ${c.author}`, revision: c.hash })));
                items.push({ label: vscode.l10n.t('$(edit) Another revision (branch, tag, HEAD~2)…'), other: true });
                const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare the architecture with a git revision'), matchOnDescription: true });
                if (!picked) return undefined;
                revision = picked.other
                    ? await vscode.window.showInputBox({ title: vscode.l10n.t('Git revision to compare with'), placeHolder: 'HEAD~1', validateInput: v => /^[^\s-][^\s]{0,199}$/.test(v) ? undefined : vscode.l10n.t('A branch, tag, commit or an expression such as HEAD~2') })
                    : picked.revision;
                if (revision === undefined) return undefined;
            }
            panel.compareWith(revision === null ? undefined : { revision, folder: folder.uri.fsPath });
            return panel.comparison?.revision;
        }),
        vscode.commands.registerCommand('spbe.findCode', (args?: FindCodeArgs) => findCode(client, args)),
        vscode.commands.registerCommand('spbe.restartServer', async () => {
            // The desktop's client restarts its server process; the web's has no restart of its own.
            const restartable = client as LanguageClient & { restart?(): Promise<void> };
            if (restartable.restart) await restartable.restart();
            else { await client.stop(); await client.start(); }
        })
    ];
}

/** Arguments of the find-code command for keybindings and tests: `query` skips the picker and inserts the best match. */
interface FindCodeArgs {
    query?: string;
    allDomains?: boolean;
}

/**
 * "SPBE: Find Reference Code": a quick pick searching the reference codes as the user types (the server's
 * spbe/searchCodes, the same search as `spbe kode`), kept to the reference of the element around the
 * cursor unless the button widens it; the chosen code replaces the selection. Returns the code inserted.
 */
async function findCode(client: LanguageClient, args: FindCodeArgs = {}): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    let allDomains = args.allDomains === true;
    const search = (query: string) => client.sendRequest<SearchCodesResponse>(SEARCH_CODES_REQUEST, {
        query, allDomains, uri: editor?.document.uri.toString(),
        position: editor ? { line: editor.selection.active.line, character: editor.selection.active.character } : undefined,
    } satisfies SearchCodesParams);
    const insert = async (code: string) => {
        if (editor) await editor.edit(edit => editor.selections.forEach(s => edit.replace(s, code)));
        return code;
    };
    if (typeof args.query === 'string') {
        const best = (await search(args.query)).items[0]?.code;
        return best ? insert(best) : undefined;
    }
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { code: string }>();
    const widen: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('globe'), tooltip: vscode.l10n.t('Search all references') };
    pick.placeholder = vscode.l10n.t('Words of the code\'s name, e.g. arsip, or a code');
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    let generation = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
        const mine = ++generation;
        pick.busy = true;
        search(pick.value).then(r => {
            if (mine !== generation) return;
            pick.title = r.prefix ? vscode.l10n.t('Reference codes ({0})', r.prefix) : vscode.l10n.t('Reference codes');
            pick.buttons = r.prefix ? [widen] : [];
            // The server has already filtered and ranked: every item stays visible, in its order.
            pick.items = r.items.map(i => ({ label: i.code, description: i.name, detail: i.detail, code: i.code, alwaysShow: true }));
            pick.busy = false;
        }, () => { if (mine === generation) pick.busy = false; });
    };
    return new Promise<string | undefined>(resolve => {
        pick.onDidChangeValue(() => { clearTimeout(timer); timer = setTimeout(refresh, 150); });
        pick.onDidTriggerButton(() => { allDomains = true; refresh(); });
        pick.onDidAccept(() => {
            const chosen = pick.selectedItems[0]?.code;
            resolve(chosen ? insert(chosen) : undefined);
            pick.hide();
        });
        pick.onDidHide(() => { pick.dispose(); resolve(undefined); });
        pick.show();
        refresh();
    });
}

function toUri(target: string): vscode.Uri {
    return /^[a-z][a-z0-9+.-]+:\/\//i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}
