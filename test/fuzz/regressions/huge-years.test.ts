// Regressions from the fuzzer. Seed 3, input 111: a target year of 400 nines parses as Infinity, and the
// index projection counted up to it until the process ran out of memory. Seed 1, input 849: an agency
// period of 150 nines (1e150, where year++ leaves the year unchanged) made the roadmap's axis loop push
// years until V8 aborted the whole process ("invalid size error"), which would take the language server
// down with it when the roadmap panel or an HTML/Markdown export drew the roadmap. Every consumer of the
// model must stay bounded whatever the years are.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { projectIndex, MAX_PROJECTED_YEARS } from '../../../src/index/projection.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';
import { DiagramOptionError, renderRoadmapSvg } from '../../../src/diagram/index.js';
import { exportHtml, exportMarkdown } from '../../../src/export/index.js';
import { FuzzHarness } from '../harness.js';
import { createRandom } from '../mutators.js';

let services: SpbeServices;
// One harness for the file, as a fuzz round has one: its ELK is warmed once, and a diagram these inputs
// leave unchanged (the architecture, all but the roadmap) is laid out once, then its layout is reused
// (layout-memo.ts); building the graphs, drawing and every other output still run for every input.
let harness: FuzzHarness;
beforeAll(async () => { services = await createTestServices(); harness = new FuzzHarness(services); });

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
        const result = await harness.run(files, ['peta-rencana.spbe'], createRandom(3), 2);
        expect(result.findings.filter(f => f.kind !== 'slow')).toEqual([]);
    });

    test.each([['30 nines', '9'.repeat(30)], ['150 nines', '9'.repeat(150)], ['400 nines (Infinity)', '9'.repeat(400)], ['23 nines', '9'.repeat(23)]])('an agency period of %s: the roadmap is refused with a message, the projection and exports stay bounded', async (_, year) => {
        const files = readExample('kota-malang');
        files['instansi.spbe'] = files['instansi.spbe'].replace('periode 2023 - 2027', `periode ${year}`);
        expect(files['instansi.spbe']).toContain(`periode ${year}`);
        const built = await buildFiles(services, files);
        expect(built.model.agency?.period?.start).toBeGreaterThan(1e20);
        await expect(renderRoadmapSvg(built.model, { today: '2025-06-30' })).rejects.toThrow(DiagramOptionError);
        await expect(renderRoadmapSvg(built.model, { today: '2025-06-30' })).rejects.toThrow(/the roadmap spans .*; check the period and the years of the initiatives/);
        for (const ruleSet of built.model.indexRuleSets) {
            expect(projectIndex(built.model, ruleSet).years.length).toBeLessThanOrEqual(MAX_PROJECTED_YEARS + 1);
        }
        expect(exportHtml(built.model)).toContain('</html>');
        expect(exportMarkdown(built.model).length).toBeGreaterThan(100);
        const result = await harness.run(files, ['instansi.spbe'], createRandom(849), 2);
        expect(result.findings.filter(f => f.kind !== 'slow')).toEqual([]);
    });

    test('a target year of thirty nines with a normal period: the projection stops at the limit', async () => {
        const files = readExample('kota-malang');
        files['peta-rencana.spbe'] = files['peta-rencana.spbe'].replace('indikator 16 { 2026: 4, 2027: 5 }', `indikator 16 { 2026: 4, ${'9'.repeat(30)}: 5 }`);
        const built = await buildFiles(services, files);
        for (const ruleSet of built.model.indexRuleSets) {
            const years = projectIndex(built.model, ruleSet).years;
            expect(years.length).toBeLessThanOrEqual(MAX_PROJECTED_YEARS + 1);
        }
    });
});

