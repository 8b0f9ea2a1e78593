// The output name's extension and the format agree: `-o arsitektur.jpg` used to get SVG. A known extension
// decides the format when --format is not given; a disagreeing one is a one-line usage error (exit 2).
// Also the PNG pixel budget, seen from the CLI: a view too large for it is scaled down with a note.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { expectUsageError, spbe } from '../helpers/cli.js';
import { CHECK_FORMATS, EXPORT_FORMAT_FILES, outputFormat, RENDER_FORMATS } from '../../src/cli/output-format.js';

const MINIMAL = path.join(ROOT, 'examples', 'minimal.spbe');

describe('outputFormat', () => {
    const format = (table: typeof RENDER_FORMATS, requested: string | undefined, output: string | undefined, fallback?: string) => {
        try {
            return outputFormat('spbe x', table, requested, output, fallback);
        } catch (err) {
            return `error: ${(err as Error).message}`;
        }
    };

    test('a known extension implies the format, in any case; no extension or no output falls back', () => {
        expect(format(RENDER_FORMATS, undefined, 'peta.PNG', 'svg')).toBe('png');
        expect(format(RENDER_FORMATS, undefined, 'dir.v2/peta', 'svg')).toBe('svg');
        expect(format(RENDER_FORMATS, undefined, undefined, 'svg')).toBe('svg');
        expect(format(CHECK_FORMATS, undefined, 'laporan.json', 'text')).toBe('json');
        expect(format(CHECK_FORMATS, undefined, 'laporan.log', 'text')).toBe('text');
        expect(format(EXPORT_FORMAT_FILES, undefined, 'dokumen.markdown')).toBe('markdown');
        expect(format(EXPORT_FORMAT_FILES, undefined, 'tabel')).toBeUndefined();
    });

    test('a given format accepts its own extensions and a name without one', () => {
        expect(format(RENDER_FORMATS, 'png', 'a.png')).toBe('png');
        expect(format(EXPORT_FORMAT_FILES, 'html', 'a.htm')).toBe('html');
        expect(format(EXPORT_FORMAT_FILES, 'csv', 'tabel-2025.06/')).toBe('csv');
        expect(format(CHECK_FORMATS, 'json', 'report')).toBe('json');
    });

    test('disagreement names the output, the format and what to do', () => {
        expect(format(RENDER_FORMATS, 'svg', 'a.png')).toBe('error: a.png: --format svg writes .svg files, not .png; use --format png for a .png file, or name the output .svg');
        expect(format(RENDER_FORMATS, undefined, 'arsitektur.jpg')).toBe('error: arsitektur.jpg: spbe x has no format that writes .jpg files; its formats are svg (.svg) or png (.png): name the output with one of these extensions');
        expect(format(EXPORT_FORMAT_FILES, 'markdown', 'doc.json')).toMatch(/^error: doc\.json: --format markdown writes \.md or \.markdown files, not \.json; use --format json/);
        expect(format(EXPORT_FORMAT_FILES, 'csv', 'tabel.csv')).toBe('error: tabel.csv: --format csv writes a folder of files; give -o a folder name without the .csv extension');
        expect(format(CHECK_FORMATS, undefined, 'model.spbe')).toMatch(/^error: model\.spbe: spbe x has no format that writes \.spbe files/);
    });
});

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-format-'));
    // 80 elements of one domain, all at once (--all-elements): a view wrapped to within 3:1, about 1,600 units wide,
    // which at --scale 8 is over the 40-megapixel budget.
    fs.mkdirSync(path.join(dir, 'wide'));
    fs.writeFileSync(path.join(dir, 'wide', 'm.spbe'), ['unit U "U"', ...Array.from({ length: 80 },
        (_, i) => `infrastruktur I${i} "Pusat data ${i}" { kategori pusat-data pengelola instansi }`)].join('\n'));
    fs.mkdirSync(path.join(dir, 'out'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI', { timeout: 120_000 }, () => {
    test('refuses a name that disagrees with the format, before reading the model, and writes nothing', async () => {
        const runs = await Promise.all([
            spbe(['render', MINIMAL, '--view', 'arsitektur', '-o', 'arsitektur.jpg'], { cwd: dir }),
            spbe(['render', MINIMAL, '--view', 'arsitektur', '--format', 'svg', '-o', 'a.png'], { cwd: dir }),
            spbe(['export', MINIMAL, '--format', 'markdown', '-o', 'doc.json'], { cwd: dir }),
            spbe(['check', MINIMAL, '--format', 'text', '-o', 'report.json'], { cwd: dir }),
            spbe(['index', MINIMAL, '-o', 'laporan.spbe'], { cwd: dir }),
        ]);
        expectUsageError(runs[0], /^spbe: arsitektur\.jpg: spbe render has no format that writes \.jpg files; its formats are svg \(\.svg\) or png \(\.png\)/);
        expectUsageError(runs[1], /^spbe: a\.png: --format svg writes \.svg files, not \.png; use --format png/);
        expectUsageError(runs[2], /^spbe: doc\.json: --format markdown writes \.md or \.markdown files, not \.json/);
        expectUsageError(runs[3], /^spbe: report\.json: --format text writes \.txt or \.log files, not \.json/);
        expectUsageError(runs[4], /^spbe: laporan\.spbe: spbe index has no format that writes \.spbe files/);
        expect(fs.readdirSync(dir).sort()).toEqual(['out', 'wide']);
    });

    test('takes the format from the extension: check -o .json, export -o .json, render -o .png (scaled down to the pixel budget, with a note)', async () => {
        const out = (name: string) => path.join(dir, 'out', name);
        const [check, exported, png] = await Promise.all([
            spbe(['check', MINIMAL, '-o', out('laporan.json')]),
            spbe(['export', MINIMAL, '-o', out('model.json')]),
            spbe(['render', path.join(dir, 'wide'), '--view', 'arsitektur', '--all-elements', '--scale', '8', '-o', out('lebar.png')]),
        ]);
        expect(check.code, check.stderr).toBe(0);
        expect(JSON.parse(fs.readFileSync(out('laporan.json'), 'utf8')).summary.files).toBe(1);
        expect(exported.code, exported.stderr).toBe(0);
        expect(JSON.parse(fs.readFileSync(out('model.json'), 'utf8')).agency.id).toBe('Contoh');
        expect(png.code, png.stderr).toBe(0);
        const bytes = fs.readFileSync(out('lebar.png'));
        expect(bytes.toString('latin1', 1, 4)).toBe('PNG');
        const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
        expect(width * height).toBeLessThanOrEqual(40_000_000);
        expect(width * height).toBeGreaterThan(30_000_000);
        const n = (v: number) => v.toLocaleString('en-US');
        const note = /^spbe render: note: at scale 8 the PNG would be ([\d,]+) × ([\d,]+) px; scaled down to [0-7]\.\d\d \(([\d,]+) × ([\d,]+) px\) to stay within 16,384 px a side and 40 megapixels\n$/.exec(png.stderr);
        expect(note, png.stderr).not.toBeNull();
        const [wouldW, wouldH] = [Number(note![1].replace(/,/g, '')), Number(note![2].replace(/,/g, ''))];
        expect(wouldW * wouldH).toBeGreaterThan(40_000_000);
        expect([note![3], note![4]]).toEqual([n(width), n(height)]);
    });
});
