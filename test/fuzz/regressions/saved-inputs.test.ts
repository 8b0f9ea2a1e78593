// Every input the fuzzer once failed on, saved under inputs/ (named seed<S>-input<N>-<what>.spbe), is run
// through the whole harness again: parse, link, validate, editor features, diagrams, exports, index.
import { describe, expect, test, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { createTestServices } from '../../helpers/services.js';
import { FuzzHarness } from '../harness.js';
import { createRandom } from '../mutators.js';

const DIR = path.join(__dirname, 'inputs');
const inputs = fs.readdirSync(DIR).filter(f => f.endsWith('.spbe')).sort();
let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

describe('saved fuzz inputs', () => {
    test.each(inputs)('%s', async name => {
        const harness = new FuzzHarness(services);
        const result = await harness.run({ [name]: fs.readFileSync(path.join(DIR, name), 'utf8') }, [name], createRandom(1), 4);
        expect(result.findings.filter(f => f.kind !== 'slow').map(f => `${f.kind} in ${f.feature}: ${f.message}`)).toEqual([]);
        expect(result.featureCalls).toBeGreaterThan(20);
    });

    test('a declaration without a name is left out of the model; the rest is kept', async () => {
        const harness = new FuzzHarness(services);
        const text = 'unit U "Unit"\nlayanan "Tanpa nama" { kode RAL.01 pemilik U }\nproses P "Proses" { pemilik U }\npeta-rencana { inisiatif "x" { muatan aplikasi } }\n';
        const result = await harness.run({ 'x.spbe': text }, ['x.spbe'], createRandom(2), 2);
        expect(result.findings.filter(f => f.kind !== 'slow')).toEqual([]);
        const { buildFiles } = await import('../../helpers/services.js');
        const built = await buildFiles(services, { 'x.spbe': text });
        expect(built.model.elements.map(e => e.id)).toEqual(['P']);
        expect(built.model.roadmap.initiatives).toEqual([]);
        expect([...built.diagnostics.values()].flat().some(d => d.code === 'SPBE-S01')).toBe(true);
    });
});
