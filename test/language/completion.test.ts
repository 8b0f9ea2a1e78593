// Completion in a large workspace: reference candidates are capped, filtered by what is typed, and the
// file's own declarations come first; reference codes keep their domain filter.
import { beforeAll, describe, expect, test } from 'vitest';
import { TextDocument, URI, type Lexer } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { MAX_REFERENCE_CANDIDATES } from '../../src/language/lsp/completion.js';
import { buildFiles, createTestServices } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';

async function completeAt(services: SpbeServices, files: Record<string, string>, file: string): Promise<string[]> {
    const text = files[file];
    const offset = text.indexOf('<|>');
    const clean = { ...files, [file]: text.replace('<|>', '') };
    await buildFiles(services, clean);
    const uri = URI.file(`/ws/${file}`);
    const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
    const textDocument = TextDocument.create(uri.toString(), 'spbe', 1, clean[file]);
    const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: uri.toString() }, position: textDocument.positionAt(offset) });
    return (list?.items ?? []).map(i => i.label);
}

const manyUnits = Array.from({ length: 1500 }, (_, i) => `unit U${i} "Unit ${i}"`).join('\n');

describe('completion', () => {
    // One set of services for the file: buildFiles replaces the workspace each test builds.
    let services: SpbeServices;
    beforeAll(async () => { services = await createTestServices(); });

    test('a reference with more candidates than the cap offers the cap, own file first, each once', async () => {
        const labels = await completeAt(services, {
            'units.spbe': manyUnits,
            'proses.spbe': 'unit Sendiri "Unit di file ini"\nproses P "P" { pemilik <|> }',
        }, 'proses.spbe');
        expect(labels).toHaveLength(MAX_REFERENCE_CANDIDATES);
        expect(labels[0]).toBe('Sendiri');
        expect(new Set(labels).size).toBe(labels.length);
    });

    test('what is typed filters the candidates before the cap', async () => {
        const labels = await completeAt(services, {
            'units.spbe': manyUnits,
            'proses.spbe': 'proses P "P" { pemilik U149<|> }',
        }, 'proses.spbe');
        expect(labels).toContain('U149');
        expect(labels).toContain('U1490');
        expect(labels.length).toBeLessThan(MAX_REFERENCE_CANDIDATES);
        expect(labels.every(l => /1.*4.*9/.test(l))).toBe(true);
    });

    test('reference codes are not capped and stay filtered to the element\'s domain', async () => {
        const labels = await completeAt(services, { 'proses.spbe': 'proses P "P" { kode <|> }' }, 'proses.spbe');
        expect(labels.length).toBeGreaterThan(300);
        expect(labels.every(l => l.startsWith('RAB.'))).toBe(true);
    });

    test('the token at the cursor is found from tokens kept per text, with the same answer as Langium\'s scan', async () => {
        type Backtrack = { backtrackToAnyToken(text: string, offset: number): unknown };
        const ours = services.lsp.CompletionProvider as unknown as Backtrack;
        const langium = new DefaultCompletionProvider(services) as unknown as Backtrack & { lexer: Lexer };
        // Langium's scan re-lexes the whole text at every offset (the cost ours avoids): for the reference
        // answer, its lexer hands back the tokens of each text lexed once by the same lexer. The scan over
        // them is Langium's own, and the tokens of a text do not depend on the offset, so the answers are
        // Langium's; this only spares 5,600 identical lexings (7 s).
        const lexer = services.parser.Lexer;
        const lexed = new Map<string, ReturnType<Lexer['tokenize']>>();
        langium.lexer = { definition: lexer.definition, tokenize: (text: string) => lexed.get(text) ?? lexed.set(text, lexer.tokenize(text)).get(text)! };
        const texts = [
            fs.readFileSync(path.join(ROOT, 'examples', 'kota-malang', 'aplikasi.spbe'), 'utf8'),
            '', '   ', 'unit', 'unit U "U" // komentar\n/* blok */ proses P {', 'proses P {'.repeat(300),
        ];
        for (const text of texts) {
            for (let offset = 0; offset <= text.length + 1; offset++) {
                expect(ours.backtrackToAnyToken(text, offset), `${JSON.stringify(text.slice(0, 20))} @${offset}`).toEqual(langium.backtrackToAnyToken(text, offset));
            }
        }
    });
});

