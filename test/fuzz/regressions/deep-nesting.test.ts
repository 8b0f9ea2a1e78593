// Regression from the fuzzer (seed 4, input 97, 8.3 s of CPU): 'proses P {' inserted 500 times into
// proses-bisnis.spbe. Error recovery rightly turns each into a declaration of P, so the model holds 499
// processes named P (each an error). The time was not in the parser: the architecture view drew one box
// per declaration, all with the ELK id 'P', and laid out a 539-node graph (3.5 s, twice per input); at
// 5000 the layout did not finish in two minutes. The ArchiMate export's unique ids and the duplicate-name
// check were also quadratic in the number of duplicates (1.1 s and 0.8 s at 5000). And the fixed input
// 'the example twice' (run in every round) drew every arrow twice: 3.2 s of CPU, two thirds of it layout.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildArchitectureGraph, renderArchitectureSvg } from '../../../src/diagram/index.js';
import { exportArchimate } from '../../../src/export/index.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';
import type { BuiltWorkspace } from '../../../src/model/build-workspace.js';
import { FuzzHarness } from '../harness.js';
import { createRandom } from '../mutators.js';
import { MAX_FINDINGS_PER_FILE } from '../../../src/language/validation/document-validator.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

function nested(times: number): Record<string, string> {
    const files = readExample('kota-malang');
    files['aplikasi.spbe'] += '\n' + 'proses P {'.repeat(times);
    return files;
}

// The example with 5000 nested declarations, built once for the two tests that look at it (its model and
// its findings are plain data, still valid after later tests build other workspaces).
let nested5000: Promise<BuiltWorkspace> | undefined;
const builtNested5000 = () => nested5000 ??= buildFiles(services, nested(5000));

describe('deeply nested declarations of one name', () => {
    test('5000 nested "proses P {": one architecture box for P, laid out and drawn', async () => {
        const built = await builtNested5000();
        expect(built.model.elements.filter(e => e.id === 'P')).toHaveLength(5000);
        const graph = buildArchitectureGraph(built.model);
        const ids = graph.children!.map(c => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter(id => id === 'P')).toHaveLength(1);
        // Every element at once (the default overview groups a workspace this size; see the drill-down tests).
        const all = buildArchitectureGraph(built.model, { allElements: true }).children!.map(c => c.id);
        expect(all.length).toBe(new Set(built.model.elements.map(e => e.id)).size);
        const svg = await renderArchitectureSvg(built.model, { allElements: true });
        expect(svg.match(/>P</g)?.length ?? 0).toBeLessThanOrEqual(2);
    });

    test('a duplicate shows the first declaration: the one with a title and relations wins over later empty ones', async () => {
        const built = await buildFiles(services, {
            'a.spbe': 'unit U "U"\nproses P "Proses Pertama" { pemilik U }\nproses P {\ndata P "Data P"\n',
        });
        const graph = buildArchitectureGraph(built.model);
        expect(graph.children!.map(c => c.id)).toEqual(['P']);
        const svg = await renderArchitectureSvg(built.model);
        expect(svg).toContain('Proses Pertama');
        expect(svg).not.toContain('Data P');
    });

    test('the example declared twice draws the same architecture graph as the example (one box and one arrow each)', async () => {
        const example = readExample('kota-malang');
        const once = buildArchitectureGraph((await buildFiles(services, example)).model);
        const twice = buildArchitectureGraph((await buildFiles(services, { ...example, 'salinan.spbe': Object.values(example).join('\n') })).model);
        expect(twice).toEqual(once);
        expect(new Set(twice.edges!.map(e => e.id)).size).toBe(twice.edges!.length);
        expect(twice.edges!.some(e => e.id.includes('#'))).toBe(false);
    });

    test('5000 duplicates: the ArchiMate ids stay unique (el-P, el-P-3 ... el-P-5001) and an existing P-2 keeps el-P-2', async () => {
        // a-dulu.spbe sorts first, so its P-2 takes el-P-2 and the duplicates of P go on to el-P-5001.
        const model = (await buildFiles(services, { 'a-dulu.spbe': 'proses P-2 "sudah ada"\n', ...nested(5000) })).model;
        const ids = [...exportArchimate(model).matchAll(/<element identifier="(el-P(?:-\d+)?)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toContain('el-P-5001');
        expect(ids.filter(id => /^el-P(-\d+)?$/.test(id))).toHaveLength(5001);
    });

    test('5000 duplicates: each names five other places and counts the rest', async () => {
        const built = await builtNested5000();
        const all = [...built.diagnostics.values()].flat();
        const messages = all.filter(d => d.code === 'SPBE-G01' || /is declared 5000 times/.test(d.message));
        // A file lists its first 1,000 findings (errors first); SPBE-S03 counts the rest.
        expect(all).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
        expect(messages.length).toBeGreaterThanOrEqual(MAX_FINDINGS_PER_FILE / 2);
        expect(all.filter(d => d.code === 'SPBE-S03')).toHaveLength(1);
        for (const d of messages.slice(0, 20)) expect(d.message).toMatch(/ and 4994 more\)/);
    });

    test('the saved input runs through the harness without findings other than time', async () => {
        const harness = new FuzzHarness(services);
        const result = await harness.run(nested(5000), ['aplikasi.spbe'], createRandom(97), 2);
        expect(result.findings.filter(f => f.kind !== 'slow').map(f => f.message)).toEqual([]);
    });
});
