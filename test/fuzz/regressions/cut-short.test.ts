// Regressions from the fuzzer (seed 1, input 1344, and the same shape elsewhere): parts of a declaration
// cut short by a syntax error. An integration without its target made two validators throw (internal
// validation errors); an `abaikan` without its reason made the acknowledgement step throw, which failed the
// whole build of the workspace (no diagnostics at all); an `abaikan` without its rule id made the
// unknown-rule check throw. The syntax error is reported; everything else is judged as if the part were absent.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles, createTestServices } from '../../helpers/services.js';
import { FuzzHarness } from '../harness.js';
import { createRandom } from '../mutators.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const TEXT = `unit U "U"
infrastruktur Srv "Server" { kategori pusat-data }
aplikasi A "A" { khusus pemilik U terintegrasi-dengan melalui Srv berjalan-di Srv }
aplikasi C "C" { khusus pemilik U abaikan SPBE-T03 }
aplikasi D "D" { khusus pemilik U berjalan-di Srv abaikan "alasan" }
`;

describe('declarations cut short', () => {
    test('no internal error, the build completes, and each part is judged as absent', async () => {
        const built = await buildFiles(services, { 'x.spbe': TEXT });
        const diagnostics = [...built.diagnostics.values()].flat();
        expect(diagnostics.filter(d => /An error occurred/.test(d.message))).toEqual([]);
        const codes = diagnostics.map(d => d.code);
        expect(codes.filter(c => c === 'SPBE-S01').length).toBeGreaterThanOrEqual(3);
        // The bus of the target-less integration is still judged; the target shows as '?'.
        expect(diagnostics.find(d => d.code === 'SPBE-T11')?.message).toMatch(/A integrates with \? through Srv/);
        // The reasonless abaikan acknowledges nothing (C's finding stays a warning) and is not called stale;
        // the rule-less one is not an unknown rule.
        const cFinding = diagnostics.find(d => d.code === 'SPBE-T03' && d.range.start.line === 3);
        expect(cFinding?.severity).toBe(2);
        expect(codes).not.toContain('SPBE-G02');
        expect(diagnostics.filter(d => /acknowledges no finding/.test(d.message))).toEqual([]);
    });

    test('the saved input and the text above run through the harness without findings', async () => {
        const harness = new FuzzHarness(services);
        const result = await harness.run({ 'x.spbe': TEXT }, ['x.spbe'], createRandom(1344), 3);
        expect(result.findings.filter(f => f.kind !== 'slow').map(f => f.message)).toEqual([]);
    });
});
