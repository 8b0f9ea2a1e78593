// The atomic output writer, including failures part-way that the CLI tests cannot provoke.
import { describe, expect, test, beforeEach, afterEach, vi } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeOutputFile, checkOutputTarget } from '../../src/cli/write-output.js';
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
