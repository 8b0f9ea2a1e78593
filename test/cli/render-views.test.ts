// spbe render of named views: `--view <id>` as a process (the one spawn), and in-process `--list-views`, an
// unknown view (with "did you mean"), the flags of the view's kind narrowing it, and the flags of the other kind refused.
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as path from 'node:path';
import { spbe } from '../helpers/cli.js';
import { ROOT } from '../helpers/services.js';
import { runRender } from '../../src/cli/render.js';
import { UsageError } from '../../src/cli/errors.js';

const MALANG = path.join(ROOT, 'examples', 'kota-malang');

/** Runs `spbe render` in this process (messages in English) and returns what it wrote to standard output. */
async function render(args: string[]): Promise<string> {
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
        out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        return true;
    }) as typeof process.stdout.write);
    try {
        await runRender([...args, '--lang', 'en']);
    } finally {
        write.mockRestore();
    }
    return out;
}

afterEach(() => vi.restoreAllMocks());

describe('spbe render --view <named view>', { timeout: 180_000 }, () => {
    test('as a process: draws the view the model names, nothing else', async () => {
        const run = await spbe(['render', MALANG, '--view', 'RantaiPengaduan']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const svg = run.stdout.toString('utf8');
        const ids = [...new Set([...svg.matchAll(/<g[^>]* data-id="([^"]+)" data-kind="(layanan|proses|data|aplikasi|infrastruktur|keamanan)"/g)].map(m => m[1]))].sort();
        expect(ids).toEqual(['DataPengaduan', 'Lapor', 'LayananPengaduan', 'MalangMbois', 'PengelolaanPengaduan', 'PusatDataNasional', 'SplpMalang']);
        expect(svg).toContain('Rantai Pengaduan Publik SP4N-LAPOR!');
    });

    test('--list-views lists the built-in views, then each named view with its kind, what it shows and its title', async () => {
        const out = await render([MALANG, '--list-views']);
        const lines = out.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^VIEW\s+KIND\s+SHOWS\s+TITLE$/);
        expect(lines[1]).toMatch(/^arsitektur\s+arsitektur\s+45\s+\(built-in\) the whole architecture$/);
        expect(lines[2]).toMatch(/^peta-rencana\s+peta-rencana\s+\d+\s+\(built-in\) the whole roadmap$/);
        expect(lines).toContainEqual(expect.stringMatching(/^RantaiPengaduan\s+arsitektur\s+7\s+Rantai Pengaduan Publik SP4N-LAPOR!$/));
        expect(lines).toContainEqual(expect.stringMatching(/^PetaKeamanan\s+peta-rencana\s+4\s+Peta Rencana Keamanan dan Audit TIK$/));
    });

    test('the flags of its kind narrow a named view; the flags of the other kind are refused', async () => {
        const svg = await render([MALANG, '--view', 'RantaiPengaduan', '--domain', 'aplikasi']);
        expect([...new Set([...svg.matchAll(/data-id="([^"]+)" data-kind="aplikasi"/g)].map(m => m[1]))].sort()).toEqual(['Lapor', 'MalangMbois']);
        expect(svg).not.toContain('data-id="LayananPengaduan"');
        await expect(render([MALANG, '--view', 'PetaKeamanan', '--domain', 'aplikasi'])).rejects.toThrow(/--domain applies to --view arsitektur, not --view PetaKeamanan/);
    });

    test('an unknown view names the views there are, the closest first', async () => {
        const error = await render([MALANG, '--view', 'RantaiPengadun']).catch(e => e);
        expect(error).toBeInstanceOf(UsageError);
        expect(error.message).toMatch(/^no view 'RantaiPengadun' in the model \(did you mean 'RantaiPengaduan'\?\); the views are arsitektur, peta-rencana, DomainLayanan, .*RantaiPengaduan/);
        await expect(render([MALANG])).rejects.toThrow(/--view is required: arsitektur, peta-rencana or the id of a named view \(--list-views lists them\)/);
    });
});
