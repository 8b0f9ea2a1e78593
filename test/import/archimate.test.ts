// An exchange file as Archi writes it (folders, nested view nodes, styles, types with no SPBE meaning, a
// property-tagged security actor): mapped to the six domains, units and initiatives; everything else reported.
import { beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { importFiles, formatIssue, type ImportCatalog } from '../../src/import/index.js';
import { importCatalog } from '../../src/cli/import.js';
import { relationOf } from '../../src/import/archimate.js';
import { buildFiles, createTestServices } from '../helpers/services.js';
import { validateArchimate } from '../helpers/xmllint.js';

const FILE = path.join(__dirname, 'fixtures', 'archi-sukamaju.xml');
let services: SpbeServices;
let catalog: ImportCatalog;
beforeAll(async () => {
    services = await createTestServices();
    catalog = await importCatalog(services);
});

describe('Archi exchange file', () => {
    test('the fixture is a valid ArchiMate 3.1 exchange file', () => {
        expect(validateArchimate(fs.readFileSync(FILE, 'utf8')).ok).toBe(true);
    });

    test('elements, units, initiatives and relations are mapped; the result checks without errors', async () => {
        const { files, plan } = await importFiles([{ name: 'archi-sukamaju.xml', bytes: fs.readFileSync(FILE) }], catalog);
        const built = await buildFiles(services, files);
        expect([...built.diagnostics.values()].flat().filter(d => d.severity === 1)).toEqual([]);
        const m = built.model;
        const domainOf = Object.fromEntries(m.elements.map(e => [e.name, e.domain]));
        expect(domainOf).toEqual({
            'SIAK Terpusat': 'aplikasi', 'Portal Satu Data Sukamaju': 'aplikasi', SRIKANDI: 'aplikasi',
            'Data Kependudukan': 'data', 'Data Statistik Sektoral': 'data',
            'Pusat Data Nasional': 'infrastruktur', 'Jaringan Intra Pemkab': 'infrastruktur', 'SPLP Sukamaju': 'infrastruktur',
            // A BusinessActor tagged "Domain SPBE" = Keamanan, and a Requirement in a folder named Keamanan.
            'Sukamaju-CSIRT': 'keamanan', 'Enkripsi Data Pribadi': 'keamanan',
            'Layanan Administrasi Kependudukan': 'layanan', 'Layanan Data Terbuka': 'layanan',
            'Pelayanan Pendaftaran Penduduk': 'proses', 'Verifikasi Berkas': 'proses', 'Penyelenggaraan Statistik Sektoral': 'proses',
        });
        expect(m.agency).toMatchObject({ name: 'Kabupaten Sukamaju', period: { start: 2025, end: 2029 } });
        expect(m.units.map(u => [u.name, u.parent])).toEqual([
            ['Dinas Komunikasi dan Informatika (Diskominfo)', undefined], ['Dinas Kependudukan dan Pencatatan Sipil', undefined],
            ['Bidang Persandian dan Statistik', 'Diskominfo']]);
        const rel = m.relations.map(r => `${r.from} ${r.kind} ${r.to}${r.via ? ` melalui ${r.via}` : ''}`).sort();
        expect(rel).toEqual([
            'EnkripsiDataPribadi melindungi DataKependudukan',
            'JaringanIntraPemkab terhubung-ke PusatDataNasional',
            'LayananAdministrasiKependudukan didukung-oleh PelayananPendaftaranPenduduk',
            'LayananAdministrasiKependudukan melalui SIAKTerpusat',
            'LayananDataTerbuka didukung-oleh PenyelenggaraanStatistikSektoral',
            'LayananDataTerbuka melalui PortalSatuDataSukamaju',
            'PelayananPendaftaranPenduduk menghasilkan DataKependudukan', // Access without accessType: Write
            'PenyelenggaraanStatistikSektoral menggunakan DataKependudukan',
            'PenyelenggaraanStatistikSektoral menghasilkan DataStatistikSektoral',
            'PortalSatuDataSukamaju berjalan-di PusatDataNasional',
            'PortalSatuDataSukamaju terintegrasi-dengan SIAKTerpusat melalui SPLPSukamaju',
            'SIAKTerpusat memproses DataKependudukan',
            'SIAKTerpusat mendukung PelayananPendaftaranPenduduk',
            'SPLPSukamaju terhubung-ke JaringanIntraPemkab',
            'SukamajuCSIRT melindungi PortalSatuDataSukamaju',
        ]);
        const owner = Object.fromEntries(m.elements.filter(e => e.owner).map(e => [e.id, e.owner]));
        expect(owner).toEqual({ PelayananPendaftaranPenduduk: 'DinasKependudukanDanPencatatanSipil', PenyelenggaraanStatistikSektoral: 'BidangPersandianDanStatistik', SRIKANDI: 'Diskominfo' });
        expect(m.elements.find(e => e.id === 'PortalSatuDataSukamaju')!.status).toBe('rencana');
        expect(m.elements.find(e => e.id === 'PusatDataNasional')).toMatchObject({ category: 'pusat-data-nasional' });
        expect(m.roadmap.initiatives).toMatchObject([
            { id: 'PembangunanPortalSatuData', muatan: 'aplikasi', start: 2025, end: 2026, owner: 'Diskominfo', budget: 750000000, creates: ['PortalSatuDataSukamaju'] },
            { id: 'MigrasiKePusatDataNasional', muatan: 'infrastruktur', start: 2027, end: 2028, predecessors: ['PembangunanPortalSatuData'], changes: ['PusatDataNasional'] }]);
        expect(m.roadmap.milestones).toMatchObject([{ year: 2026, initiative: 'PembangunanPortalSatuData' }]);
        // Traceable: each declaration names its ArchiMate id.
        expect(files['aplikasi.spbe']).toContain('// sumber: archi-sukamaju.xml, id id-app1\naplikasi SIAKTerpusat "SIAK Terpusat" {');

        const report = plan.issues.map(i => formatIssue(i, 'en'));
        for (const expected of [
            'archi-sukamaju.xml#id-r1: warning: BusinessRole "Operator Layanan" has no SPBE meaning and was not imported',
            'archi-sukamaju.xml#id-k2: warning: Principle "Cloud First" has no SPBE meaning and was not imported (if it is a security element',
            'archi-sukamaju.xml#id-grp1: warning: Grouping "Klaster Kependudukan" has no SPBE meaning',
            'archi-sukamaju.xml#id-rel15: warning: Composition relationship from BusinessProcess "Pelayanan Pendaftaran Penduduk" to BusinessProcess "Verifikasi Berkas" has no SPBE meaning; not imported',
            'archi-sukamaju.xml#id-rel19: warning: Association relationship from BusinessActor "Dinas Komunikasi dan Informatika (Diskominfo)" to ApplicationComponent "Portal Satu Data Sukamaju" has no SPBE meaning',
            'archi-sukamaju.xml#id-rel26: info: Serving relationship from ApplicationService "Layanan API Kependudukan" to BusinessService "Layanan Administrasi Kependudukan" not imported with its source',
            'archi-sukamaju.xml#id-w2: warning: "Migrasi ke Pusat Data Nasional": the years run backwards (2028-2027); written as 2027-2028',
            'archi-sukamaju.xml#id-rel25: info: Association from WorkPackage "Migrasi ke Pusat Data Nasional" to Node "Pusat Data Nasional" read as "mengubah"',
            'archi-sukamaju.xml: info: 1 view(s) not imported',
        ]) expect(report.some(line => line.startsWith(expected)), expected).toBe(true);
        // Every relationship of the file is either imported or named in the report.
        const xml = fs.readFileSync(FILE, 'utf8');
        const relationshipIds = [...xml.matchAll(/<relationship identifier="([^"]+)"/g)].map(x => x[1]);
        const named = new Set(plan.issues.map(i => i.source.id));
        const missing = relationshipIds.filter(id => !named.has(id) && !plan.relations.some(r => r.source.id === `${id}`));
        // Owner, hierarchy and roadmap relationships are read into properties rather than relations.
        expect(missing.sort()).toEqual(['id-rel1', 'id-rel18', 'id-rel20', 'id-rel21', 'id-rel22', 'id-rel23', 'id-rel24']);
    });
});

describe('relationship table', () => {
    test('types and the domains at both ends pick the relation and its direction', () => {
        expect(relationOf('Realization', undefined, 'proses', 'layanan', '')).toEqual({ kind: 'didukung-oleh', reversed: true });
        expect(relationOf('Access', 'Read', 'proses', 'data', '')).toEqual({ kind: 'menggunakan', reversed: false });
        expect(relationOf('Access', undefined, 'proses', 'data', '')).toEqual({ kind: 'menghasilkan', reversed: false });
        expect(relationOf('Serving', undefined, 'infrastruktur', 'aplikasi', '')).toEqual({ kind: 'berjalan-di', reversed: true });
        expect(relationOf('Realization', undefined, 'data', 'keamanan', '')).toEqual({ kind: 'melindungi', reversed: true });
        expect(relationOf('Association', undefined, 'aplikasi', 'proses', 'mendukung')).toEqual({ kind: 'mendukung', reversed: false });
        expect(relationOf('Association', undefined, 'proses', 'aplikasi', 'mendukung')).toEqual({ kind: 'mendukung', reversed: true });
        expect(relationOf('Composition', undefined, 'proses', 'proses', '')).toBeUndefined();
        expect(relationOf('Serving', undefined, 'data', 'layanan', '')).toBeUndefined();
    });
});

describe('hostile XML', () => {
    const model = (doctype: string, name: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${doctype}\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m"><name>x</name><elements><element identifier="e" xsi:type="BusinessProcess"><name>${name}</name></element></elements></model>`);
    test('an entity bomb is not expanded, an external entity is not fetched', async () => {
        const lol = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`)].join('');
        const started = Date.now();
        const bomb = await importFiles([{ name: 'bom.xml', bytes: model(`<!DOCTYPE model [${lol}]>`, '&l9;') }], catalog).catch(err => err as Error);
        expect(Date.now() - started).toBeLessThan(5000);
        if (!(bomb instanceof Error)) expect(bomb.plan.elements[0].name.length).toBeLessThan(10_000);
        const external = await importFiles([{ name: 'xxe.xml', bytes: model('<!DOCTYPE model [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '&x;') }], catalog).catch(err => err as Error);
        expect(external instanceof Error ? external.message : external.plan.elements[0].name).not.toContain('root:');
    });
});
