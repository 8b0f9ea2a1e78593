// Every editor feature of the language server, exercised through Langium's LSP services.
import { beforeAll, describe, expect, test } from 'vitest';
import { expectCompletion, expectFoldings, expectFormatting, expectHover, expectSymbols, expectWorkspaceSymbols, expectSemanticToken, highlightHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { SemanticTokenTypes } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import { BUILTIN_LIBRARY_URI } from '../../src/language/builtin-document.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

function positionOf(doc: LangiumDocument, needle: string, offsetInNeedle = 0) {
    const offset = doc.textDocument.getText().indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in ${doc.uri}`);
    return doc.textDocument.positionAt(offset + offsetInNeedle);
}

function docOf(name: string): LangiumDocument {
    return services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/' + name))!;
}

describe('completion', () => {
    test('offers the reference codes of the element\'s own domain, with their names', async () => {
        await expectCompletion(services)({
            text: 'proses P "x" { kode <|> }',
            index: 0,
            assert: list => {
                const labels = list.items.map(i => i.label);
                expect(labels).toContain('RAB.09.06.06');
                expect(labels.every(l => l.startsWith('RAB.'))).toBe(true);
                expect(labels).toHaveLength(9 + 45 + 304);
                expect(list.items.find(i => i.label === 'RAB.09.06.06')?.detail).toBe('Penyelenggaraan Kearsipan');
            },
            disposeAfterCheck: true,
        });
        await expectCompletion(services)({
            text: 'data D "x" { kode <|> }',
            index: 0,
            assert: list => {
                expect(list.items.length).toBeGreaterThan(300);
                expect(list.items.every(i => i.label.startsWith('RAD.'))).toBe(true);
            },
            disposeAfterCheck: true,
        });
    });

    test('offers property keywords inside an element and units after pemilik', async () => {
        await expectCompletion(services)({
            text: 'unit Diskominfo "D"\naplikasi A "x" { <|> }\naplikasi B "y" { pemilik <|> }',
            index: 0,
            assert: list => {
                const labels = list.items.map(i => i.label);
                for (const k of ['kode', 'pemilik', 'umum', 'khusus', 'berjalan-di', 'terintegrasi-dengan', 'memproses']) expect(labels).toContain(k);
                expect(labels).not.toContain('klasifikasi');
            },
        });
        await expectCompletion(services)({
            text: 'unit Diskominfo "D"\naplikasi A "x" { <|> }\naplikasi B "y" { pemilik <|> }',
            index: 1,
            assert: list => expect(list.items.map(i => i.label)).toContain('Diskominfo'),
            disposeAfterCheck: true,
        });
    });
});

describe('navigation across files (Kota Malang)', () => {
    beforeAll(async () => { await buildFiles(services, readExample('kota-malang')); });

    test('go to definition jumps from a reference in one file to the declaration in another', async () => {
        const layanan = docOf('layanan.spbe');
        const links = await services.lsp.DefinitionProvider!.getDefinition(layanan, {
            textDocument: { uri: layanan.uri.toString() }, position: positionOf(layanan, 'melalui Srikandi', 'melalui '.length + 2)
        });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(docOf('aplikasi.spbe').uri.toString());
        const target = docOf('aplikasi.spbe').textDocument.getText(links![0].targetSelectionRange);
        expect(target).toBe('Srikandi');
    });

    test('go to definition on a reference code opens the built-in national reference', async () => {
        const proses = docOf('proses-bisnis.spbe');
        const links = await services.lsp.DefinitionProvider!.getDefinition(proses, {
            textDocument: { uri: proses.uri.toString() }, position: positionOf(proses, 'RAB.09.06.06', 4)
        });
        expect(links![0].targetUri).toBe(BUILTIN_LIBRARY_URI.toString());
        expect(links![0].targetUri.startsWith('spbe-builtin:')).toBe(true);
        const library = services.shared.workspace.LangiumDocuments.getDocument(services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'spbe-builtin')!.uri)!;
        expect(library.textDocument.getText(links![0].targetSelectionRange)).toBe('RAB.09.06.06');
    });

    test('find references lists uses in every file', async () => {
        const aplikasi = docOf('aplikasi.spbe');
        const refs = await services.lsp.ReferencesProvider!.findReferences(aplikasi, {
            textDocument: { uri: aplikasi.uri.toString() }, position: positionOf(aplikasi, 'aplikasi Srikandi', 'aplikasi '.length + 1), context: { includeDeclaration: false }
        });
        const files = [...new Set(refs.map(r => r.uri.split('/').pop()))].sort();
        expect(files).toEqual(['layanan.spbe', 'peta-rencana.spbe']);
        expect(refs).toHaveLength(2);
    });

    test('rename changes the declaration and every reference across files', async () => {
        const instansi = docOf('instansi.spbe');
        const edit = await services.lsp.RenameProvider!.rename(instansi, {
            textDocument: { uri: instansi.uri.toString() }, position: positionOf(instansi, 'unit Diskominfo', 'unit '.length + 1), newName: 'DinasKominfo'
        });
        const changes = edit!.changes!;
        const files = Object.keys(changes).map(u => u.split('/').pop()).sort();
        expect(files).toEqual(['aplikasi.spbe', 'data.spbe', 'infrastruktur.spbe', 'instansi.spbe', 'keamanan.spbe', 'layanan.spbe', 'peta-rencana.spbe', 'proses-bisnis.spbe', 'tampilan.spbe']);
        expect(Object.values(changes).flat().every(e => e.newText === 'DinasKominfo')).toBe(true);
        // the declaration and every use of the name outside quoted texts
        const uses = Object.values(readExample('kota-malang'))
            .reduce((n, text) => n + (text.replace(/"[^"]*"/g, '""').match(/\bDiskominfo\b/g) ?? []).length, 0);
        expect(Object.values(changes).flat()).toHaveLength(uses);
    });

    test('workspace symbols find elements, units and initiatives by name', async () => {
        await expectWorkspaceSymbols(services.shared)({
            query: 'Srikandi',
            assert: symbols => {
                const names = symbols.map(s => s.name);
                expect(names).toContain('Srikandi');
                expect(names).toContain('AdopsiSrikandi');
            },
        });
    });

    test('hover on a reference shows the element it names', async () => {
        const layanan = docOf('layanan.spbe');
        const hover = await services.lsp.HoverProvider!.getHoverContent(layanan, {
            textDocument: { uri: layanan.uri.toString() }, position: positionOf(layanan, 'didukung-oleh ArsipDinamis', 'didukung-oleh '.length + 1)
        });
        const text = (hover!.contents as { value: string }).value;
        expect(text).toContain('**Penyelenggaraan Kearsipan Dinamis** (`ArsipDinamis`)');
        expect(text).toContain('RAB.09.06.06 — Penyelenggaraan Kearsipan');
        expect(text).toContain('Dinas Perpustakaan Umum dan Arsip Daerah');
    });
});

describe('document features', () => {
    test('document symbols outline the declarations and roadmap items', async () => {
        await expectSymbols(services)({
            text: 'unit U "u"\nproses P "p" { pemilik U }\npeta-rencana PR "r" {\n inisiatif I "i" { muatan layanan }\n tonggak T "t" { tahun 2024 }\n}',
            assert: symbols => {
                expect(symbols.map(s => s.name)).toEqual(['U', 'P', 'PR']);
                expect(symbols[2].children?.map(s => s.name)).toEqual(['I', 'T']);
            },
            disposeAfterCheck: true,
        });
    });

    test('folding ranges cover multi-line blocks', async () => {
        await expectFoldings(services)({
            text: 'proses P "p" {\n    kode RAB.09.06.06\n}\npeta-rencana {\n    inisiatif I "i" {\n        muatan layanan\n    }\n}',
            assert: foldings => {
                expect(foldings.map(f => [f.startLine, f.endLine])).toEqual([[0, 1], [3, 6], [4, 5]]);
            },
            disposeAfterCheck: true,
        });
    });

    test('formatting puts one property per line and indents blocks', async () => {
        await expectFormatting(services)({
            before: 'proses A "x" {   kode RAB.09.06.06 pemilik U menghasilkan D1,D2 // why\n status rencana}\n\n\n\nunit U "u"   unit V\npeta-rencana { inisiatif I "i" { muatan layanan tahun 2023-2024 indikator 37 {2023:3,2024 : 4} } }',
            after: 'proses A "x" {\n    kode RAB.09.06.06\n    pemilik U\n    menghasilkan D1, D2 // why\n    status rencana\n}\n\nunit U "u"\nunit V\npeta-rencana {\n    inisiatif I "i" {\n        muatan layanan\n        tahun 2023 - 2024\n        indikator 37 { 2023: 3, 2024: 4 }\n    }\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('formatting is deterministic: every example is already formatted', async () => {
        const files = { ...readExample('kota-malang') };
        for (const [name, text] of Object.entries(files)) {
            await expectFormatting(services)({ before: text, after: text, disposeAfterCheck: true });
            expect(name).toMatch(/\.spbe$/);
        }
    });

    test('a file with syntax errors is not reformatted', async () => {
        await expectFormatting(services)({ before: 'proses A "x" {  kode\n', after: 'proses A "x" {  kode\n', disposeAfterCheck: true });
    });

    test('semantic highlighting marks codes, element names and unit references', async () => {
        const tokens = await highlightHelper(services)('unit <|U|> "u"\nproses <|P|> "p" { kode <|RAB.09.06.06|> pemilik <|U|> }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.type });
    });

    test('hover on an Aplikasi Umum shows its function and owner', async () => {
        await expectHover(services)({
            text: 'aplikasi A "x" { umum SRIK<|>ANDI }',
            index: 0,
            hover: /\*\*SRIKANDI\*\* — Sistem Informasi Kearsipan Dinamis Terintegrasi[\s\S]*Owner: ANRI/,
            disposeAfterCheck: true,
        });
    });
});
