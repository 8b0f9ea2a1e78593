// spbe diff as a process: one spawn per behaviour (the diff itself is tested in test/diff).
import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';

const EXAMPLE = path.join(ROOT, 'examples/kota-malang');

function spbe(args: string[], cwd = ROOT) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/spbe.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, SPBE_LANG: 'en' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-diff-'));

describe('spbe diff', { timeout: 120_000 }, () => {
    test('two folders, as a Markdown section', () => {
        const dir = temp();
        fs.cpSync(EXAMPLE, dir, { recursive: true });
        const file = path.join(dir, 'aplikasi.spbe');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    pemilik Bkpsdm\n', '    pemilik Setda\n'));
        const r = spbe(['diff', EXAMPLE, dir, '--format', 'markdown', '--lang', 'id']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^## Perubahan Arsitektur SPBE: /);
        expect(r.stdout).toContain('| SIASN (`Siasn`) | pemilik: Bkpsdm → Setda |');
        fs.rmSync(dir, { recursive: true, force: true });
    });

    test('git revisions, read into memory', () => {
        const dir = temp();
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe' });
        git('init', '-q');
        fs.cpSync(EXAMPLE, path.join(dir, 'model'), { recursive: true });
        git('add', '.');
        git('commit', '-qm', 'v1');
        const file = path.join(dir, 'model', 'peta-rencana.spbe');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('tahun 2026 - 2027', 'tahun 2027 - 2028'));
        git('commit', '-qam', 'v2');
        fs.writeFileSync(file, '// a file being edited\n');  // the working file: not what is compared below
        const r = spbe(['diff', '--git', 'HEAD~1', 'HEAD', 'model', '--format', 'json'], dir);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const diff = JSON.parse(r.stdout);
        expect(diff.old).toMatch(/^HEAD~1 \([0-9a-f]{7}\)$/);
        expect(diff.initiatives.changed).toMatchObject([{ id: 'MigrasiPdn', moved: { old: [2026, 2027], new: [2027, 2028] } }]);
        expect(diff.elements).toEqual({ added: [], removed: [], changed: [] });
        fs.rmSync(dir, { recursive: true, force: true });
    });

    test('an unknown revision, or no git work tree, is one line, exit 2', () => {
        const dir = temp();
        const outside = spbe(['diff', '--git', 'HEAD'], dir);
        expect(outside.code).toBe(2);
        expect(outside.stderr).toMatch(/^spbe: .* is not inside a git work tree/);
        execFileSync('git', ['init', '-q'], { cwd: dir });
        const r = spbe(['diff', '--git', 'no-such-revision-xyz'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe("spbe: unknown revision 'no-such-revision-xyz'\n");
        fs.rmSync(dir, { recursive: true, force: true });
    });
});
