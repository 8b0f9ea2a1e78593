// Outputs never touch inputs. `spbe check M.spbe -o M.spbe` used to replace the model with its report and
// `spbe export DIR --format csv -o DIR` left DIR without its .spbe files. Every command that writes refuses,
// with one line and exit 2 and before reading the model, an -o that is, contains or lies inside what it
// reads, whatever name reaches it. The comparison itself is tested in process (no spawn per path form);
// each command's use of it is tested through the CLI.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { expectUsageError, spbe } from '../helpers/cli.js';
import { refuseOutputsOverInputs } from '../../src/cli/protect-inputs.js';
import { UsageError } from '../../src/cli/errors.js';

let dir: string;
const MODEL = fs.readFileSync(path.join(ROOT, 'examples', 'minimal.spbe'), 'utf8');

/** Every file under `root` with a hash of its content: what must not change. */
function snapshot(root: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath ?? entry.path, entry.name);
        out[path.relative(root, full)] = entry.isFile() ? createHash('sha256').update(fs.readFileSync(full)).digest('hex') : entry.isSymbolicLink() ? 'link' : 'folder';
    }
    return out;
}

beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-inputs-')));
    fs.writeFileSync(path.join(dir, 'M.spbe'), MODEL);
    fs.symlinkSync('M.spbe', path.join(dir, 'link.txt'));
    fs.linkSync(path.join(dir, 'M.spbe'), path.join(dir, 'hard.json'));
    fs.mkdirSync(path.join(dir, 'proj', 'model', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'proj', 'spbe.json'), '{ "rules": {} }');
    fs.writeFileSync(path.join(dir, 'proj', 'model', 'a.spbe'), MODEL);
    fs.writeFileSync(path.join(dir, 'proj', 'model', 'sub', 'b.spbe'), 'unit B "B"\n');
    fs.mkdirSync(path.join(dir, 'pub', 'doc-arsitektur-layanan.svg'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pub', 'doc-arsitektur-layanan.svg', 'c.spbe'), MODEL);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('which outputs overlap the inputs (compared as files, not as strings)', () => {
    const refused = async (outputs: string[], inputs: string[]) => {
        const cwd = process.cwd();
        process.chdir(dir);
        try {
            await refuseOutputsOverInputs(outputs, inputs);
            return undefined;
        } catch (err) {
            expect(err).toBeInstanceOf(UsageError);
            return (err as Error).message;
        } finally {
            process.chdir(cwd);
        }
    };

    test('the same file by its name, a detour, a symbolic link, a hard link, and a case variant where the file system ignores case', async () => {
        expect(await refused(['M.spbe'], ['M.spbe'])).toBe('M.spbe: is the input M.spbe; spbe never writes over what it reads, choose another output');
        expect(await refused(['./nope/../M.spbe'], ['M.spbe'])).toMatch(/^\.\/nope\/\.\.\/M\.spbe: is the input M\.spbe;/);
        expect(await refused([path.join(dir, 'M.spbe')], ['./M.spbe'])).toMatch(/is the input M\.spbe;/);
        expect(await refused(['link.txt'], ['M.spbe'])).toMatch(/^link\.txt: is the input M\.spbe;/);
        expect(await refused(['hard.json'], ['M.spbe'])).toMatch(/^hard\.json: is the input M\.spbe;/);
        const caseInsensitive = fs.existsSync(path.join(dir, 'm.SPBE'));
        expect(await refused(['m.SPBE'], ['M.spbe'])).toBe(caseInsensitive ? 'm.SPBE: is the input M.spbe; spbe never writes over what it reads, choose another output' : undefined);
    });

    test('inside an input folder, below an input file, a folder holding an input, the settings file read', async () => {
        expect(await refused(['proj/model/sub/new/report.txt'], ['proj/model'])).toMatch(/^proj\/model\/sub\/new\/report\.txt: is inside the input folder proj\/model;/);
        expect(await refused(['M.spbe/x.txt'], ['M.spbe'])).toMatch(/^M\.spbe\/x\.txt: is below the input M\.spbe, which is a file;/);
        expect(await refused(['proj'], ['proj/model/sub/b.spbe'])).toMatch(/^proj: contains the input proj\/model\/sub\/b\.spbe;/);
        expect(await refused(['.'], ['proj/model'])).toMatch(/^\.: contains the input folder proj\/model;/);
        expect(await refused(['proj/spbe.json'], ['proj/model'])).toMatch(/^proj\/spbe\.json: is the settings file proj\/spbe\.json;/);
    });

    test('outputs beside the inputs, or in a sibling folder with a similar name, are fine', async () => {
        expect(await refused(['report.txt', 'proj/report.txt', 'proj/model-out/x.csv', 'proj/mod'], ['proj/model', 'M.spbe'])).toBeUndefined();
        expect(fs.existsSync(path.join(dir, 'report.txt'))).toBe(false);
    });
});

describe('every command that writes refuses an -o over its inputs, before reading them', { timeout: 60_000 }, () => {
    test('check, index, render and export (a csv folder, a Markdown document whose diagram would land on an input): one line, exit 2, nothing changed', async () => {
        const before = snapshot(dir);
        const [check, index, render, csv, markdown] = await Promise.all([
            spbe(['check', 'M.spbe', '-o', 'M.spbe'], { cwd: dir }),
            spbe(['index', 'proj/model', '-o', 'proj/model/indeks.txt'], { cwd: dir }),
            spbe(['render', 'M.spbe', '--view', 'arsitektur', '-o', './x/../M.spbe'], { cwd: dir }),
            spbe(['export', 'proj/model', '--format', 'csv', '-o', 'proj/model'], { cwd: dir }),
            spbe(['export', 'pub/doc-arsitektur-layanan.svg', '--format', 'markdown', '-o', 'pub/doc.md'], { cwd: dir }),
        ]);
        expectUsageError(check, /^spbe: M\.spbe: is the input M\.spbe; spbe never writes over what it reads, choose another output$/m);
        expectUsageError(index, /^spbe: proj\/model\/indeks\.txt: is inside the input folder proj\/model; spbe never writes among the files it reads/);
        expectUsageError(render, /^spbe: \.\/x\/\.\.\/M\.spbe: is the input M\.spbe;/);
        expectUsageError(csv, /^spbe: proj\/model: is the input folder proj\/model;/);
        expectUsageError(markdown, /^spbe: pub\/doc-arsitektur-layanan\.svg: is the input folder pub\/doc-arsitektur-layanan\.svg;/);
        expect(snapshot(dir)).toEqual(before);
    });
});
