// The language server process on hostile input: a file that once overflowed the parser's stack (and killed
// the server, after which every request of the editor failed) is analysed, the server stays up and keeps
// answering for the other documents. Spoken to over stdio, as VS Code does (dist/server.cjs, built by
// `npm test`'s pretest).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { fileUri, LspProcess } from '../helpers/lsp-stdio.js';
import { hostileTexts } from '../language/hostile-inputs.js';

interface PublishDiagnostics { uri: string; diagnostics: Diagnostic[] }

let dir: string;
let server: LspProcess;
const good = 'unit Diskominfo "Dinas Kominfo"\nproses Arsip "Kearsipan" { pemilik Diskominfo }\n';

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-server-bad-input-'));
    fs.writeFileSync(path.join(dir, 'baik.spbe'), good);
    server = new LspProcess(dir, process.env.SPBE_TEST_SERVER);
    await server.start();
    const uri = fileUri(path.join(dir, 'baik.spbe'));
    const first = server.waitFor<PublishDiagnostics>('textDocument/publishDiagnostics', p => p.uri === uri);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text: good } });
    await first;
}, 120_000);

afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('the language server on input that used to overflow the stack', () => {
    for (const [name, text] of Object.entries(hostileTexts())) {
        test(`${name}: analysed, and the server still answers for the other file`, async () => {
            const uri = fileUri(path.join(dir, `${name}.spbe`));
            const published = server.waitFor<PublishDiagnostics>('textDocument/publishDiagnostics', p => p.uri === uri, 90_000);
            server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text } });
            const { diagnostics } = await published;
            expect(server.alive).toBe(true);
            expect(diagnostics.map(d => d.message).join('\n')).not.toMatch(/stack|could not be analysed|An error occurred/i);
            const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fileUri(path.join(dir, 'baik.spbe')) } });
            expect(symbols.map(s => s.name)).toEqual(['Diskominfo', 'Arsip']);
            server.notify('textDocument/didClose', { textDocument: { uri } });
            expect(server.errors).toEqual([]);
        }, 120_000);
    }
});
