import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { DOMAINS, MUATAN, type SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

let services: SpbeServices;
let model: SemanticModel;
beforeAll(async () => {
    services = await createTestServices();
    model = (await buildFiles(services, readExample('kota-malang'))).model;
});

describe('the semantic model of Kota Malang', () => {
    test('has the agency with its period, reference set and legal basis', () => {
        expect(model.agency).toMatchObject({
            id: 'KotaMalang', name: 'Pemerintah Kota Malang', kind: 'pemerintah-daerah',
            period: { start: 2023, end: 2027 }, referenceSet: 'perpres-132-2022'
        });
        expect(model.agency!.legalBasis.map(l => l.document)).toEqual(['kebijakan', 'arsitektur', 'peta-rencana']);
        expect(model.agency!.source.uri).toMatch(/instansi\.spbe$/);
    });

    test('meets the example\'s brief: 8+ units, 25+ elements over six domains, 15+ initiatives over seven muatan', () => {
        expect(model.units.length).toBeGreaterThanOrEqual(8);
        expect(model.elements.length).toBeGreaterThanOrEqual(25);
        expect(new Set(model.elements.map(e => e.domain))).toEqual(new Set(DOMAINS));
        expect(model.roadmap.initiatives.length).toBeGreaterThanOrEqual(15);
        expect(new Set(model.roadmap.initiatives.map(i => i.muatan))).toEqual(new Set(MUATAN));
        for (const i of model.roadmap.initiatives) {
            expect(i.start).toBeGreaterThanOrEqual(2023);
            expect(i.end).toBeLessThanOrEqual(2027);
        }
        const sharedApps = model.elements.filter(e => e.domain === 'aplikasi' && e.kind === 'umum').map(e => e.domain === 'aplikasi' ? e.sharedApp : '');
        expect(sharedApps).toEqual(expect.arrayContaining(['SRIKANDI', 'SIPD', 'SP4N-LAPOR', 'SPSE']));
        const names = model.elements.map(e => e.name).join(' | ');
        for (const s of ['Malang Mbois', 'PDKTSAM', 'Satu Data', 'CSIRT', 'Pusat Data Nasional', 'Jaringan Intra Pemerintah Provinsi Jawa Timur']) expect(names).toContain(s);
        expect(model.findings).toEqual([]);
    });

    test('gives elements their domain attributes, code info and owner', () => {
        const srikandi = model.elements.find(e => e.id === 'Srikandi')!;
        expect(srikandi).toMatchObject({ domain: 'aplikasi', kind: 'umum', sharedApp: 'SRIKANDI', status: 'aktif', owner: 'Disperpusip' });
        expect(srikandi.code).toMatchObject({ code: 'RAA.01.02', name: 'Aplikasi Umum Administrasi Pemerintahan', level: 2, known: true, agencyDefined: false });
        const kesos = model.elements.find(e => e.id === 'DataKesos')!;
        expect(kesos).toMatchObject({ domain: 'data', classification: 'tertutup', custodian: 'Diskominfo', producers: ['Dinsos'] });
        const pdn = model.elements.find(e => e.id === 'PusatDataNasional')!;
        expect(pdn).toMatchObject({ domain: 'infrastruktur', category: 'pusat-data-nasional', operator: 'nasional' });
        const pengaduan = model.elements.find(e => e.id === 'LayananPengaduan')!;
        expect(pengaduan).toMatchObject({ domain: 'layanan', serviceType: 'publik', channels: ['web', 'aplikasi seluler', 'SMS'] });
    });

    test('turns references into typed relations, including integrations through the service bus', () => {
        const has = (from: string, kind: string, to: string) => model.relations.some(r => r.from === from && r.kind === kind && r.to === to);
        expect(has('LayananKearsipan', 'didukung-oleh', 'ArsipDinamis')).toBe(true);
        expect(has('LayananKearsipan', 'melalui', 'Srikandi')).toBe(true);
        expect(has('ArsipDinamis', 'menghasilkan', 'DataArsip')).toBe(true);
        expect(has('Srikandi', 'berjalan-di', 'PusatDataNasional')).toBe(true);
        expect(has('CsirtMalang', 'melindungi', 'MalangMbois')).toBe(true);
        const integration = model.relations.find(r => r.from === 'MalangMbois' && r.kind === 'terintegrasi-dengan' && r.to === 'Lapor');
        expect(integration?.via).toBe('SplpMalang');
        const ids = new Set(model.elements.map(e => e.id));
        expect(model.relations.every(r => ids.has(r.from) && ids.has(r.to))).toBe(true);
    });

    test('has the roadmap with predecessors, targets and what each initiative creates or retires', () => {
        const migrasi = model.roadmap.initiatives.find(i => i.id === 'MigrasiPdn')!;
        expect(migrasi).toMatchObject({ muatan: 'infrastruktur', start: 2026, end: 2027, owner: 'Diskominfo', predecessors: ['PembangunanSplp'], retires: ['PusatDataKota'], budget: 1200000000 });
        expect(migrasi.indicatorTargets).toEqual([{ indicator: 16, targets: [{ year: 2026, level: 4 }, { year: 2027, level: 5 }] }]);
        expect(model.roadmap.milestones.map(m => m.id)).toEqual(['ArsitekturDitetapkan', 'DigitalGovernmentAward', 'ReviuParuhWaktu']);
    });

    test('carries the built-in index rule sets and the Aplikasi Umum catalog', () => {
        const r59 = model.indexRuleSets.find(r => r.id === 'permenpanrb-59-2020')!;
        expect(r59.indicators).toHaveLength(47);
        expect(r59.predicates.map(p => p.name)).toEqual(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']);
        expect(model.indexRuleSets.find(r => r.id === 'permenpanrb-8-2026')!.indicators).toHaveLength(20);
        expect(model.catalog.sharedApps.find(a => a.id === 'SRIKANDI')?.covers).toEqual(['RAB.09.06.06']);
    });

    test('is plain data: it survives a JSON round trip unchanged', () => {
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });
});

describe('findings in the model', () => {
    test('errors are counted on the element they sit in', async () => {
        const { model } = await buildFiles(services, { 'a.spbe': 'unit U "u"\nproses P "p" {\n    pemilik Nobody\n}\nproses Q "q" { pemilik U }' });
        expect(model.elements.find(e => e.id === 'P')).toMatchObject({ errors: 1, owner: undefined });
        expect(model.elements.find(e => e.id === 'Q')).toMatchObject({ errors: 0, owner: 'U' });
        const errors = model.findings.filter(f => f.severity === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ severity: 'error', code: 'SPBE-L01', subject: 'P' });
    });
});

describe('the model of a built workspace, derived when first read', () => {
    test('is the model derived at once from the same documents (what the language server reads)', async () => {
        const { collect } = await import('../../src/model/build-workspace.js');
        const { ensureBuiltinLibrary } = await import('../../src/language/builtin-document.js');
        const fresh = await createTestServices();
        const built = await buildFiles(fresh, { ...readExample('kota-malang'), 'rusak.spbe': 'aplikasi Rusak "Rusak" { pemilik TidakAda }\nproses {' });
        const eager = collect(fresh, [ensureBuiltinLibrary(fresh.shared), ...built.documents]);
        expect(built.model.findings.length).toBeGreaterThan(0);
        expect(JSON.stringify(built.model)).toBe(JSON.stringify(eager.model));
        expect(built.model).toBe(built.model); // derived once
    });
});
