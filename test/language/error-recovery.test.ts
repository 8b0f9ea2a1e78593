// A syntax error in one element leaves the rest of the file and of the workspace working: diagnostics,
// navigation, the semantic model and the diagrams; the error says in plain words what was expected.
import { describe, expect, test, beforeAll } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { renderArchitectureSvg } from '../../src/diagram/index.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { BuiltWorkspace } from '../../src/model/build-workspace.js';

let services: SpbeServices;
let built: BuiltWorkspace;
let aplikasi: LangiumDocument;
let layanan: LangiumDocument;

/** A typo inside the Sipd application (the second of the file): a property that does not exist. */
const BROKEN = readExample('kota-malang')['aplikasi.spbe'].replace('    pemilik Bkad\n', '    pemilk Bkad\n');

beforeAll(async () => {
    services = await createTestServices();
    const files = readExample('kota-malang');
    // An unrelated mistake in another file, to see that file still validated.
    files['layanan.spbe'] = files['layanan.spbe'].replace('melalui Spse', 'melalui Spsee');
    built = await buildFiles(services, { ...files, 'aplikasi.spbe': BROKEN });
    aplikasi = built.documents.find(d => d.uri.path.endsWith('/aplikasi.spbe'))!;
    layanan = built.documents.find(d => d.uri.path.endsWith('/layanan.spbe'))!;
});

const at = (doc: LangiumDocument, text: string, delta = 0) => doc.textDocument.positionAt(doc.textDocument.getText().indexOf(text) + delta);

describe('a syntax error in one element', () => {
    test('is reported once, at the typo, in plain words', () => {
        const syntax = built.diagnostics.get(aplikasi.uri.toString())!.filter(d => d.code === 'SPBE-S01');
        expect(syntax.length).toBeGreaterThanOrEqual(1);
        expect(syntax[0].range.start).toEqual(at(aplikasi, 'pemilk'));
        expect(syntax[0].message).toMatch(/^Expected '}' to close the block, or a known property, but found `pemilk`\.$/);
    });

    test('the other files are still linked and validated', () => {
        const other = built.diagnostics.get(layanan.uri.toString())!;
        expect(other.some(d => d.code === 'SPBE-L01' && d.message.includes("'Spsee'"))).toBe(true);
        // References into the broken file, to elements after the error, still resolve.
        const unresolved = [...built.diagnostics.values()].flat().filter(d => d.code === 'SPBE-L01');
        expect(unresolved.map(d => d.message).filter(m => /'(Lapor|Spse|Srikandi)'/.test(m))).toEqual([]);
    });

    test('navigation works across the broken file: definition and references of an element after the error', async () => {
        const position = at(layanan, 'melalui Lapor', 'melalui '.length + 1);
        const definition = await services.lsp.DefinitionProvider!.getDefinition(layanan, { textDocument: { uri: layanan.uri.toString() }, position });
        expect(definition?.[0]?.targetUri).toBe(aplikasi.uri.toString());
        expect(definition?.[0]?.targetSelectionRange.start).toEqual(at(aplikasi, 'Lapor "SP4N'));
        const references = await services.lsp.ReferencesProvider!.findReferences(aplikasi,
            { textDocument: { uri: aplikasi.uri.toString() }, position: at(aplikasi, 'Lapor "SP4N', 1), context: { includeDeclaration: false } });
        expect(references.some(r => r.uri === layanan.uri.toString())).toBe(true);
    });

    test('the semantic model and the architecture diagram still hold the rest of the workspace', async () => {
        const ids = built.model.elements.map(e => e.id);
        for (const id of ['Srikandi', 'Sipd', 'Spse', 'Lapor']) expect(ids).toContain(id);
        expect(built.model.elements.find(e => e.id === 'Sipd')!.errors).toBeGreaterThan(0);
        const svg = await renderArchitectureSvg(built.model, { allElements: true });
        for (const name of ['SRIKANDI', 'SPSE', 'SP4N-LAPOR!']) expect(svg).toContain(name);
    });
});

describe('syntax messages name what was expected, without parser jargon', () => {
    async function messages(text: string): Promise<string[]> {
        const result = await buildFiles(services, { 'x.spbe': text });
        return [...result.diagnostics.values()].flat().filter(d => d.code === 'SPBE-S01').map(d => d.message);
    }

    test('a stray closing brace at the top level', async () => {
        expect(await messages('unit A }\nunit B')).toEqual([
            'Unexpected `}`. A declaration starts with instansi, unit, proses, data, layanan, aplikasi, infrastruktur, keamanan, peta-rencana, kode, penilaian or referensi.'
        ]);
    });

    test('an unclosed quoted text and an unclosed comment', async () => {
        expect(await messages('unit A "Dinas\nunit B')).toEqual(['A quoted text starts here but is not closed on this line: add the closing ". (A text ends at the end of its line.)']);
        expect((await messages('unit A\n/* catatan\nunit B'))[0]).toBe('A comment /* starts here but is never closed with */.');
    });

    test('an unclosed quote is reported once, at the quote, and the element after it is read as written', async () => {
        // Texts end at the end of their line: the `{` ending the line belongs to the element, not to the text.
        const text = 'unit Diskominfo "Dinas Kominfo"\ndata Arsip "Arsip" { wali-data Diskominfo klasifikasi terbuka }\n'
            + 'proses P "Nama {\n    kode RAB.09.06.06\n    pemilik Diskominfo\n    deskripsi "Pengelolaan arsip"\n    menghasilkan Arsip\n}\n'
            + 'layanan L "Layanan" { didukung-oleh P\n    deskripsi "tanpa penutup\n}\n';
        const built = await buildFiles(services, { 'x.spbe': text });
        const diagnostics = [...built.diagnostics.values()].flat();
        expect(diagnostics.filter(d => d.severity === 1).map(d => [d.range.start.line, d.range.start.character, d.message])).toEqual([
            [2, 9, 'A quoted text starts here but is not closed on this line: add the closing ". (A text ends at the end of its line.)'],
            [9, 14, 'A quoted text starts here but is not closed on this line: add the closing ". (A text ends at the end of its line.)'],
        ]);
        const p = built.model.elements.find(e => e.id === 'P')!;
        expect([p.name, p.code?.code, p.owner, p.description]).toEqual(['Nama', 'RAB.09.06.06', 'Diskominfo', 'Pengelolaan arsip']);
        expect(built.model.elements.find(e => e.id === 'L')?.description).toBe('tanpa penutup');
        expect(diagnostics.map(d => d.message).join('\n')).not.toMatch(/undefined/);
    });

    test('a character that has no place in a model', async () => {
        expect((await messages('unit A (Dinas)'))[0]).toBe('Unexpected character `(`: outside quoted text and comments only names, numbers, reference codes and { } , : - may appear.');
        expect((await messages('unit A \u202E'))[0]).toMatch(/^Unexpected character `U\+202E`/);
    });

    test('no message of a mutated example mentions token types, offsets or EOF', async () => {
        const { createRandom, mutate } = await import('../fuzz/mutators.js');
        const example = readExample('kota-malang');
        const names = Object.keys(example);
        const seen: string[] = [];
        for (let i = 0; i < 40; i++) {
            const rnd = createRandom(1000 + i);
            const text = mutate(example[names[i % names.length]], rnd, { others: [] }, 3).text;
            const result = services.parser.LangiumParser.parse(text);
            seen.push(...result.parserErrors.map(e => e.message), ...result.lexerErrors.map(e => e.message));
        }
        expect(seen.length).toBeGreaterThan(20);
        expect(seen.filter(m => /\bEOF\b|->|<-|at offset|\b(ID|STRING|NUMBER|CODE)\b|Exception|token/.test(m))).toEqual([]);
    });
});
