// The language server entry point for Node (run in its own process by the VS Code extension on the desktop).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { SpbeNodeFileSystem } from '../node/file-system.js';
import { ThreadLayout } from '../node/thread-layout.js';
import { gitRoot, readRevisionFiles, recentCommits, resolveRevision } from '../node/git.js';
import { createSpbeServices } from '../language/spbe-module.js';
import { buildWorkspace } from '../model/build-workspace.js';
import { RevisionModels } from './revisions.js';
import { startSpbeServer } from './start.js';

const connection = createConnection(ProposedFeatures.all);
// The diff view's other version: a git revision of the workspace folder, read with git and built with
// language services of its own.
const revisions = new RevisionModels({
    commits: async (folder, count) => recentCommits(await gitRoot(folder), count),
    resolve: async (folder, revision) => resolveRevision(await gitRoot(folder), revision),
    files: async (folder, commit) => readRevisionFiles(await gitRoot(folder), commit, folder),
}, async files => (await buildWorkspace(createSpbeServices(SpbeNodeFileSystem).Spbe, files)).model);
// Diagram layouts run in a worker thread, so a big one does not hold up diagnostics and completion. The
// thread's script is bundled beside the server (dist/elk-thread.cjs); the server bundle has no ELK of its own.
const threadFile = typeof __dirname === 'string' ? path.join(__dirname, 'elk-thread.cjs') : undefined;
const layout = threadFile && existsSync(threadFile) ? new ThreadLayout(threadFile) : undefined;
if (!layout) connection.console.warn(`SPBE: the layout thread ${threadFile ?? 'elk-thread.cjs'} is missing; diagrams are laid out in the server's thread.`);
startSpbeServer({ connection, ...SpbeNodeFileSystem, layout, revisions });
