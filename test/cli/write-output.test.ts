// The atomic output writer, including failures part-way that the CLI tests cannot provoke.
import { describe, expect, test, beforeEach, afterEach, vi } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeOutputFile, writeOutputFiles, checkOutputTarget } from '../../src/cli/write-output.js';
import { writeFilesInFolder } from '../../src/cli/write.js';
import { UsageError } from '../../src/cli/errors.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-write-')); });
afterEach(() => { vi.restoreAllMocks(); fs.rmSync(dir, { recursive: true, force: true }); });

describe('writeOutputFile', () => {
    test('writes a new file and leaves nothing else in the folder', async () => {
        const target = path.join(dir, 'out.svg');
        await writeOutputFile(target, '<svg/>');
        expect(fs.readFileSync(target, 'utf8')).toBe('<svg/>');
        expect(fs.readdirSync(dir)).toEqual(['out.svg']);
    });

    test('a failure while renaming removes the temporary file and keeps the old output', async () => {
        const target = path.join(dir, 'out.svg');
        fs.writeFileSync(target, 'OLD');
        vi.spyOn(fs.promises, 'rename').mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
        await expect(writeOutputFile(target, 'NEW'.repeat(1000))).rejects.toThrow(/out\.svg: cannot write output \(the disk is full\)/);
        expect(fs.readFileSync(target, 'utf8')).toBe('OLD');
        expect(fs.readdirSync(dir)).toEqual(['out.svg']);
    });

    test('a failure while writing removes the temporary file and keeps the old output', async () => {
        const target = path.join(dir, 'out.svg');
        fs.writeFileSync(target, 'OLD');
        const open = fs.promises.open;
        vi.spyOn(fs.promises, 'open').mockImplementationOnce(async (...args: Parameters<typeof open>) => {
            const handle = await open(...args);
            handle.writeFile = async () => { throw Object.assign(new Error('I/O error'), { code: 'EIO' }); };
            return handle;
        });
        await expect(writeOutputFile(target, 'NEW')).rejects.toBeInstanceOf(UsageError);
        expect(fs.readFileSync(target, 'utf8')).toBe('OLD');
        expect(fs.readdirSync(dir)).toEqual(['out.svg']);
    });

    test('refuses a folder, a missing folder and a non-regular file by name', async () => {
        await expect(checkOutputTarget(dir)).rejects.toThrow(/is a folder; give a file name for the output/);
        await expect(checkOutputTarget(path.join(dir, 'nope', 'x.svg'))).rejects.toThrow(/cannot write output \(its folder does not exist\)/);
        await expect(checkOutputTarget('/dev/null')).rejects.toThrow(/\/dev\/null: is not a regular file/);
    });
});

describe('several files as one output (the csv tables, a document and its diagrams)', () => {
    test('a failure while writing any of them leaves every target as it was: nothing renamed, no temporary file', async () => {
        fs.writeFileSync(path.join(dir, 'a.svg'), 'OLD A');
        const open = fs.promises.open;
        let calls = 0;
        vi.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
            const handle = await open(...args);
            if (++calls === 2) handle.writeFile = async () => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); };
            return handle;
        });
        await expect(writeOutputFiles([[path.join(dir, 'a.svg'), 'NEW A'], [path.join(dir, 'doc.md'), 'NEW DOC']])).rejects.toThrow(/doc\.md: cannot write output \(the disk is full\)/);
        expect(fs.readFileSync(path.join(dir, 'a.svg'), 'utf8')).toBe('OLD A');
        expect(fs.readdirSync(dir)).toEqual(['a.svg']);
    });

    test('into a folder: creates it if missing, replaces only the files it names, deletes nothing', async () => {
        const folder = path.join(dir, 'csv');
        await writeFilesInFolder(folder, { 'a.csv': 'A1', 'b.csv': 'B1' });
        expect(fs.readdirSync(folder).sort()).toEqual(['a.csv', 'b.csv']);
        fs.writeFileSync(path.join(folder, 'notes.txt'), 'mine');
        fs.writeFileSync(path.join(folder, 'model.spbe'), 'unit A "A"');
        await writeFilesInFolder(folder, { 'a.csv': 'A2' });
        expect(fs.readdirSync(folder).sort()).toEqual(['a.csv', 'b.csv', 'model.spbe', 'notes.txt']);
        expect(['a.csv', 'b.csv', 'model.spbe', 'notes.txt'].map(f => fs.readFileSync(path.join(folder, f), 'utf8'))).toEqual(['A2', 'B1', 'unit A "A"', 'mine']);
    });

    test('a folder it created is removed again when its files cannot be written', async () => {
        vi.spyOn(fs.promises, 'open').mockRejectedValue(Object.assign(new Error('denied'), { code: 'EACCES' }));
        await expect(writeFilesInFolder(path.join(dir, 'csv'), { 'a.csv': 'A' })).rejects.toThrow(/permission denied/);
        expect(fs.readdirSync(dir)).toEqual([]);
    });
});
