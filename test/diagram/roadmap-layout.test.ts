// The roadmap is drawn from the positions and routes computed with it, without ELK: this compares that
// drawing with the one from the graph after ELK's "fixed" algorithm (the way it was drawn before), byte
// for byte, on Kota Malang, the benchmark's 200-initiative roadmap, an empty and an unscheduled roadmap.
import { describe, expect, test } from 'vitest';
import { layoutGraph, renderRoadmapSvg } from '../../src/diagram/index.js';
import { buildRoadmapView } from '../../src/diagram/roadmap-graph.js';
import { roadmapSvg } from '../../src/diagram/svg-roadmap.js';
import { palette } from '../../src/diagram/theme.js';
import type { RoadmapViewOptions } from '../../src/diagram/options.js';
import type { SemanticModel } from '../../src/model/types.js';
import { generatedRoadmap, kotaMalang, modelOf } from './fixtures.js';

async function throughElk(model: SemanticModel, options: RoadmapViewOptions): Promise<string> {
    const view = buildRoadmapView(model, options);
    return roadmapSvg(view, await layoutGraph(view.graph), palette(options.theme));
}

describe('roadmap without ELK', () => {
    test('Kota Malang: the same SVG as through ELK, with filters, ticks and themes', async () => {
        const model = await kotaMalang();
        for (const options of [{}, { today: '2025-06-30', ticks: 'triwulan' }, { muatan: ['keamanan', 'audit-tik'], theme: 'dark' }, { units: ['Diskominfo'], ticks: 'semester' }] as RoadmapViewOptions[]) {
            const svg = await renderRoadmapSvg(model, options);
            expect(svg).toContain('class="bar"');
            expect(svg).toBe(await throughElk(model, options));
        }
    });

    test('the 200-initiative roadmap: the same SVG as through ELK', async () => {
        const model = await generatedRoadmap();
        const options = { today: '2027-03-01' };
        const svg = await renderRoadmapSvg(model, options);
        expect(svg.match(/class="arrow"/g)!.length).toBeGreaterThan(100);
        expect(svg).toBe(await throughElk(model, options));
    });

    test('a roadmap without initiatives, and one whose initiatives have no valid year: the same SVG as through ELK', async () => {
        const empty = await modelOf({ 'a.spbe': 'instansi A "A" { periode 2025 - 2026 }' });
        const unscheduled = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2026 }
                unit U "U"
                peta-rencana {
                    inisiatif I "I" { muatan layanan pelaksana U }
                    tonggak T "T" { tahun 2025 bulan 2 }
                }`,
        });
        for (const model of [empty, unscheduled]) expect(await renderRoadmapSvg(model)).toBe(await throughElk(model, {}));
    });
});
