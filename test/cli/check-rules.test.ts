// `spbe check`: rule ids in the output, --strict, spbe.json, acknowledged findings. As a child process where
// the process is tested (the report's paths relative to the working folder, a usage error's exit code 2);
// what the report says and which exit code it asks for come from runCheck, the command's own function, run
// here (a child process costs some 0.9 s of CPU to start and build even for a one-line model).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';
import { inProcess } from '../helpers/cli.js';
import { runCheck } from '../../src/cli/check.js';

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

/** `spbe check [--strict] [--format json] PATH`, by runCheck in this process. */
async function check(target: string, options: { strict?: boolean; format?: 'text' | 'json' } = {}) {
    const r = await inProcess(() => runCheck([target], { format: options.format ?? 'text', strict: options.strict }));
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
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

    test('--strict makes warnings fail the run', async () => {
        const dir = workspace('strict', WARNING_ONLY);
        expect((await check(dir, { strict: true })).status).toBe(1);
    });

    test('spbe.json in the checked folder raises a rule to an error', async () => {
        const dir = workspace('raised', { ...WARNING_ONLY, 'spbe.json': '{ "rules": { "SPBE-T06": "error" } }' });
        const r = await check(dir);
        expect(r.stdout).toContain('error [SPBE-T06]');
        expect(r.status).toBe(1);
    });

    test('spbe.json in an ancestor folder switches a rule off, also for --strict', async () => {
        const parent = workspace('ancestor', { 'spbe.json': '{ "rules": { "SPBE-T06": "off" } }' });
        const dir = workspace('ancestor/models', WARNING_ONLY);
        const r = await check(path.join(dir, 'model.spbe'), { strict: true });
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

    test('an acknowledged finding stays in the report, marked, and does not fail --strict', async () => {
        const dir = workspace('ack', { 'model.spbe': 'proses P "P" { pemilik U abaikan SPBE-T06 "Diwujudkan 2026" }\nunit U "U"\n' });
        const r = await check(dir, { strict: true });
        expect(r.stdout).toContain('acknowledged [SPBE-T06] [acknowledged: Diwujudkan 2026] Nothing refers to P');
        expect(r.stdout).toContain('0 errors, 0 warnings, 0 info, 1 acknowledged.');
        expect(r.status).toBe(0);
        const json = JSON.parse((await check(dir, { format: 'json' })).stdout);
        expect(json.diagnostics[0]).toMatchObject({ rule: 'SPBE-T06', severity: 'info', acknowledged: 'Diwujudkan 2026' });
    });

    test('the Kota Malang example passes even with --strict', async () => {
        const r = await check(path.join(ROOT, 'examples/kota-malang'), { strict: true });
        expect(r.stdout).toMatch(/^\d+ files checked: 0 errors, 0 warnings/m);
        expect(r.status).toBe(0);
    });
});
