// The one resolver of named views (language/view-rules.ts, through model/views.ts), as pure functions of a
// model: the order of rules, `dan`, `sekitar`, every selector, arrow hiding, what each rule did, and the views
// the semantic model carries.
import { beforeAll, describe, expect, test } from 'vitest';
import { namedViewOptions, resolveView, type ViewInput, type ViewRule, type ViewSelector } from '../../src/language/view-rules.js';
import { findView, viewContents, viewOptions } from '../../src/model/views.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

const el = (id: string, domain: ViewInput['elements'][number]['domain'], more: Partial<ViewInput['elements'][number]> = {}) => ({ id, domain, status: 'aktif' as const, ...more });
const initiative = (id: string, more: Partial<ViewInput['roadmap']['initiatives'][number]> = {}) => ({ id, predecessors: [], creates: [], changes: [], retires: [], ...more });

const INPUT: ViewInput = {
    units: [{ id: 'Dinas' }, { id: 'Bidang', parent: 'Dinas' }, { id: 'Seksi', parent: 'Bidang' }, { id: 'Lain' }],
    elements: [
        el('Layanan', 'layanan', { owner: 'Dinas', code: { code: 'RAL.02.04.05' } }),
        el('Proses', 'proses', { owner: 'Seksi', code: { code: 'RAB.09.06.05' } }),
        el('Data', 'data', { owner: 'Lain', code: { code: 'RAD.09.06.05' } }),
        el('App', 'aplikasi', { owner: 'Bidang', code: { code: 'RAA.01.01' } }),
        el('Super', 'aplikasi', { owner: 'Dinas', code: { code: 'RAA.02.02' }, status: 'rencana' }),
        el('Bus', 'infrastruktur', { status: 'rencana' }),
        el('Pdn', 'infrastruktur'),
        el('Csirt', 'keamanan', { owner: 'Dinas' }),
    ],
    relations: [
        { from: 'Layanan', to: 'Proses', kind: 'didukung-oleh' },
        { from: 'Layanan', to: 'App', kind: 'melalui' },
        { from: 'Proses', to: 'Data', kind: 'menghasilkan' },
        { from: 'App', to: 'Proses', kind: 'mendukung' },
        { from: 'App', to: 'Pdn', kind: 'berjalan-di' },
        { from: 'Super', to: 'App', kind: 'terintegrasi-dengan', via: 'Bus' },
        { from: 'Csirt', to: 'Super', kind: 'melindungi' },
    ],
    roadmap: {
        initiatives: [
            initiative('Regulasi', { muatan: 'tata-kelola', owner: 'Dinas', start: 2023, end: 2023, status: 'selesai' }),
            initiative('Bangun', { muatan: 'aplikasi', owner: 'Seksi', start: 2024, end: 2025, status: 'berjalan', predecessors: ['Regulasi'], creates: ['Super'] }),
            initiative('Migrasi', { muatan: 'infrastruktur', owner: 'Lain', start: 2026, end: 2027, predecessors: ['Bangun'], retires: ['Pdn'] }),
            initiative('Tanpa', { muatan: 'keamanan' }),
        ],
    },
};

const rule = (include: boolean, selectors: ViewSelector[], around?: number): ViewRule => around === undefined ? { include, selectors } : { include, selectors, around };
const arch = (...rules: ViewRule[]) => resolveView(INPUT, { kind: 'architecture', rules });
const road = (...rules: ViewRule[]) => resolveView(INPUT, { kind: 'roadmap', rules });

describe('architecture views', () => {
    test('a view starts empty; rules apply in order; the result keeps the model order', () => {
        expect(arch().ids).toEqual([]);
        expect(arch(rule(false, [{ kind: 'domains', domains: ['aplikasi'] }])).ids).toEqual([]);
        expect(arch(
            rule(true, [{ kind: 'domains', domains: ['aplikasi', 'layanan'] }]),
            rule(false, [{ kind: 'elements', ids: ['App', 'Layanan'] }]),
            rule(true, [{ kind: 'elements', ids: ['Layanan'] }]),
        ).ids).toEqual(['Layanan', 'Super']);
        expect(arch(rule(true, [{ kind: 'all' }])).ids).toEqual(INPUT.elements.map(e => e.id));
    });

    test('selectors joined by dan must all match', () => {
        expect(arch(rule(true, [{ kind: 'domains', domains: ['aplikasi', 'infrastruktur'] }, { kind: 'statuses', statuses: ['rencana'] }])).ids).toEqual(['Super', 'Bus']);
    });

    test('a unit selects what it and every unit below it own', () => {
        expect(arch(rule(true, [{ kind: 'units', units: ['Bidang'] }])).ids).toEqual(['Proses', 'App']);
        expect(arch(rule(true, [{ kind: 'units', units: ['Dinas'] }])).ids).toEqual(['Layanan', 'Proses', 'App', 'Super', 'Csirt']);
    });

    test('a code selects that code; with a star, that code and every code below it', () => {
        expect(arch(rule(true, [{ kind: 'codes', codes: [{ code: 'RAA.01', descendants: true }] }])).ids).toEqual(['App']);
        expect(arch(rule(true, [{ kind: 'codes', codes: [{ code: 'RAA.01', descendants: false }] }])).ids).toEqual([]);
        expect(arch(rule(true, [{ kind: 'codes', codes: [{ code: 'RAA.01.01', descendants: false }, { code: 'RAB.09', descendants: true }] }])).ids).toEqual(['Proses', 'App']);
        // A prefix of the text is not a parent code: RAB.09 does not select RAB.090.
        expect(resolveView({ ...INPUT, elements: [el('X', 'proses', { code: { code: 'RAB.090' } })] }, { kind: 'architecture', rules: [rule(true, [{ kind: 'codes', codes: [{ code: 'RAB.09', descendants: true }] }])] }).ids).toEqual([]);
    });

    test('sekitar widens by relation steps either way, an integration\'s bus one step from both applications', () => {
        expect(arch(rule(true, [{ kind: 'elements', ids: ['Super'] }], 1)).ids).toEqual(['App', 'Super', 'Bus', 'Csirt']);
        expect(arch(rule(true, [{ kind: 'elements', ids: ['Super'] }], 0)).ids).toEqual(['Super']);
        expect(arch(rule(true, [{ kind: 'elements', ids: ['Data'] }], 2)).ids).toEqual(['Layanan', 'Proses', 'Data', 'App']);
        // Around what the selectors match together: the planned applications.
        expect(arch(rule(true, [{ kind: 'domains', domains: ['aplikasi'] }, { kind: 'statuses', statuses: ['rencana'] }], 1)).ids).toEqual(['App', 'Super', 'Bus', 'Csirt']);
        // Excluding around an element removes its neighbourhood.
        expect(arch(rule(true, [{ kind: 'all' }]), rule(false, [{ kind: 'elements', ids: ['Pdn'] }], 1)).ids).toEqual(['Layanan', 'Proses', 'Data', 'Super', 'Bus', 'Csirt']);
    });

    test('relasi selects the elements that take part in a relation of that kind; an exclusion of relasi alone hides the arrows', () => {
        expect(arch(rule(true, [{ kind: 'relations', relations: ['melindungi', 'berjalan-di'] }])).ids).toEqual(['App', 'Super', 'Pdn', 'Csirt']);
        const hidden = arch(rule(true, [{ kind: 'domains', domains: ['aplikasi', 'keamanan'] }]), rule(false, [{ kind: 'relations', relations: ['melindungi'] }]));
        expect(hidden.ids).toEqual(['App', 'Super', 'Csirt']);
        expect(hidden.hiddenRelations).toEqual(['melindungi']);
        // Joined with another selector, relasi removes elements again.
        const removed = arch(rule(true, [{ kind: 'all' }]), rule(false, [{ kind: 'relations', relations: ['melindungi'] }, { kind: 'domains', domains: ['keamanan'] }]));
        expect(removed.ids).not.toContain('Csirt');
        expect(removed.hiddenRelations).toEqual([]);
    });

    test('what each rule did: matched, added or removed, and a sertakan cancelled by later exclusions', () => {
        const { effects } = arch(
            rule(true, [{ kind: 'domains', domains: ['infrastruktur'] }]),
            rule(true, [{ kind: 'elements', ids: ['App'] }]),
            rule(false, [{ kind: 'statuses', statuses: ['rencana'] }]),
            rule(false, [{ kind: 'elements', ids: ['Pdn'] }]),
        );
        expect(effects).toEqual([
            { matched: 2, changed: 2, cancelledBy: [2, 3] },
            { matched: 1, changed: 1 },
            { matched: 2, changed: 1 },
            { matched: 1, changed: 1 },
        ]);
    });

    test('the diagram options of a view: the elements, the hidden arrows, the year and the title', () => {
        expect(namedViewOptions(INPUT, { kind: 'architecture', year: 2026, title: 'Aplikasi', rules: [
            rule(true, [{ kind: 'domains', domains: ['aplikasi'] }]), rule(false, [{ kind: 'relations', relations: ['terintegrasi-dengan'] }]),
        ] })).toEqual({ elements: ['App', 'Super'], hiddenRelations: ['terintegrasi-dengan'], year: 2026, title: 'Aplikasi' });
        expect(namedViewOptions(INPUT, { kind: 'roadmap', rules: [rule(true, [{ kind: 'muatan', muatan: ['aplikasi'] }])] })).toEqual({ initiatives: ['Bangun'] });
    });
});

describe('roadmap views', () => {
    test('by muatan, by the unit that carries it out (with sub-units), by name', () => {
        expect(road(rule(true, [{ kind: 'muatan', muatan: ['aplikasi', 'keamanan'] }])).ids).toEqual(['Bangun', 'Tanpa']);
        expect(road(rule(true, [{ kind: 'units', units: ['Dinas'] }])).ids).toEqual(['Regulasi', 'Bangun']);
        expect(road(rule(true, [{ kind: 'initiatives', ids: ['Migrasi'] }])).ids).toEqual(['Migrasi']);
    });

    test('by years (any overlap; without years nothing matches) and by status (none is belum-mulai)', () => {
        expect(road(rule(true, [{ kind: 'years', start: 2025, end: 2026 }])).ids).toEqual(['Bangun', 'Migrasi']);
        expect(road(rule(true, [{ kind: 'statuses', statuses: ['belum-mulai'] }])).ids).toEqual(['Migrasi', 'Tanpa']);
    });

    test('by the elements an initiative creates, changes or retires, and around an initiative along setelah', () => {
        expect(road(rule(true, [{ kind: 'elements', ids: ['Pdn', 'Super'] }])).ids).toEqual(['Bangun', 'Migrasi']);
        expect(road(rule(true, [{ kind: 'initiatives', ids: ['Bangun'] }], 1)).ids).toEqual(['Regulasi', 'Bangun', 'Migrasi']);
        expect(road(rule(true, [{ kind: 'initiatives', ids: ['Regulasi'] }], 1)).ids).toEqual(['Regulasi', 'Bangun']);
    });
});

describe('views in the semantic model', () => {
    let services: SpbeServices;
    beforeAll(async () => { services = await createTestServices(); });

    test('a view carries its title, kind, year, description and rules with where they are written; unresolved names select nothing', async () => {
        const ws = await buildFiles(services, { 'm.spbe': `unit U "U"
aplikasi A "A" { pemilik U }
aplikasi B "B"
tampilan V "Judul" {
    deskripsi "Apa"
    pada-tahun 2026
    sertakan sekitar A dan unit U kedalaman 2
    kecualikan kode RAA.01* , RAB.09.06.05
}
tampilan Salah "S" { sertakan elemen Tidakada dan domain aplikasi }
tampilan P { jenis peta-rencana sertakan status berjalan }` });
        const [v, salah, p] = ws.model.views;
        expect(v).toMatchObject({ id: 'V', name: 'Judul', description: 'Apa', kind: 'architecture', year: 2026 });
        expect(v.rules.map(({ source, ...r }) => [r, source.start.line])).toEqual([
            [{ include: true, around: 2, selectors: [{ kind: 'elements', ids: ['A'] }, { kind: 'units', units: ['U'] }] }, 6],
            [{ include: false, selectors: [{ kind: 'codes', codes: [{ code: 'RAA.01', descendants: true }, { code: 'RAB.09.06.05', descendants: false }] }] }, 7],
        ]);
        expect(viewContents(ws.model, v).ids).toEqual(['A']);
        expect(viewOptions(ws.model, v)).toEqual({ elements: ['A'], year: 2026, title: 'Judul' });
        // The unknown name is left out of its selector, which then selects nothing (not everything).
        expect(salah.rules[0].selectors[0]).toEqual({ kind: 'elements', ids: [] });
        expect(viewContents(ws.model, salah).ids).toEqual([]);
        expect(p).toMatchObject({ id: 'P', name: 'P', kind: 'roadmap' });
        expect(findView(ws.model, 'P')).toBe(p);
        expect(findView(ws.model, 'arsitektur')).toBeUndefined();
    });

    test('Kota Malang declares views of both kinds, and each shows something', async () => {
        const ws = await buildFiles(services, readExample('kota-malang'));
        const views = ws.model.views;
        expect(views.filter(v => v.kind === 'architecture').length).toBeGreaterThanOrEqual(6);
        expect(views.filter(v => v.kind === 'roadmap').length).toBeGreaterThanOrEqual(1);
        for (const view of views) expect(viewContents(ws.model, view).ids.length, view.id).toBeGreaterThan(0);
        // The complaint chain holds SP4N-LAPOR! and the complaint service.
        const chain = views.find(v => viewContents(ws.model, v).ids.includes('LayananPengaduan') && viewContents(ws.model, v).ids.includes('Lapor') && v.id !== 'DomainLayanan');
        expect(chain).toBeDefined();
    });
});
