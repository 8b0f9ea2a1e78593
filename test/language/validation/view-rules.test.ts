// The rules of named views beyond one trigger each (rules.test.ts): every way a selector can be out of place,
// each kind of contradiction, names that do not resolve (with "did you mean"), duplicate view ids, and a view
// validated again when another file changes what it selects.
import { beforeAll, describe, expect, test } from 'vitest';
import { URI } from 'langium';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { watchWorkspaceFacts } from '../../../src/language/validation/revalidate.js';
import { createTestServices } from '../../helpers/services.js';
import { findings, fixesFor } from './rule-helpers.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const APPS = 'unit U "U"\naplikasi A "A" { pemilik U status rencana }\naplikasi B "B" { terintegrasi-dengan A }\n';
const messages = async (text: string, rule: string) => (await findings(services, APPS + text, rule)).map(f => [f.text, f.diagnostic.message]);

describe('SPBE-V01: what does not fit the kind of view', () => {
    test('an initiative status in an architecture view, an element status in a roadmap view, pada-tahun in a roadmap view', async () => {
        expect(await messages('tampilan V "V" { sertakan status berjalan, rencana }', 'SPBE-V01')).toEqual([
            ['berjalan', expect.stringMatching(/`berjalan` is an initiative status; in an architecture view the statuses are aktif, rencana, dihentikan/)],
        ]);
        const roadmap = await messages('tampilan V "V" { jenis peta-rencana pada-tahun 2026 sertakan status aktif dan domain aplikasi }', 'SPBE-V01');
        expect(roadmap.map(([text]) => text)).toEqual(['2026', 'aktif', 'domain aplikasi']);
        expect(roadmap[0][1]).toMatch(/`pada-tahun` draws the architecture as of the end of a year/);
    });
});

describe('SPBE-V02: a view that shows nothing', () => {
    test('without a sertakan rule (a view starts empty)', async () => {
        expect(await messages('tampilan V "V" { kecualikan domain data }', 'SPBE-V02')).toEqual([
            ['V', expect.stringMatching(/View V shows nothing: it has no `sertakan` rule \(a view starts empty\)/)],
        ]);
    });

    test('a roadmap view whose rules select no initiative', async () => {
        const text = 'peta-rencana { inisiatif I "I" { muatan layanan tahun 2024 } }\ntampilan V "V" { jenis peta-rencana sertakan muatan keamanan }';
        expect(await messages(text, 'SPBE-V02')).toEqual([['V', expect.stringMatching(/its rules select no initiative/)]]);
        expect(await messages(text.replace('muatan keamanan', 'tahun 2023 - 2024'), 'SPBE-V02')).toEqual([]);
    });
});

describe('SPBE-V03: rules that cancel each other out', () => {
    test('selectors joined by dan that nothing can match together', async () => {
        expect(await messages('tampilan V "V" { sertakan domain aplikasi dan status rencana dan domain data }', 'SPBE-V03')).toEqual([
            ['domain data', expect.stringMatching(/nothing matches this `domain` as well as the `domain` before it.*write one list, e\.g\. `domain aplikasi, data`/)],
        ]);
        // Overlapping values can both match: no finding.
        expect(await messages('tampilan V "V" { sertakan domain aplikasi, data dan domain data }', 'SPBE-V03')).toEqual([]);
    });

    test('hiding the arrows of the relations a sertakan relasi brings in', async () => {
        expect(await messages('tampilan V "V" {\n    sertakan relasi terintegrasi-dengan\n    kecualikan relasi terintegrasi-dengan, melindungi\n}', 'SPBE-V03')).toEqual([
            ['kecualikan relasi terintegrasi-dengan, melindungi', expect.stringMatching(/hides the arrows of the relations that `sertakan relasi` on line 5 brings in/)],
        ]);
    });

    test('a later sertakan that adds the excluded elements back is no contradiction', async () => {
        expect(await messages('tampilan V "V" { sertakan domain aplikasi kecualikan unit U sertakan elemen A }', 'SPBE-V03')).toEqual([]);
    });
});

describe('names in rules', () => {
    test('an unknown name is an unresolved reference with "did you mean" and a quick fix', async () => {
        const text = `${APPS}tampilan V "V" { sertakan sekitar B dan unit Uu }`;
        expect((await findings(services, text.replace('sekitar B', 'sekitar Bb'), 'SPBE-L01')).map(f => [f.text, f.diagnostic.message])).toEqual([
            ['Bb', expect.stringMatching(/No architecture element named 'Bb'.*Did you mean B\?/)],
            ['Uu', expect.stringMatching(/No unit named 'Uu'.*Did you mean U\?/)],
        ]);
        const { apply } = await fixesFor(services, text, 'SPBE-L01');
        expect(apply(/Use U/)).toContain('sertakan sekitar B dan unit U }');
        // An unknown code in a rule is an unknown code, with its own suggestions.
        expect((await findings(services, `${APPS}tampilan V "V" { sertakan kode RAA.03* }`, 'SPBE-R01')).map(f => f.text)).toEqual(['RAA.03']);
    });

    test('view ids are their own namespace: two views of one id clash, a view named like an element does not', async () => {
        const found = await findings(services, { 'a.spbe': `${APPS}tampilan A "A" { sertakan semua }`, 'b.spbe': 'tampilan A "Lagi" { sertakan semua }' }, 'SPBE-G01');
        expect(found.map(f => [f.file, f.text])).toEqual([['a.spbe', 'A'], ['b.spbe', 'A']]);
        expect(found[0].diagnostic.message).toMatch(/'A' is declared 2 times/);
    });
});

describe('half-typed views', () => {
    test('are syntax errors, never a failed validation (a code selector cut short once threw)', async () => {
        for (const text of ['tampilan', 'tampilan V {', 'tampilan V { sertakan', 'tampilan V { sertakan sekitar A kedalaman',
            'tampilan V { sertakan kode * }', 'tampilan V { sertakan kode RAA.02 *', 'tampilan V { jenis peta-rencana sertakan tahun 2026 - }',
            'tampilan V { sertakan dan domain data }', 'tampilan { sertakan semua }', 'tampilan V "V" { jenis }']) {
            // An exception in a check would come back as a diagnostic "An error occurred during validation".
            const syntax = (await findings(services, APPS + text, 'SPBE-S01')).map(f => f.diagnostic.message);
            expect(syntax.length, text).toBeGreaterThan(0);
            expect(syntax.filter(m => /An error occurred/.test(m)), text).toEqual([]);
        }
    });
});

describe('a view in one file, what it selects in another', () => {
    test('changing a code elsewhere validates the view again', async () => {
        const own = await createTestServices();
        watchWorkspaceFacts(own);
        // a.spbe refers to nothing in b.spbe (Langium would relink and validate it anyway if it did).
        const found = await findings(own, {
            'a.spbe': 'tampilan V "V" { sertakan kode RAA.02* }',
            'b.spbe': 'aplikasi X "X" { kode RAA.01.02 }',
        }, 'SPBE-V02');
        expect(found.map(f => [f.file, f.text])).toEqual([['a.spbe', 'V']]);
        // Only the code changes in b.spbe: nothing the other rules read, only what the view selects by.
        const workspace = own.shared.workspace;
        const bUri = workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/b.spbe'))!.uri;
        await workspace.DocumentBuilder.update([], [bUri]);
        const b = workspace.LangiumDocumentFactory.fromString('aplikasi X "X" { kode RAA.02.02 }', URI.parse(bUri.toString()));
        workspace.LangiumDocuments.addDocument(b);
        await workspace.DocumentBuilder.build([b], { validation: true });
        await new Promise(resolve => setTimeout(resolve, 10));
        await workspace.WorkspaceLock.read(async () => { /* waits for the re-validation */ });
        const a = workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/a.spbe'))!;
        expect(a.diagnostics?.filter(d => d.code === 'SPBE-V02')).toEqual([]);
    });
});
