// Named views (`tampilan`) in the editor: parsing, completion of names and selector words inside rules,
// hover, go to definition and references for the names rules select by, the outline, and formatting.
import { beforeAll, describe, expect, test } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, SymbolKind } from 'vscode-languageserver-types';
import * as ast from '../../src/language/generated/ast.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { formatText } from '../../src/language/lsp/formatter.js';
import { buildFiles, createTestServices } from '../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const MODEL = `unit Diskominfo "Dinas Komunikasi dan Informatika"
unit BidangAptika "Bidang Aplikasi Informatika" { induk Diskominfo }
aplikasi Lapor "SP4N-LAPOR!" { kode RAA.01.01 pemilik Diskominfo mendukung Aduan berjalan-di Pdn }
aplikasi Mbois "Malang Mbois" { kode RAA.02.02 pemilik BidangAptika terintegrasi-dengan Lapor melalui Splp }
proses Aduan "Pengelolaan Pengaduan" { kode RAB.09.06.05 pemilik Diskominfo }
infrastruktur Pdn "PDN" { kategori pusat-data-nasional }
infrastruktur Splp "SPLP" { kategori sistem-penghubung-layanan status rencana }
peta-rencana { inisiatif Integrasi "Integrasi" { muatan layanan tahun 2024 - 2025 pelaksana Diskominfo status berjalan } }
`;

const VIEWS = `tampilan RantaiPengaduan "Rantai pengaduan" {
    deskripsi "Dari SP4N-LAPOR! ke yang ada di sekitarnya"
    sertakan sekitar Lapor kedalaman 1
    kecualikan domain infrastruktur dan status rencana
    kecualikan relasi berjalan-di
}
tampilan Semua "Semua yang aktif" { sertakan semua kecualikan kode RAA.02* }
tampilan PetaLayanan "Peta layanan" { jenis peta-rencana sertakan muatan layanan dan tahun 2024 - 2026 dan unit Diskominfo }
`;

async function workspace(views = VIEWS): Promise<{ model: LangiumDocument; views: LangiumDocument }> {
    const built = await buildFiles(services, { 'model.spbe': MODEL, 'tampilan.spbe': views });
    const byName = (n: string) => built.documents.find(d => d.uri.path.endsWith('/' + n))!;
    return { model: byName('model.spbe'), views: byName('tampilan.spbe') };
}

function at(doc: LangiumDocument, needle: string, into = 0) {
    const offset = doc.textDocument.getText().indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in ${doc.uri}`);
    return doc.textDocument.positionAt(offset + into);
}

async function completeAt(viewsText: string): Promise<string[]> {
    const offset = viewsText.indexOf('<|>');
    const text = viewsText.replace('<|>', '');
    const { views } = await workspace(text);
    const textDocument = TextDocument.create(views.uri.toString(), 'spbe', 1, text);
    const list = await services.lsp.CompletionProvider!.getCompletion(views, { textDocument: { uri: views.uri.toString() }, position: textDocument.positionAt(offset) });
    return (list?.items ?? []).map(i => i.label);
}

describe('parsing', () => {
    test('a view with every kind of rule parses into rules and selectors', async () => {
        const { views } = await workspace();
        expect(views.parseResult.parserErrors).toEqual([]);
        expect(views.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        const [pengaduan, semua, peta] = (views.parseResult.value as ast.Model).declarations as ast.Tampilan[];
        expect(pengaduan.aturan.map(r => [r.sertakan, r.sekitar, r.kedalaman, r.pemilih.map(p => p.$type)])).toEqual([
            [true, true, 1, ['PemilihElemen']],
            [false, false, undefined, ['PemilihDomain', 'PemilihStatus']],
            [false, false, undefined, ['PemilihRelasi']],
        ]);
        expect(semua.aturan.map(r => r.sertakan)).toEqual([true, false]);
        expect((semua.aturan[1].pemilih[0] as ast.PemilihKode).kode.map(k => [k.kode.ref?.name, k.turunan])).toEqual([['RAA.02', true]]);
        expect(peta.jenis).toEqual(['peta-rencana']);
        expect(peta.aturan[0].pemilih.map(p => p.$type)).toEqual(['PemilihMuatan', 'PemilihTahun', 'PemilihUnit']);
    });
});

describe('completion inside rules', () => {
    test('after sertakan: the selector words and the element names', async () => {
        const labels = await completeAt('tampilan V "V" { sertakan <|> }');
        for (const word of ['semua', 'elemen', 'domain', 'unit', 'kode', 'status', 'relasi', 'sekitar', 'muatan', 'tahun', 'Lapor', 'Aduan']) expect(labels).toContain(word);
        expect(labels).not.toContain('Diskominfo');
    });

    test('unit names after unit, the six domains after domain, elements after sekitar, relation kinds after relasi', async () => {
        expect(await completeAt('tampilan V "V" { sertakan unit <|> }')).toEqual(expect.arrayContaining(['Diskominfo', 'BidangAptika']));
        expect((await completeAt('tampilan V "V" { sertakan domain <|> }')).sort()).toEqual(['aplikasi', 'data', 'infrastruktur', 'keamanan', 'layanan', 'proses']);
        const around = await completeAt('tampilan V "V" { sertakan sekitar <|> }');
        expect(around).toEqual(expect.arrayContaining(['Lapor', 'Mbois', 'Pdn']));
        expect(around).not.toContain('Integrasi');
        expect(await completeAt('tampilan V "V" { kecualikan relasi <|> }')).toEqual(expect.arrayContaining(['berjalan-di', 'terintegrasi-dengan', 'melindungi']));
        expect(await completeAt('tampilan V "V" { jenis peta-rencana sertakan inisiatif <|> }')).toEqual(['Integrasi']);
    });
});

describe('hover and navigation', () => {
    test('hovering a view shows its title, kind, what it shows in the workspace, and its description', async () => {
        const { views } = await workspace();
        const hover = await services.lsp.HoverProvider!.getHoverContent(views, { textDocument: { uri: views.uri.toString() }, position: at(views, 'RantaiPengaduan', 2) });
        const text = (hover?.contents as { value: string }).value;
        // Lapor and, one step away, Aduan, Pdn, Mbois and the bus Splp; the planned infrastructure (Splp) excluded.
        expect(text).toContain('**Rantai pengaduan** (`RantaiPengaduan`)');
        expect(text).toContain('Architecture view · 4 elements');
        expect(text).toContain('Dari SP4N-LAPOR! ke yang ada di sekitarnya');
        const roadmap = await services.lsp.HoverProvider!.getHoverContent(views, { textDocument: { uri: views.uri.toString() }, position: at(views, 'PetaLayanan', 2) });
        expect((roadmap?.contents as { value: string }).value).toContain('Roadmap view · 1 initiative');
    });

    test('a name in a rule: hover shows the element, definition opens it, and it is among the element\'s references', async () => {
        const { model, views } = await workspace();
        const position = at(views, 'sekitar Lapor', 'sekitar '.length + 1);
        const hover = await services.lsp.HoverProvider!.getHoverContent(views, { textDocument: { uri: views.uri.toString() }, position });
        expect((hover?.contents as { value: string }).value).toContain('**SP4N-LAPOR!** (`Lapor`)');
        const links = await services.lsp.DefinitionProvider!.getDefinition(views, { textDocument: { uri: views.uri.toString() }, position });
        expect(links?.map(l => [l.targetUri, model.textDocument.getText(l.targetSelectionRange)])).toEqual([[model.uri.toString(), 'Lapor']]);
        const refs = await services.lsp.ReferencesProvider!.findReferences(model, {
            textDocument: { uri: model.uri.toString() }, position: at(model, 'aplikasi Lapor', 'aplikasi '.length), context: { includeDeclaration: false }
        });
        const inViews = refs.filter(r => r.uri === views.uri.toString()).map(r => views.textDocument.getText(r.range));
        expect(inViews).toEqual(['Lapor']);
        // A unit in a rule and a code in a rule resolve too.
        const unit = await services.lsp.DefinitionProvider!.getDefinition(views, { textDocument: { uri: views.uri.toString() }, position: at(views, 'unit Diskominfo', 6) });
        expect(unit?.map(l => model.textDocument.getText(l.targetSelectionRange))).toEqual(['Diskominfo']);
    });

    test('semantic highlighting marks the view\'s name and the names and codes its rules select by', async () => {
        const tokens = await highlightHelper(services)('unit U "u"\naplikasi A "a" { pemilik U }\ntampilan <|V|> "v" { sertakan sekitar <|A|> dan unit <|U|> kecualikan kode <|RAA.02|>* }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.enumMember });
    });

    test('the outline lists each view', async () => {
        const { views } = await workspace();
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(views, { textDocument: { uri: views.uri.toString() } });
        expect(symbols.map(s => [s.name, s.kind])).toEqual([
            ['RantaiPengaduan', SymbolKind.Array], ['Semua', SymbolKind.Array], ['PetaLayanan', SymbolKind.Array],
        ]);
    });
});

describe('formatting', () => {
    test('one property or rule per line, a rule\'s selectors on its line, the star of a code prefix attached', async () => {
        const messy = 'tampilan   V "Judul" {deskripsi "D" jenis arsitektur pada-tahun 2027\nsertakan   sekitar Lapor ,Mbois\n dan domain aplikasi kedalaman 2 kecualikan kode RAA.02 * , RAB.09.06.05\nkecualikan relasi berjalan-di}\n';
        const { views } = await workspace(messy);
        const formatted = formatText(views, { tabSize: 4, insertSpaces: true });
        expect(formatted).toBe([
            'tampilan V "Judul" {',
            '    deskripsi "D"',
            '    jenis arsitektur',
            '    pada-tahun 2027',
            '    sertakan sekitar Lapor, Mbois dan domain aplikasi kedalaman 2',
            '    kecualikan kode RAA.02*, RAB.09.06.05',
            '    kecualikan relasi berjalan-di',
            '}',
            '',
        ].join('\n'));
        const again = await workspace(formatted!);
        expect(formatText(again.views, { tabSize: 4, insertSpaces: true })).toBe(formatted);
    });
});
