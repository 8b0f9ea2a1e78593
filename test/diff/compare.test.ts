// The diff of two versions of the Kota Malang example that differ in every way a review asks about, and of
// versions that differ only in their text (comments, order, layout): those are no change.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { diffJson, diffMarkdown, diffModels, diffText, isEmptyDiff, overlayModel, relationText, type ModelDiff } from '../../src/diff/index.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import { changedExample, edit } from './versions.js';

let services: SpbeServices;
let before: SemanticModel;
let after: SemanticModel;
let diff: ModelDiff;

/** The same model written differently: comments, another order, another file for one element, other spacing. */
function reworded(): Record<string, string> {
    const f = readExample('kota-malang');
    const pdktsam = /aplikasi Pdktsam "PDKTSAM" \{[^}]*\}\n/.exec(f['aplikasi.spbe'])![0];
    edit(f, 'aplikasi.spbe', pdktsam, '');
    f['lain.spbe'] = `// moved here in a reorganisation of the files\n${pdktsam.replace(/\n {4}/g, '\n\t')}`;
    f['data.spbe'] = f['data.spbe'].split(/\n(?=data )/).reverse().join('\n') + '\n';
    edit(f, 'proses-bisnis.spbe', /\n\}/g, '\n  }  // end');
    return f;
}

beforeAll(async () => {
    services = await createTestServices();
    before = (await buildFiles(services, readExample('kota-malang'))).model;
    const built = await buildFiles(services, changedExample());
    expect([...built.diagnostics.values()].flat().filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    after = built.model;
    diff = diffModels(before, after);
});

describe('diff of two versions', () => {
    test('elements added and removed', () => {
        expect(diff.elements.added).toEqual([{ id: 'SiPedas', domain: 'aplikasi', name: 'SI Pedas (pengaduan desa)', code: 'RAA.02.02', owner: 'Diskominfo', status: 'rencana' }]);
        expect(diff.elements.removed.map(e => e.id)).toEqual(['ManajemenKeamananInformasi']);
    });

    test('elements changed: code, owner, status and relations', () => {
        const changed = Object.fromEntries(diff.elements.changed.map(e => [e.id, [
            ...e.changes.map(c => `${c.field}: ${c.old} -> ${c.new}`), ...e.relationsAdded.map(r => `+ ${relationText(r)}`), ...e.relationsRemoved.map(r => `- ${relationText(r)}`)]]));
        expect(changed).toEqual({
            Pdktsam: ['kode: RAA.02.02 -> RAA.02.01', '+ Pdktsam berjalan-di PusatDataNasional', '- Pdktsam berjalan-di PusatDataKota'],
            Lapor: ['pemilik: Diskominfo -> Setda'],
            Srikandi: ['status: rencana -> aktif'],
            MalangMbois: ['+ MalangMbois terintegrasi-dengan Siasn'],
        });
        expect(diff.relations.added.map(relationText).sort()).toEqual(['MalangMbois terintegrasi-dengan Siasn', 'Pdktsam berjalan-di PusatDataNasional', 'SiPedas berjalan-di PusatDataNasional']);
        expect(diff.relations.removed.map(relationText)).toEqual(['Pdktsam berjalan-di PusatDataKota']);
    });

    test('initiatives added, removed, moved in time and re-scoped; index targets', () => {
        expect(diff.initiatives.added).toEqual([{ id: 'PengembanganSiPedas', name: 'Pengembangan SI Pedas', muatan: 'layanan', start: 2026, end: 2026, owner: 'Diskominfo' }]);
        expect(diff.initiatives.removed.map(i => i.id)).toEqual(['KompetensiSdm']);
        const changed = Object.fromEntries(diff.initiatives.changed.map(i => [i.id, i]));
        expect(Object.keys(changed).sort()).toEqual(['AuditSpbe', 'MigrasiPdn', 'PenerapanSmki', 'SatuDataMalang']);
        expect(changed.MigrasiPdn.moved).toEqual({ old: [2026, 2027], new: [2027, 2028] });
        expect(changed.SatuDataMalang.scope).toEqual([{ list: 'mengubah', added: ['LayananDataTerbuka'], removed: [] }]);
        expect(changed.PenerapanSmki.scope).toEqual([{ list: 'mengubah', added: [], removed: ['ManajemenKeamananInformasi'] }]);
        expect(changed.AuditSpbe.changes.map(c => c.field)).toEqual(['indikator']);
        // KompetensiSdm's targets for indicator 25 went with it.
        expect(diff.targets).toEqual([
            { indicator: 25, year: 2024, old: 3, new: undefined }, { indicator: 25, year: 2026, old: 4, new: undefined },
            { indicator: 29, year: 2027, old: 4, new: 5 }]);
        expect(diff.milestones.changed).toEqual([{ id: 'ReviuParuhWaktu', name: 'Reviu paruh waktu selesai',
            changes: [{ field: 'tahun', old: 2025, new: 2026 }, { field: 'bulan', old: 12, new: 3 }] }]);
        expect(diff.units.added.map(u => u.id)).toEqual(['Dpmptsp']);
    });

    test('identical versions, and versions that differ only in their text, give an empty diff', async () => {
        const same = diffModels(before, (await buildFiles(services, readExample('kota-malang'))).model);
        expect(isEmptyDiff(same)).toBe(true);
        const rewritten = await buildFiles(services, reworded());
        expect([...rewritten.diagnostics.values()].flat().filter(d => d.severity === 1)).toEqual([]);
        expect(isEmptyDiff(diffModels(before, rewritten.model))).toBe(true);
        expect(diffText(same, { old: 'A', new: 'B' }, 'en')).toBe('Changes: A → B\nNo changes to the architecture or the roadmap.\n');
        expect(diffMarkdown(same, { old: 'A', new: 'B' }, 'id')).toContain('Tidak ada perubahan');
    });
});

describe('outputs', () => {
    test('text names every change', () => {
        const text = diffText(diff, { old: 'v1', new: 'v2' }, 'en');
        for (const line of ['Elements: 1 added, 1 removed, 4 changed', '  + aplikasi SiPedas "SI Pedas (pengaduan desa)" RAA.02.02, pemilik Diskominfo, rencana',
            '  - proses ManajemenKeamananInformasi', '      kode: RAA.02.02 → RAA.02.01', '      + Pdktsam berjalan-di PusatDataNasional',
            '      moved in time: tahun 2026-2027 → 2027-2028', '      re-scoped: mengubah + LayananDataTerbuka', '  ~ indikator 29, 2027: 4 → 5', '  + unit Dpmptsp']) {
            expect(text).toContain(line);
        }
    });

    test('Markdown is a section for a review document, in Indonesian', () => {
        const md = diffMarkdown(diff, { old: 'HEAD~1', new: 'kerja' }, 'id');
        expect(md.startsWith('## Perubahan Arsitektur SPBE: HEAD~1 → kerja\n')).toBe(true);
        expect(md).toContain('| Elemen | 1 | 1 | 4 |');
        expect(md).toContain('| + | Aplikasi | SI Pedas (pengaduan desa) (`SiPedas`) | RAA.02.02 | Diskominfo | rencana |');
        expect(md).toContain('| PDKTSAM (`Pdktsam`) | kode: RAA.02.02 → RAA.02.01<br>+ `Pdktsam berjalan-di PusatDataNasional`<br>− `Pdktsam berjalan-di PusatDataKota` |');
        expect(md).toContain('digeser waktunya: 2026-2027 → 2027-2028');
        expect(md).toContain('| 29 | 2027 | 4 | 5 |');
    });

    test('JSON carries the whole diff', () => {
        const json = JSON.parse(diffJson(diff, { old: 'a', new: 'b' }));
        expect(json).toMatchObject({ old: 'a', new: 'b', empty: false });
        expect(json.elements.changed).toHaveLength(4);
        expect(json.initiatives.changed.find((i: { id: string }) => i.id === 'MigrasiPdn').moved).toEqual({ old: [2026, 2027], new: [2027, 2028] });
    });

    test('the overlay puts removed elements and relations back, marked', () => {
        const { model, marks } = overlayModel(before, after, diff);
        expect(model.elements.some(e => e.id === 'ManajemenKeamananInformasi')).toBe(true);
        expect(model.relations.some(r => r.from === 'Pdktsam' && r.to === 'PusatDataKota')).toBe(true);
        expect(marks.elements).toEqual({ SiPedas: 'added', ManajemenKeamananInformasi: 'removed', Pdktsam: 'changed', Lapor: 'changed', Srikandi: 'changed', MalangMbois: 'changed' });
        expect(marks.relations['Pdktsam\nberjalan-di\nPusatDataKota\n']).toBe('removed');
        expect(after.elements.some(e => e.id === 'ManajemenKeamananInformasi')).toBe(false);
    });
});
