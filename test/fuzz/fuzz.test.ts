// The seeded fuzz round. `npm test` runs a short round (fixed seed, a few seconds); `npm run fuzz`
// runs a long one through the same test with SPBE_FUZZ_INPUTS / SPBE_FUZZ_SEED set, and prints figures.
// Time is measured and reported but not asserted here (the machine may be busy); the long round
// reports every input over the 2 s limit.
import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import { createTestServices } from '../helpers/services.js';
import { runRound } from './round.js';

const inputs = Number(process.env.SPBE_FUZZ_INPUTS ?? 6);
const seed = Number(process.env.SPBE_FUZZ_SEED ?? 20261129);
const reportFile = process.env.SPBE_FUZZ_REPORT;
const long = reportFile !== undefined;

describe('fuzzing', () => {
    test(`seed ${seed}, ${inputs} inputs: no exception, no internal error, the server keeps answering`, async () => {
        const services = await createTestServices();
        const report = await runRound(services, {
            seed, inputs, positions: long ? 8 : 4, saveDir: process.env.SPBE_FUZZ_SAVE,
            log: long ? line => process.stderr.write(line + '\n') : undefined,
        });
        if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
        expect(report.inputs).toBe(inputs);
        expect(report.featureCalls).toBeGreaterThan(inputs * 15);
        const failures = report.findings.filter(f => f.kind !== 'slow' || long);
        expect(failures.map(f => `#${f.input} ${f.kind} in ${f.feature}: ${f.message.slice(0, 200)} [${f.description.slice(0, 200)}]`)).toEqual([]);
    }, 600_000_000);
});
