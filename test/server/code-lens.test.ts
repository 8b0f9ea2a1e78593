import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';

let services: SpbeServices;

beforeAll(async () => {
    services = await createTestServices();
});

async function lenses(files: Record<string, string>, name: string) {
    const built = await buildFiles(services, files);
    const doc = built.documents.find(d => d.uri.path.endsWith('/' + name))!;
    const result = await services.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } });
    return (result ?? []).map(l => [l.range.start.line, l.command?.title]);
}

describe('code lens on penilaian', () => {
    test('Kota Malang: the computed index and predicate on each assessment, evidence notes on the latest', async () => {
        const got = await lenses(readExample('kota-malang'), 'penilaian.spbe');
        expect(got).toEqual([
            [5, 'SPBE index 2022: 2.60 · Baik (permenpanrb-59-2020, 47 indicators)'],
            [59, 'SPBE index 2023: 3.82 · Sangat Baik (permenpanrb-59-2020, 47 indicators)'],
        ]);
    });

    test('an incomplete assessment, another rule set and an unknown one', async () => {
        const got = await lenses({ 'p.spbe': [
            'penilaian 2024 { indikator 11 level 4  indikator 42 level 2 }',
            'penilaian 2026 aturan permenpanrb-8-2026 { indikator 20 level 4 }',
            'penilaian 2027 aturan tidak-ada { indikator 1 level 1 }',
        ].join('\n') }, 'p.spbe');
        expect(got).toEqual([
            [0, 'SPBE index 2024: 2.91 · Baik (permenpanrb-59-2020, incomplete: 2 of 47 indicators)'],
            [0, 'not supported by the model: indicator 11'],
            [1, 'SPBE index 2026: 4.00 · Memuaskan (permenpanrb-8-2026, incomplete: 1 of 20 indicators)'],
            [2, "Unknown index rule set 'tidak-ada'"],
        ]);
    });

    test('files without an assessment get no lens', async () => {
        expect(await lenses(readExample('kota-malang'), 'aplikasi.spbe')).toEqual([]);
    });
});

describe('the semantic model behind the code lens', () => {
    test('is built once per change: reused between requests, rebuilt after an edit', async () => {
        const { TextDocument } = await import('langium');
        const built = await buildFiles(services, { 'p.spbe': 'penilaian 2024 { indikator 11 level 4 }' });
        const doc = built.documents[0];
        const params = { textDocument: { uri: doc.uri.toString() } };
        const title = async (d = doc) => (await services.lsp.CodeLensProvider!.provideCodeLens(d, params))?.[0]?.command?.title;
        const first = await title();
        const model = services.model.Current.now();
        await title();
        expect(services.model.Current.now()).toBe(model);
        // The editor changes the level: the next request sees the edit.
        services.shared.workspace.TextDocuments.set(TextDocument.create(doc.uri.toString(), 'spbe', 2, 'penilaian 2024 { indikator 11 level 2 }'));
        await services.shared.workspace.DocumentBuilder.update([doc.uri], []);
        const edited = services.shared.workspace.LangiumDocuments.getDocument(doc.uri)!;
        const second = await title(edited);
        expect(services.model.Current.now()).not.toBe(model);
        expect(first).toMatch(/^SPBE index 2024: /);
        expect(second).not.toBe(first);
    });
});
