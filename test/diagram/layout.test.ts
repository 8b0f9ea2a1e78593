// Invariants of laid-out diagrams: no overlapping nodes, labels that fit, roadmap bars at their years'
// x, arrows that start and end at their bars and never pass through a bar.
import { describe, expect, test } from 'vitest';
import { buildRoadmapGraph, layoutGraph, renderArchitectureSvg, type ElkNode } from '../../src/diagram/index.js';
import { buildArchitectureView, LARGE_VIEW, DETAIL_LINE, NAME_LINE, NAME_SIZE, DETAIL_SIZE, NODE_PAD_TOP, NODE_PAD_X, NODE_PAD_BOTTOM, STACK, type BuildOptions } from '../../src/diagram/architecture-graph.js';
import { edgeLabelRects } from '../../src/diagram/svg-architecture.js';
import { buildRoadmapView, BAR_INSET, LANE_HEADER_W, YEAR_BODY, BAR_PAD_X, BAR_NAME_SIZE, BAR_DETAIL_SIZE, BAR_PAD_TOP, BAR_NAME_LINE, BAR_DETAIL_LINE, BAR_STATUS_W } from '../../src/diagram/roadmap-graph.js';
import { textWidth } from '../../src/diagram/svg-util.js';
import { rectsOverlap } from '../../src/diagram/geometry.js';
import { syntheticModel } from '../../scripts/synthetic-model.mjs';
import { kotaMalang, modelOf } from './fixtures.js';
import { edgePoints, isOrthogonal, nodesCrossed, onBorder, overlappingPairs, rectOf } from './invariants.js';
import type { SemanticModel } from '../../src/model/types.js';

async function checkArchitecture(model: SemanticModel, options: BuildOptions = {}) {
    const view = buildArchitectureView(model, options);
    const laid = await layoutGraph(view.graph);
    const nodes = laid.children!;
    expect(nodes).toHaveLength(view.nodes.size);
    expect(overlappingPairs(nodes)).toEqual([]);
    const byId = new Map(nodes.map(n => [n.id, n]));
    for (const n of nodes) {
        // Every text line fits inside its node (a group's inside its front shape): nothing is cut off.
        const info = view.nodes.get(n.id)!;
        const room = n.width! - 2 * NODE_PAD_X - (info.kind === 'group' ? STACK : 0);
        for (const l of info.nameLines) expect(textWidth(l, NAME_SIZE, true)).toBeLessThanOrEqual(room);
        for (const l of info.detailLines) expect(textWidth(l, DETAIL_SIZE)).toBeLessThanOrEqual(room);
        expect(NODE_PAD_TOP + info.nameLines.length * NAME_LINE + info.detailLines.length * DETAIL_LINE + NODE_PAD_BOTTOM).toBeLessThanOrEqual(n.height!);
    }
    // Domain bands do not interleave: each band lies wholly above the next (rows of a band included).
    const spans = new Map<number, { top: number; bottom: number }>();
    for (const n of nodes) {
        const b = view.nodes.get(n.id)!.band;
        const s = spans.get(b) ?? { top: Infinity, bottom: -Infinity };
        spans.set(b, { top: Math.min(s.top, n.y!), bottom: Math.max(s.bottom, n.y! + n.height!) });
    }
    const ordered = [...spans.entries()].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i][1].top).toBeGreaterThan(ordered[i - 1][1].bottom);
    // Edges start and end on their nodes' borders (an end at a port: its node's) and pass through no other node.
    const nodeOf = (end: string) => byId.get(end) ?? byId.get(end.split('#')[0])!;
    for (const e of laid.edges!) {
        const pts = edgePoints(e);
        const from = nodeOf(e.sources[0]), to = nodeOf(e.targets[0]);
        expect(isOrthogonal(pts)).toBe(true);
        expect(onBorder(pts[0], rectOf(from))).toBe(true);
        expect(onBorder(pts[pts.length - 1], rectOf(to))).toBe(true);
        expect(nodesCrossed(pts, nodes, [from.id, to.id])).toEqual([]);
    }
    // Labels, as drawn: none covers a node or another label.
    const labels = [...edgeLabelRects(view, laid)].map(([id, r]) => ({ id, r }));
    expect(labels.flatMap(l => nodes.filter(n => rectsOverlap(l.r, rectOf(n))).map(n => `${l.id} on ${n.id}`))).toEqual([]);
    const clashes = labels.flatMap((a, i) => labels.slice(i + 1).filter(b => rectsOverlap(a.r, b.r)).map(b => `${a.id} / ${b.id}`));
    expect(clashes).toEqual([]);
    return laid;
}

async function checkRoadmap(model: SemanticModel) {
    const view = buildRoadmapView(model, { today: '2025-06-30' });
    const laid = await layoutGraph(view.graph);
    const nodes = laid.children!;
    expect(overlappingPairs(nodes)).toEqual([]);
    const first = view.years[0];
    const byId = new Map(nodes.map(n => [n.id, n]));
    for (const [id, bar] of view.bars) {
        const n = byId.get(id)!;
        const i = bar.initiative;
        // Exactly its years: from the start of the first to the end of the last, less half a channel at
        // each end (the channels between years are as wide as their arrows need, at least 2 x BAR_INSET).
        expect(view.gutter).toBeGreaterThanOrEqual(2 * BAR_INSET);
        expect(view.yearWidth).toBe(YEAR_BODY + view.gutter);
        expect(view.axisLeft - view.gutter / 2).toBe(LANE_HEADER_W - BAR_INSET);
        expect(n.x).toBeCloseTo(view.axisLeft + ((i.start ?? i.end!) - first) * view.yearWidth + view.gutter / 2, 6);
        expect(n.x! + n.width!).toBeCloseTo(view.axisLeft + ((i.end ?? i.start!) - first + 1) * view.yearWidth - view.gutter / 2, 6);
        // Grouped by muatan: the bar lies inside its lane.
        const lane = view.lanes.find(l => l.key === (i.muatan ?? 'tanpa-muatan'))!;
        expect(bar.lane).toBe(lane.key);
        expect(n.y! >= lane.top && n.y! + n.height! <= lane.top + lane.height).toBe(true);
        for (const l of bar.nameLines) expect(textWidth(l, BAR_NAME_SIZE, true)).toBeLessThanOrEqual(n.width! - 2 * BAR_PAD_X - BAR_STATUS_W);
        for (const l of bar.detailLines) expect(textWidth(l, BAR_DETAIL_SIZE)).toBeLessThanOrEqual(n.width! - 2 * BAR_PAD_X - BAR_STATUS_W);
        expect(BAR_PAD_TOP + bar.nameLines.length * BAR_NAME_LINE + bar.detailLines.length * BAR_DETAIL_LINE).toBeLessThanOrEqual(n.height!);
    }
    const predecessorLinks = [...view.bars.values()].flatMap(b => b.initiative.predecessors.filter(p => view.bars.has(p)).map(p => `${p}->${b.initiative.id}`));
    expect(laid.edges!.map(e => e.id).sort()).toEqual(predecessorLinks.sort());
    for (const e of laid.edges!) {
        const pts = edgePoints(e);
        const from = rectOf(byId.get(e.sources[0])!), to = rectOf(byId.get(e.targets[0])!);
        expect(isOrthogonal(pts)).toBe(true);
        // Leaves the predecessor's right end, arrives at the successor's left end.
        expect(pts[0].x).toBe(from.x + from.width);
        expect(pts[0].y).toBeGreaterThan(from.y); expect(pts[0].y).toBeLessThan(from.y + from.height);
        expect(pts[pts.length - 1].x).toBe(to.x);
        expect(pts[pts.length - 1].y).toBeGreaterThan(to.y); expect(pts[pts.length - 1].y).toBeLessThan(to.y + to.height);
        expect(nodesCrossed(pts, nodes)).toEqual([]);
    }
    return { view, laid };
}

describe('architecture layout', () => {
    test('Kota Malang: no overlaps, labels fit, bands in order, edges attached', async () => {
        await checkArchitecture(await kotaMalang());
    });

    test('a synthetic model of 45 elements holds the same invariants', async () => {
        const model = await modelOf(syntheticModel(45, 10));
        expect(model.elements.length).toBeGreaterThanOrEqual(44);
        await checkArchitecture(model);
    });

    test('every element of a 300-element view (laid out here, not by ELK) holds the same invariants, drawn as laid out', async () => {
        // Integrations in a ring make a cycle inside the aplikasi band; a long name makes one tall node.
        const ring = ['Cincin1', 'Cincin2', 'Cincin3'];
        const model = await modelOf({
            ...syntheticModel(300),
            'cincin.spbe': ring.map((id, i) => `aplikasi ${id} "Aplikasi cincin ${i + 1}${i === 0 ? ' dengan nama yang sangat panjang sekali'.repeat(12) : ''}" {
                khusus
                terintegrasi-dengan ${ring[(i + 1) % ring.length]}
                memproses Data${i + 1}
            }`).join('\n'),
        });
        // Every element at once (the default view would group them).
        const view = buildArchitectureView(model, { allElements: true });
        expect(view.nodes.size).toBeGreaterThan(LARGE_VIEW);
        expect(view.graph.layoutOptions?.['elk.algorithm']).toBe('org.eclipse.elk.fixed');
        const laid = await checkArchitecture(model, { allElements: true });
        // What is drawn (view.laid, no ELK) is what ELK's fixed algorithm returns for the graph.
        const geometry = (g: ElkNode) => [g.width, g.height, g.children!.map(c => [c.id, c.x, c.y, c.width, c.height]),
            g.edges!.map(e => [e.id, edgePoints(e), (e.labels ?? []).map(l => [l.x, l.y, l.width, l.height])])];
        expect(geometry(view.laid!)).toEqual(geometry(laid));
        // Each in-band relation goes down at least one layer, except the one edge that closes the ring.
        const byId = new Map(laid.children!.map(n => [n.id, n]));
        const below = (a: string, b: string) => byId.get(b)!.y! > byId.get(a)!.y! + byId.get(a)!.height!;
        expect(ring.filter((id, i) => below(id, ring[(i + 1) % ring.length]))).toHaveLength(2);
        // Long edges run straight between their ends: at most two bends at each end.
        for (const e of laid.edges!) expect(edgePoints(e).length).toBeLessThanOrEqual(6);
        // Deterministic.
        expect(await renderArchitectureSvg(model, { allElements: true })).toBe(await renderArchitectureSvg(model, { allElements: true }));
    });
});

describe('roadmap layout', () => {
    test('Kota Malang: bars span exactly their years, arrows end at their bars and cross none', async () => {
        const { view, laid } = await checkRoadmap(await kotaMalang());
        expect(view.years).toEqual([2023, 2024, 2025, 2026, 2027]);
        expect(laid.edges!.length).toBe(9);   // the nine 'setelah' links
        // The today line: 2025-06-30 is 180 days into 2025, on that year's bar area.
        expect(view.today!.x).toBeCloseTo(view.axisLeft + 2 * view.yearWidth + view.gutter / 2 + YEAR_BODY * 180 / 365, 5);
    });

    test('a synthetic roadmap of 120 initiatives with many predecessors routes every arrow around the bars', async () => {
        const model = await modelOf(syntheticModel(30, 120));
        const { laid } = await checkRoadmap(model);
        expect(laid.edges!.length).toBeGreaterThan(20);
    });

    test('a long multi-year bar between predecessor and successor is routed around, not through', async () => {
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2029 }
                unit U "U"
                peta-rencana {
                    inisiatif P "Pendahulu" { muatan tata-kelola tahun 2025 pelaksana U }
                    inisiatif Wall "Penghalang lima tahun" { muatan manajemen tahun 2025 - 2029 pelaksana U }
                    inisiatif S "Penerus" { muatan layanan tahun 2027 pelaksana U setelah P }
                }`,
        });
        const { laid } = await checkRoadmap(model);
        const pts = edgePoints(laid.edges![0]);
        const wall = rectOf(laid.children!.find(c => c.id === 'Wall')!);
        // The straight way down at the 2026 boundary is blocked by the wall: the route must go round it.
        expect(pts.some(p => p.x <= wall.x || p.x >= wall.x + wall.width)).toBe(true);
    });

    test('the graph before layout already holds the positions and routes', async () => {
        const model = await kotaMalang();
        const graph = buildRoadmapGraph(model);
        const laid = await layoutGraph(graph);
        expect(laid.children!.map(c => [c.id, c.x, c.y])).toEqual(graph.children!.map(c => [c.id, c.x, c.y]));
        expect(laid.edges!.map(edgePoints)).toEqual(graph.edges!.map(edgePoints));
    });
});
