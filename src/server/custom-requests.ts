// Requests the VS Code extension sends to the language server beyond LSP: the text of the built-in
// national library (so go-to-definition into it opens a readable document) and rendered diagram views. The server owns the workspace, so it also tells the
// client when the semantic model may have changed.
import { DocumentState } from 'langium';
import type { SpbeSharedServices } from '../language/spbe-module.js';
import type { Connection } from 'vscode-languageserver';
import { builtinLibraryText, isBuiltinUri } from '../reference/builtin-library.js';
import type { SpbeServerServices } from './server-module.js';
import { BUILTIN_TEXT_REQUEST, DIAGRAM_REQUEST, MODEL_CHANGED_NOTIFICATION } from '../common/protocol.js';
import { parseDiagramParams, renderDiagram } from './diagram-request.js';

export function registerCustomRequests(connection: Connection, shared: SpbeSharedServices, services: SpbeServerServices): void {
    const model = services.model.Current;
    connection.onRequest(BUILTIN_TEXT_REQUEST, (params: { uri?: unknown }) => {
        if (typeof params?.uri !== 'string' || !isBuiltinUri(params.uri)) return null;
        const doc = shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === params.uri);
        return doc?.textDocument.getText() ?? builtinLibraryText();
    });
    connection.onRequest(DIAGRAM_REQUEST, async (raw: unknown) => {
        const params = parseDiagramParams(raw);
        if (!params) throw new Error(`malformed ${DIAGRAM_REQUEST} request`);
        return renderDiagram(params, await model.settled(), { layout: services.diagram.Layout, lang: shared.environment.DisplayLanguage.current });
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, {});
    });
}
