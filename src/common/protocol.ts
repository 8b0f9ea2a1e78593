// Messages between the diagram panels (extension host), their webviews and the language server.
// Imported by both sides; no `vscode` here. Everything arriving from a webview is `unknown` until
// parseWebviewMessage has checked its shape: anything unexpected is dropped.

import { parseViewFilters, VIEW_KINDS, type ThemeName, type ViewFilters, type ViewKind } from './view-options.js';
import type { Domain, Muatan } from './vocabulary.js';

export type DiagramView = ViewKind;
export const DIAGRAM_VIEWS: readonly DiagramView[] = VIEW_KINDS;
export type DiagramTheme = ThemeName;

/** What the user chose in a panel's toolbar (the view options of common/view-options.ts). */
export type DiagramFilters = ViewFilters;

export interface DiagramRequestParams {
    view: DiagramView;
    filters: DiagramFilters;
    theme: DiagramTheme;
    /** Roadmap "today" line, ISO date. */
    today?: string;
    /** Architecture: a diff view against a git revision of a workspace folder. */
    compare?: DiagramComparison;
}

/** What a diff view compares with: a git revision (branch, tag, hash, HEAD~2) of a workspace folder on disk. */
export interface DiagramComparison {
    revision: string;
    folder: string;
}

/** A revision as git names it: no option-like or control characters, at most 200 characters. */
export function parseComparison(v: unknown): DiagramComparison | undefined {
    if (typeof v !== 'object' || v === null) return undefined;
    const { revision, folder } = v as Record<string, unknown>;
    // eslint-disable-next-line no-control-regex
    if (typeof revision !== 'string' || !/^[^\s\-\u0000-\u001f][^\s\u0000-\u001f]{0,199}$/.test(revision)) return undefined;
    // eslint-disable-next-line no-control-regex
    if (typeof folder !== 'string' || folder.length === 0 || folder.length > 4096 || /[\u0000-\u001f]/.test(folder)) return undefined;
    return { revision, folder };
}

/** Recent commits of a workspace folder's repository (`{ folder }` -> GitRevisionsResult), for the diff view's picker. */
export const GIT_REVISIONS_REQUEST = 'spbe/gitRevisions';
export interface GitCommit { hash: string; short: string; subject: string; when: string; author: string }
export interface GitRevisionsResult { commits: GitCommit[]; error?: string }

export interface Position { line: number; character: number }
export interface SourceRange { uri: string; start: Position; end: Position }

export interface DiagramChoices {
    domains: Domain[];
    units: { id: string; name: string }[];
    muatan: Muatan[];
    elements: { id: string; name: string }[];
    period?: { start: number; end: number };
}

export interface DiagramResponse {
    svg?: string;
    /** Why there is no diagram (shown in place of it). */
    error?: string;
    /** A warning shown above the diagram (e.g. files with syntax errors were left out). */
    notice?: string;
    /** Where each element shown in the diagram is defined. */
    sources: Record<string, SourceRange>;
    choices: DiagramChoices;
}

export const DIAGRAM_REQUEST = 'spbe/diagram';

/** The named views of the model (`tampilan`), for a panel's view picker: `{ view?: DiagramView }` -> NamedViewSummary[]. */
export const VIEWS_REQUEST = 'spbe/views';

export interface ViewsRequestParams {
    /** Only the views of this kind (a panel lists the views it can draw). */
    view?: DiagramView;
}

export interface NamedViewSummary {
    id: string;
    title: string;
    view: DiagramView;
    description?: string;
    /** How many elements (architecture) or initiatives (roadmap) it shows in the model as it is now. */
    shows: number;
}
/** The text of a built-in document (`{ uri }` -> string, or null for a URI that names none). */
export const BUILTIN_TEXT_REQUEST = 'spbe/builtinText';
/** URI scheme of the read-only built-in documents (the national library), which the extension serves. */
export const BUILTIN_SCHEME = 'spbe-builtin';
export const MODEL_CHANGED_NOTIFICATION = 'spbe/modelChanged';

/** Searches the reference codes, as `spbe kode` does (`SearchCodesParams` -> `SearchCodesResponse`). */
export const SEARCH_CODES_REQUEST = 'spbe/searchCodes';
export interface SearchCodesParams {
    /** The words typed; empty lists the codes in reference order. */
    query: string;
    /** The document and cursor: the codes are those of the domain of the element around the cursor, unless `allDomains`. */
    uri?: string;
    position?: Position;
    allDomains?: boolean;
}
export interface CodeItem {
    code: string;
    name: string;
    /** Level and parents: "fungsi · Pemerintahan Umum › Aparatur Negara". */
    detail: string;
}
export interface SearchCodesResponse {
    items: CodeItem[];
    /** How many codes matched (items holds at most SEARCH_CODES_LIMIT of them). */
    total: number;
    /** The reference the search kept to (RAB, RAD, ...), when the cursor is in an element. */
    prefix?: string;
}
export const SEARCH_CODES_LIMIT = 200;

/** Pan and zoom of a panel, kept across updates and reloads. */
export interface ViewTransform { x: number; y: number; scale: number }

/** Persisted by the webview (vscode.setState) and handed back to the panel serializer after a reload. */
export interface PanelState {
    view: DiagramView;
    filters: DiagramFilters;
    transform?: ViewTransform;
    /** The user zoomed or panned: keep `transform`; otherwise the diagram is fitted to the panel again. */
    zoomed?: boolean;
}

// ---------------------------------------------------------------- extension -> webview
export type ToWebview =
    | { type: 'render'; version: number; response: DiagramResponse; filters: DiagramFilters }
    | { type: 'highlight'; id?: string }
    /** The named views the panel can show (its view picker). */
    | { type: 'views'; views: NamedViewSummary[] }
    | { type: 'rasterize'; requestId: number }
    /** End-to-end tests only (the extension sends it in test mode): click the node with this id. */
    | { type: 'test:click'; id: string }
    /** End-to-end tests only: zoom by this factor, as the user's mouse wheel would. */
    | { type: 'test:zoom'; factor: number };

// ---------------------------------------------------------------- webview -> extension
export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; id: string }
    | { type: 'filters'; filters: DiagramFilters }
    | { type: 'export'; format: 'svg' | 'png' }
    | { type: 'rasterized'; requestId: number; dataUrl?: string; error?: string }
    | { type: 'rendered'; version: number; ids: string[]; transform: ViewTransform; zoomed?: boolean }
    /** Which element the panel now highlights (after following the editor cursor). */
    | { type: 'highlighted'; id?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 10000 && v.every(isId);

export function parseTransform(v: unknown): ViewTransform | undefined {
    if (!isObject(v) || !isFiniteNumber(v.x) || !isFiniteNumber(v.y) || !isFiniteNumber(v.scale)) return undefined;
    if (v.scale <= 0 || v.scale > 100) return undefined;
    return { x: v.x, y: v.y, scale: v.scale };
}

/** Keeps only the known, well-formed filters (see parseViewFilters); undefined when any is malformed. */
export function parseFilters(v: unknown): DiagramFilters | undefined {
    const parsed = parseViewFilters(v);
    return parsed.ok ? parsed.options : undefined;
}

export function parseWebviewMessage(v: unknown): FromWebview | undefined {
    if (!isObject(v) || typeof v.type !== 'string') return undefined;
    switch (v.type) {
        case 'ready':
            return { type: 'ready' };
        case 'reveal':
            return isId(v.id) ? { type: 'reveal', id: v.id } : undefined;
        case 'filters': {
            const filters = parseFilters(v.filters);
            return filters ? { type: 'filters', filters } : undefined;
        }
        case 'export':
            return v.format === 'svg' || v.format === 'png' ? { type: 'export', format: v.format } : undefined;
        case 'rasterized': {
            if (!Number.isInteger(v.requestId)) return undefined;
            const dataUrl = typeof v.dataUrl === 'string' && v.dataUrl.startsWith('data:image/png;base64,') ? v.dataUrl : undefined;
            const error = typeof v.error === 'string' ? v.error.slice(0, 500) : undefined;
            return { type: 'rasterized', requestId: v.requestId as number, dataUrl, error };
        }
        case 'rendered': {
            const transform = parseTransform(v.transform);
            if (!Number.isInteger(v.version) || !isIdList(v.ids) || !transform) return undefined;
            return { type: 'rendered', version: v.version as number, ids: v.ids, transform, ...(v.zoomed === true ? { zoomed: true } : {}) };
        }
        case 'highlighted':
            if (v.id === undefined) return { type: 'highlighted' };
            return isId(v.id) ? { type: 'highlighted', id: v.id } : undefined;
        default:
            return undefined;
    }
}

/** Checks a views request (it comes from another process): undefined when malformed. */
export function parseViewsParams(v: unknown): ViewsRequestParams | undefined {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) return undefined;
    if (v.view === undefined) return {};
    return DIAGRAM_VIEWS.includes(v.view as DiagramView) ? { view: v.view as DiagramView } : undefined;
}

export function parsePanelState(v: unknown): PanelState | undefined {
    if (!isObject(v) || !DIAGRAM_VIEWS.includes(v.view as DiagramView)) return undefined;
    return { view: v.view as DiagramView, filters: parseFilters(v.filters) ?? {}, transform: parseTransform(v.transform), ...(v.zoomed === true ? { zoomed: true } : {}) };
}
