// The rules run on whatever the parser recovers from half-typed text: no rule may throw. Langium turns a
// throwing check into an "An error occurred during validation" diagnostic, so none may appear.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';
import { MAX_FINDINGS_PER_FILE } from '../../../src/language/validation/document-validator.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

describe('rules on incomplete text', () => {
    const example = readExample('kota-malang');
    for (const name of Object.keys(example)) {
        test(`${name} cut at three places validates without internal errors`, async () => {
            const text = example[name];
            for (const fraction of [0.23, 0.52, 0.87]) {
                const cut = Math.floor(text.length * fraction);
                const ws = await buildFiles(services, { ...example, [name]: text.substring(0, cut) });
                const internal = [...ws.diagnostics.values()].flat().filter(d => /error occurred/i.test(d.message));
                expect(internal.map(d => d.message)).toEqual([]);
            }
        });
    }
});

describe('a file with more findings than a call can take arguments', () => {
    test('140,000 findings are all found (Langium added them with one spread call, overflowed and reported none); the first 1,000 are listed, errors first, and one more counts the rest', async () => {
        // `data D` has four findings: no custodian, no classification, nothing refers to it, declared twice.
        const ws = await buildFiles(services, { 'x.spbe': 'data D\n'.repeat(35_000) });
        const diagnostics = [...ws.diagnostics.values()].flat();
        expect(diagnostics.filter(d => /error occurred/i.test(d.message))).toEqual([]);
        expect(diagnostics).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
        expect(new Set(diagnostics.slice(0, MAX_FINDINGS_PER_FILE).map(d => d.code))).toEqual(new Set(['SPBE-G01']));
        expect(diagnostics.slice(0, MAX_FINDINGS_PER_FILE).map(d => d.range.start.line)).toEqual([...Array(MAX_FINDINGS_PER_FILE).keys()]);
        const summary = diagnostics[MAX_FINDINGS_PER_FILE];
        expect(summary.code).toBe('SPBE-S03');
        expect(summary.message).toMatch(/^139,000 more findings in this file are not shown \(34,000 errors, \d{2,3},\d{3} warnings, [\d,]+ info\)/);
    }, 120_000);
});
