import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from '../helpers/services.js';
import { runExport } from '../../src/cli/export.js';
import { inProcess } from '../helpers/cli.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { validateArchimate } from '../helpers/xmllint.js';
import { parseCsvRecords } from '../helpers/csv.js';

const EXAMPLE = path.join(ROOT, 'examples/kota-malang');

function spbe(args: string[], cwd = ROOT) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/spbe.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, SPBE_LANG: 'en' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('spbe index', { timeout: 180_000 }, () => {
    test('prints the table, the predicate, the projection under each rule set in force, and what is provisional, for Kota Malang', () => {
        const r = spbe(['index', EXAMPLE]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^2022 +2\.60 +Baik +2\.50 +2\.50 +1\.55 +3\.07 +47\/47$/m);
        expect(r.stdout).toMatch(/^2023 +3\.82 +Sangat Baik /m);
        expect(r.stdout).toContain("Projection from the roadmap's indicator targets (projected, not assessed; from the 2023 assessment):");
        expect(r.stdout).toMatch(/^ {2}2025 +4\.10 +Sangat Baik/m);
        // 8/2026 applies from 2026: no 59/2020 figures for 2026-2027, and no 8/2026 index from 3 of 20 indicators.
        expect(r.stdout).toContain('From 2026 the index is evaluated under Indeks Pemerintah Digital (PermenPANRB 8/2026), which replaces permenpanrb-59-2020');
        expect(r.stdout).toMatch(/^ {2}2026 +no index: 3 of 20 indicators have a level/m);
        expect(r.stdout).not.toMatch(/^ {2}202[67] +\d/m);
        expect(r.stdout).toMatch(/^ {2}permenpanrb-59-2020: weights of indicators 1–20 recalled; weights of indicators 21–31 secondary; predicate bands secondary$/m);
        // The example agrees with itself: no evidence note.
        expect(r.stdout).not.toContain('Evidence from the model');
    });

    test('--format json gives the same figures as data', () => {
        const r = spbe(['index', EXAMPLE, '--format', 'json']);
        expect(r.code).toBe(0);
        const report = JSON.parse(r.stdout);
        expect(report.results.map((x: { year: number; index: number; predicate: string }) => [x.year, x.index, x.predicate])).toEqual([[2022, 2.6, 'Baik'], [2023, 3.82, 'Sangat Baik']]);
        expect(report.projection.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025]);
        expect([report.projection.switchTo.ruleSet, report.projection.switchTo.years.map((y: { year: number }) => y.year)]).toEqual(['permenpanrb-8-2026', [2026, 2027]]);
        expect(report.caveats.map((c: { ruleSet: string }) => c.ruleSet)).toEqual(['permenpanrb-59-2020', 'permenpanrb-8-2026']);
    });

    test('--aturan picks the rule set; under 8/2026 only what the model supports: a mapped indicator carried, unmapped ones reported; an unknown rule set is a usage error', () => {
        const other = spbe(['index', EXAMPLE, '--aturan', 'permenpanrb-8-2026']);
        expect(other.code).toBe(0);
        expect(other.stdout).toContain('No self-assessment (penilaian) under this rule set yet.');
        expect(other.stdout).toContain('no assessment under it yet, so it starts in 2026 from the levels of permenpanrb-59-2020');
        // Mapped: 59/2020 no. 25 (Kompetensi SDM) is 8/2026 no. 3, with the mapping's status said.
        expect(other.stdout).toContain('permenpanrb-59-2020 25 → 3: level 3');
        expect(other.stdout).toContain('Targets of another rule set carried through the mapping (inferred (same subject by name)): permenpanrb-59-2020 25 → 3 (KompetensiSdm: 2026)');
        expect(other.stdout).toMatch(/^ {2}2026 +no index: 3 of 20 indicators have a level +3: 3→4 \(KompetensiSdm\)$/m);
        // Unmapped: 59/2020 no. 16 (Layanan Pusat Data) is reported, never read as 8/2026 no. 16 (Integrasi Aplikasi).
        expect(other.stdout).toContain('Targets not carried over (no documented counterpart in permenpanrb-8-2026): permenpanrb-59-2020 16 (MigrasiPdn: 2026, 2027)');
        expect(other.stdout).not.toMatch(/\b16: /);
        expect(other.stdout).not.toMatch(/^ {2}202\d +\d\.\d\d/m);
        expect(other.stdout).toContain('permenpanrb-8-2026: weights of indicators 1–20 secondary; predicate bands secondary');
        const bad = spbe(['index', EXAMPLE, '--aturan', 'nope']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("unknown rule set 'nope'. Known: permenpanrb-59-2020, permenpanrb-8-2026");
    });
});

describe('spbe export', { timeout: 180_000 }, () => {
    const tmp = tempDirs('spbe-export-');

    // One child process per format (each loads and builds the workspace), except the two documents: they lay
    // out some thirty diagrams, which in a fresh process is mostly ELK warming up (3-4 s of CPU each). They are
    // written here by the export command's own function (runExport, what `spbe export` runs after parsing its
    // arguments), into the same folder, with what it says on stderr; the process around it, its exit codes
    // and its arguments are what the other formats and the bad calls below test.
    const dir = tmp();
    const run = (format: string, file: string) => {
        const r = spbe(['export', EXAMPLE, '--format', format, '-o', path.join(dir, file)]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toContain(`wrote ${format}`);
        return fs.readFileSync(path.join(dir, file), 'utf8');
    };
    const runHere = async (format: 'markdown' | 'html', file: string) => {
        const r = await inProcess(() => runExport([EXAMPLE], { format, output: path.join(dir, file) }));
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toContain(`wrote ${format}`);
        return fs.readFileSync(path.join(dir, file), 'utf8');
    };

    test('archimate: validates against the XSD', () => {
        expect(validateArchimate(run('archimate', 'model.xml')).ok).toBe(true);
    });

    test('json: valid under the schema, source paths relative to the example folder', () => {
        const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/model.schema.json'), 'utf8'));
        const doc = JSON.parse(run('json', 'model.json'));
        expect(new Ajv({ strict: false }).validate(schema, doc)).toBe(true);
        expect(doc.files).toEqual(['aplikasi.spbe', 'data.spbe', 'infrastruktur.spbe', 'instansi.spbe', 'keamanan.spbe', 'layanan.spbe', 'penilaian.spbe', 'peta-rencana.spbe', 'proses-bisnis.spbe', 'tampilan.spbe']);
    });

    let figures: string[] = [];

    test('markdown: the document, with its diagrams (per domain, legible on A4) written as SVG files beside it', async () => {
        const md = await runHere('markdown', 'dokumen.md');
        expect(md).toContain('## 5. Analisis Kesenjangan');
        figures = [...md.matchAll(/\]\((dokumen-[\w-]+\.svg)\)/g)].map(m => m[1]);
        expect(figures.length).toBeGreaterThanOrEqual(10);
        for (const name of ['dokumen-arsitektur-infrastruktur.svg', 'dokumen-arsitektur-keamanan.svg', 'dokumen-arsitektur-target-infrastruktur.svg', 'dokumen-peta-rencana-1.svg']) expect(figures).toContain(name);
        // Each named view that shows something gets its diagram (in parts where it would be illegible on A4).
        expect(figures.some(f => /^dokumen-tampilan-RantaiPengaduan(-1)?\.svg$/.test(f))).toBe(true);
        expect(new Set(figures.filter(f => f.startsWith('dokumen-tampilan-')).map(f => f.replace(/-\d+\.svg$|\.svg$/, ''))).size).toBeGreaterThan(5);
        for (const name of figures) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    });

    test('html: one page with the same diagrams inline', async () => {
        const html = await runHere('html', 'dokumen.html');
        expect(html).toContain('<html lang="id">');
        expect(html.match(/<svg /g)).toHaveLength(figures.length);
    });

    test('mermaid: a gantt chart; and nothing but the outputs is left in the folder (no temp files)', () => {
        expect(run('mermaid', 'roadmap.mmd').startsWith('gantt\n')).toBe(true);
        expect(fs.readdirSync(dir).sort()).toEqual([...figures, 'dokumen.html', 'dokumen.md', 'model.json', 'model.xml', 'roadmap.mmd'].sort());
    });

    test('xlsx: a workbook of the inventory tables, read back with exceljs', async () => {
        const file = path.join(tmp(), 'inventaris.xlsx');
        const r = spbe(['export', EXAMPLE, '-o', file]);
        expect(r.code, r.stderr).toBe(0);
        const ExcelJS = (await import('exceljs')).default;
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        expect(workbook.worksheets.map(w => w.name)).toEqual(['unit-organisasi', 'layanan', 'proses-bisnis', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'peta-rencana', 'tonggak', 'penilaian']);
        expect(workbook.getWorksheet('peta-rencana')!.rowCount).toBe(1 + 19);   // header + 19 initiatives
    });

    test('csv writes its tables into a folder, replacing only the files it names and keeping any other', () => {
        const dir = tmp();
        const out = path.join(dir, 'csv');
        fs.mkdirSync(out);
        fs.writeFileSync(path.join(out, 'data.csv'), 'old');
        fs.writeFileSync(path.join(out, 'catatan.txt'), 'the user\'s own notes');
        const r = spbe(['export', EXAMPLE, '--format', 'csv', '-o', out]);
        expect(r.code, r.stderr).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(['aplikasi.csv', 'catatan.txt', 'data.csv', 'infrastruktur.csv', 'keamanan.csv', 'layanan.csv', 'penilaian.csv', 'peta-rencana.csv', 'proses-bisnis.csv', 'tonggak.csv', 'unit-organisasi.csv']);
        expect(fs.readFileSync(path.join(out, 'catatan.txt'), 'utf8')).toBe('the user\'s own notes');
        expect(fs.readFileSync(path.join(out, 'data.csv'), 'utf8')).not.toBe('old');
        expect(parseCsvRecords(fs.readFileSync(path.join(out, 'peta-rencana.csv'), 'utf8'))).toHaveLength(1 + 19);   // header + 19 initiatives
        expect(fs.readdirSync(dir)).toEqual(['csv']);
        // --separator , for tools and locales that split on commas.
        const comma = spbe(['export', EXAMPLE, '--format', 'csv', '--separator', ',', '-o', out]);
        expect(comma.code, comma.stderr).toBe(0);
        expect(parseCsvRecords(fs.readFileSync(path.join(out, 'peta-rencana.csv'), 'utf8'), ',')).toHaveLength(1 + 19);
    });

    test('bad calls are usage errors (exit 2) that say what to do, and write nothing', () => {
        const dir = tmp();
        const noFormat = spbe(['export', EXAMPLE, '-o', path.join(dir, 'x')]);
        expect([noFormat.code, noFormat.stderr.trim()]).toEqual([2, 'spbe: export needs --format archimate|csv|xlsx|markdown|html|json|mermaid, or an -o name whose extension implies one (.xml, .xlsx, .md, .html, .json, .mmd)']);
        const badSeparator = spbe(['export', EXAMPLE, '--format', 'csv', '--separator', 'tab', '-o', path.join(dir, 'csv')]);
        expect([badSeparator.code, badSeparator.stderr.trim()]).toEqual([2, "spbe: --separator must be ';' or ',', not 'tab'"]);
        const badFormat = spbe(['export', EXAMPLE, '--format', 'pdf', '-o', path.join(dir, 'x')]);
        expect(badFormat.stderr).toContain("not 'pdf'");
        const noOut = spbe(['export', EXAMPLE, '--format', 'json']);
        expect([noOut.code, noOut.stderr.trim()]).toEqual([2, 'spbe: export needs -o PATH (a file; a folder for csv)']);
        const noFolder = spbe(['export', EXAMPLE, '--format', 'json', '-o', path.join(dir, 'missing', 'x.json')]);
        expect(noFolder.code).toBe(2);
        expect(noFolder.stderr).toContain('cannot write output (its folder does not exist)');
        fs.writeFileSync(path.join(dir, 'file'), 'x');
        const notFolder = spbe(['export', EXAMPLE, '--format', 'csv', '-o', path.join(dir, 'file')]);
        expect(notFolder.stderr).toContain('exists and is not a folder');
        expect(fs.readdirSync(dir)).toEqual(['file']);
    });
});
