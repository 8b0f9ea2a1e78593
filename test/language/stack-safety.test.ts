// No legal input overflows the call stack: `spbe check` (a process, with Node's default stack) analyses the
// files that used to end in "internal error: Maximum call stack size exceeded" (exit 3). The language server
// side is test/language/lsp/server-bad-input.test.ts; parser-recovery.test.ts checks that the iterative
// parser still produces what Langium's own does.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFiles, createTestServices, ROOT } from '../helpers/services.js';
import { hostileTexts } from './hostile-inputs.js';

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-stack-'));
    for (const [name, text] of Object.entries(hostileTexts())) fs.writeFileSync(path.join(dir, `${name}.spbe`), text);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('spbe check on files that overflowed the stack', () => {
    test('every file is analysed: syntax errors where there are some, no internal error', () => {
        const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'spbe.js'), 'check', '--format', 'json', '--lang', 'en', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        expect(run.stderr).not.toMatch(/internal error|stack/i);
        expect(run.status).toBe(1); // the garbage has syntax errors
        const report = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; rule: string; message: string }[] };
        const inFile = (name: string) => report.diagnostics.filter(d => d.file.endsWith(`${name}.spbe`));
        // 140,000 comments in one element: a well-formed file, only the usual warning about an unused element.
        expect(inFile('many-comments').map(d => d.rule)).toEqual(['SPBE-T06']);
        // 3,000 stray `}`: one syntax error each, at its own line.
        const strays = inFile('many-top-level-recoveries').filter(d => d.rule === 'SPBE-S01');
        expect(strays).toHaveLength(3000);
        expect(strays[2999].line).toBe(3000);
        expect(inFile('token-garbage').filter(d => d.rule === 'SPBE-S01').length).toBeGreaterThan(1000);
    }, 120_000);
});

describe('a file the parser fails on', () => {
    test('gets one diagnostic saying so; the rest of the workspace is analysed', async () => {
        const services = await createTestServices();
        // No legal input is known to make the parser throw any more: a parser that fails on one text stands in.
        const parser = services.parser.LangiumParser;
        const parse = parser.parse.bind(parser);
        parser.parse = ((text: string, options?: never) => {
            if (text.includes('Meledak')) throw new RangeError('Maximum call stack size exceeded');
            return parse(text, options);
        }) as typeof parser.parse;
        const built = await buildFiles(services, {
            'rusak.spbe': 'proses Meledak "Proses" { pemilik Diskominfo }\n',
            'baik.spbe': 'unit Diskominfo "Dinas Kominfo"\nproses Arsip "Kearsipan" { pemilik Diskominfo }\n',
        });
        const [rusak, baik] = built.documents;
        expect(rusak.diagnostics?.map(d => [d.range.start.line, d.message])).toEqual([[0,
            'This file could not be analysed (Maximum call stack size exceeded). The rest of the workspace is analysed as usual. Simplify or split this file; if it is a valid model, please report it as a bug.']]);
        expect(baik.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        expect(built.model.elements.map(e => e.id)).toEqual(['Arsip']);
    });
});

describe('a name referred to 200,000 times', () => {
    test('find references, rename and highlight answer (Langium collected the references with one spread call)', async () => {
        const services = await createTestServices();
        const text = 'data D "Data"\nproses P "P" { menghasilkan ' + Array.from({ length: 200_000 }, () => 'D').join(', ') + ' }\n';
        const built = await buildFiles(services, { 'x.spbe': text });
        const doc = built.documents[0];
        const textDocument = { uri: doc.uri.toString() };
        const position = { line: 0, character: 5 };
        const references = await services.lsp.ReferencesProvider!.findReferences(doc, { textDocument, position, context: { includeDeclaration: true } });
        expect(references).toHaveLength(200_001);
        const highlights = await services.lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, { textDocument, position });
        expect(highlights).toHaveLength(200_001);
        const rename = await services.lsp.RenameProvider!.rename(doc, { textDocument, position, newName: 'Arsip' });
        expect(rename?.changes?.[doc.uri.toString()]).toHaveLength(200_001);
    }, 120_000);
});
