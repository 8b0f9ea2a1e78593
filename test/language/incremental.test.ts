// The performance replacements of Langium services (scope look-up by name, reference index from the
// linker's list, open documents first) must give the same answers as Langium's defaults.
import { describe, expect, test } from 'vitest';
import { AstUtils, DefaultReferenceDescriptionProvider, DocumentState, EmptyFileSystem, TextDocument, URI } from 'langium';
import type { LangiumDocument, ReferenceDescription } from 'langium';
import { createSpbeServices, type SpbeServices } from '../../src/language/spbe-module.js';
import { buildWorkspace } from '../../src/model/build-workspace.js';
import type { AturanIndeks, Aplikasi, Model } from '../../src/language/generated/ast.js';
import { readExample } from '../helpers/services.js';

const uriOf = (name: string) => URI.file(`/ws/${name}`).toString();

async function fresh(files: Record<string, string>): Promise<{ services: SpbeServices; documents: LangiumDocument[] }> {
    const { Spbe } = createSpbeServices(EmptyFileSystem);
    const built = await buildWorkspace(Spbe, Object.entries(files).map(([name, text]) => ({ uri: uriOf(name), text })));
    return { services: Spbe, documents: built.documents };
}

/** Types the new text into an open document, as the editor does, and rebuilds as the language server does. */
async function edit(services: SpbeServices, name: string, text: string, version: number): Promise<string[]> {
    const shared = services.shared;
    shared.workspace.TextDocuments.set(TextDocument.create(uriOf(name), 'spbe', version, text));
    const events: string[] = [];
    const listeners = (['Linked', 'Validated'] as const).map(phase => shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState[phase],
        doc => { events.push(`${phase} ${doc.uri.path.split('/').pop()!}`); }));
    await shared.workspace.DocumentBuilder.update([URI.parse(uriOf(name))], []);
    listeners.forEach(l => l.dispose());
    return events;
}

const key = (d: ReferenceDescription) => `${d.sourceUri.toString()}#${d.sourcePath} -> ${d.targetUri.toString()}#${d.targetPath} @${d.segment.offset}+${d.segment.length} ${d.local}`;

describe('scoping', () => {
    test('names inside a container resolve to that container first (index aspects of a rule set)', async () => {
        // Both built-in rule sets have an aspect A1; a workspace rule set defines its own A1 too.
        const { documents } = await fresh({
            'aturan.spbe': `aturan-indeks lokal "Aturan lokal" {
                aspek A1 "Aspek lokal" bobot 100
                indikator 1 "Indikator lokal" aspek A1 bobot 100
            }`,
        });
        const rules = (documents[0].parseResult.value as Model).declarations[0] as AturanIndeks;
        expect(rules.indikator[0].aspek.ref).toBe(rules.aspek[0]);
        expect(documents[0].diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('global names resolve across files by type, and a name of the wrong type does not resolve', async () => {
        const { documents } = await fresh({
            'a.spbe': 'unit Dinas "Dinas"\naplikasi App "App" { kode RAA.02.02 khusus pemilik Dinas berjalan-di Server }',
            'b.spbe': 'infrastruktur Server "Server" { kategori server }\naplikasi Salah "Salah" { kode RAA.02.02 khusus berjalan-di Dinas }',
        });
        const [a, b] = documents;
        const app = (a.parseResult.value as Model).declarations[1] as Aplikasi;
        expect(AstUtils.getDocument(app.berjalanDi[0].ref!).uri.toString()).toBe(uriOf('b.spbe'));
        expect(app.pemilik?.ref?.name).toBe('Dinas');
        expect(b.diagnostics?.map(d => d.message).join('\n')).toMatch(/Dinas/);
    });
});

describe('reference index', () => {
    test('describes exactly the references Langium\'s default provider describes', async () => {
        const { services, documents } = await fresh(readExample('kota-malang'));
        const langiumDefault = new DefaultReferenceDescriptionProvider(services);
        let total = 0;
        for (const doc of documents) {
            const ours = (await services.workspace.ReferenceDescriptionProvider.createDescriptions(doc)).map(key).sort();
            const theirs = (await langiumDefault.createDescriptions(doc)).map(key).sort();
            expect(ours).toEqual(theirs);
            total += ours.length;
        }
        expect(total).toBeGreaterThan(100);
    });
});

describe('incremental rebuild', () => {
    const files = {
        'units.spbe': 'unit Dinas "Dinas"',
        'proses.spbe': 'proses Arsip "Arsip" { kode RAB.09.06.06 pemilik Dinas }',
        'aplikasi.spbe': 'aplikasi App "App" { kode RAA.02.02 khusus pemilik Dinas mendukung Arsip }',
        'lain.spbe': 'unit Lain "Lain"',
    };

    test('the edited open document is validated before the documents that reference it are relinked', async () => {
        const { services } = await fresh(files);
        const events = await edit(services, 'proses.spbe', 'proses Arsip "Arsip Dinamis" { kode RAB.09.06.06 pemilik Dinas }', 1);
        // Langium's builder would link aplikasi.spbe before validating proses.spbe.
        expect(events.indexOf('Validated proses.spbe')).toBeGreaterThanOrEqual(0);
        expect(events.indexOf('Validated proses.spbe')).toBeLessThan(events.indexOf('Linked aplikasi.spbe'));
        expect(events).toContain('Validated aplikasi.spbe');
        expect(events.filter(e => e.endsWith('lain.spbe'))).toEqual([]);
    });

    test('a first build with an open document builds everything together (the others are not indexed yet)', async () => {
        const { Spbe } = createSpbeServices(EmptyFileSystem);
        Spbe.shared.workspace.TextDocuments.set(TextDocument.create(uriOf('aplikasi.spbe'), 'spbe', 1, files['aplikasi.spbe']));
        const built = await buildWorkspace(Spbe, Object.entries(files).map(([name, text]) => ({ uri: uriOf(name), text })));
        expect([...built.diagnostics.values()].flat().filter(d => d.severity === 1)).toEqual([]);
    });

    test('after an edit, references into the edited file point at its new nodes, and a rename is reported where it is used', async () => {
        const { services } = await fresh(files);
        const docs = services.shared.workspace.LangiumDocuments;
        await edit(services, 'proses.spbe', 'proses Arsip "Arsip Dinamis" { kode RAB.09.06.06 pemilik Dinas }', 1);
        const app = () => (docs.getDocument(URI.parse(uriOf('aplikasi.spbe')))!.parseResult.value as Model).declarations[0] as Aplikasi;
        expect(app().mendukung[0].ref?.title).toBe('Arsip Dinamis');

        await edit(services, 'proses.spbe', 'proses ArsipBaru "Arsip" { kode RAB.09.06.06 pemilik Dinas }', 2);
        const diagnostics = docs.getDocument(URI.parse(uriOf('aplikasi.spbe')))!.diagnostics ?? [];
        expect(diagnostics.some(d => d.severity === 1 && d.message.includes('Arsip'))).toBe(true);

        // Undoing the rename resolves it again: documents with linking errors are relinked.
        await edit(services, 'proses.spbe', 'proses Arsip "Arsip" { kode RAB.09.06.06 pemilik Dinas }', 3);
        expect(docs.getDocument(URI.parse(uriOf('aplikasi.spbe')))!.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        expect(app().mendukung[0].ref?.title).toBe('Arsip');
    });

    test('workspace-wide findings of the edited file see the other files\' references (computed once per edit)', async () => {
        const { services } = await fresh(files);
        const docs = services.shared.workspace.LangiumDocuments;
        const unreferenced = () => (docs.getDocument(URI.parse(uriOf('proses.spbe')))!.diagnostics ?? []).filter(d => d.code === 'SPBE-T06');
        expect(unreferenced()).toEqual([]);
        // Renamed: aplikasi.spbe no longer refers to it.
        await edit(services, 'proses.spbe', 'proses ArsipBaru "Arsip" { kode RAB.09.06.06 pemilik Dinas }', 1);
        expect(unreferenced()).toHaveLength(1);
        // Back: the application's reference resolves to the new node again, so the finding goes away.
        await edit(services, 'proses.spbe', 'proses Arsip "Arsip" { kode RAB.09.06.06 pemilik Dinas }', 2);
        expect(unreferenced()).toEqual([]);
    });

    test('find-references sees references from other files after an edit', async () => {
        const { services } = await fresh(files);
        await edit(services, 'units.spbe', 'unit Dinas "Dinas Kominfo"', 1);
        const unitsDoc = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uriOf('units.spbe')))!;
        const unit = (unitsDoc.parseResult.value as Model).declarations[0];
        const refs = services.shared.workspace.IndexManager.findAllReferences(unit, services.workspace.AstNodeLocator.getAstNodePath(unit)).toArray();
        expect(refs.map(r => r.sourceUri.path.split('/').pop()).sort()).toEqual(['aplikasi.spbe', 'proses.spbe']);
    });
});

describe('the global name index', () => {
    /** The index as Langium's allElements() order gives it: what the incremental one must always equal. */
    function rebuilt(services: SpbeServices): [string, string[]][] {
        const map = new Map<string, string[]>();
        for (const d of services.shared.workspace.IndexManager.allElements()) {
            const list = map.get(d.name) ?? [];
            list.push(`${d.type} ${d.documentUri.path} ${d.path}`);
            map.set(d.name, list);
        }
        return [...map].sort(([a], [b]) => a.localeCompare(b));
    }
    function kept(services: SpbeServices): [string, string[]][] {
        const index = services.shared.workspace.IndexManager as unknown as { symbolsByName: ReadonlyMap<string, readonly { type: string; documentUri: URI; path: string }[]> };
        return [...index.symbolsByName].map(([name, list]) => [name, list.map(d => `${d.type} ${d.documentUri.path} ${d.path}`)] as [string, string[]])
            .sort(([a], [b]) => a.localeCompare(b));
    }

    test('stays what a rebuild from all symbols gives through edits, renames, duplicates across files and deletions', async () => {
        const { services } = await fresh({
            'a.spbe': 'unit Dinas "Dinas"\naplikasi App "App" { kode RAA.02.02 khusus pemilik Dinas berjalan-di Server }',
            'b.spbe': 'infrastruktur Server "Server" { kategori server }\naplikasi Dua "Dua" { kode RAA.02.02 khusus }',
            'c.spbe': 'aplikasi Tiga "Tiga" { kode RAA.02.02 khusus berjalan-di Server }',
        });
        expect(kept(services)).toEqual(rebuilt(services));
        const steps: [string, string][] = [
            ['a.spbe', 'unit Dinas "Dinas Baru"\naplikasi App "App" { kode RAA.02.02 khusus pemilik Dinas berjalan-di Server }'],
            ['a.spbe', 'unit Dinas "Dinas"\naplikasi AppBaru "App" { kode RAA.02.02 khusus pemilik Dinas }'],
            // The same name in two files: both kept, in document order, and references resolve as before.
            ['c.spbe', 'aplikasi Dua "Dua lagi" { kode RAA.02.02 khusus }\naplikasi Tiga "Tiga" { kode RAA.02.02 khusus berjalan-di Server }'],
            ['b.spbe', 'aplikasi Dua "Dua" { kode RAA.02.02 khusus }'],
            ['b.spbe', 'infrastruktur Server "Server" { kategori server }\naplikasi Dua "Dua" { kode RAA.02.02 khusus }'],
        ];
        let version = 2;
        for (const [name, text] of steps) {
            await edit(services, name, text, version++);
            expect(kept(services)).toEqual(rebuilt(services));
        }
        // b.spbe was edited last, so Langium's index lists it last: the name index follows.
        expect(kept(services).find(([name]) => name === 'Dua')?.[1]).toEqual(['Aplikasi /ws/c.spbe /declarations@0', 'Aplikasi /ws/b.spbe /declarations@1']);
        await services.shared.workspace.DocumentBuilder.update([], [URI.parse(uriOf('b.spbe'))]);
        expect(kept(services)).toEqual(rebuilt(services));
        expect(kept(services).find(([name]) => name === 'Server')).toBeUndefined();
    });
});
