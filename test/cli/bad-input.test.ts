// The CLI on bad input, run as a child process: every problem is one line on stderr naming it,
// exit code 2, no stack trace, and no output file left half-written or clobbered.
import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';

const BIN = path.join(ROOT, 'bin', 'spbe.js');
const MINIMAL = path.join(ROOT, 'examples', 'minimal.spbe');
const isRoot = process.getuid?.() === 0;
let dir: string;

interface Run { code: number; stdout: string; stderr: string }

function spbe(args: string[], cwd = dir): Promise<Run> {
    return new Promise(resolve => {
        execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, SPBE_LANG: 'en' }, timeout: 60_000 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            resolve({ code, stdout, stderr });
        });
    });
}

/** Exit 2, exactly one line on stderr matching `message`, no stack trace. */
function expectUsageError(run: Run, message: RegExp): void {
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
}

function leftovers(folder: string): string[] {
    return fs.readdirSync(folder).filter(f => f.endsWith('.tmp'));
}

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-'));
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.mkdirSync(path.join(dir, 'no-models'));
    fs.writeFileSync(path.join(dir, 'no-models', 'notes.txt'), 'unit A');
    fs.writeFileSync(path.join(dir, 'binary.spbe'), Buffer.from([0x75, 0x6e, 0x69, 0x74, 0x00, 0x01, 0xff]));
    fs.writeFileSync(path.join(dir, 'utf16.spbe'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('unit A', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'latin1.spbe'), Buffer.from('unit A "Caf\xe9"\n', 'latin1'));
    fs.mkdirSync(path.join(dir, 'broken-link'));
    fs.writeFileSync(path.join(dir, 'broken-link', 'ok.spbe'), 'unit A\n');
    fs.symlinkSync(path.join(dir, 'does-not-exist.spbe'), path.join(dir, 'broken-link', 'gone.spbe'));
    fs.mkdirSync(path.join(dir, 'outside-link'));
    fs.writeFileSync(path.join(dir, 'elsewhere.spbe'), 'unit B\n');
    fs.symlinkSync(path.join(dir, 'elsewhere.spbe'), path.join(dir, 'outside-link', 'b.spbe'));
    fs.mkdirSync(path.join(dir, 'inside-link'));
    fs.writeFileSync(path.join(dir, 'inside-link', 'a.spbe'), 'unit A\n');
    fs.symlinkSync(path.join(dir, 'inside-link', 'a.spbe'), path.join(dir, 'inside-link', 'same.spbe'));
    fs.symlinkSync('.', path.join(dir, 'inside-link', 'loop'));
    fs.mkdirSync(path.join(dir, 'out-folder'));
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
});

afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('spbe check: bad paths', () => {
    test.concurrent('no path at all', async () => {
        expectUsageError(await spbe(['check']), /^spbe: no files or folders given\. Usage: spbe check/);
    });
    test.concurrent('a path that does not exist', async () => {
        expectUsageError(await spbe(['check', 'nope/model.spbe']), /^spbe: nope\/model\.spbe: no such file or folder$/m);
    });
    test.concurrent('an empty folder', async () => {
        expectUsageError(await spbe(['check', 'empty']), /^spbe: empty: folder contains no \.spbe files$/m);
    });
    test.concurrent('a folder without .spbe files', async () => {
        expectUsageError(await spbe(['check', 'no-models']), /^spbe: no-models: folder contains no \.spbe files$/m);
    });
    test.concurrent('a file that is not a .spbe file', async () => {
        expectUsageError(await spbe(['check', 'no-models/notes.txt']), /^spbe: no-models\/notes\.txt: not a \.spbe file$/m);
    });
});

describe('spbe check: unreadable and non-text files', () => {
    test.concurrent('a binary file', async () => {
        expectUsageError(await spbe(['check', 'binary.spbe']), /^spbe: binary\.spbe: binary file, not a \.spbe text model$/m);
    });
    test.concurrent('a UTF-16 file is named as such', async () => {
        expectUsageError(await spbe(['check', 'utf16.spbe']), /^spbe: utf16\.spbe: UTF-16 text; save the file as UTF-8$/m);
    });
    test.concurrent('a .spbe entry that is a broken symbolic link (unreadable, even for root)', async () => {
        expectUsageError(await spbe(['check', 'broken-link']), /^spbe: broken-link\/gone\.spbe: cannot read file \(broken symbolic link\)$/m);
    });
    test.concurrent('a .spbe entry that is a named pipe is reported, never opened (opening would block)', async () => {
        const folder = path.join(dir, 'pipe');
        fs.mkdirSync(folder);
        const { execFileSync } = await import('node:child_process');
        execFileSync('mkfifo', [path.join(folder, 'p.spbe')]);
        expectUsageError(await spbe(['check', 'pipe']), /^spbe: pipe\/p\.spbe: a named pipe, not read$/m);
        expectUsageError(await spbe(['check', 'pipe/p.spbe']), /^spbe: pipe\/p\.spbe: a named pipe, not a \.spbe file or a folder$/m);
    });
    test.skipIf(isRoot)('a file without read permission (skipped as root: root reads any file; the broken link and pipe cases cover unreadable entries there)', async () => {
        const file = path.join(dir, 'secret.spbe');
        fs.writeFileSync(file, 'unit A\n');
        fs.chmodSync(file, 0o000);
        expectUsageError(await spbe(['check', 'secret.spbe']), /^spbe: secret\.spbe: cannot read file \(permission denied\)$/m);
    });
    test.concurrent('a file that is not UTF-8 is read with a one-line warning naming the place', async () => {
        const run = await spbe(['check', 'latin1.spbe']);
        expect(run.stderr).toBe('spbe: warning: latin1.spbe:1:12: not valid UTF-8 (byte 0xE9); read with replacement characters — save the file as UTF-8\n');
        expect(run.stdout).toMatch(/1 file checked/);
        expect(run.code).toBe(0);
    });
});

describe('spbe check: the folder is the boundary', () => {
    test.concurrent('a symbolic link to a model outside the folder is reported, not read', async () => {
        expectUsageError(await spbe(['check', 'outside-link']), /^spbe: outside-link\/b\.spbe: symbolic link to .*elsewhere\.spbe, outside the folder outside-link; not read$/m);
    });
    test.concurrent('links inside the folder are followed once (no duplicate declarations, no loop)', async () => {
        const run = await spbe(['check', '--format', 'json', 'inside-link']);
        const report = JSON.parse(run.stdout);
        expect(report.summary).toMatchObject({ files: 1, errors: 0 });
        expect(report.diagnostics.filter((d: { message: string }) => /declared|dideklarasikan|duplicate|ganda/i.test(d.message))).toEqual([]);
        expect(run.code).toBe(0);
    });
});

describe('spbe check: bad options', () => {
    test.concurrent('an unknown option', async () => {
        expectUsageError(await spbe(['check', '--bogus', 'x.spbe']), /^spbe: unknown option '--bogus'\. Run 'spbe --help' for the options\.$/m);
    });
    test.concurrent('an option without its value', async () => {
        expectUsageError(await spbe(['check', MINIMAL, '--format']), /^spbe: option '--format' needs a value\./m);
    });
    test.concurrent('a bad option value', async () => {
        expectUsageError(await spbe(['check', MINIMAL, '--format', 'xml']), /^spbe: --format must be text or json, not 'xml'$/m);
    });
    test.concurrent('an unknown command', async () => {
        expectUsageError(await spbe(['chek', MINIMAL]), /^spbe: unknown command 'chek'\./m);
    });
});

describe('spbe check --output: written whole or not at all', () => {
    test.concurrent('an output path that is a folder', async () => {
        expectUsageError(await spbe(['check', MINIMAL, '-o', 'out-folder']), /^spbe: out-folder: is a folder; give a file name for the output$/m);
        expect(fs.readdirSync(path.join(dir, 'out-folder'))).toEqual([]);
    });
    test.concurrent('an output path whose folder does not exist', async () => {
        expectUsageError(await spbe(['check', MINIMAL, '-o', 'missing/report.txt']), /^spbe: missing\/report\.txt: cannot write output \(its folder does not exist\)$/m);
    });
    test.concurrent('an output path below a file', async () => {
        expectUsageError(await spbe(['check', MINIMAL, '-o', 'a-file/report.txt']), /^spbe: a-file\/report\.txt: cannot write output \(a part of the path is not a folder\)$/m);
    });
    test.concurrent('an unwritable output location', async () => {
        // As root a chmod'ed folder is still writable, so root is sent to sysfs, which even root cannot write.
        let target = '/sys/spbe-report.txt';
        if (!isRoot) {
            const locked = path.join(dir, 'locked');
            fs.mkdirSync(locked);
            fs.chmodSync(locked, 0o555);
            target = path.join(locked, 'report.txt');
        }
        // sysfs refuses new files with EACCES here; other kernels or containers may say read-only file system.
        expectUsageError(await spbe(['check', MINIMAL, '-o', target]), /cannot write output \((permission denied|the file system is read-only|[A-Z]+)\)$/m);
        expect(fs.existsSync(target)).toBe(false);
    });
    test.concurrent('a failed run leaves an existing output file untouched and no temporary file behind', async () => {
        const folder = fs.mkdtempSync(path.join(dir, 'keep-'));
        const out = path.join(folder, 'report.json');
        fs.writeFileSync(out, 'PREVIOUS REPORT');
        expectUsageError(await spbe(['check', 'binary.spbe', '-o', out]), /binary file/);
        expect(fs.readFileSync(out, 'utf8')).toBe('PREVIOUS REPORT');
        expect(leftovers(folder)).toEqual([]);
    });
    test.concurrent('a successful run replaces the existing output whole, keeping its permissions', async () => {
        const folder = fs.mkdtempSync(path.join(dir, 'replace-'));
        const out = path.join(folder, 'report.json');
        fs.writeFileSync(out, 'PREVIOUS REPORT '.repeat(10_000));
        fs.chmodSync(out, 0o640);
        const run = await spbe(['check', MINIMAL, '--format', 'json', '-o', out]);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        const report = JSON.parse(fs.readFileSync(out, 'utf8'));
        expect(report.summary.files).toBe(1);
        expect(fs.statSync(out).mode & 0o777).toBe(0o640);
        expect(leftovers(folder)).toEqual([]);
    });
});

describe('render and export use the same writer', () => {
    test.concurrent('spbe render -o a folder', async () => {
        expectUsageError(await spbe(['render', '--view', 'arsitektur', MINIMAL, '-o', 'out-folder']), /^spbe: out-folder: is a folder; give a file name for the output$/m);
        expect(fs.readdirSync(path.join(dir, 'out-folder'))).toEqual([]);
    });
    test.concurrent('spbe render and export -o an unwritable folder, below a file or in a missing folder: one line, before the model is read', async () => {
        // binary.spbe would be refused once read: the output error coming first shows nothing was read.
        const unwritable = isRoot ? '/sys/spbe.svg' : path.join(fs.mkdtempSync(path.join(dir, 'ro-')), 'x.svg');
        if (!isRoot) fs.chmodSync(path.dirname(unwritable), 0o555);
        const writeError = /cannot write output \((permission denied|the file system is read-only|[A-Z]+)\)$/m;
        expectUsageError(await spbe(['render', '--view', 'arsitektur', 'binary.spbe', '-o', unwritable]), writeError);
        expectUsageError(await spbe(['render', '--view', 'arsitektur', 'binary.spbe', '-o', 'a-file/sub/x.svg']), /^spbe: a-file\/sub\/x\.svg: cannot write output \(a part of the path is not a folder\)$/m);
        expectUsageError(await spbe(['export', '--format', 'html', 'binary.spbe', '-o', unwritable.replace(/\.svg$/, '.html')]), writeError);
        expectUsageError(await spbe(['export', '--format', 'json', 'binary.spbe', '-o', 'missing/model.json']), /^spbe: missing\/model\.json: cannot write output \(its folder does not exist\)$/m);
        expectUsageError(await spbe(['export', '--format', 'csv', 'binary.spbe', '-o', 'a-file']), /^spbe: a-file: exists and is not a folder; give a folder for this output$/m);
        expect(leftovers(dir)).toEqual([]);
        expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
    });
    test.concurrent('spbe export -o a folder, and below a file', async () => {
        expectUsageError(await spbe(['export', '--format', 'html', MINIMAL, '-o', 'out-folder']), /out-folder: is a folder; give a file name for the output$/m);
        expectUsageError(await spbe(['export', '--format', 'archimate', MINIMAL, '-o', 'a-file/model.xml']), /a-file.*not a folder/m);
        expect(fs.readdirSync(path.join(dir, 'out-folder'))).toEqual([]);
    });
});

