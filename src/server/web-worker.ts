// The language server's entry point in a web worker (bundled to dist/web/server-worker.js; server/main.ts is the one for Node), for the
// extension on vscode.dev and github.dev and for any page that starts it: LSP messages travel by
// postMessage between the worker and whoever started it.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { startWebServer } from './web-server.js';

/** The worker's global scope (typed loosely: this project compiles without the WebWorker library). */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startWebServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)));
