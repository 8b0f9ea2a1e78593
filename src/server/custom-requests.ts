// Requests the VS Code extension sends to the language server beyond LSP: the text of the built-in
// national library (so go-to-definition into it opens a readable document), rendered diagram views and the
// reference code search. The server owns the workspace, so it also tells the
// client when the semantic model may have changed.
import { DocumentState } from 'langium';
import type { SpbeSharedServices } from '../language/spbe-module.js';
import type { Connection } from 'vscode-languageserver';
import { builtinLibraryText, isBuiltinUri } from '../reference/builtin-library.js';
import type { SpbeServerServices } from './server-module.js';
import { BUILTIN_TEXT_REQUEST, DIAGRAM_REQUEST, GIT_REVISIONS_REQUEST, MODEL_CHANGED_NOTIFICATION, parseViewsParams, SEARCH_CODES_REQUEST, VIEWS_REQUEST, type DiagramComparison, type GitRevisionsResult } from '../common/protocol.js';
import { parseDiagramParams, renderDiagram, type ComparisonBase } from './diagram-request.js';
import type { RevisionModels } from './revisions.js';
import { listViews } from './views-request.js';
import { t, type Lang } from '../common/i18n.js';
import { parseSearchCodesParams, searchCodesRequest } from './code-search.js';

/**
 * `revisions`: git revisions of the workspace for the diff view (the Node server has them; a server without
 * them answers that comparing is not available).
 */
export function registerCustomRequests(connection: Connection, shared: SpbeSharedServices, services: SpbeServerServices, revisions?: RevisionModels): void {
    const model = services.model.Current;
    const language = shared.environment.DisplayLanguage;
    connection.onRequest(BUILTIN_TEXT_REQUEST, (params: { uri?: unknown }) => {
        if (typeof params?.uri !== 'string' || !isBuiltinUri(params.uri)) return null;
        const doc = shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === params.uri);
        return doc?.textDocument.getText() ?? builtinLibraryText();
    });
    connection.onRequest(DIAGRAM_REQUEST, async (raw: unknown) => {
        const params = parseDiagramParams(raw);
        if (!params) throw new Error(`malformed ${DIAGRAM_REQUEST} request`);
        const built = await model.settled();
        const lang = language.current;
        const base = params.compare && params.view === 'architecture' ? await comparisonBase(params.compare, revisions, lang) : undefined;
        return renderDiagram(params, built, base, { layout: services.diagram.Layout, lang });
    });
    connection.onRequest(GIT_REVISIONS_REQUEST, async (params: { folder?: unknown }): Promise<GitRevisionsResult> => {
        if (!revisions) return { commits: [], error: notAvailable(language.current) };
        if (typeof params?.folder !== 'string' || !params.folder) return { commits: [], error: 'no folder' };
        try {
            return { commits: await revisions.commits(params.folder) };
        } catch (err) {
            return { commits: [], error: (err as Error).message };
        }
    });
    connection.onRequest(VIEWS_REQUEST, async (raw: unknown) => {
        const params = parseViewsParams(raw);
        if (!params) throw new Error(`malformed ${VIEWS_REQUEST} request`);
        return listViews((await model.settled()).model, params);
    });
    connection.onRequest(SEARCH_CODES_REQUEST, async (raw: unknown) => {
        const params = parseSearchCodesParams(raw);
        if (!params) throw new Error(`malformed ${SEARCH_CODES_REQUEST} request`);
        await model.settled();
        return searchCodesRequest(services, params);
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, {});
    });
}

function notAvailable(lang: Lang): string {
    return t({ en: 'comparing with a git revision needs the desktop (Node) language server and git', id: 'membandingkan dengan revisi git memerlukan server bahasa desktop (Node) dan git' }, lang);
}

/** The revision's model for a diff view, or why there is none (shown above the diagram). */
async function comparisonBase(compare: DiagramComparison, revisions: RevisionModels | undefined, lang: Lang): Promise<ComparisonBase> {
    if (!revisions) return { label: compare.revision, error: notAvailable(lang) };
    try {
        const { model, commit } = await revisions.model(compare.folder, compare.revision);
        return { label: /^[0-9a-f]{40}$/.test(compare.revision) ? commit.slice(0, 7) : `${compare.revision} (${commit.slice(0, 7)})`, model };
    } catch (err) {
        return { label: compare.revision, error: (err as Error).message };
    }
}
