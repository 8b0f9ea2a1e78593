// The language server as the web worker runs it (server/web-server.ts), here over in-memory streams instead
// of postMessage (the worker itself runs in Chromium in `npm run test:e2e`: scripts/e2e/run-browser.mjs):
// the in-memory file system, the files the web extension sends at start and on changes, and no file watcher
// asked of the client.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-types';
import { startWebServer } from '../../src/server/web-server.js';
import { MemoryFileSystemProvider } from '../../src/server/memory-file-system.js';
import { BUILTIN_LIBRARY_URI_TEXT } from '../../src/reference/builtin-library.js';
import { WORKSPACE_FILES_NOTIFICATION } from '../../src/common/workspace-files.js';
import { readExample } from '../helpers/services.js';

describe('the in-memory file system', () => {
    const fs = new MemoryFileSystemProvider();
    fs.put({ uri: 'vscode-vfs://github/agency/repo/model/a.spbe', text: 'unit A "Á"' });
    fs.put({ uri: 'vscode-vfs://github/agency/repo/model/sub/b.spbe', text: 'unit B "B"' });
    fs.put({ uri: 'vscode-vfs://github/agency/repo/huge.spbe', size: 5_000_000 });
    const at = (path: string) => URI.parse(`vscode-vfs://github/agency/repo${path}`);

    test('lists a folder\'s files and sub-folders, which exist by the files in them', () => {
        expect(fs.readDirectorySync(at('')).map(n => [n.uri.toString(), n.isFile, n.isDirectory])).toEqual([
            [at('/huge.spbe').toString(), true, false],
            [at('/model').toString(), false, true],
        ]);
        expect(fs.readDirectorySync(at('/model/')).map(n => n.uri.path)).toEqual(['/agency/repo/model/a.spbe', '/agency/repo/model/sub']);
        expect(fs.statSync(at('/model/sub')).isDirectory).toBe(true);
        expect(fs.existsSync(at('/other'))).toBe(false);
        expect(() => fs.statSync(at('/other'))).toThrow(/no such file/);
    });

    test('reads text, sizes it in UTF-8 bytes, and sizes without reading a file sent too large to analyse', async () => {
        expect(await fs.readFile(at('/model/a.spbe'))).toBe('unit A "Á"');
        expect(await fs.size(at('/model/a.spbe'))).toBe(11);
        expect(await fs.size(at('/huge.spbe'))).toBe(5_000_000);
        await expect(fs.readFile(at('/huge.spbe'))).rejects.toThrow(/too large to analyse/);
    });

    test('holds the built-in national reference; a deleted file is gone', async () => {
        expect(await fs.readFile(URI.parse(BUILTIN_LIBRARY_URI_TEXT))).toMatch(/RAB\.01/);
        fs.delete('vscode-vfs://github/agency/repo/model/sub/b.spbe');
        expect(fs.existsSync(at('/model/sub'))).toBe(false);
    });
});

describe('the web worker\'s language server', () => {
    const FOLDER = 'vscode-vfs://github/pemkot/arsitektur';
    const example = readExample('kota-malang');
    let client: MessageConnection;
    const published: PublishDiagnosticsParams[] = [];
    const registrations: string[] = [];

    /** The next diagnostics of `name` that satisfy `accept`. */
    function diagnosticsOf(name: string, accept: (list: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        const uri = `${FOLDER}/${name}`;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics of ${name} as expected`)), 30000);
            const check = () => {
                const last = published.filter(p => p.uri === uri).pop();
                if (last && accept(last.diagnostics)) { clearTimeout(timer); resolve(last.diagnostics); } else setTimeout(check, 20);
            };
            check();
        });
    }

    beforeAll(async () => {
        const toServer = new PassThrough(), toClient = new PassThrough();
        startWebServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
        client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
        client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { published.push(p); });
        client.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => { registrations.push(...p.registrations.map(r => r.method)); return null; });
        client.onRequest(() => null);
        client.listen();
        await client.sendRequest('initialize', {
            processId: null, rootUri: FOLDER, locale: 'en', workspaceFolders: [{ uri: FOLDER, name: 'arsitektur' }],
            // A client that would register a file watcher: the server must not ask for one.
            capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
            initializationOptions: {
                workspaceFiles: [
                    ...Object.entries(example).map(([name, text]) => ({ uri: `${FOLDER}/${name}`, text })),
                    { uri: `${FOLDER}/spbe.json`, text: JSON.stringify({ rules: { 'SPBE-T06': 'error' } }) },
                    { uri: `${FOLDER}/arsip/besar.spbe`, size: 10 * 1024 * 1024 },
                ]
            },
        });
        await client.sendNotification('initialized', {});
    });
    afterAll(() => client?.dispose());

    test('loads the files sent at start, applies their spbe.json, and reports a file too large to read', async () => {
        const text = `${example['aplikasi.spbe']}\naplikasi Sendiri "Sendiri" { khusus }\n`;
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri: `${FOLDER}/aplikasi.spbe`, languageId: 'spbe', version: 1, text } });
        const found = await diagnosticsOf('aplikasi.spbe', list => list.some(d => d.code === 'SPBE-T06'));
        // Nothing refers to the new application: SPBE-T06, an error by the workspace's spbe.json. Everything
        // else of the example resolves, so the other files were loaded from what the client sent.
        expect(found.filter(d => d.severity === 1).map(d => [d.code, d.range.start.line])).toEqual([['SPBE-T06', text.split('\n').length - 2]]);
        // Closed files are validated once they change; the big one is only sized, never read.
        await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { changed: [{ uri: `${FOLDER}/arsip/besar.spbe`, size: 12 * 1024 * 1024 }], deleted: [] });
        const big = await diagnosticsOf('arsip/besar.spbe', list => list.length > 0);
        expect(big.map(d => d.message)).toEqual(['File too large to analyse (12.0 MB; the limit is 1 MB). Split the model into several .spbe files.']);
        expect(registrations).not.toContain('workspace/didChangeWatchedFiles');
    });

    test('a file changed or deleted on disk, as the extension sends it, is analysed again', async () => {
        await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { changed: [{ uri: `${FOLDER}/baru.spbe`, text: 'proses Baru "Baru" { pemilik TidakAda }' }], deleted: [] });
        const fresh = await diagnosticsOf('baru.spbe', list => list.some(d => d.code === 'SPBE-L01'));
        expect(fresh.find(d => d.code === 'SPBE-L01')?.message).toMatch(/No unit named 'TidakAda'/);
        // A malformed notification is dropped whole (with a line in the server's log): its deletion does not
        // happen; the next notification, handled after it, applies.
        await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { changed: [{ uri: 'not a uri', text: 1 }], deleted: [`${FOLDER}/baru.spbe`] });
        await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { changed: [{ uri: `${FOLDER}/lain.spbe`, text: 'unit {' }], deleted: [] });
        await diagnosticsOf('lain.spbe', list => list.some(d => d.code === 'SPBE-S01'));
        expect(published.filter(p => p.uri === `${FOLDER}/baru.spbe`).pop()?.diagnostics).not.toEqual([]);
        await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { changed: [], deleted: [`${FOLDER}/baru.spbe`, `${FOLDER}/lain.spbe`] });
        expect(await diagnosticsOf('baru.spbe', list => list.length === 0)).toEqual([]);
    });
});
