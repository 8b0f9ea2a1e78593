// `spbe check` as a child process: rule ids in the output, --strict, spbe.json, acknowledged findings.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-check-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function workspace(name: string, files: Record<string, string>): string {
    const dir = path.join(temp, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
}

function spbe(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/spbe.js'), ...args], { encoding: 'utf8', cwd: temp, env: { ...process.env, SPBE_LANG: 'en' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// One warning (SPBE-T06: nothing refers to the process), no errors.
// One finding (SPBE-T06): the process has an owner, so SPBE-T13 does not fire too.
const WARNING_ONLY = { 'model.spbe': 'proses P "P" { pemilik U }\nunit U "U"\n' };

describe('spbe check and rule severities', () => {
    test('warnings are printed with their rule id and do not fail the run', () => {
        const dir = workspace('plain', WARNING_ONLY);
        const r = spbe('check', dir);
        expect(r.stdout).toContain('plain/model.spbe:1:8 warning [SPBE-T06] Nothing refers to P');
        expect(r.stdout).toContain('1 file checked: 0 errors, 1 warning, 0 info.');
        expect(r.status).toBe(0);
    });

    test('--strict makes warnings fail the run', () => {
        const dir = workspace('strict', WARNING_ONLY);
        expect(spbe('check', '--strict', dir).status).toBe(1);
    });

    test('spbe.json in the checked folder raises a rule to an error', () => {
        const dir = workspace('raised', { ...WARNING_ONLY, 'spbe.json': '{ "rules": { "SPBE-T06": "error" } }' });
        const r = spbe('check', dir);
        expect(r.stdout).toContain('error [SPBE-T06]');
        expect(r.status).toBe(1);
    });

    test('spbe.json in an ancestor folder switches a rule off, also for --strict', () => {
        const parent = workspace('ancestor', { 'spbe.json': '{ "rules": { "SPBE-T06": "off" } }' });
        const dir = workspace('ancestor/models', WARNING_ONLY);
        const r = spbe('check', '--strict', path.join(dir, 'model.spbe'));
        expect(r.stdout).not.toContain('SPBE-T06');
        expect(r.status).toBe(0);
        expect(fs.existsSync(path.join(parent, 'spbe.json'))).toBe(true);
    });

    test('a broken spbe.json is a usage error naming the file and the problem', () => {
        const bad = workspace('bad-json', { ...WARNING_ONLY, 'spbe.json': '{ "rules": { "SPBE-T99": "off", "SPBE-T06": "loud" } }' });
        const r = spbe('check', bad);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('spbe.json: unknown rule id \'SPBE-T99\'');
        expect(r.stderr).toContain("rule SPBE-T06: 'loud' is not one of off, error, warning, info, hint");
        const syntax = workspace('bad-syntax', { ...WARNING_ONLY, 'spbe.json': '{ rules: ' });
        expect(spbe('check', syntax).stderr).toMatch(/spbe\.json: not valid JSON/);
    });

    test('an acknowledged finding stays in the report, marked, and does not fail --strict', () => {
        const dir = workspace('ack', { 'model.spbe': 'proses P "P" { pemilik U abaikan SPBE-T06 "Diwujudkan 2026" }\nunit U "U"\n' });
        const r = spbe('check', '--strict', dir);
        expect(r.stdout).toContain('acknowledged [SPBE-T06] [acknowledged: Diwujudkan 2026] Nothing refers to P');
        expect(r.stdout).toContain('0 errors, 0 warnings, 0 info, 1 acknowledged.');
        expect(r.status).toBe(0);
        const json = JSON.parse(spbe('check', '--format', 'json', dir).stdout);
        expect(json.diagnostics[0]).toMatchObject({ rule: 'SPBE-T06', severity: 'info', acknowledged: 'Diwujudkan 2026' });
    });

    test('the Kota Malang example passes even with --strict', () => {
        const r = spbe('check', '--strict', path.join(ROOT, 'examples/kota-malang'));
        expect(r.stdout).toMatch(/^\d+ files checked: 0 errors, 0 warnings/m);
        expect(r.status).toBe(0);
    });
});
