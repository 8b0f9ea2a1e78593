// spbe import as a process: one spawn per behaviour (the library code is tested in test/import).
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';

const FIXTURES = path.join(ROOT, 'test/import/fixtures');

function spbe(args: string[], cwd = ROOT) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/spbe.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, SPBE_LANG: 'en' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-import-'));

describe('spbe import', { timeout: 120_000 }, () => {
    test('writes a new folder of .spbe files that spbe check passes, and a report', () => {
        const dir = temp();
        const out = path.join(dir, 'model');
        const r = spbe(['import', 'inventaris-spbe.xlsx', 'inventaris-aplikasi.csv', '-o', out], FIXTURES);
        expect(r.code).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(['aplikasi.spbe', 'data.spbe', 'instansi.spbe', 'laporan-impor.md', 'layanan.spbe']);
        expect(r.stderr).toContain('inventaris-aplikasi.csv:6: warning: "e-Perizinan": unknown reference code RAA.02.99');
        expect(r.stderr).toContain('inventaris-spbe.xlsx[Aplikasi]:10: warning: "SIMPEG Daerah" has the same name as row 7');
        expect(r.stderr).toMatch(/checked: 0 errors, \d+ warnings about the architecture/);
        expect(fs.readFileSync(path.join(out, 'laporan-impor.md'), 'utf8')).toContain('`inventaris-aplikasi.csv:10` | the row has no name; skipped |');
        const check = spbe(['check', out]);
        expect(check.stdout).toMatch(/0 errors/);
        expect(check.code).toBe(0);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    test('never writes into a folder that has files: exit 2, one line, nothing touched', () => {
        const dir = temp();
        fs.writeFileSync(path.join(dir, 'aplikasi.spbe'), '// mine\n');
        const r = spbe(['import', path.join(FIXTURES, 'archi-sukamaju.xml'), '-o', dir]);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain('exists and is not empty; import writes into a new folder and never over existing files');
        expect(fs.readdirSync(dir)).toEqual(['aplikasi.spbe']);
        expect(fs.readFileSync(path.join(dir, 'aplikasi.spbe'), 'utf8')).toBe('// mine\n');
        fs.rmSync(dir, { recursive: true, force: true });
    });

    test('bad input is one line naming the file and row, exit 2, and no folder', () => {
        const dir = temp();
        const r = spbe(['import', 'bad/tanpa-kolom-nama.csv', '-o', path.join(dir, 'out')], FIXTURES);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^spbe: bad\/tanpa-kolom-nama\.csv:1: the header row has no name column/);
        expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
        fs.rmSync(dir, { recursive: true, force: true });
    });
});
