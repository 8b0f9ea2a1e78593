// The commands of the command palette, the editor title bar and the explorer's context menu.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PanelManager } from './panels/panel-manager.js';
import type { DiagramView } from '../common/protocol.js';
import { DIAGRAM_VIEWS } from '../common/protocol.js';

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
        vscode.commands.registerCommand('spbe.restartServer', async () => {
            // The desktop's client restarts its server process; the web's has no restart of its own.
            const restartable = client as LanguageClient & { restart?(): Promise<void> };
            if (restartable.restart) await restartable.restart();
            else { await client.stop(); await client.start(); }
        })
    ];
}

function toUri(target: string): vscode.Uri {
    return /^[a-z][a-z0-9+.-]+:\/\//i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}
