// Workspace facts are kept per document and read by name: an edit re-reads only the edited document,
// and what the facts say matches what the links say.
import { DocumentState, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles, createTestServices } from '../../helpers/services.js';
import { findings } from './rule-helpers.js';
import { generateWorkspace } from '../../../bench/generate.mjs';
import * as ast from '../../../src/language/generated/ast.js';
import { ReferenceCatalog } from '../../../src/language/catalog.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const docOf = (name: string): LangiumDocument =>
    services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/' + name))!;

/** Types `text` into an open `name` as the editor does (the language server's update path). */
async function edit(name: string, text: string, version: number): Promise<LangiumDocument> {
    const uri = docOf(name).uri;
    services.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'spbe', version, text));
    await services.shared.workspace.DocumentBuilder.update([uri], []);
    return docOf(name);
}

const codes = (doc: LangiumDocument) => (doc.diagnostics ?? []).map(d => `${d.code} ${doc.textDocument.getText(d.range)}`).sort();

describe('workspace facts per document', () => {
    test('an edit re-reads the edited document only; the others keep their facts', async () => {
        await buildFiles(services, {
            'a.spbe': 'aplikasi A "A" { khusus }\ndata D "D" { klasifikasi terbuka }',
            'b.spbe': 'layanan L "L" { melalui A }\nproses P "P" { menggunakan D }',
        });
        const facts = services.validation.WorkspaceFacts;
        const aBefore = facts.part(docOf('a.spbe'));
        const bBefore = facts.part(docOf('b.spbe'));
        const b = await edit('b.spbe', 'layanan L "L x" { melalui A }\nproses P "P" { menggunakan D }', 2);
        expect(b.state).toBe(DocumentState.Validated);
        expect(facts.part(docOf('a.spbe'))).toBe(aBefore);
        expect(facts.part(b)).not.toBe(bBefore);
        // A title is not something other files' findings depend on; a relation is.
        expect(facts.part(b)!.signature()).toBe(bBefore!.signature());
        const b2 = await edit('b.spbe', 'layanan L "L x"\nproses P "P" { menggunakan D }', 3);
        expect(facts.part(b2)!.signature()).not.toBe(bBefore!.signature());
        const app = facts.get().elements.find(e => e.name === 'A')!;
        expect(facts.get().referrersOf(app)).toEqual([]);
    });

    test('renaming an element: its new name is unreferenced at once, while the file that used the old name is not yet relinked', async () => {
        await buildFiles(services, {
            'a.spbe': 'data D "D" { klasifikasi terbuka }',
            'b.spbe': 'proses P "P" { menggunakan D }\nlayanan L "L" { didukung-oleh P }',
        });
        expect(codes(docOf('a.spbe')).filter(c => c.startsWith('SPBE-T06'))).toEqual([]);
        const a = await edit('a.spbe', 'data D2 "D" { klasifikasi terbuka }', 2);
        expect(codes(a)).toContain('SPBE-T06 D2');
        expect(codes(docOf('b.spbe'))).toContain('SPBE-L01 D');
    });

    test('a reference of the wrong type does not make an element referenced', async () => {
        const found = await findings(services, {
            'a.spbe': 'aplikasi X "X" { khusus }',
            'b.spbe': 'proses P "P" { menggunakan X }\nlayanan L "L" { didukung-oleh P }',
        }, 'SPBE-T06');
        expect(found.map(f => f.text)).toEqual(['X']);
    });

    test('a security element protects any kind of element by name', async () => {
        const found = await findings(services, {
            'a.spbe': 'aplikasi X "X" { khusus }\ninfrastruktur S "S" { kategori pusat-data }',
            'b.spbe': 'keamanan K "K" { kategori standar melindungi X, S }',
        }, 'SPBE-T06');
        expect(found).toEqual([]);
    });

    test('a dependency cycle is found across files by the names written', async () => {
        const found = await findings(services, {
            'a.spbe': 'peta-rencana R1 "R" { inisiatif I1 "1" { setelah I2 } }',
            'b.spbe': 'peta-rencana R2 "R" { inisiatif I2 "2" { setelah I1 } }',
        }, 'SPBE-P04');
        expect(found.map(f => f.text).sort()).toEqual(['I1', 'I2']);
    });

    test('what the lifecycle rules read from other files is in the signature: an initiative\'s verb and status, an element\'s status', async () => {
        await buildFiles(services, {
            'a.spbe': 'aplikasi A "A" { khusus status rencana }',
            'b.spbe': 'peta-rencana { inisiatif X "X" { mewujudkan A } }',
        });
        const facts = services.validation.WorkspaceFacts;
        const signature = () => facts.part(docOf('b.spbe'))!.signature();
        const before = signature();
        await edit('b.spbe', 'peta-rencana { inisiatif X "X" { mengubah A } }', 2);
        const changed = signature();
        expect(changed).not.toBe(before);
        await edit('b.spbe', 'peta-rencana { inisiatif X "X" { status batal mengubah A } }', 3);
        expect(signature()).not.toBe(changed);
        // P09 in a.spbe reads b.spbe's verbs through the facts: by name, without relinking.
        expect(facts.get().realizersOf(facts.get().elements.find(e => e.name === 'A')!)).toEqual([]);
        expect(facts.get().changersOf(facts.get().elements.find(e => e.name === 'A')!).map(i => i.name)).toEqual(['X']);
    });

    test('unit and reference-set loops are found across files by the names written, each node walked once', async () => {
        const built = await buildFiles(services, {
            'a.spbe': 'unit A "A" { induk B }\nunit C "C" { induk A }\nreferensi R "R" { basis S }',
            'b.spbe': 'unit B "B" { induk A }\nunit D "D" { induk D }\nreferensi S "S" { basis R }',
        });
        expect(built.documents.length).toBe(2);
        const facts = services.validation.WorkspaceFacts.get();
        expect([...facts.unitCycles.entries()].map(([u, loop]) => [u.name, loop.map(x => x.name).join('>')]).sort())
            .toEqual([['A', 'A>B'], ['B', 'A>B'], ['D', 'D']]);
        expect([...facts.referenceSetCycles.keys()].map(r => r.name).sort()).toEqual(['R', 'S']);
    });
});

describe('name indexes kept across changes', () => {
    test('after edits, a deletion and duplicates, every look-up answers as a workspace built from scratch', async () => {
        // A generated agency (400 elements and 800 relations in 20 files), changed as a user would change it.
        const size = { elements: 400, relations: 800, initiatives: 60, groups: 3, unitsPerGroup: 6, roadmapFiles: 1, kind: 'pemerintah-daerah' };
        const { files } = generateWorkspace(size, 2) as { files: Record<string, string> };
        await buildFiles(services, files);
        const provider = services.validation.WorkspaceFacts;
        const describe = (n: AstNode) => `${n.$type}:${(n as AstNode & { name?: string }).name}`;
        const answers = (facts: ReturnType<typeof provider.get>) => facts.elements.map(e => [describe(e),
            facts.referrersOf(e).map(describe), facts.realizersOf(e).map(describe), facts.retirersOf(e).map(describe),
            facts.changersOf(e).map(describe), ast.isAplikasi(e) ? facts.servicesVia(e).map(describe) : [],
            ast.isData(e) ? facts.producersOf(e).map(describe) : [], (facts.duplicates.get(e.name) ?? []).map(describe)]);
        answers(provider.get()); // the indexes are made here, then kept

        const final = { ...files };
        const change = async (name: string, text: string | undefined, version: number) => {
            if (text === undefined) {
                delete final[name];
                await services.shared.workspace.DocumentBuilder.update([], [docOf(name).uri]);
            } else {
                final[name] = text;
                await edit(name, text, version);
            }
        };
        const app = files['opd00/aplikasi.spbe'];
        await change('opd00/aplikasi.spbe', app.replace(/aplikasi Aplikasi00_0001 /, 'aplikasi Aplikasi00_0001x '), 2);
        await change('opd01/aplikasi.spbe', `${files['opd01/aplikasi.spbe']}\naplikasi Aplikasi00_0002 "Lagi" { khusus }\n`, 2);
        await change('opd02/data.spbe', undefined, 0);
        // A new file, as the editor opens it.
        final['dup.spbe'] = 'data Data00_0003 "Lagi" { klasifikasi terbuka }\n';
        const added = URI.file('/ws/dup.spbe');
        services.shared.workspace.TextDocuments.set(TextDocument.create(added.toString(), 'spbe', 1, final['dup.spbe']));
        await services.shared.workspace.DocumentBuilder.update([added], []);
        const kept = answers(provider.get());

        const scratch = await createTestServices();
        await buildFiles(scratch, final);
        const fresh = answers(scratch.validation.WorkspaceFacts.get());
        expect(kept).toEqual(fresh);
        expect(kept.filter(a => a[1].length > 0).length).toBeGreaterThan(200);
        expect(kept.filter(a => a[7].length > 1).map(a => a[0]).sort()).toEqual(['Aplikasi:Aplikasi00_0002', 'Aplikasi:Aplikasi00_0002', 'Data:Data00_0003', 'Data:Data00_0003']);
    });
});

describe('the reference catalog kept across changes', () => {
    test('after each edit, the table equals one made from scratch: the set followed, its basis chain, the agency\'s codes', async () => {
        await buildFiles(services, {
            'a.spbe': 'instansi I "I" { jenis pemerintah-daerah referensi Lokal }\nkode RAB.09.06.06.77 "Kode sendiri"',
            'b.spbe': 'referensi Lokal "Lokal" { basis perpres-132-2022\n kode RAB.09.06.06.88 "X" }\nkode RAB.01.99 "Lain"',
            'c.spbe': 'unit U "U"',
        });
        const catalog = services.reference.Catalog;
        const fresh = () => new ReferenceCatalog(services.shared).table();
        const summary = (t: ReturnType<typeof fresh>) => ({
            referenceSet: t.referenceSet, codes: [...t.codes], national: [...t.national], aplikasiUmum: [...t.aplikasiUmum],
            children: [...t.children].map(([code, list]) => [code, [...list]]),
        });
        // Identity of the nodes, not a deep comparison of ASTs.
        const expectSame = () => {
            const kept = summary(catalog.table()), scratch = summary(fresh());
            expect(kept.referenceSet).toBe(scratch.referenceSet);
            for (const key of ['codes', 'national', 'aplikasiUmum', 'children'] as const) {
                expect(kept[key].length).toBe(scratch[key].length);
                kept[key].forEach(([k, v], i) => {
                    expect(k).toBe(scratch[key][i][0]);
                    if (Array.isArray(v)) expect(v).toEqual(scratch[key][i][1]); else expect(v).toBe(scratch[key][i][1]);
                });
            }
        };
        expectSame();
        expect(catalog.table().referenceSet).toBe('Lokal');
        const before = catalog.table();
        await edit('c.spbe', 'unit U "U x"', 2); // nothing the catalog reads
        expectSame();
        expect(catalog.table()).toBe(before);
        await edit('c.spbe', 'unit U "U"\nkode RAB.01.98 "Baru"', 3); // a new code of the agency
        expectSame();
        expect(catalog.table().codes.has('RAB.01.98')).toBe(true);
        await edit('b.spbe', 'referensi Lokal "Lokal" { basis perpres-132-2022\n kode RAB.09.06.06.89 "Y" }\nkode RAB.01.99 "Lain"', 4); // the set's codes
        expectSame();
        expect(catalog.table().codes.has('RAB.09.06.06.89')).toBe(true);
        await edit('c.spbe', 'unit U "U"\nkode RAB.01.98 "Baru, ganti nama"', 5); // the same code, a new node
        expectSame();
        await edit('a.spbe', 'instansi I "I" { jenis pemerintah-daerah }\nkode RAB.09.06.06.77 "Kode sendiri"', 6); // the set followed
        expectSame();
        expect(catalog.table().referenceSet).not.toBe('Lokal');
        await edit('a.spbe', 'instansi I "I" { jenis pemerintah-daerah referensi Lokal }', 7);
        expectSame();
    });

    test('a code in a reference set whose name is lost to a syntax error: syntax errors, not an internal error', async () => {
        const built = await buildFiles(services, { 'a.spbe': 'instansi I "I" { jenis pemerintah-daerah referensi Lokal }\nreferensi Lokal "Lokal" { basis perpres-132-2022\n kode XYZ.01 "X" }' });
        const diagnostics = [...built.diagnostics.values()].flat();
        expect(diagnostics.filter(d => d.code === 'SPBE-S01').length).toBeGreaterThan(0);
        expect(diagnostics.map(d => d.message).filter(m => /error occurred|internal/i.test(m))).toEqual([]);
        expect(services.reference.Catalog.table().referenceSet).toBe('Lokal');
    });
});
