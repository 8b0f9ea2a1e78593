// Keeps at most one panel per view, routes model changes, editor cursor moves and theme changes to the
// open panels, and brings panels back after a window reload (WebviewPanelSerializer).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DiagramPanel, PANEL_TYPES } from './diagram-panel.js';
import type { DiagramFilters, DiagramView } from '../../common/protocol.js';
import { DIAGRAM_VIEWS, MODEL_CHANGED_NOTIFICATION, parsePanelState } from '../../common/protocol.js';
import { parseViewFilters } from '../../common/view-options.js';

const TITLES: Record<DiagramView, () => string> = {
    architecture: () => vscode.l10n.t('SPBE Architecture'),
    roadmap: () => vscode.l10n.t('SPBE Roadmap')
};

export class PanelManager implements vscode.Disposable {
    private readonly panels = new Map<DiagramView, DiagramPanel>();
    private readonly disposables: vscode.Disposable[] = [];
    private lastActive?: DiagramView;

    constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri) {
        for (const view of DIAGRAM_VIEWS) {
            this.disposables.push(vscode.window.registerWebviewPanelSerializer(PANEL_TYPES[view], {
                deserializeWebviewPanel: async (panel, state) => {
                    const restored = parsePanelState(state);
                    this.adopt(view, panel, restored?.view === view ? restored.filters : defaultFilters(view));
                }
            }));
        }
        this.disposables.push(
            client.onNotification(MODEL_CHANGED_NOTIFICATION, () => this.forEach(p => p.scheduleUpdate())),
            vscode.window.onDidChangeTextEditorSelection(e => this.forEach(p => p.followEditor(e.textEditor))),
            vscode.window.onDidChangeActiveColorTheme(() => this.forEach(p => p.scheduleUpdate(0))),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (e.affectsConfiguration('spbe.diagram')) this.forEach(p => p.scheduleUpdate(0));
            })
        );
    }

    get(view: DiagramView): DiagramPanel | undefined {
        return this.panels.get(view);
    }

    /** The panel a command without an explicit view acts on: the active one, else the last active. */
    current(): DiagramPanel | undefined {
        for (const panel of this.panels.values()) if (panel.panel.active) return panel;
        return (this.lastActive && this.panels.get(this.lastActive)) || this.panels.values().next().value;
    }

    open(view: DiagramView): DiagramPanel {
        const existing = this.panels.get(view);
        if (existing) {
            existing.panel.reveal(undefined, true);
            return existing;
        }
        const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        const panel = vscode.window.createWebviewPanel(PANEL_TYPES[view], TITLES[view](), { viewColumn: column, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: false,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')]
        });
        return this.adopt(view, panel, defaultFilters(view));
    }

    private adopt(view: DiagramView, webviewPanel: vscode.WebviewPanel, filters: DiagramFilters): DiagramPanel {
        webviewPanel.title = TITLES[view]();
        const panel = new DiagramPanel(view, webviewPanel, this.client, this.extensionUri, filters);
        this.panels.set(view, panel);
        this.lastActive = view;
        webviewPanel.onDidChangeViewState(e => { if (e.webviewPanel.active) this.lastActive = view; });
        panel.onDidDispose(() => {
            if (this.panels.get(view) === panel) this.panels.delete(view);
        });
        return panel;
    }

    private forEach(action: (panel: DiagramPanel) => void): void {
        for (const panel of this.panels.values()) action(panel);
    }

    dispose(): void {
        for (const panel of this.panels.values()) panel.dispose();
        for (const d of this.disposables) d.dispose();
    }
}

function defaultFilters(view: DiagramView): DiagramFilters {
    if (view !== 'architecture') return {};
    // Applies once the user focuses an element; a setting that is not a depth is ignored.
    const depth = vscode.workspace.getConfiguration('spbe').get<number>('diagram.depth', 1);
    const parsed = parseViewFilters({ depth });
    return parsed.ok ? parsed.options : {};
}
