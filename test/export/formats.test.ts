import { beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { buildFiles, createTestServices, readExample, ROOT } from '../helpers/services.js';
import { parseCsvRecords } from '../helpers/csv.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import type { SemanticModel } from '../../src/model/types.js';
import { DOMAINS } from '../../src/model/types.js';
import { exportCsv, ROADMAP_HEADER } from '../../src/export/csv.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { inventoryTables } from '../../src/export/tables.js';
import { exportJson, SCHEMA_VERSION } from '../../src/export/json.js';
import { exportMarkdown, mdText } from '../../src/export/markdown.js';
import { exportHtml } from '../../src/export/html.js';
import { exportMermaid } from '../../src/export/mermaid.js';
import { DOMAIN_SLUG } from '../../src/export/common.js';
import { TRICKY } from './tricky.js';

let services: SpbeServices;
let malang: SemanticModel;
let tricky: SemanticModel;

beforeAll(async () => {
    services = await createTestServices();
    malang = (await buildFiles(services, readExample('kota-malang'))).model;
    tricky = (await buildFiles(services, { 't.spbe': TRICKY })).model;
});

const byHeader = (rows: string[][]) => rows.slice(1).map(r => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));

describe('CSV', () => {
    const TABLES = ['unit-organisasi', ...DOMAINS.map(d => DOMAIN_SLUG[d]), 'peta-rencana', 'tonggak', 'penilaian'];

    test('a table per domain plus units, roadmap, milestones and assessments, each parsing back with one row per item', () => {
        const files = exportCsv(malang);
        expect(Object.keys(files)).toEqual(TABLES.map(t => `${t}.csv`));
        for (const d of DOMAINS) {
            const rows = parseCsvRecords(files[`${DOMAIN_SLUG[d]}.csv`]);
            expect(rows[0].slice(0, 12)).toEqual(['Instansi', 'Periode Mulai', 'Periode Selesai', 'Kode Referensi', 'Nama Referensi', 'ID', 'Nama', 'Deskripsi', 'Pemilik', 'Status', 'Tahun Mulai', 'Tahun Dihentikan']);
            expect(rows.slice(1).map(r => r[5])).toEqual(malang.elements.filter(e => e.domain === d).map(e => e.id));
            expect(rows.every(r => r.length === rows[0].length)).toBe(true);
            expect(rows.slice(1).every(r => r[0] === 'Pemerintah Kota Malang' && r[1] === '2023' && r[2] === '2027')).toBe(true);
        }
        const apps = byHeader(parseCsvRecords(files['aplikasi.csv']));
        expect(apps.find(a => a.ID === 'MalangMbois')).toMatchObject({
            'Kode Referensi': 'RAA.02.02', Pemilik: 'Dinas Komunikasi dan Informatika', Platform: 'Android; iOS; web',
            Integrasi: 'SP4N-LAPOR! (melalui Sistem Penghubung Layanan Pemerintah Kota Malang); PDKTSAM (melalui Sistem Penghubung Layanan Pemerintah Kota Malang)' });
        // The roadmap's years: SPLP is built by PembangunanSplp (2024-2025), the server room retired by MigrasiPdn (2026-2027).
        const infra = byHeader(parseCsvRecords(files['infrastruktur.csv']));
        expect(infra.find(r => r.ID === 'SplpMalang')).toMatchObject({ 'Tahun Mulai': '2025', 'Tahun Dihentikan': '' });
        expect(infra.find(r => r.ID === 'PusatDataKota')).toMatchObject({ 'Tahun Mulai': '', 'Tahun Dihentikan': '2027' });
        const roadmapRows = parseCsvRecords(files['peta-rencana.csv']);
        expect(roadmapRows[0]).toEqual(['Instansi', 'Periode Mulai', 'Periode Selesai', ...ROADMAP_HEADER]);
        const roadmap = byHeader(roadmapRows);
        expect(roadmap).toHaveLength(malang.roadmap.initiatives.length);
        expect(roadmap.find(r => r.ID === 'PembangunanSplp')).toMatchObject({
            Muatan: 'infrastruktur', 'Tahun Mulai': '2024', 'Tahun Selesai': '2025', Pelaksana: 'Dinas Komunikasi dan Informatika',
            'Anggaran (Rp)': '900000000', 'Target Indikator': '18: 2024→3, 2025→4', Mewujudkan: 'Sistem Penghubung Layanan Pemerintah Kota Malang', Setelah: 'KoneksiJip' });
        const units = byHeader(parseCsvRecords(files['unit-organisasi.csv']));
        expect(units.map(u => u.ID)).toEqual(malang.units.map(u => u.id));
        expect(units.find(u => u.ID === 'BagianPbj')).toMatchObject({ Jenis: 'unit-kerja', Induk: 'Sekretariat Daerah' });
        const milestones = byHeader(parseCsvRecords(files['tonggak.csv']));
        expect(milestones.find(m => m.ID === 'DigitalGovernmentAward')).toMatchObject({ Tahun: '2024', Bulan: '5' });
        const assessed = byHeader(parseCsvRecords(files['penilaian.csv']));
        expect(assessed).toHaveLength(malang.assessments.reduce((n, a) => n + a.values.length, 0));
        expect(assessed.find(r => r.Tahun === '2023' && r.Indikator === '11')).toMatchObject({
            Instansi: 'Pemerintah Kota Malang', 'Aturan Indeks': 'permenpanrb-59-2020', 'Nama Indikator': expect.stringMatching(/Arsitektur/) });
    });

    test('UTF-8 with a byte-order mark, ";" by default and "," on request, CRLF line ends', () => {
        const semicolon = exportCsv(malang)['peta-rencana.csv'];
        const comma = exportCsv(malang, { separator: ',' })['peta-rencana.csv'];
        for (const text of [semicolon, comma]) {
            expect(text.charCodeAt(0)).toBe(0xfeff);
            expect(text.split('\r\n').length).toBe(malang.roadmap.initiatives.length + 2);
        }
        expect(semicolon.split('\r\n')[0]).toBe('\uFEFFInstansi;Periode Mulai;Periode Selesai;Muatan;ID;Inisiatif;Program;Kegiatan;Nomenklatur;Tahun Mulai;Tahun Selesai;Pelaksana;Anggaran (Rp);Status;Target Indikator;Mewujudkan;Mengubah;Menghentikan;Setelah;Deskripsi');
        expect(parseCsvRecords(comma, ',')).toEqual(parseCsvRecords(semicolon, ';'));
        // "→" survives as UTF-8 bytes after the BOM.
        expect(Buffer.from(semicolon, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect(semicolon).toContain('2024→3');
    });

    test('separators, quotes and line breaks round-trip; formulas are defused', () => {
        for (const separator of [';', ','] as const) {
            const files = exportCsv(tricky, { separator });
            const proses = byHeader(parseCsvRecords(files['proses-bisnis.csv'], separator));
            expect(proses[0]).toMatchObject({ Nama: 'Proses: satu; dua # tiga %% empat', Deskripsi: 'baris satu\nbaris dua, dengan "kutip"', Pemilik: 'Dinas <b>Kominfo</b>, "TI"' });
            expect(files['proses-bisnis.csv']).toContain('"baris satu\nbaris dua, dengan ""kutip"""');
            const data = byHeader(parseCsvRecords(files['data.csv'], separator));
            expect(data[0].Nama).toBe("'=SUM(A1:A2)");
            const roadmap = byHeader(parseCsvRecords(files['peta-rencana.csv'], separator));
            expect(roadmap.map(r => r.Inisiatif)).toEqual(['title: Inisiatif # satu; dua', 'Kedua, dengan koma']);
        }
    });
});

describe('XLSX', () => {
    test('one sheet per table with the same cells as the CSV, headers frozen, numbers as numbers, formulas as text', async () => {
        const ExcelJS = (await import('exceljs')).default;
        for (const model of [malang, tricky]) {
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(Buffer.from(await exportXlsx(model)) as unknown as ArrayBuffer);
            const tables = inventoryTables(model);
            expect(workbook.worksheets.map(w => w.name)).toEqual(tables.map(t => t.name));
            const csv = exportCsv(model);
            for (const t of tables) {
                const sheet = workbook.getWorksheet(t.name)!;
                expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
                expect(sheet.getRow(1).font?.bold).toBe(true);
                const cells: string[][] = [];
                sheet.eachRow({ includeEmpty: true }, row => {
                    cells.push(t.header.map((_, i) => {
                        const v = row.getCell(i + 1).value;
                        return v === null || v === undefined ? '' : String(v);
                    }));
                });
                // The same table as the CSV, except that the workbook needs no formula guard and cannot hold control characters.
                const fromCsv = parseCsvRecords(csv[`${t.name}.csv`]).map(r => r.map(c => c.replace(/^'([=+\-@])/, '$1')
                    // eslint-disable-next-line no-control-regex
                    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')));
                expect(cells).toEqual(fromCsv);
            }
        }
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await exportXlsx(malang)) as unknown as ArrayBuffer);
        const roadmap = workbook.getWorksheet('peta-rencana')!;
        const header = roadmap.getRow(1).values as unknown[];
        const splp = roadmap.getRows(2, roadmap.rowCount - 1)!.find(r => r.getCell(header.indexOf('ID')).value === 'PembangunanSplp')!;
        expect([splp.getCell(header.indexOf('Anggaran (Rp)')).value, splp.getCell(header.indexOf('Tahun Mulai')).value]).toEqual([900000000, 2024]);
        const trickyBook = new ExcelJS.Workbook();
        await trickyBook.xlsx.load(Buffer.from(await exportXlsx(tricky)) as unknown as ArrayBuffer);
        const nameCell = trickyBook.getWorksheet('data')!.getRow(2).getCell(7);
        expect([nameCell.value, nameCell.type]).toEqual(['=SUM(A1:A2)', ExcelJS.ValueType.String]);
    });
});

describe('JSON', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/model.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

    test('the Kota Malang export is valid under docs/model.schema.json and carries its schema version', () => {
        const doc = JSON.parse(exportJson(malang, { relativeTo: 'file:///ws/' }));
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
        expect(schema.properties.schemaVersion.pattern).toBe('^1\\.[0-9]+$');
        expect(doc.elements).toHaveLength(malang.elements.length);
        expect(doc.assessments.map((a: { year: number }) => a.year)).toEqual([2022, 2023]);
        expect(doc.files).toContain('penilaian.spbe');
        expect(doc.elements[0].source.uri).not.toMatch(/^file:/);
    });

    test('the tricky model is valid and its text survives', () => {
        const doc = JSON.parse(exportJson(tricky));
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(doc.agency.name).toBe(`Pemkab <Uji> & "Coba" ]]> 'x'`);
    });

    test('the schema rejects what it must: an unknown domain, a missing field, an extra field', () => {
        const doc = JSON.parse(exportJson(malang));
        doc.elements[0].domain = 'bisnis';
        expect(validate(doc)).toBe(false);
        const missing = JSON.parse(exportJson(malang));
        delete missing.roadmap.initiatives[0].indicatorTargets;
        expect(validate(missing)).toBe(false);
        const extra = JSON.parse(exportJson(malang));
        extra.relations[0].weight = 3;
        expect(validate(extra)).toBe(false);
    });
});

describe('Markdown document', () => {
    test('has the sections of an architecture document, in order, with every domain and muatan', () => {
        const md = exportMarkdown(malang);
        const headings = md.split('\n').filter(l => /^#{1,6} /.test(l));
        const top = headings.filter(h => h.startsWith('## ')).map(h => h.slice(3));
        expect(top).toEqual(['Daftar Isi', '1. Pendahuluan', '2. Referensi Arsitektur', '3. Arsitektur Saat Ini (As-Is)', '4. Arsitektur Target (To-Be)',
            '5. Analisis Kesenjangan', '6. Peta Rencana SPBE', '7. Indeks SPBE', '8. Tampilan Arsitektur dan Peta Rencana']);
        expect(headings).toContain('### 1.1 Dasar Hukum');
        for (const d of ['Layanan', 'Proses Bisnis', 'Data dan Informasi', 'Aplikasi', 'Infrastruktur', 'Keamanan']) {
            expect(headings).toContain(`### 3.${headings.filter(h => h.startsWith('### 3.')).findIndex(h => h.endsWith(d)) + 1} ${d}`);
            expect(headings.some(h => h.startsWith('### 4.') && h.endsWith(d))).toBe(true);
        }
        expect(headings.filter(h => h.startsWith('### 6.'))).toHaveLength(7);
        expect(md).toContain('Keputusan Wali Kota Malang Nomor 195 Tahun 2023 tentang Arsitektur SPBE');
        // gap analysis: the service bus is new, the city server room is retired by MigrasiPdn
        expect(md).toMatch(/\| Infrastruktur \| Ruang Server Diskominfo Kota Malang \| dihentikan \| Migrasi aplikasi ke Pusat Data Nasional \| 2026–2027 \|/);
        // the to-be tables leave the retired server room out, the as-is ones keep it
        const toBe = md.slice(md.indexOf('## 4.'), md.indexOf('## 5.'));
        const row = /^\| +\| Ruang Server Diskominfo Kota Malang \|/m;
        expect(toBe).not.toMatch(row);
        expect(md.slice(md.indexOf('## 3.'), md.indexOf('## 4.'))).toMatch(row);
    });

    test('opens with a cover (agency, period, legal basis, approval block) and a table of contents that links every section', () => {
        const md = exportMarkdown(malang);
        const cover = md.slice(0, md.indexOf('## Daftar Isi'));
        expect(cover).toContain('# Arsitektur SPBE dan Peta Rencana SPBE');
        expect(cover).toContain('**Pemerintah Kota Malang**');
        expect(cover).toContain('Periode 2023–2027');
        expect(cover).toContain('- Arsitektur SPBE: Keputusan Wali Kota Malang Nomor 195 Tahun 2023 tentang Arsitektur SPBE');
        expect(cover).toContain('- Peta Rencana SPBE: Keputusan Wali Kota Malang Nomor 196 Tahun 2023 tentang Peta Rencana SPBE');
        expect(cover).toMatch(/\| Peran \| Nama dan jabatan \| Tanda tangan \| Tanggal \|\n.*\n\| Disusun oleh \| Tim Koordinasi SPBE \|   \|   \|/);
        expect(cover).toContain('| Disetujui oleh | Kepala Daerah |');
        const links = [...md.matchAll(/^ *- \[[^\]]+\]\(#([\w-]+)\)$/gm)].map(m => m[1]);
        const anchors = [...md.matchAll(/<a id="([\w-]+)"><\/a>/g)].map(m => m[1]);
        expect(links.length).toBeGreaterThan(25);
        expect(links).toEqual(anchors);
    });

    test('the index chapter: results with domain sub-indices, aspects, the projection; indicators named beside numbers', () => {
        const md = exportMarkdown(malang);
        const index = md.slice(md.indexOf('## 7.'));
        expect(index).toMatch(/\| Tahun \| Indeks \| Predikat \| [^|]+ \| [^|]+ \| [^|]+ \| [^|]+ \| Indikator dinilai \|/);
        expect(index).toMatch(/\| 2022 \| 2\.60 \| Baik \| 2\.50 \| 2\.50 \| 1\.55 \| 3\.07 \| 47\/47 \|/);
        expect(index).toMatch(/\| 2023 \| 3\.82 \| Sangat Baik \| 3\.50 \| 3\.70 \| 2\.91 \| 4\.31 \| 47\/47 \|/);
        expect(index).toContain('### 7.2 Aspek (penilaian 2023)');
        expect(index).toContain('### 7.3 Proyeksi');
        // 2024: indicator 12 (Peta Rencana SPBE) raised from 3 to 4 by the roadmap's targets, named.
        expect(index).toMatch(/\| 2024 \| 3\.96 \| Sangat Baik \| [^|]*12 [A-Z][^|:]+: 3→4/);
        // The roadmap tables name the indicators too.
        const roadmap = md.slice(md.indexOf('## 6.'), md.indexOf('## 7.'));
        expect(roadmap).toMatch(/18 [A-Z][^|:]+: 2024→3, 2025→4/);
        expect(roadmap).not.toMatch(/\| 18: 2024/);
    });

    test('chapter texts say what their tables show: the as-is chapter only active elements, the to-be one the end of the period', () => {
        const md = exportMarkdown(malang);
        const asIs = md.slice(md.indexOf('## 3.'), md.indexOf('## 4.'));
        expect(asIs).toContain('hanya memuat elemen aktif');
        for (const e of malang.elements.filter(x => x.status !== 'aktif')) expect(asIs, e.id).not.toContain(`| ${mdText(e.name)} |`);
        const toBe = md.slice(md.indexOf('## 4.'), md.indexOf('## 5.'));
        expect(toBe).toContain('akhir 2027');
        expect(exportMarkdown(malang, { lang: 'en' })).toContain('## 3. Current architecture (as-is)');
    });

    test('model text cannot inject markup; diagrams are linked when given and numbered in order', () => {
        const md = exportMarkdown(tricky, { diagrams: { asIs: { proses: [{ caption: 'Proses', diagram: { href: 'arsitektur (1).svg' } }] }, roadmap: [{ caption: 'Peta', diagram: { href: 'peta.svg' } }] } });
        expect(md).not.toContain('<script>');
        expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
        expect(md).toContain('section Layanan \\| pipa \\*tebal\\* \\[tautan\\](x)');
        expect(md).toContain('![Gambar 1. Proses](arsitektur%20%281%29.svg)');
        expect(md).toContain('![Gambar 2. Peta](peta.svg)');
        // every table row has as many cells as its header
        for (const table of md.split('\n\n').filter(b => b.startsWith('| '))) {
            const counts = table.trimEnd().split('\n').map(l => l.split(/(?<!\\)\|/).length);
            expect(new Set(counts).size, table).toBe(1);
        }
    });
});

const MARKER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><marker id="arrow"/><path marker-end="url(#arrow)"/><text font-size="10">x</text></svg>';

describe('HTML document', () => {
    test('a standalone page with a cover, contents, the sections, the escaped text and the inline diagrams', () => {
        const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
        const html = exportHtml(tricky, { diagrams: { asIs: { aplikasi: [{ caption: 'A', diagram: { svg } }] }, roadmap: [{ caption: 'B', diagram: { svg } }] } });
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('Pemkab &lt;Uji&gt; &amp; &quot;Coba&quot; ]]&gt; &#39;x&#39;');
        expect(html.match(/<svg /g)).toHaveLength(2);
        // two diagrams that define the same marker id do not clash on one page
        const twin = exportHtml(tricky, { diagrams: { asIs: { aplikasi: [{ caption: 'A', diagram: { svg: MARKER_SVG } }, { caption: 'B', diagram: { svg: MARKER_SVG } }] } } });
        expect(twin).toContain('<marker id="fig1-arrow"/><path marker-end="url(#fig1-arrow)"/>');
        expect(twin).toContain('<marker id="fig2-arrow"/><path marker-end="url(#fig2-arrow)"/>');
        expect(html).not.toContain('<?xml');
        for (const id of ['pendahuluan', 'referensi', 'arsitektur-saat-ini', 'arsitektur-target', 'analisis-kesenjangan', 'peta-rencana']) {
            expect(html).toContain(`<section id="${id}">`);
            expect(html).toContain(`<a href="#${id}">`);
        }
        expect(html).toContain('<header class="cover">');
        expect(exportHtml(malang, { lang: 'en' })).toContain('<h2>5. Gap analysis</h2>');
    });

    test('the print style: A4 pages numbered in the document language, rows kept whole, figures placed to stay legible', () => {
        const html = exportHtml(malang, { diagrams: { roadmap: [{ caption: 'wide', diagram: { svg: MARKER_SVG.replace('width="400"', 'width="900"') } }], asIs: { data: [{ caption: 'small', diagram: { svg: MARKER_SVG } }] } } });
        expect(html).toContain('@page{size:A4;');
        expect(html).toContain('@bottom-center{content:"Halaman" " " counter(page) " " "dari" " " counter(pages)');
        expect(exportHtml(malang, { lang: 'en' })).toContain('content:"Page" " " counter(page) " " "of" " " counter(pages)');
        expect(html).toMatch(/tr,figure,\.approval\{break-inside:avoid\}thead\{display:table-header-group\}/);
        // 900 px wide does not fit an upright page at a legible scale: landscape, full size.
        expect(html).toContain('<figure class="landscape"><div class="drawing" style="width:900px">');
        expect(html).toContain('<figure class="portrait"><div class="drawing" style="width:400px">');
    });

    test('model text in the print style cannot leave its CSS string or the style element', () => {
        const html = exportHtml(tricky);
        const style = html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'));
        expect(style).not.toContain('<');
        expect(style).toContain('Pemkab \\3c Uji\\3e  & \\22 Coba\\22  ]]\\3e  \'x\'');
    });
});

describe('Mermaid gantt', () => {
    // What Mermaid's gantt lexer reads after it has set entity codes (#58;) aside: a task is `name :data`, the
    // name without ':', the data without '#' or ';'.
    const TASK = /^ {4}([^:\n#;%]+) :((?:done|active|crit|milestone), )?([\w-]+), (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2}|0d)$/;
    const lexed = (line: string) => line.replace(/#\d+;/g, 'E');
    const decoded = (text: string) => text.replace(/#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

    test('one section per muatan in order, one bar per initiative with its years', () => {
        const text = exportMermaid(malang);
        const lines = text.trimEnd().split('\n');
        expect(lines.slice(0, 4)).toEqual(['gantt', '    title Peta Rencana SPBE Pemerintah Kota Malang', '    dateFormat YYYY-MM-DD', '    axisFormat %Y']);
        expect(lines.filter(l => l.startsWith('    section ')).map(l => l.slice(12))).toEqual([
            'Tata Kelola SPBE', 'Manajemen SPBE', 'Layanan SPBE', 'Infrastruktur SPBE', 'Aplikasi SPBE', 'Keamanan SPBE', 'Audit TIK', 'Tonggak']);
        const tasks = lines.slice(4).filter(l => !l.startsWith('    section '));
        for (const t of tasks) expect(lexed(t)).toMatch(TASK);
        expect(tasks.filter(t => !t.includes(':milestone'))).toHaveLength(malang.roadmap.initiatives.length);
        expect(text).toContain('    Migrasi aplikasi ke Pusat Data Nasional :MigrasiPdn, 2026-01-01, 2028-01-01');
        expect(text).toContain('    Penerapan Manajemen Data#58; Satu Data Malang :active, SatuDataMalang, 2023-01-01, 2025-01-01');
        expect(text).toContain('    Penetapan Peraturan Wali Kota tentang SPBE :done, PerwalSpbe, 2023-01-01, 2024-01-01');
        expect(text).toContain('    Digital Government Award :milestone, m-DigitalGovernmentAward, 2024-05-01, 0d');
    });

    test('separators and keywords in names are neutralised; tag-like ids renamed; cancelled items left out', () => {
        const text = exportMermaid(tricky);
        const lines = text.trimEnd().split('\n');
        expect(lines[1]).toBe('    title Peta Rencana SPBE Pemkab #60;Uji#62; #38; #34;Coba#34; ]]#62; \'x\'');
        expect(decoded(lines[1])).toBe('    title Peta Rencana SPBE Pemkab <Uji> & "Coba" ]]> \'x\'');
        const task = lines.find(l => l.includes('Inisiatif'))!;
        expect(lexed(task)).toMatch(TASK);
        expect(task).toBe('    #116;itle#58; Inisiatif #35; satu#59; dua :done_, 2025-01-01, 2027-01-01');
        expect(decoded(task.split(' :')[0].trim())).toBe('title: Inisiatif # satu; dua');
        // keyword-like text is never left at the start of a line
        expect(lines.slice(2).every(l => !/^ {4}(title|section) /.test(l) || /^ {4}(title Peta|section Aplikasi)/.test(l))).toBe(true);
        expect(text).not.toContain('Kedua, dengan koma');
        expect(lines[lines.length - 1]).toMatch(/^ {4}%% .*: Kedua$/);
    });
});
