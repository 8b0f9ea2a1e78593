// Inventories as agencies keep them: a semicolon CSV with a BOM and an XLSX workbook with a title above the
// header, Indonesian headers and no mapping; then the bad inputs, each a clear message naming file and row.
import { beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { importFiles, ImportError, formatIssue, type ImportCatalog, type ImportIssue } from '../../src/import/index.js';
import { importCatalog } from '../../src/cli/import.js';
import { formatText } from '../../src/language/lsp/formatter.js';
import { buildFiles, createTestServices } from '../helpers/services.js';

const FIXTURES = path.join(__dirname, 'fixtures');
const fixture = (name: string) => ({ name, bytes: fs.readFileSync(path.join(FIXTURES, name)) });
const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

let services: SpbeServices;
let catalog: ImportCatalog;
beforeAll(async () => {
    services = await createTestServices();
    catalog = await importCatalog(services);
});

const lines = (issues: ImportIssue[], severity = 'warning') => issues.filter(i => i.severity === severity).map(i => formatIssue(i, 'en'));

async function importAndBuild(...inputs: { name: string; bytes: Uint8Array }[]) {
    const result = await importFiles(inputs, catalog);
    const built = await buildFiles(services, result.files);
    const errors = [...built.diagnostics.values()].flat().filter(d => d.severity === 1).map(d => d.message);
    expect(errors).toEqual([]);
    for (const doc of built.documents) expect(formatText(doc, { tabSize: 4, insertSpaces: true })).toBe(doc.textDocument.getText());
    return { ...result, model: built.model };
}

describe('CSV inventory with Indonesian headers', () => {
    test('each row becomes an element of the domain the headers say, owners become units', async () => {
        const { model, plan } = await importAndBuild(fixture('inventaris-aplikasi.csv'));
        const apps = model.elements.filter(e => e.domain === 'aplikasi');
        expect(apps.map(a => a.name)).toEqual(['SRIKANDI', 'Sistem Informasi Pemerintahan Daerah (SIPD)', 'Sukamaju Smart City', 'SIMPEG Daerah',
            'e-Perizinan', 'Aplikasi Antrian Dukcapil', 'SIMPEG Daerah', 'Portal Data Sukamaju', 'Website Resmi Pemkab']);
        const byName = (n: string) => apps.find(a => a.name === n)!;
        expect(byName('SRIKANDI')).toMatchObject({ code: { code: 'RAA.01.02' }, kind: 'umum', sharedApp: 'SRIKANDI', owner: 'Dispusip', status: 'aktif' });
        // "(SIPD)" is the id, and the name matches the national catalog's Aplikasi Umum.
        expect(byName('Sistem Informasi Pemerintahan Daerah (SIPD)')).toMatchObject({ id: 'SIPD', sharedApp: 'SIPD', owner: 'BPKAD' });
        expect(byName('Sukamaju Smart City')).toMatchObject({ status: 'rencana', kind: 'khusus', platforms: ['Android', 'iOS', 'Web'],
            description: 'Super app layanan publik; terhubung dengan "Satu Data"' });
        expect(byName('Aplikasi Antrian Dukcapil').status).toBe('dihentikan');
        expect(apps.find(a => a.name === 'SIMPEG Daerah')!.description).toBe('Kepegawaian daerah,\nsebelum migrasi ke SIASN');
        // "BKPSDM" and "Diskominfo" alone are the units named "... (BKPSDM)" and "... (Diskominfo)".
        expect(model.units.map(u => u.id).sort()).toEqual(['BKPSDM', 'BPKAD', 'DPMPTSP', 'Disdukcapil', 'Diskominfo', 'Dispusip']);
        expect(new Set(apps.map(a => a.id)).size).toBe(apps.length);
        // Every element says where it came from.
        expect(plan.elements.map(e => e.source.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 11]);
    });

    test('an unknown code, a code of another domain, a duplicate name and a row without a name are reported with their rows', async () => {
        const { plan, files } = await importAndBuild(fixture('inventaris-aplikasi.csv'));
        expect(lines(plan.issues)).toEqual([
            'inventaris-aplikasi.csv:6: warning: "e-Perizinan": unknown reference code RAA.02.99 (not in the national reference); the code is left out (kept in a comment)',
            'inventaris-aplikasi.csv:8: warning: "SIMPEG Daerah" has the same name as row 5; imported as a second aplikasi element with its own id',
            'inventaris-aplikasi.csv:9: warning: "Portal Data Sukamaju": RAB.09.03.04 is a RAB code, but elements of the aplikasi domain are coded against RAA; the code is left out (kept in a comment)',
            'inventaris-aplikasi.csv:10: warning: the row has no name; skipped',
        ]);
        expect(files['aplikasi.spbe']).toContain('// sumber: inventaris-aplikasi.csv, baris 6\naplikasi EPerizinan "e-Perizinan" {\n    // kode asal: RAA.02.99\n');
    });
});

describe('XLSX workbook', () => {
    test('finds the header under a title, reads every sheet with an inventory and skips the instructions', async () => {
        const { model, plan } = await importAndBuild(fixture('inventaris-spbe.xlsx'));
        const csv = await importFiles([fixture('inventaris-aplikasi.csv')], catalog);
        const summary = (els: { domain: string; name: string; code?: string; status?: string; owner?: string }[]) =>
            els.filter(e => e.domain === 'aplikasi').map(e => [e.name, e.code, e.status ?? 'aktif'].join('|'));
        // The Aplikasi sheet holds the CSV's rows (rich text in one name): the same elements come out.
        expect(summary(plan.elements)).toEqual(summary(csv.plan.elements));
        expect(plan.elements.find(e => e.name === 'SRIKANDI')!.source).toEqual({ file: 'inventaris-spbe.xlsx', sheet: 'Aplikasi', row: 4 });
        const layanan = model.elements.filter(e => e.domain === 'layanan');
        expect(layanan.map(l => l.name)).toEqual(['Layanan Administrasi Kependudukan', 'Layanan Kearsipan', 'Layanan Pengaduan Masyarakat', 'Layanan Perizinan']);
        expect(layanan[0]).toMatchObject({ serviceType: 'publik', code: { code: 'RAL.02.01.07' }, owner: 'Disdukcapil' });
        expect(layanan[1].serviceType).toBe('administrasi-pemerintahan');
        // The "Aplikasi" column of the services sheet: relations by name.
        expect(model.relations.filter(r => r.kind === 'melalui').map(r => `${r.from}>${r.to}`)).toEqual([
            'LayananAdministrasiKependudukan>AplikasiAntrianDukcapil', 'LayananKearsipan>SRIKANDI', 'LayananPengaduanMasyarakat>SukamajuSmartCity', 'LayananPerizinan>EPerizinan']);
        const data = model.elements.filter(e => e.domain === 'data');
        expect(data.map(d => [d.name, d.domain === 'data' ? d.classification : '', d.domain === 'data' ? d.custodian : ''])).toEqual([
            ['Data Kependudukan', 'tertutup', 'Diskominfo'], ['Data Arsip Dinamis', 'terbatas', 'Diskominfo'], ['Data Pegawai', undefined, 'Diskominfo']]);
        expect(lines(plan.issues)).toContain('inventaris-spbe.xlsx[Layanan]:4: warning: "Layanan Pengaduan Masyarakat" melalui "Aplikasi Tidak Ada": no aplikasi element of that name or id was imported; the relation is left out');
        expect(lines(plan.issues)).toContain('inventaris-spbe.xlsx[Data]:4: warning: klasifikasi "Rahasia Negara" is not one the language knows; left out');
        expect(lines(plan.issues, 'info').some(l => l.startsWith('inventaris-spbe.xlsx[Petunjuk]: info: sheet "Petunjuk" skipped'))).toBe(true);
    });
});

describe('column mapping', () => {
    const sheet = 'Sistem;Kode RAA;OPD;Kondisi;Uraian\nSIMDA Keuangan;RAA.02.02;BPKAD;Operasional;Akuntansi\n';
    test('names the columns of a spreadsheet whose headers are not recognised', async () => {
        await expect(importFiles([text('daftar.csv', sheet)], catalog)).rejects.toThrow(/no header row found|no name column/);
        const { plan } = await importFiles([text('daftar.csv', sheet)], catalog, {
            mapping: { domain: 'aplikasi', columns: { name: 'Sistem', code: 'Kode RAA', owner: 'OPD', status: 'Kondisi', description: 'Uraian' } } });
        expect(plan.elements).toMatchObject([{ domain: 'aplikasi', name: 'SIMDA Keuangan', code: 'RAA.02.02', status: 'aktif', description: 'Akuntansi' }]);
        expect(plan.units.map(u => u.name)).toEqual(['BPKAD']);
    });

    test('a comma CSV, the domain from the file name and from codes', async () => {
        const csv = 'Nama,Kode,Pemilik\n"Pengelolaan Arsip, Dinamis",RAB.09.06.06,Dispusip\nData Arsip,RAD.09.06.06,Dispusip\n';
        const { plan } = await importFiles([text('campuran.csv', csv)], catalog);
        expect(plan.elements.map(e => [e.name, e.domain])).toEqual([['Pengelolaan Arsip, Dinamis', 'proses'], ['Data Arsip', 'data']]);
    });
});

describe('units and roadmap tables', () => {
    test('a units table gives ids, kinds and parents; the inventory names its units by name', async () => {
        const units = 'ID;Nama;Jenis Unit;Singkatan;Induk\nSetda;Sekretariat Daerah;opd;;\nBagOrg;Bagian Organisasi;unit-kerja;;Sekretariat Daerah\nDiskominfo;Dinas Komunikasi dan Informatika;OPD;Kominfo;\n';
        const apps = 'Nama Aplikasi;Pemilik\nPortal Layanan;Dinas Komunikasi dan Informatika\nSistem Organisasi;Bagian Organisasi\n';
        const roadmap = 'Inisiatif;Muatan;Tahun;Pelaksana;Anggaran;Mewujudkan;Setelah;Target Indikator\nPenyusunan SOP;Tata Kelola SPBE;2025;Bagian Organisasi;Rp 150.000.000;;;\n'
            + 'Pembangunan Portal;aplikasi;2026-2027;Diskominfo;1.200.000.000;Portal Layanan;Penyusunan SOP;37: 2026→3, 2027→4\n';
        const { model, plan } = await importAndBuild(text('unit.csv', units), text('aplikasi.csv', apps), text('peta-rencana.csv', roadmap));
        expect(model.units.map(u => [u.id, u.kind, u.parent])).toEqual([['Setda', 'opd', undefined], ['BagOrg', 'unit-kerja', 'Setda'], ['Diskominfo', 'opd', undefined]]);
        expect(model.elements.map(e => [e.name, e.owner])).toEqual([['Portal Layanan', 'Diskominfo'], ['Sistem Organisasi', 'BagOrg']]);
        expect(model.roadmap.initiatives).toMatchObject([
            { name: 'Penyusunan SOP', muatan: 'tata-kelola', start: 2025, end: 2025, owner: 'BagOrg', budget: 150000000 },
            { name: 'Pembangunan Portal', muatan: 'aplikasi', start: 2026, end: 2027, owner: 'Diskominfo', budget: 1200000000, creates: ['PortalLayanan'],
                predecessors: ['PenyusunanSOP'], indicatorTargets: [{ indicator: 37, targets: [{ year: 2026, level: 3 }, { year: 2027, level: 4 }] }] }]);
        expect(plan.issues.filter(i => i.severity === 'warning')).toEqual([]);
    });

    test('a milestones table names its initiative; an assessment worksheet keeps what the rule set has and reports the rest by row', async () => {
        const roadmap = 'Inisiatif;Muatan;Tahun\nPenyusunan SOP;tata-kelola;2025\n';
        const milestones = 'Tonggak;Tahun;Bulan;Inisiatif\nSOP ditetapkan;2025;11;Penyusunan SOP\nRapat evaluasi;2026;;Inisiatif yang tidak ada\n';
        const worksheet = 'Tahun;Aturan Indeks;Indikator;Level;Bukti\n2024;permenpanrb-59-2020;1;3;"Perwal 8/2023; Lampiran I\nNotulen rapat"\n'
            + '2024;permenpanrb-59-2020;1;4;\n2024;permenpanrb-59-2020;99;3;\n2024;permenpanrb-59-2020;2;7;\n2025;aturan-lain;1;2;\n2025;;x;2;\n';
        const { model, plan } = await importAndBuild(text('peta-rencana.csv', roadmap), text('tonggak.csv', milestones), text('penilaian.csv', worksheet));
        expect(model.roadmap.milestones.map(m => [m.name, m.year, m.month, m.initiative])).toEqual([
            ['SOP ditetapkan', 2025, 11, 'PenyusunanSOP'], ['Rapat evaluasi', 2026, undefined, undefined]]);
        expect(model.assessments.map(a => [a.year, a.ruleSet, a.values.map(v => [v.indicator, v.level, v.evidence])])).toEqual([
            [2024, 'permenpanrb-59-2020', [[1, 3, ['Perwal 8/2023; Lampiran I', 'Notulen rapat']]]],
            [2025, undefined, [[1, 2, []]]]]);
        expect(lines(plan.issues)).toEqual([
            'penilaian.csv:3: warning: indicator 1 is assessed twice for 2024; the first is kept',
            'penilaian.csv:4: warning: indicator 99 is not in the index rule set; left out',
            'penilaian.csv:5: warning: indicator 2: level 7 is not 1–5; left out',
            expect.stringMatching(/^penilaian\.csv:6: warning: assessment 2025: index rule set "aturan-lain" is not known \(.*permenpanrb-59-2020.*\); the default rule set is used$/),
            'penilaian.csv:7: warning: indicator "x" is not an indicator number; row skipped',
            'tonggak.csv:3: warning: "Rapat evaluasi": no initiative "Inisiatif yang tidak ada" was imported; left out',
        ]);
    });
});

describe('bad input: one clear message naming the file (and row)', () => {
    const failure = async (...inputs: { name: string; bytes: Uint8Array }[]) => {
        try {
            await importFiles(inputs, catalog);
        } catch (err) {
            expect(err).toBeInstanceOf(ImportError);
            const e = err as ImportError;
            return `${e.where.file}${e.where.row !== undefined ? `:${e.where.row}` : ''}: ${e.texts.en}`;
        }
        throw new Error('the import did not fail');
    };

    test('a missing name column', async () => {
        expect(await failure(fixture('bad/tanpa-kolom-nama.csv'))).toMatch(/^bad\/tanpa-kolom-nama\.csv:1: the header row has no name column \(looked for "nama", .*its columns are "Kode Referensi", "Unit Pengelola", "Status", "Keterangan"/);
    });

    test('a mapped column that is not there', async () => {
        await expect(importFiles([fixture('inventaris-aplikasi.csv')], catalog, { mapping: { columns: { owner: 'Perangkat Daerah' } } }))
            .rejects.toMatchObject({ where: { file: 'inventaris-aplikasi.csv', row: 1 }, message: expect.stringContaining('no column "Perangkat Daerah" (the mapping\'s owner column)') });
    });

    test('a file that is not what its extension says', async () => {
        expect(await failure(fixture('bad/bukan-xlsx.xlsx'))).toBe('bad/bukan-xlsx.xlsx: is named as an XLSX workbook but is plain text (CSV?); if it is a CSV file, give it the .csv extension');
        expect(await failure({ name: 'aplikasi.csv', bytes: fixture('inventaris-spbe.xlsx').bytes }))
            .toBe('aplikasi.csv: is named as a CSV file but is a ZIP archive (an XLSX workbook?); if it is a workbook, give it the .xlsx extension');
        expect(await failure(fixture('bad/bukan-archimate.xml'))).toMatch(/^bad\/bukan-archimate\.xml: not an ArchiMate Open Exchange file \(its root element is <workbook>/);
        expect(await failure(text('model.xml', '<?xml version="1.0"?>\n<model><elements>\n</model>'))).toMatch(/^model\.xml: not well-formed XML at line 3, column \d+/);
        expect(await failure(text('model.archimate', '<?xml version="1.0"?><archimate:model xmlns:archimate="http://www.archimatetool.com/archimate" name="x"/>')))
            .toMatch(/Archi's own \.archimate file.*Export > Model to Open Exchange File/);
        expect(await failure({ name: 'lama.xls', bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) })).toMatch(/^lama\.xls: cannot be imported: it is a binary file/);
    });
});
