// The CLI as a process: exit codes, both output formats, bad paths.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { tempDirs } from '../helpers/temp-dirs.js';

function spbe(args: string[], cwd = ROOT) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/spbe.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, SPBE_LANG: 'en' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** How many model files the Kota Malang example has (it grows as the example does). */
const EXAMPLE_FILES = fs.readdirSync(path.join(ROOT, 'examples/kota-malang')).filter(f => f.endsWith('.spbe')).length;

const tmp = tempDirs('spbe-cli-');

function copyExample(): string {
    const dir = tmp();
    fs.cpSync(path.join(ROOT, 'examples/kota-malang'), dir, { recursive: true });
    return dir;
}

describe('spbe check', () => {
    test('the Kota Malang example checks with no errors (exit 0)', () => {
        const r = spbe(['check', 'examples/kota-malang']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^${EXAMPLE_FILES} files checked: 0 errors, \\d+ warnings?, \\d+ info\\.$`, 'm'));
    });

    test('an unknown reference code makes it exit 1 with an error at that exact line and column', () => {
        const dir = copyExample();
        const file = path.join(dir, 'proses-bisnis.spbe');
        const text = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, text.replace('RAB.09.06.06', 'RAB.99.98.97'));
        const lines = text.split('\n');
        const line = lines.findIndex(l => l.includes('RAB.09.06.06')) + 1;
        const column = lines[line - 1].indexOf('RAB.09.06.06') + 1;
        const r = spbe(['check', dir], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain(`proses-bisnis.spbe:${line}:${column} error [SPBE-R01] Unknown reference code 'RAB.99.98.97'`);
        expect(r.stdout).toContain(`${EXAMPLE_FILES} files checked: 1 error,`);
    });

    test('--format json prints the same diagnostics as JSON', () => {
        const dir = copyExample();
        fs.appendFileSync(path.join(dir, 'data.spbe'), '\ndata X "x" { wali-data TidakAda }\n');
        const text = spbe(['check', dir], dir);
        const json = spbe(['check', dir, '--format', 'json'], dir);
        expect(json.code).toBe(1);
        const parsed = JSON.parse(json.stdout);
        expect(parsed.summary).toMatchObject({ files: EXAMPLE_FILES, errors: 1 });
        const d = parsed.diagnostics.find((x: { rule: string }) => x.rule === 'SPBE-L01');
        expect(d).toMatchObject({ file: 'data.spbe', severity: 'error', rule: 'SPBE-L01' });
        expect(text.stdout).toContain(`${d.file}:${d.line}:${d.column} error [SPBE-L01] ${d.message}`);
    });

    test('--lang id prints messages in Indonesian', () => {
        const dir = copyExample();
        fs.appendFileSync(path.join(dir, 'data.spbe'), '\ndata X "x" { wali-data TidakAda }\n');
        const r = spbe(['check', dir, '--lang', 'id'], dir);
        expect(r.stdout).toContain("Tidak ada unit bernama 'TidakAda'");
        expect(r.stdout).toContain(`${EXAMPLE_FILES} berkas diperiksa: 1 galat`);
    });

    test('a missing path is a usage problem: one line, exit 2, no stack trace', () => {
        const r = spbe(['check', 'no/such/folder']);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('spbe: no/such/folder: no such file or folder\n');
    });

    test('unknown options and commands exit 2 with a one-line message', () => {
        const opt = spbe(['check', 'examples/minimal.spbe', '--bogus']);
        expect(opt.code).toBe(2);
        expect(opt.stderr.trim().split('\n')).toHaveLength(1);
        expect(opt.stderr).toMatch(/--bogus/);
        const cmd = spbe(['frobnicate']);
        expect(cmd.code).toBe(2);
        expect(cmd.stderr).toMatch(/unknown command 'frobnicate'/);
    });
});
