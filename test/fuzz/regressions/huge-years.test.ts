// Regression from the fuzzer (seed 3, input 111): a target year of 400 nines parses as Infinity, and the
// index projection counted up to it until the process ran out of memory. Every consumer of the model must
// stay bounded whatever the years are.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { projectIndex, MAX_PROJECTED_YEARS } from '../../../src/index/projection.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';
import { FuzzHarness } from '../harness.js';
import { createRandom } from '../mutators.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

describe('absurd years', () => {
    test.each(['9'.repeat(400), '99999999999999999999999', '20266', '1.5'])('a target year %s: the projection stays bounded and the rest is computed', async year => {
        const files = readExample('kota-malang');
        files['peta-rencana.spbe'] = files['peta-rencana.spbe'].replace('indikator 16 { 2026: 4, 2027: 5 }', `indikator 16 { 2026: 4, ${year}: 5 }`);
        expect(files['peta-rencana.spbe']).toContain(year);
        const built = await buildFiles(services, files);
        for (const ruleSet of built.model.indexRuleSets) {
            const projection = projectIndex(built.model, ruleSet);
            expect(projection.years.length).toBeLessThanOrEqual(MAX_PROJECTED_YEARS + 1);
        }
        const harness = new FuzzHarness(services);
        const result = await harness.run(files, ['peta-rencana.spbe'], createRandom(3), 2);
        expect(result.findings.filter(f => f.kind !== 'slow')).toEqual([]);
    });
});
