// The language server entry point (run in its own Node process by the VS Code extension).
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createSpbeServices } from './spbe-module.js';
import { setLanguage } from './i18n.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createSpbeServices({ connection, ...NodeFileSystem });
// Messages follow VS Code's display language.
shared.lsp.LanguageServer.onInitialize(params => setLanguage(params.locale));
startLanguageServer(shared);
