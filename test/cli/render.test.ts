// spbe render end to end, as a child process: SVG and PNG files, determinism, reporting model errors
// while still drawing, usage errors, atomic output.
import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { tempDirs } from '../helpers/temp-dirs.js';
import { inProcess } from '../helpers/cli.js';
import { runRender } from '../../src/cli/render.js';

const BIN = path.join(ROOT, 'bin', 'spbe.js');
const MALANG = path.join(ROOT, 'examples', 'kota-malang');

function spbe(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise(resolve => {
        execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, SPBE_LANG: 'en' }, encoding: 'utf8', maxBuffer: 64 << 20 },
            (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
    });
}

const tmp = tempDirs('spbe-render-');
const svgSize = (svg: string) => { const m = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!; return [Number(m[1]), Number(m[2])]; };

// Each case starts Node processes that build the workspace: generous timeouts for a loaded CI machine. What is
// about the drawing only (a roadmap's size, --muatan, --drill, --help's text) runs the command's own function
// here: a child process adds nothing to it but its start-up and a cold ELK (3 s of CPU for a drill-down).
describe('spbe render', { timeout: 180_000 }, () => {
    test('writes the architecture as SVG and the roadmap as PNG of the SVG size times the scale', async () => {
        const dir = tmp();
        const svgFile = path.join(dir, 'sub', 'arsitektur.svg');
        const a = await spbe(['render', MALANG, '--view', 'arsitektur', '-o', svgFile]);
        expect(a).toMatchObject({ code: 0, stderr: '' });
        expect(a.stdout).toContain(svgFile);
        const svg = fs.readFileSync(svgFile, 'utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        // The default view: elements where they read, the rest (Kota Malang's applications among them) as groups.
        expect(svg).toContain('data-id="LayananPengaduan"');
        expect(svg).toContain('data-drill="aplikasi"');

        // The roadmap's SVG, for its size, from the command's own function in this process (the two runs
        // below print SVG to stdout from a child process).
        const roadSvg = await inProcess(() => runRender([MALANG, '--view', 'peta-rencana', '--today', '2025-06-30']));
        expect(roadSvg.code).toBe(0);
        const [w, h] = svgSize(roadSvg.stdout);
        const pngFile = path.join(dir, 'peta.png');
        const r = await spbe(['render', MALANG, '--view', 'peta-rencana', '--today', '2025-06-30', '--scale', '1.5', '-o', pngFile]);
        expect(r.code).toBe(0);
        const png = fs.readFileSync(pngFile);
        expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        expect(png.toString('latin1', 12, 16)).toBe('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(w * 1.5), Math.round(h * 1.5)]);
        expect(fs.readdirSync(dir).sort()).toEqual(['peta.png', 'sub']);   // no temp files left behind
    });

    test('two runs give byte-identical output; scoped options reach the renderer', async () => {
        const args = ['render', MALANG, '--view', 'arsitektur', '--focus', 'SplpMalang', '--depth', '2', '--tahun', '2025'];
        const [one, two] = await Promise.all([spbe(args), spbe(args)]);
        expect(one.code).toBe(0);
        expect(one.stdout).toBe(two.stdout);
        expect(one.stdout).toContain('fokus: SplpMalang (kedalaman 2)');
        expect(one.stdout).toMatch(/data-id="SplpMalang" data-kind="infrastruktur" data-status="aktif"/);
        const road = await inProcess(() => runRender([MALANG, '--view', 'peta-rencana', '--muatan', 'keamanan', '--today', 'none']));
        expect(road.stdout.match(/class="bar"/g)).toHaveLength(2);
        expect(road.stdout).not.toContain('hari-ini');
    });

    test('errors in the model are reported on stderr but what is valid is still drawn', async () => {
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'model.spbe'), [
            'instansi A "A" { periode 2025 - 2026 }',
            'unit U "U"',
            'aplikasi Baik "Aplikasi baik" { khusus pemilik U berjalan-di Dc }',
            'aplikasi Rusak "Aplikasi rusak" { khusus pemilik U berjalan-di TidakAda }',
            'infrastruktur Dc "DC" { kategori pusat-data pengelola instansi }',
        ].join('\n'));
        const out = path.join(dir, 'out', 'a.svg');   // outside the model folder: outputs never go among the inputs
        const r = await spbe(['render', path.join(dir, 'model.spbe'), '--view', 'arsitektur', '-o', out]);
        expect(r.code).toBe(0);
        expect(r.stderr).toMatch(/model\.spbe:4:\d+ error .*TidakAda/);
        expect(r.stderr).toContain('drawing what is valid');
        const svg = fs.readFileSync(out, 'utf8');
        expect(svg).toContain('data-id="Baik"');
        expect(svg).toMatch(/data-id="Rusak"[^>]*data-errors="[1-9]/);
    });

    test('usage errors exit 2 with a message and leave an existing output untouched', async () => {
        const dir = tmp();
        const out = path.join(dir, 'keep.svg');
        fs.writeFileSync(out, 'old');
        const cases: [string[], RegExp][] = [
            [['render', MALANG], /--view is required/],
            [['render', MALANG, '--view', 'peta'], /no view 'peta' in the model \(did you mean 'peta-rencana', .*\); the views are arsitektur, peta-rencana, /],
            [['render', MALANG, '--view', 'arsitektur', '--focus', 'Nope', '-o', out], /unknown element 'Nope'/],
            [['render', MALANG, '--view', 'peta-rencana', '--today', '30-06-2025', '-o', out], /YYYY-MM-DD/],
            [['render', MALANG, '--view', 'arsitektur', '--format', 'png'], /needs a file/],
            [['render', MALANG, '--view', 'arsitektur', '--muatan', 'keamanan'], /--muatan applies to --view peta-rencana/],
            [['render', MALANG, '--view', 'arsitektur', '--domain', 'apps'], /unknown domain 'apps'/],
            [['render', MALANG, '--view', 'arsitektur', '--depth', '2'], /--depth needs --focus/],
            [['render', MALANG, '--view', 'arsitektur', '--drill', 'aplikasi/Nope', '-o', out], /unknown group 'aplikasi\/Nope'.*'aplikasi\/Diskominfo'/],
            [['render', MALANG, '--view', 'peta-rencana', '--drill', 'aplikasi'], /--drill applies to --view arsitektur/],
            [['render', path.join(dir, 'missing'), '--view', 'arsitektur'], /no such file or folder/],
        ];
        const results = await Promise.all(cases.map(([args]) => spbe(args)));
        cases.forEach(([args, message], k) => {
            expect(results[k].code, args.join(' ')).toBe(2);
            expect(results[k].stderr, args.join(' ')).toMatch(message);
        });
        expect(fs.readFileSync(out, 'utf8')).toBe('old');
        expect(fs.readdirSync(dir)).toEqual(['keep.svg']);
    });

    test('--drill draws one group of the overview with the way back; --help names it', async () => {
        const r = await inProcess(() => runRender([MALANG, '--view', 'arsitektur', '--drill', 'aplikasi/Diskominfo']));
        expect(r.code).toBe(0);
        // Diskominfo's three applications, their neighbours around them, and a breadcrumb to the overview.
        const own = [...r.stdout.matchAll(/<g class="node" data-id="([^"]+)"([^>]*)>/g)].filter(m => !m[2].includes('data-context')).map(m => m[1]);
        expect(own.sort()).toEqual(['Lapor', 'MalangMbois', 'PortalSatuData']);
        expect(r.stdout).toContain('data-drill-level="aplikasi/Diskominfo"');
        expect(r.stdout).toMatch(/<g class="crumb" data-drill="">/);
        const help = await inProcess(() => runRender(['--help']));
        expect(help.stdout).toMatch(/--drill GROUP[^\n]*\n[^]*--all-elements/);
    });

    test('an output path that cannot be written is a clear error', async () => {
        const dir = tmp();
        fs.writeFileSync(path.join(dir, 'file'), 'x');
        const r = await spbe(['render', MALANG, '--view', 'arsitektur', '--focus', 'Sipd', '-o', path.join(dir, 'file', 'a.svg')]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/cannot (create folder|write)/);
    });
});
