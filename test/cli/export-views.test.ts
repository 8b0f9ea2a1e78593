// A Markdown export writes each named view's diagram beside the document (`<name>-tampilan-<id>.svg`). Those
// names are known only once the model is read; they are refused all the same when they would land on an input.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../src/cli/export.js';
import { UsageError } from '../../src/cli/errors.js';

let dir: string;
beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-views-')));
    fs.mkdirSync(path.join(dir, 'doc-tampilan-V.svg'));
    fs.writeFileSync(path.join(dir, 'doc-tampilan-V.svg', 'm.spbe'), 'aplikasi A "A"\ntampilan V "V" { sertakan semua }\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('spbe export --format markdown with named views', { timeout: 60_000 }, () => {
    test('a view\'s diagram that would land on an input is refused, and nothing is written', async () => {
        const input = path.join(dir, 'doc-tampilan-V.svg');
        const error = await runExport([input], { format: 'markdown', output: path.join(dir, 'doc.md') }).catch(e => e);
        expect(error).toBeInstanceOf(UsageError);
        expect(error.message).toMatch(/doc-tampilan-V\.svg: is the input folder .*doc-tampilan-V\.svg; spbe never writes over what it reads/);
        expect(fs.readdirSync(dir)).toEqual(['doc-tampilan-V.svg']);
        expect(fs.readdirSync(input)).toEqual(['m.spbe']);
    });
});
