// The architecture view lays out with ELK only the candidate views the quick layout does not rule out
// (diagram/index.ts, mayReadAtFit). This compares that with laying every candidate out: the same view is
// chosen and drawn, byte for byte, on views where the quick layout did rule candidates out, and on the rest.
import { describe, expect, test } from 'vitest';
import { drawArchitectureView, layoutGraph, type ElkNode, type LayoutEngine } from '../../src/diagram/index.js';
import type { SemanticModel } from '../../src/model/types.js';
import type { ArchitectureViewOptions } from '../../src/common/view-options.js';
import { viewOptions } from '../../src/model/views.js';
// @ts-expect-error plain ESM script without type declarations
import { generateWorkspace } from '../../bench/generate.mjs';
import { kotaMalang, modelOf } from './fixtures.js';

/** ELK, with each distinct graph laid out once in this file and the layouts counted per drawing. */
class CountingLayout implements LayoutEngine {
    private readonly done = new Map<string, Promise<ElkNode>>();
    count = 0;
    async layout(graph: ElkNode): Promise<ElkNode> {
        this.count++;
        const key = JSON.stringify(graph);
        let laid = this.done.get(key);
        if (!laid) this.done.set(key, laid = layoutGraph(graph));
        return structuredClone(await laid);
    }
}
const elk = new CountingLayout();

/** Draws the view both ways; returns how many ELK layouts the prediction saved. */
async function compare(model: SemanticModel, options: ArchitectureViewOptions, what: string): Promise<number> {
    elk.count = 0;
    const predicted = await drawArchitectureView(model, options, elk);
    const fewer = elk.count;
    elk.count = 0;
    const all = await drawArchitectureView(model, options, elk, false);
    expect(predicted.svg, what).toBe(all.svg);
    expect(fewer, what).toBeLessThanOrEqual(elk.count);
    return elk.count - fewer;
}

describe('candidate views ruled out by the quick layout', () => {
    test('Kota Malang: its overview and named views are laid out as before (nothing is ruled out)', async () => {
        const model = await kotaMalang();
        // Its overview: the first candidate (7.3 px at fit) is near enough to reading that it is laid out.
        expect(await compare(model, {}, 'overview')).toBe(0);
        for (const v of model.views.filter(v => ['DomainLayanan', 'RantaiPengaduan'].includes(v.id))) {
            expect(await compare(model, viewOptions(model, v) as ArchitectureViewOptions, v.id)).toBe(0);
        }
    });

    test('a generated agency: overview and drill-downs where candidates are ruled out, chosen as when all are laid out', async () => {
        const spec = { elements: 300, relations: 600, initiatives: 10, groups: 2, unitsPerGroup: 12, roadmapFiles: 1, kind: 'pemerintah-daerah' };
        const model = await modelOf((generateWorkspace(spec, 3) as { files: Record<string, string> }).files);
        let saved = 0;
        // The overview and a domain rule nothing out; the three units' views each skip a candidate ELK would reject.
        for (const drill of [undefined, 'layanan', 'data/Opd00', 'layanan/Opd01']) saved += await compare(model, { drill }, drill ?? 'overview');
        expect(saved).toBeGreaterThanOrEqual(3);
    });
});
