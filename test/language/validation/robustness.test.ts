// The rules run on whatever the parser recovers from half-typed text: no rule may throw. Langium turns a
// throwing check into an "An error occurred during validation" diagnostic, so none may appear.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';

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
    test('140,000 findings are all reported (Langium added them with one spread call, overflowed and reported none)', async () => {
        // `data D` has four findings: no custodian, no classification, nothing refers to it, declared twice.
        const ws = await buildFiles(services, { 'x.spbe': 'data D\n'.repeat(35_000) });
        const diagnostics = [...ws.diagnostics.values()].flat();
        expect(diagnostics.filter(d => /error occurred/i.test(d.message))).toEqual([]);
        expect(diagnostics).toHaveLength(140_000);
        expect(new Set(diagnostics.map(d => d.code))).toEqual(new Set(['SPBE-T04', 'SPBE-T09', 'SPBE-T06', 'SPBE-G01']));
    }, 120_000);
});
