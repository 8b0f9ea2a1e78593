// Starts the SPBE language server on a connection, whatever runs it: a Node process (main.ts) or a web
// worker (server/web-worker.ts). The host gives what differs, in the services' context: the connection,
// the file system and the layout engine; nothing here touches Node or the browser.
import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { registerCustomRequests } from './custom-requests.js';
import { createSpbeServerServices, type SpbeServerContext, type SpbeServerServices } from './server-module.js';
import type { SpbeSharedServices } from '../language/spbe-module.js';
import type { RevisionModels } from './revisions.js';

/** `revisions`: git revisions of the workspace for the diff view, where the host can read them (Node). */
export function startSpbeServer(context: SpbeServerContext & { connection: Connection; revisions?: RevisionModels }): { shared: SpbeSharedServices; Spbe: SpbeServerServices } {
    const { shared, Spbe } = createSpbeServerServices(context);
    // Requests of the VS Code extension beyond LSP (built-in library text, diagrams, views, code search, git revisions).
    registerCustomRequests(context.connection, shared, Spbe, context.revisions);
    // Messages follow the editor's display language, unless the host chose one.
    if (!context.language) shared.lsp.LanguageServer.onInitialize(params => shared.environment.DisplayLanguage.useLocale(params.locale));
    startLanguageServer(shared);
    return { shared, Spbe };
}
