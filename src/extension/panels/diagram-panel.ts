// One diagram panel (architecture or roadmap): asks the language server for the rendered view,
// re-asks (debounced) when the model changes, reveals definitions on click, highlights the element
// under the editor cursor and exports the current view.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { panelHtml } from './html.js';
import type {
    DiagramComparison, DiagramFilters, DiagramRequestParams, DiagramResponse, DiagramTheme, DiagramView, FromWebview, NamedViewSummary, SourceRange, ToWebview, ViewsRequestParams, ViewTransform
} from '../../common/protocol.js';
import { DIAGRAM_REQUEST, parseWebviewMessage, VIEWS_REQUEST } from '../../common/protocol.js';
import { todayLine } from '../../common/view-options.js';
import { writeFileAtomically } from '../write-file.js';

export const PANEL_TYPES: Record<DiagramView, string> = { architecture: 'spbe.architecture', roadmap: 'spbe.roadmap' };
const UPDATE_DELAY_MS = 300;

export interface RenderedReport {
    version: number;
    ids: string[];
    transform: ViewTransform;
    /** The user zoomed or panned (else the diagram was fitted to the panel). */
    zoomed?: boolean;
}

export class DiagramPanel implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private response?: DiagramResponse;
    private version = 0;
    private timer?: ReturnType<typeof setTimeout>;
    private readonly rasterRequests = new Map<number, (result: { dataUrl?: string; error?: string }) => void>();
    private nextRasterId = 1;
    private readonly renderedListeners = new Set<(report: RenderedReport) => void>();
    /** What the webview last reported having on screen. */
    lastRendered?: RenderedReport;
    /** The element the webview last reported highlighting. */
    lastHighlighted?: string;
    private disposed = false;
    private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.onDisposeEmitter.event;

    constructor(
        readonly view: DiagramView,
        readonly panel: vscode.WebviewPanel,
        private readonly client: LanguageClient,
        extensionUri: vscode.Uri,
        private filters: DiagramFilters
    ) {
        panel.webview.options = {
            enableScripts: true,
            localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')]
        };
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'spbe-file.svg');
        panel.webview.html = panelHtml(panel.webview, extensionUri, view);
        this.disposables.push(
            panel.webview.onDidReceiveMessage(raw => {
                const message = parseWebviewMessage(raw);
                if (message) void this.handle(message);
            }),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(e => { if (e.webviewPanel.visible) this.scheduleUpdate(0); })
        );
    }

    get currentFilters(): DiagramFilters {
        return { ...this.filters };
    }

    /** The named views the panel's picker last listed. */
    namedViews: NamedViewSummary[] = [];

    get currentResponse(): DiagramResponse | undefined {
        return this.response;
    }

    /** Re-renders after a short pause, so typing does not trigger a layout per keystroke. */
    scheduleUpdate(delay = UPDATE_DELAY_MS): void {
        if (this.disposed) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.update(); }, delay);
    }

    setFilters(filters: DiagramFilters): void {
        this.filters = filters;
        this.scheduleUpdate(0);
    }

    /** The git revision the architecture panel is compared with (a diff view), if any. */
    get comparison(): DiagramComparison | undefined {
        return this.compare;
    }

    /** Shows the diff view against a revision, or (undefined) the plain diagram again. */
    compareWith(compare: DiagramComparison | undefined): void {
        this.compare = compare;
        this.scheduleUpdate(0);
    }
    private compare?: DiagramComparison;

    async update(): Promise<void> {
        if (this.disposed) return;
        const params: DiagramRequestParams = { view: this.view, filters: this.filters, theme: diagramTheme(), today: todaySetting(), compare: this.compare };
        let response: DiagramResponse;
        let views: NamedViewSummary[] = [];
        try {
            await this.client.start();
            // The named views for the picker, asked for alongside the diagram (an older server has none).
            const viewsRequest: ViewsRequestParams = { view: this.view };
            [response, views] = await Promise.all([
                this.client.sendRequest<DiagramResponse>(DIAGRAM_REQUEST, params),
                this.client.sendRequest<NamedViewSummary[]>(VIEWS_REQUEST, viewsRequest).then(v => Array.isArray(v) ? v : [], () => []),
            ]);
        } catch (err) {
            response = { error: vscode.l10n.t('The language server could not render the diagram: {0}', String((err as Error)?.message ?? err)), sources: {}, choices: { domains: [], units: [], muatan: [], elements: [] } };
        }
        if (this.disposed) return;
        this.response = response;
        this.namedViews = views;
        this.post({ type: 'views', views });
        this.post({ type: 'render', version: ++this.version, response, filters: this.filters });
        this.followEditor(vscode.window.activeTextEditor);
    }

    /** Highlights the innermost element whose definition contains the editor's cursor. */
    followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || !this.response || editor.document.languageId !== 'spbe') return;
        const uri = editor.document.uri.toString();
        const pos = editor.selection.active;
        let best: { id: string; size: number } | undefined;
        for (const [id, range] of Object.entries(this.response.sources)) {
            if (range.uri !== uri || !contains(range, pos)) continue;
            const size = (range.end.line - range.start.line) * 100000 + (range.end.character - range.start.character);
            if (!best || size < best.size) best = { id, size };
        }
        this.post({ type: 'highlight', id: best?.id });
    }

    /** Resolves with the next report of the webview that shows a render newer than `afterVersion`. */
    whenRendered(afterVersion = 0): Promise<RenderedReport> {
        if (this.lastRendered && this.lastRendered.version > afterVersion) return Promise.resolve(this.lastRendered);
        return new Promise(resolve => {
            const listener = (report: RenderedReport) => {
                if (report.version > afterVersion) {
                    this.renderedListeners.delete(listener);
                    resolve(report);
                }
            };
            this.renderedListeners.add(listener);
        });
    }

    /** Test hook: makes the webview click the node with this id, as a user would. */
    clickNode(id: string): void {
        this.post({ type: 'test:click', id });
    }

    /** Test hook: makes the webview zoom by `factor`, as the user's mouse wheel would. */
    zoomBy(factor: number): void {
        this.post({ type: 'test:zoom', factor });
    }

    async exportTo(format: 'svg' | 'png', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
        const svg = this.response?.svg;
        if (!svg) {
            void vscode.window.showErrorMessage(this.response?.error ?? vscode.l10n.t('There is no diagram to export yet.'));
            return undefined;
        }
        if (!target) {
            const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
            target = await vscode.window.showSaveDialog({
                defaultUri: folder ? vscode.Uri.joinPath(folder, `${this.view}.${format}`) : undefined,
                filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
                title: vscode.l10n.t('Export the {0} diagram', this.view)
            });
            if (!target) return undefined;
        }
        let bytes: Uint8Array;
        if (format === 'svg') {
            bytes = new TextEncoder().encode(svg);
        } else {
            const result = await this.rasterize();
            if (!result.dataUrl) {
                void vscode.window.showErrorMessage(vscode.l10n.t('Could not convert the diagram to PNG: {0}', result.error ?? '?'));
                return undefined;
            }
            bytes = Buffer.from(result.dataUrl.slice('data:image/png;base64,'.length), 'base64');
        }
        await writeFileAtomically(target, bytes);
        return target;
    }

    private rasterize(): Promise<{ dataUrl?: string; error?: string }> {
        const requestId = this.nextRasterId++;
        return new Promise(resolve => {
            const timeout = setTimeout(() => { this.rasterRequests.delete(requestId); resolve({ error: vscode.l10n.t('the panel did not answer') }); }, 20000);
            this.rasterRequests.set(requestId, result => { clearTimeout(timeout); resolve(result); });
            this.post({ type: 'rasterize', requestId });
        });
    }

    private async handle(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.scheduleUpdate(0);
                break;
            case 'reveal':
                await this.reveal(message.id);
                break;
            case 'filters':
                this.setFilters(message.filters);
                break;
            case 'export': {
                const target = await this.exportTo(message.format);
                if (target) void vscode.window.showInformationMessage(vscode.l10n.t('Diagram exported to {0}', target.fsPath));
                break;
            }
            case 'rasterized':
                this.rasterRequests.get(message.requestId)?.(message);
                this.rasterRequests.delete(message.requestId);
                break;
            case 'rendered':
                this.lastRendered = { version: message.version, ids: message.ids, transform: message.transform, zoomed: message.zoomed };
                for (const listener of [...this.renderedListeners]) listener(this.lastRendered);
                break;
            case 'highlighted':
                this.lastHighlighted = message.id;
                break;
        }
    }

    /** Opens the definition of a diagram element beside the panel and puts the cursor on it. */
    async reveal(id: string): Promise<void> {
        const source: SourceRange | undefined = this.response?.sources[id];
        if (!source) return;
        const start = new vscode.Position(source.start.line, source.start.character);
        const end = new vscode.Position(source.end.line, source.end.character);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.uri));
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === source.uri);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One),
            preserveFocus: false,
            selection: new vscode.Range(start, start)
        });
        editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ToWebview): void {
        if (!this.disposed) void this.panel.webview.postMessage(message);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
        this.onDisposeEmitter.fire();
        this.onDisposeEmitter.dispose();
        this.panel.dispose();
    }
}

function contains(range: SourceRange, pos: vscode.Position): boolean {
    const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
    const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
    return afterStart && beforeEnd;
}

/** The diagram theme: the `spbe.diagram.theme` setting, or VS Code's colour theme when it is `auto`. */
export function diagramTheme(): DiagramTheme {
    const setting = vscode.workspace.getConfiguration('spbe').get<string>('diagram.theme', 'auto');
    if (setting === 'light' || setting === 'dark' || setting === 'high-contrast') return setting;
    switch (vscode.window.activeColorTheme.kind) {
        case vscode.ColorThemeKind.Dark: return 'dark';
        case vscode.ColorThemeKind.HighContrast: return 'high-contrast';
        // The diagram's high-contrast palette is white on black; a light high-contrast theme reads better light.
        default: return 'light';
    }
}

/** The roadmap's today line: `spbe.diagram.today`, where empty is the current date and `none` no line. */
function todaySetting(): string | undefined {
    return todayLine(vscode.workspace.getConfiguration('spbe').get<string>('diagram.today', ''), new Date());
}
