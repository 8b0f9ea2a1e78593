// The language server entry point (run in its own Node process by the VS Code extension).
import { startLanguageServer } from 'langium/lsp';
import { SpbeNodeFileSystem } from './node-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createSpbeServices } from './spbe-module.js';
import { setLanguage } from './i18n.js';
import { registerCustomRequests } from './lsp/custom-requests.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Spbe } = createSpbeServices({ connection, ...SpbeNodeFileSystem });
// Requests of the VS Code extension beyond LSP (built-in library text, diagrams).
registerCustomRequests(connection, shared, Spbe);
// Messages follow VS Code's display language.
shared.lsp.LanguageServer.onInitialize(params => setLanguage(params.locale));
startLanguageServer(shared);
