// render and export check their output location before any work: the model is never loaded when -o
// cannot be written, and the check (a probe file created and removed) leaves nothing behind.
import { describe, expect, test, beforeEach, afterEach, vi } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../src/cli/errors.js';
import { checkOutputLocation } from '../../src/cli/write-output.js';

const load = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/cli/load.js', async importOriginal => {
    const actual = await importOriginal<typeof import('../../src/cli/load.js')>();
    return { ...actual, loadWorkspace: (...args: Parameters<typeof actual.loadWorkspace>) => { load.calls++; return actual.loadWorkspace(...args); } };
});

const isRoot = process.getuid?.() === 0;
let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-early-'));
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    fs.mkdirSync(path.join(dir, 'a-folder'));
    load.calls = 0;
});
afterEach(() => {
    fs.chmodSync(dir, 0o755);
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder this process cannot create files in: a read-only folder, or for root (which ignores permissions) sysfs. */
function unwritableFolder(): string {
    if (isRoot) return '/sys';
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    return locked;
}

const MINIMAL = path.resolve(__dirname, '../../examples/minimal.spbe');

describe('checkOutputLocation', () => {
    test('a file output: refuses a folder, a path below a file, a missing folder and an unwritable folder, by name', async () => {
        await expect(checkOutputLocation(path.join(dir, 'a-folder'))).rejects.toThrow(/a-folder: is a folder; give a file name/);
        await expect(checkOutputLocation(path.join(dir, 'a-file', 'x.svg'))).rejects.toThrow(/x\.svg: cannot write output \(a part of the path is not a folder\)/);
        await expect(checkOutputLocation(path.join(dir, 'nope', 'x.svg'))).rejects.toThrow(/x\.svg: cannot write output \(its folder does not exist\)/);
        await expect(checkOutputLocation(path.join(unwritableFolder(), 'x.svg'))).rejects.toThrow(/x\.svg: cannot write output \((permission denied|the file system is read-only|[A-Z]+)\)/);
        await expect(checkOutputLocation(path.join(dir, 'new.svg'))).resolves.toBeUndefined();
        await expect(checkOutputLocation(path.join(dir, 'a-file'))).resolves.toBeUndefined();
        expect(fs.readdirSync(dir).sort()).toEqual(['a-file', 'a-folder', ...(isRoot ? [] : ['locked'])]);
    });

    test('missing folders that will be created: the nearest existing folder must be a folder and writable', async () => {
        await expect(checkOutputLocation(path.join(dir, 'new', 'deeper', 'x.svg'), { createFolders: true })).resolves.toBeUndefined();
        expect(fs.existsSync(path.join(dir, 'new'))).toBe(false);
        await expect(checkOutputLocation(path.join(dir, 'a-file', 'sub', 'x.svg'), { createFolders: true })).rejects.toThrow(/a part of the path is not a folder/);
        await expect(checkOutputLocation(path.join(unwritableFolder(), 'sub', 'x.svg'), { createFolders: true })).rejects.toThrow(/cannot write output \(/);
    });

    test('a folder output (csv): an existing file is refused, an existing folder is fine', async () => {
        await expect(checkOutputLocation(path.join(dir, 'a-file'), { kind: 'folder' })).rejects.toThrow(/a-file: exists and is not a folder/);
        await expect(checkOutputLocation(path.join(dir, 'a-folder'), { kind: 'folder' })).resolves.toBeUndefined();
        await expect(checkOutputLocation(path.join(dir, 'csv'), { kind: 'folder' })).resolves.toBeUndefined();
        expect(fs.readdirSync(path.join(dir, 'a-folder'))).toEqual([]);
    });
});

describe('render and export refuse a bad -o before loading the model', () => {
    const bad = () => [
        path.join(dir, 'a-folder'), path.join(dir, 'a-file', 'x.out'), path.join(unwritableFolder(), 'x.out'),
    ];

    test('spbe render', async () => {
        const { runRender } = await import('../../src/cli/render.js');
        for (const output of bad()) {
            await expect(runRender([MINIMAL, '--view', 'arsitektur', '-o', output])).rejects.toBeInstanceOf(UsageError);
        }
        expect(load.calls).toBe(0);
    });

    test('spbe export, each format', async () => {
        const { runExport, EXPORT_FORMATS } = await import('../../src/cli/export.js');
        for (const format of EXPORT_FORMATS) {
            const outputs = format === 'csv' ? [path.join(dir, 'a-file'), path.join(dir, 'nope', 'csv')] : [...bad(), path.join(dir, 'nope', 'x.out')];
            for (const output of outputs) {
                await expect(runExport([MINIMAL], { format, output }), `${format} -o ${output}`).rejects.toBeInstanceOf(UsageError);
            }
        }
        expect(load.calls).toBe(0);
        expect(fs.readdirSync(path.join(dir, 'a-folder'))).toEqual([]);
    });

    test('a good -o still gets the model loaded and written', async () => {
        const { runExport } = await import('../../src/cli/export.js');
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        try {
            await expect(runExport([MINIMAL], { format: 'json', output: path.join(dir, 'model.json') })).resolves.toBe(0);
        } finally {
            stderr.mockRestore();
        }
        expect(load.calls).toBe(1);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'))).toBeTruthy();
        expect(fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });
});
