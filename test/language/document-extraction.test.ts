// One per-document extraction of names, references and relations feeds both validation's workspace facts
// (by the names written) and the semantic model (by the links): every relation kind of the table reaches
// both, and an unchanged document is read once.
import { TextDocument, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type * as ast from '../../src/language/generated/ast.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { RELATIONS } from '../../src/language/relations.js';
import { buildFiles, createTestServices } from '../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const docOf = (name: string): LangiumDocument =>
    services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/' + name))!;

// One relation of every kind, across two files.
const FILES = {
    'a.spbe': [
        'proses P "P" { menghasilkan D menggunakan D2 }',
        'data D "D" { klasifikasi terbuka }', 'data D2 "D2" { klasifikasi terbuka }',
        'layanan L "L" { didukung-oleh P melalui A }',
        'infrastruktur I "I" { kategori server terhubung-ke J }', 'infrastruktur J "J" { kategori server }',
        'infrastruktur Bus "Bus" { kategori sistem-penghubung-layanan }',
    ].join('\n'),
    'b.spbe': [
        'aplikasi A "A" { khusus mendukung P memproses D berjalan-di I terintegrasi-dengan B melalui Bus }',
        'aplikasi B "B" { khusus }',
        'keamanan K "K" { kategori standar melindungi A, TidakAda }',
    ].join('\n'),
};

describe('document extraction', () => {
    test('every relation kind of the table reaches the semantic model and the facts', async () => {
        const built = await buildFiles(services, FILES);
        const relations = built.model.relations.map(r => `${r.from} ${r.kind} ${r.to}${r.via ? ` via ${r.via}` : ''}`);
        expect(relations).toEqual([
            'P menghasilkan D', 'P menggunakan D2', 'L didukung-oleh P', 'L melalui A', 'I terhubung-ke J',
            'A mendukung P', 'A memproses D', 'A berjalan-di I', 'A terintegrasi-dengan B via Bus', 'K melindungi A',
        ]);
        expect(new Set(built.model.relations.map(r => r.kind))).toEqual(new Set(RELATIONS.map(r => r.kind)));

        const facts = services.validation.WorkspaceFacts.get();
        const element = (name: string) => facts.elements.find(e => e.name === name)!;
        const referrers = (name: string) => facts.referrersOf(element(name)).map(r => (r as { name?: string }).name).sort();
        expect(referrers('A')).toEqual(['K', 'L']);
        expect(referrers('B')).toEqual(['A']);
        expect(referrers('Bus')).toEqual(['A']);
        expect(referrers('D')).toEqual(['A', 'P']);
        expect(facts.producersOf(element('D') as ast.Data).map(p => p.name)).toEqual(['P']);
        expect(facts.servicesVia(element('A') as ast.Aplikasi).map(s => s.name)).toEqual(['L']);
    });

    test('a name that does not resolve is a fact by its name but no relation of the model', async () => {
        await buildFiles(services, FILES);
        const written = services.references.Extraction.of(docOf('b.spbe'))!.relations.filter(r => r.kind === 'melindungi');
        expect(written.map(r => r.target.$refText)).toEqual(['A', 'TidakAda']);
        expect(written.map(r => r.target.ref?.name)).toEqual(['A', undefined]);
        const part = services.validation.WorkspaceFacts.part(docOf('b.spbe'))!;
        expect(part.refers.filter(e => e.from === written[0].from).map(e => e.target)).toEqual(['A', 'TidakAda']);
    });

    test('a document is extracted once per parse: validation and the model share it', async () => {
        await buildFiles(services, FILES);
        const extractions = services.references.Extraction;
        const before = extractions.of(docOf('a.spbe'));
        expect(services.validation.WorkspaceFacts.part(docOf('a.spbe'))!.relations).toBe(before!.relations);
        const b = docOf('b.spbe');
        const bBefore = extractions.of(b);
        services.shared.workspace.TextDocuments.set(TextDocument.create(b.uri.toString(), 'spbe', 2, FILES['b.spbe'].replace('memproses D ', '')));
        await services.shared.workspace.DocumentBuilder.update([b.uri], []);
        expect(extractions.of(docOf('a.spbe'))).toBe(before);
        expect(extractions.of(docOf('b.spbe'))).not.toBe(bBefore);
        expect(extractions.of(docOf('b.spbe'))!.relations.map(r => r.kind)).not.toContain('memproses');
    });
});
