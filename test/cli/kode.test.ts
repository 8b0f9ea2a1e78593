// spbe kode: the reference code search from the command line (text, JSON, bad options), one process each.
import { describe, expect, test } from 'vitest';
import { expectUsageError, spbe } from '../helpers/cli.js';

describe('spbe kode', () => {
    test('lists the matching codes best first, each with its level and parents, then how many', async () => {
        const r = await spbe(['kode', 'arsip', '--domain', 'proses', '--model', 'examples/minimal.spbe']);
        expect([r.code, r.stderr]).toEqual([0, '']);
        expect(r.stdout.toString()).toBe('RAB.09.06.06  Penyelenggaraan Kearsipan  (fungsi; Pemerintahan Umum › Aparatur Negara)\n1 code\n');
    });

    test('JSON: the children of a code with their paths; no limit unless asked', async () => {
        const r = await spbe(['kode', '--parent', 'rab.09.06', '--format', 'json']);
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout.toString());
        expect(out).toMatchObject({ referenceSet: 'perpres-132-2022', query: { words: [], parent: 'RAB.09.06' }, total: 6 });
        expect(out.results.map((x: { code: string }) => x.code)).toEqual(['RAB.09.06.01', 'RAB.09.06.02', 'RAB.09.06.03', 'RAB.09.06.04', 'RAB.09.06.05', 'RAB.09.06.06']);
        expect(out.results[5]).toEqual({ code: 'RAB.09.06.06', name: 'Penyelenggaraan Kearsipan', level: 3, levelName: 'fungsi', parent: 'RAB.09.06',
            path: [{ code: 'RAB.09', name: 'Pemerintahan Umum' }, { code: 'RAB.09.06', name: 'Aparatur Negara' }], agencyDefined: false });
    });

    test('a bad option is a one-line usage error', async () => {
        expectUsageError(await spbe(['kode', 'arsip', '--level', 'tiga']), /^spbe: --level must be a whole number from 1 to 9, not 'tiga'\n$/);
    });
});
