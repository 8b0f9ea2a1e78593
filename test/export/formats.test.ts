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
import { exportJson, SCHEMA_VERSION } from '../../src/export/json.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportHtml } from '../../src/export/html.js';
import { exportMermaid } from '../../src/export/mermaid.js';
import { DOMAIN_SLUG, targetsText } from '../../src/export/common.js';
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

test('indicator targets say their rule set when they name one', () => {
    expect(targetsText([{ indicator: 11, targets: [{ year: 2023, level: 3 }] }, { indicator: 5, ruleSet: 'permenpanrb-8-2026', targets: [{ year: 2026, level: 3 }, { year: 2027, level: 4 }] }]))
        .toBe('11: 2023→3; 5 (permenpanrb-8-2026): 2026→3, 2027→4');
});

describe('CSV', () => {
    test('one table per domain plus the roadmap, each parsing back with one row per element', () => {
        const files = exportCsv(malang);
        expect(Object.keys(files).sort()).toEqual([...DOMAINS.map(d => `${DOMAIN_SLUG[d]}.csv`), 'peta-rencana.csv'].sort());
        for (const d of DOMAINS) {
            const rows = parseCsvRecords(files[`${DOMAIN_SLUG[d]}.csv`]);
            expect(rows[0].slice(0, 7)).toEqual(['Kode Referensi', 'Nama Referensi', 'ID', 'Nama', 'Deskripsi', 'Pemilik', 'Status']);
            expect(rows.slice(1).map(r => r[2])).toEqual(malang.elements.filter(e => e.domain === d).map(e => e.id));
            expect(rows.every(r => r.length === rows[0].length)).toBe(true);
        }
        const apps = byHeader(parseCsvRecords(files['aplikasi.csv']));
        expect(apps.find(a => a.ID === 'MalangMbois')).toMatchObject({
            'Kode Referensi': 'RAA.02.02', Pemilik: 'Dinas Komunikasi dan Informatika', Platform: 'Android; iOS; web',
            Integrasi: 'SP4N-LAPOR! (melalui Sistem Penghubung Layanan Pemerintah Kota Malang); PDKTSAM (melalui Sistem Penghubung Layanan Pemerintah Kota Malang)' });
        const roadmap = byHeader(parseCsvRecords(files['peta-rencana.csv']));
        expect(parseCsvRecords(files['peta-rencana.csv'])[0]).toEqual(ROADMAP_HEADER);
        expect(roadmap).toHaveLength(malang.roadmap.initiatives.length);
        expect(roadmap.find(r => r.ID === 'PembangunanSplp')).toMatchObject({
            Muatan: 'infrastruktur', 'Tahun Mulai': '2024', 'Tahun Selesai': '2025', Pelaksana: 'Dinas Komunikasi dan Informatika',
            'Anggaran (Rp)': '900000000', 'Target Indikator': '18: 2024→3, 2025→4', Mewujudkan: 'Sistem Penghubung Layanan Pemerintah Kota Malang', Setelah: 'KoneksiJip' });
    });

    test('commas, quotes and line breaks round-trip; formulas are defused', () => {
        const files = exportCsv(tricky);
        const proses = byHeader(parseCsvRecords(files['proses-bisnis.csv']));
        expect(proses[0]).toMatchObject({ Nama: 'Proses: satu; dua # tiga %% empat', Deskripsi: 'baris satu\nbaris dua, dengan "kutip"', Pemilik: 'Dinas <b>Kominfo</b>, "TI"' });
        expect(files['proses-bisnis.csv']).toContain('"baris satu\nbaris dua, dengan ""kutip"""');
        const data = byHeader(parseCsvRecords(files['data.csv']));
        expect(data[0].Nama).toBe("'=SUM(A1:A2)");
        const roadmap = byHeader(parseCsvRecords(files['peta-rencana.csv']));
        expect(roadmap.map(r => r.Inisiatif)).toEqual(['title: Inisiatif # satu; dua', 'Kedua, dengan koma']);
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
        expect(top).toEqual(['1. Pendahuluan', '2. Referensi Arsitektur', '3. Arsitektur Saat Ini (As-Is)', '4. Arsitektur Target (To-Be)',
            '5. Analisis Kesenjangan', '6. Peta Rencana SPBE', '7. Indeks SPBE']);
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
        expect(md).toMatch(/\| 2023 \| permenpanrb-59-2020 \| 3\.82 \| Sangat Baik \|/);
    });

    test('model text cannot inject markup; diagrams are linked when given', () => {
        const md = exportMarkdown(tricky, { diagrams: { architecture: { href: 'arsitektur (1).svg' } } });
        expect(md).not.toContain('<script>');
        expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
        expect(md).toContain('section Layanan \\| pipa \\*tebal\\* \\[tautan\\](x)');
        expect(md).toContain('![Gambar 1. Arsitektur SPBE](arsitektur%20%281%29.svg)');
        // every table row has as many cells as its header
        for (const table of md.split('\n\n').filter(b => b.startsWith('| '))) {
            const counts = table.split('\n').map(l => l.split(/(?<!\\)\|/).length);
            expect(new Set(counts).size, table).toBe(1);
        }
    });
});

const MARKER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><marker id="arrow"/><path marker-end="url(#arrow)"/></svg>';

describe('HTML document', () => {
    test('a standalone page with the sections, the escaped text and the inline diagrams', () => {
        const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
        const html = exportHtml(tricky, { diagrams: { architecture: { svg }, roadmap: { svg } } });
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).not.toMatch(/<script/i);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('Pemkab &lt;Uji&gt; &amp; &quot;Coba&quot; ]]&gt; &#39;x&#39;');
        expect(html.match(/<svg /g)).toHaveLength(2);
        // two diagrams that define the same marker id do not clash on one page
        const twin = exportHtml(tricky, { diagrams: { architecture: { svg: MARKER_SVG }, targetArchitecture: { svg: MARKER_SVG } } });
        expect(twin).toContain('<marker id="fig1-arrow"/><path marker-end="url(#fig1-arrow)"/>');
        expect(twin).toContain('<marker id="fig2-arrow"/><path marker-end="url(#fig2-arrow)"/>');
        expect(html).not.toContain('<?xml');
        for (const id of ['pendahuluan', 'referensi', 'arsitektur-saat-ini', 'arsitektur-target', 'analisis-kesenjangan', 'peta-rencana']) {
            expect(html).toContain(`<section id="${id}">`);
        }
        expect(exportHtml(malang, { lang: 'en' })).toContain('<h2>5. Gap analysis</h2>');
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
