// What the CLI prints into a terminal. Model text and file names from a folder someone sent reach the
// terminal through check, index and render: their control and bidi characters must show as escapes (an
// `abaikan` reason of ESC ] 0;pwned BEL ESC [2J used to retitle and clear the terminal). And a reader
// that stops early (`spbe check M | head -1`) ends the CLI quietly instead of with an EPIPE stack trace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { spbe } from '../helpers/cli.js';

/** Characters a terminal may act on or that reorder text; line feeds are the CLI's own. */
const RAW_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J';
const FILE = 'evil\u001b[2J.spbe';

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-terminal-'));
    fs.mkdirSync(path.join(dir, 'hostile'));
    fs.writeFileSync(path.join(dir, 'hostile', FILE), [
        `instansi X "Agency ${HOSTILE} \u202e evil" {`, '    jenis pemerintah-daerah', '    periode 2025 - 2029', '}',
        'unit U "Unit \u009b31m red"',
        'aplikasi A "App \u009b31m \u202e" {', '    khusus', '    pemilik U', `    abaikan SPBE-T03 "${HOSTILE}"`, '}',
        'penilaian 2024 {', '}', '',
    ].join('\n'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('model text and file names reach the terminal escaped', { timeout: 120_000 }, () => {
    test('check (text and JSON), index, render to standard output and a usage error', async () => {
        const [text, json, index, svg, usage] = await Promise.all([
            spbe(['check', 'hostile'], { cwd: dir }),
            spbe(['check', 'hostile', '--format', 'json'], { cwd: dir }),
            spbe(['index', 'hostile'], { cwd: dir }),
            spbe(['render', 'hostile', '--view', 'arsitektur'], { cwd: dir }),
            spbe(['check', `missing${HOSTILE}.spbe`], { cwd: dir }),
        ]);
        for (const run of [text, json, index, svg, usage]) {
            expect(run.stdout.toString('utf8')).not.toMatch(RAW_UNSAFE);
            expect(run.stderr).not.toMatch(RAW_UNSAFE);
        }
        const report = text.stdout.toString('utf8');
        expect(text.code).toBe(0);
        expect(report).toContain('hostile/evil\\x1b[2J.spbe:6:10 acknowledged [SPBE-T03] [acknowledged: \\x1b]0;pwned\\x07\\x1b[2J]');
        // JSON stays JSON: its own escapes, plus \uXXXX for what JSON.stringify leaves raw; the values are intact.
        const parsed = JSON.parse(json.stdout.toString('utf8'));
        expect(parsed.diagnostics.find((d: { rule: string }) => d.rule === 'SPBE-T03').acknowledged).toBe(HOSTILE);
        expect(parsed.diagnostics[0].file).toBe(path.join('hostile', FILE));
        expect(index.stdout.toString('utf8')).toContain('Agency \\x1b]0;pwned\\x07\\x1b[2J \\u202e evil');
        expect(svg.code).toBe(0);
        expect(svg.stdout.toString('utf8')).toContain('App &#x9B;31m &#x202E;');
        expect(usage.stderr).toBe('spbe: missing\\x1b]0;pwned\\x07\\x1b[2J.spbe: no such file or folder\n');
    });
});

describe('a closed standard output ends the CLI quietly', { timeout: 120_000 }, () => {
    test('check, index and render to a reader that has gone: exit 141 as after SIGPIPE, nothing on stderr', async () => {
        // The read end is closed before the CLI starts, so its first write to standard output fails.
        const model = path.join(ROOT, 'examples', 'minimal.spbe');
        const runs = await Promise.all([
            spbe(['check', model], { closeStdout: true }),
            spbe(['index', model], { closeStdout: true }),
            spbe(['render', model, '--view', 'arsitektur'], { closeStdout: true }),
        ]);
        for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 141, stderr: '' });
    });
});
