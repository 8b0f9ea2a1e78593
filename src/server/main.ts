// The language server entry point (run in its own Node process by the VS Code extension).
import { startLanguageServer } from 'langium/lsp';
import { SpbeNodeFileSystem } from '../node/file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createSpbeServerServices } from './server-module.js';
import { setLanguage } from '../common/i18n.js';
import { registerCustomRequests } from './custom-requests.js';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { setElk } from '../diagram/layout.js';
import { ThreadLayout } from '../node/thread-layout.js';
import { gitRoot, readRevisionFiles, recentCommits, resolveRevision } from '../node/git.js';
import { createSpbeServices } from '../language/spbe-module.js';
import { buildWorkspace } from '../model/build-workspace.js';
import { RevisionModels } from './revisions.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Spbe } = createSpbeServerServices({ connection, ...SpbeNodeFileSystem });
// The diff view's other version: a git revision of the workspace folder, read with git and built with
// language services of its own.
const revisions = new RevisionModels({
    commits: async (folder, count) => recentCommits(await gitRoot(folder), count),
    resolve: async (folder, revision) => resolveRevision(await gitRoot(folder), revision),
    files: async (folder, commit) => readRevisionFiles(await gitRoot(folder), commit, folder),
}, async files => (await buildWorkspace(createSpbeServices(SpbeNodeFileSystem).Spbe, files)).model);
// Requests of the VS Code extension beyond LSP (built-in library text, diagrams, git revisions).
registerCustomRequests(connection, shared, Spbe, revisions);
// Messages follow VS Code's display language.
shared.lsp.LanguageServer.onInitialize(params => setLanguage(params.locale));
// Diagram layouts run in a worker thread, so a big one does not hold up diagnostics and completion. The
// thread's script is bundled beside the server (dist/elk-thread.cjs); the server bundle has no ELK of its own.
const threadFile = typeof __dirname === 'string' ? path.join(__dirname, 'elk-thread.cjs') : undefined;
if (threadFile && existsSync(threadFile)) setElk(new ThreadLayout(threadFile).asElk());
else connection.console.warn(`SPBE: the layout thread ${threadFile ?? 'elk-thread.cjs'} is missing; diagrams are laid out in the server's thread.`);
startLanguageServer(shared);
