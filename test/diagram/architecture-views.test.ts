// The architecture view as an architect sees it in a 1600 x 1000 panel at "Fit to window": the default
// view reads (no text under 8 px on screen), shows elements where they fit and groups to drill into
// where they do not, every element is within two clicks of the overview, and each level reads too.
// Layout invariants: labels along their edges and never over a node or another label, no view wider
// (or taller) than 3:1, keamanan in a band of its own, integrations through their bus, edges of one
// kind into one shared target merged.
import { describe, expect, test } from 'vitest';
import { DiagramOptionError, drawArchitectureView, layoutGraph, renderArchitectureSvg, type ElkNode } from '../../src/diagram/index.js';
import { buildArchitectureView, prepareArchitecture, type ArchitectureView } from '../../src/diagram/architecture-graph.js';
import { edgeLabelRects } from '../../src/diagram/svg-architecture.js';
import { rectsOverlap, segmentCrossesRect, type Point, type Rect } from '../../src/diagram/geometry.js';
import type { SemanticModel } from '../../src/model/types.js';
// @ts-expect-error plain ESM script without type declarations
import { generateWorkspace } from '../../bench/generate.mjs';
import { viewOptions } from '../../src/model/views.js';
import type { ArchitectureViewOptions } from '../../src/common/view-options.js';
import { kotaMalang, modelOf } from './fixtures.js';
import { drillTargets, elementNodes, fitOf } from './legibility.js';
import { edgePoints, rectOf } from './invariants.js';

/** A generated agency of `elements` elements (bench/generate.mjs), built once per test file. */
const generated = new Map<string, Promise<SemanticModel>>();
function agency(elements: number, groups: number, unitsPerGroup: number): Promise<SemanticModel> {
    const key = `${elements}/${groups}/${unitsPerGroup}`;
    let model = generated.get(key);
    if (!model) {
        const spec = { elements, relations: elements * 2, initiatives: 10, groups, unitsPerGroup, roadmapFiles: 1, kind: 'pemerintah-daerah' };
        generated.set(key, model = modelOf((generateWorkspace(spec, 3) as { files: Record<string, string> }).files));
    }
    return model;
}
const city = () => agency(300, 2, 12);
/** Every element at once (Kota Malang's default view shows some of its 45 elements in groups). */
const ALL = { allElements: true } as const;

function expectReadsAtFit(svg: string) {
    const fit = fitOf(svg);
    expect(fit.minFont).toBeGreaterThanOrEqual(10);
    expect(fit.minPx, `smallest text at fit in ${fit.width} x ${fit.height}`).toBeGreaterThanOrEqual(8);
    expect(fit.aspect).toBeLessThanOrEqual(3);
}

// Drawings and layouts are deterministic (the graphs fix ELK's seed), and several tests look at the same
// one (Kota Malang's default view, its every-element view, the city's overview): each is made once in this
// file. An SVG is a string; a laid-out graph is handed out as a copy.
const modelIds = new WeakMap<SemanticModel, number>();
let models = 0;
function keyOf(model: SemanticModel, options: ArchitectureViewOptions): string {
    if (!modelIds.has(model)) modelIds.set(model, ++models);
    return `${modelIds.get(model)} ${JSON.stringify(options)}`;
}
const drawings = new Map<string, Promise<string>>();
function render(model: SemanticModel, options: ArchitectureViewOptions = {}): Promise<string> {
    const key = keyOf(model, options);
    let svg = drawings.get(key);
    if (!svg) drawings.set(key, svg = renderArchitectureSvg(model, options));
    return svg;
}
const layouts = new Map<string, Promise<ElkNode>>();
async function layoutOnce(graph: ElkNode): Promise<ElkNode> {
    const key = JSON.stringify(graph);
    let laid = layouts.get(key);
    if (!laid) layouts.set(key, laid = layoutGraph(graph));
    return structuredClone(await laid);
}

/** Laid out as drawn, with the label rectangles as drawn. */
async function laidOut(view: ArchitectureView, as?: ElkNode) {
    const laid = as ?? view.laid ?? await layoutOnce(view.graph);
    return { laid, labels: edgeLabelRects(view, laid) };
}

/** Labels: none over a node or another label, each on (one of) its edge(s). */
async function checkLabels(view: ArchitectureView, what = 'the view', as?: ElkNode) {
    const { laid, labels } = await laidOut(view, as);
    const nodes = laid.children!.map(c => ({ id: c.id, r: rectOf(c) }));
    const list = [...labels].map(([id, r]) => ({ id, r }));
    expect(list.length).toBeGreaterThan(0);
    const onNodes = list.flatMap(l => nodes.filter(n => rectsOverlap(l.r, n.r)).map(n => `${l.id} on ${n.id}`));
    expect(onNodes, what).toEqual([]);
    const clashes = list.flatMap((a, i) => list.slice(i + 1).filter(b => rectsOverlap(a.r, b.r)).map(b => `${a.id} / ${b.id}`));
    expect(clashes, what).toEqual([]);
    // Along the edge: the label's edge (or, for a bundle, one of its edges) runs through the label.
    const routes = new Map(laid.edges!.map(e => [e.id, edgePoints(e)]));
    const through = (points: Point[], r: Rect) => points.some((p, i) => i > 0 && segmentCrossesRect(points[i - 1], p, r));
    const off = list.filter(l => {
        const info = view.edges.find(e => e.id === l.id)!;
        const members = info.bundle ? view.edges.filter(e => e.bundle === info.bundle) : [info];
        return !members.some(m => through(routes.get(m.id)!, l.r));
    });
    expect(off.map(l => l.id), `labels off their edge in ${what}`).toEqual([]);
    return { laid, labels };
}

describe('Kota Malang: the default view', () => {
    test('reads at fit and is within 3:1; every element is in it or one click away, and each of those levels reads', async () => {
        const model = await kotaMalang();
        const svg = await render(model);
        expectReadsAtFit(svg);
        // Its 45 elements all at once would not read (7.9 px at fit): some domains are groups.
        expect(fitOf(await render(model, ALL)).minPx).toBeLessThan(8);
        const reached = new Set(elementNodes(svg));
        for (const id of drillTargets(svg)) {
            const level = await render(model, { drill: id });
            expectReadsAtFit(level);
            for (const e of elementNodes(level)) reached.add(e);
        }
        expect([...reached].sort()).toEqual(model.elements.map(e => e.id).sort());
    });

    test('keamanan has a band of its own, below infrastruktur, and the legend names it', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model, ALL);
        const { laid } = await laidOut(view);
        const y = (domain: string, pick: (a: number, b: number) => number) => laid.children!
            .filter(c => view.nodes.get(c.id)!.domain === domain).map(c => domain === 'keamanan' ? c.y! : c.y! + c.height!).reduce(pick);
        expect(y('keamanan', (a, b) => Math.min(a, b))).toBeGreaterThan(y('infrastruktur', (a, b) => Math.max(a, b)));
        const svg = await render(model);
        expect(svg).toContain('<g class="band" data-kind="band" data-domain="keamanan">');
        expect(svg).toMatch(/<g class="legend-entry"[^>]*>.*?>Keamanan<\/text><\/g>/);
    });

    test('integrations go through their bus: app -> bus -> app', async () => {
        const view = buildArchitectureView(await kotaMalang(), ALL);
        const edge = (from: string, to: string) => view.edges.filter(e => e.from === from && e.to === to);
        // MalangMbois terintegrasi-dengan Lapor melalui SplpMalang (and Pdktsam, PortalSatuData likewise).
        expect(edge('MalangMbois', 'SplpMalang')).toHaveLength(1);
        expect(edge('SplpMalang', 'Lapor')).toHaveLength(1);
        expect(edge('SplpMalang', 'PortalSatuData')).toHaveLength(1);
        expect(edge('MalangMbois', 'Lapor')).toEqual([]);
        expect(view.edges.some(e => e.label.includes('via'))).toBe(false);
        // Without the bus in the view, the integration is drawn directly and names it.
        const apps = buildArchitectureView(await kotaMalang(), { domains: ['aplikasi'] });
        const direct = apps.edges.find(e => e.from === 'MalangMbois' && e.to === 'Lapor')!;
        expect(direct.label).toBe('terintegrasi melalui SplpMalang');
    });

    test('edges of one kind into one shared target meet at one point and carry one label', async () => {
        const view = buildArchitectureView(await kotaMalang(), ALL);
        const { laid, labels } = await laidOut(view);
        const intoPdn = view.edges.filter(e => e.to === 'PusatDataNasional' && e.kind === 'berjalan-di');
        expect(intoPdn.length).toBeGreaterThanOrEqual(6);
        expect(new Set(intoPdn.map(e => e.bundle)).size).toBe(1);
        const ends = intoPdn.map(e => { const p = edgePoints(laid.edges!.find(l => l.id === e.id)!); return JSON.stringify(e.reversed ? p[0] : p[p.length - 1]); });
        expect(new Set(ends).size).toBe(1);
        expect(intoPdn.filter(e => labels.has(e.id))).toHaveLength(1);
    });

    test('edge labels lie along their edges and cover no node and no other label', async () => {
        await checkLabels(buildArchitectureView(await kotaMalang(), ALL));
    });

    test('a drill-down level (the aplikasi domain) reads at fit: its elements and their neighbours', async () => {
        const model = await kotaMalang();
        const svg = await render(model, { drill: 'aplikasi' });
        expectReadsAtFit(svg);
        const apps = model.elements.filter(e => e.domain === 'aplikasi').map(e => e.id).sort();
        expect(elementNodes(svg).sort()).toEqual(apps);
        expect(svg).toContain('data-context="true"');
        expect(svg).toMatch(/<g class="crumb" data-drill="">/);   // the way back to the overview
    });

    test('an unknown group is refused with the ids that exist', async () => {
        const model = await kotaMalang();
        await expect(renderArchitectureSvg(model, { drill: 'aplikasi/Nope' })).rejects.toThrow(DiagramOptionError);
        await expect(renderArchitectureSvg(model, { drill: 'aplikasi/Nope' })).rejects.toThrow(/unknown group 'aplikasi\/Nope'.*'aplikasi/);
    });
});

describe('Kota Malang: its named views (tampilan.spbe)', () => {
    test('every architecture view reads at fit, within 3:1, its labels clear of nodes and of each other', async () => {
        const model = await kotaMalang();
        const views = model.views.filter(v => v.kind === 'architecture');
        expect(views.length).toBeGreaterThanOrEqual(8);
        for (const v of views) {
            const options = viewOptions(model, v) as ArchitectureViewOptions;
            // As drawn: laid out again with more room between layers where labels found none on their edges.
            const { view, laid, svg } = await drawArchitectureView(model, options);
            expectReadsAtFit(svg);
            expect(svg).toContain(`>${v.name}</text>`);
            if (view.edges.length > 0) await checkLabels(view, v.id, laid);
        }
    });
});

describe('a city of 300 elements (generated)', () => {
    test('the overview reads at fit: groups with counts, counted edges between them', async () => {
        const svg = await render(await city());
        expectReadsAtFit(svg);
        const groups = drillTargets(svg);
        expect(groups.length).toBeGreaterThan(3);
        // A counted edge between two groups says how many relations it stands for.
        expect(svg).toMatch(/<g class="edge"[^>]*data-from="kelompok:[^"]*" data-to="kelompok:[^"]*" data-count="([2-9]|\d\d+)"/);
    });

    test('each drill-down level reads at fit', async () => {
        const model = await city();
        const overview = await render(model);
        // The largest group of the overview, and inside it the largest group again if there is one.
        const largest = (svg: string) => [...svg.matchAll(/<g class="node group"[^>]*?data-drill="([^"]*)"[^>]*?data-count="(\d+)"/g)]
            .filter(m => !m[0].includes('data-context')).sort((a, b) => Number(b[2]) - Number(a[2]))[0]?.[1];
        const first = largest(overview)!;
        const level1 = await render(model, { drill: first });
        expectReadsAtFit(level1);
        expect(level1).toContain(`data-drill-level="${first}"`);
        const second = largest(level1);
        if (second) expectReadsAtFit(await render(model, { drill: second }));
    });

    test('labels: none over a node or another label; every view within 3:1', async () => {
        const model = await city();
        await checkLabels(buildArchitectureView(model));
        // A domain of the city on its own: one band, wrapped into rows instead of a strip.
        const apps = await render(model, { domains: ['aplikasi'], allElements: true });
        expect(fitOf(apps).aspect).toBeLessThanOrEqual(3);
        // Every element at once (laid out by large-layout.ts): far too big to read at fit, but not a strip.
        const all = buildArchitectureView(model, { allElements: true });
        expect(all.nodes.size).toBe(model.elements.length);
        const { laid } = await checkLabels(all);
        expect(Math.max(laid.width! / laid.height!, laid.height! / laid.width!)).toBeLessThanOrEqual(3);
    });
});

describe('drill-down reaches every element', () => {
    /** Follows group nodes from the overview (planned views: what is shown does not depend on layout). */
    function reach(model: SemanticModel, step: { show: number; maxEdges: number }) {
        const clicks = new Map<string, number>();
        const prepared = prepareArchitecture(model);   // one scope: every view of it shares the hierarchy
        const visit = (drill: string | undefined, depth: number) => {
            const view = buildArchitectureView(model, { drill, ...step }, prepared);
            for (const n of view.nodes.values()) {
                if (n.context) continue;
                if (n.kind === 'element') { if (!clicks.has(n.id)) clicks.set(n.id, depth); }
                else if (depth < 2) visit(n.drill, depth + 1);
            }
        };
        visit(undefined, 0);
        return clicks;
    }

    test('within two clicks of the overview, however far the overview opens its groups', async () => {
        // One department with two units: a domain holds about a hundred elements, more than a view can.
        const model = await agency(600, 1, 3);
        for (const step of [{ show: 40, maxEdges: 80 }, { show: 0, maxEdges: 0 }]) {
            const clicks = reach(model, step);
            expect([...clicks.keys()].sort()).toEqual(model.elements.map(e => e.id).sort());
            expect(Math.max(...clicks.values())).toBeLessThanOrEqual(2);
        }
        // The least open overview needs both clicks for some elements: the depth is real.
        expect(Math.max(...reach(model, { show: 0, maxEdges: 0 }).values())).toBe(2);
    });

    test('a group id names domain, unit and code and stays the same across renders', async () => {
        const model = await agency(600, 1, 3);
        const view = buildArchitectureView(model, { show: 0, maxEdges: 0 });
        const ids = [...view.nodes.values()].filter(n => n.kind === 'group').map(n => n.drill!);
        for (const id of ids) expect(id).toMatch(/^(layanan|proses|data|aplikasi|infrastruktur|keamanan)(\/[^/]+)*$/);
        expect(buildArchitectureView(model, { show: 0, maxEdges: 0 }).nodes.keys()).toEqual(view.nodes.keys());
    });

    test('a small view whose elements would not read (dense relations, long names) shows groups instead', async () => {
        const lines = ['instansi X "Kabupaten Padat Relasi" { periode 2025 - 2029 }', 'unit U1 "Unit Satu"', 'unit U2 "Unit Dua"'];
        for (let i = 0; i < 20; i++) {
            const produced = [0, 1, 2, 3, 4].map(k => `D${(i * 7 + k * 3) % 20}`);
            lines.push(`proses P${i} "Proses bisnis dengan nama yang cukup panjang nomor ${i}" { pemilik U${1 + i % 2} menghasilkan ${produced.join(', ')} }`);
            lines.push(`data D${i} "Data dengan nama yang cukup panjang nomor ${i}" { pemilik U${1 + i % 2} }`);
        }
        const model = await modelOf({ 'x.spbe': lines.join('\n') });
        expect(model.elements).toHaveLength(40);   // few enough for one view of elements, but a hundred relations
        const svg = await render(model);
        expectReadsAtFit(svg);
        expect(drillTargets(svg).length).toBeGreaterThan(0);
        // Whatever is grouped is one click away and reads there too.
        for (const id of drillTargets(svg).slice(0, 1)) expectReadsAtFit(await render(model, { drill: id }));
    });

    test('a model without units or codes is still cut into views of readable size', async () => {
        const lines = ['instansi X "X" { periode 2025 - 2026 }'];
        for (let i = 0; i < 130; i++) lines.push(`proses P${i} "Proses ${i}"`);
        const model = await modelOf({ 'x.spbe': lines.join('\n') });
        const svg = await render(model);
        expectReadsAtFit(svg);
        const parts = drillTargets(svg);
        expect(parts.length).toBeGreaterThan(1);
        for (const id of parts) expect(id).toMatch(/^proses(\/-)?\/~\d+$/);
        expect(elementNodes(await render(model, { drill: parts[0] })).length).toBeLessThanOrEqual(40);
    });
});
