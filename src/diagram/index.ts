// The diagram engine: semantic model + view options -> ELK graph -> elkjs layout -> SVG (or PNG).
// Pure apart from the layout engine, which the caller may choose: no Langium, no file system, no Node
// modules (PNG is the CLI's: cli/png.ts).
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { SemanticModel } from '../model/types.js';
import { buildArchitectureView, prepareArchitecture, type ArchitectureView, type BuildOptions, type PreparedArchitecture } from './architecture-graph.js';
import { layoutGraph, type LayoutEngine } from './layout.js';
import type { ArchitectureViewOptions, RoadmapViewOptions } from './options.js';
import { buildRoadmapView } from './roadmap-graph.js';
import { drawArchitecture } from './svg-architecture.js';
import { fitScale, MIN_FONT_SIZE, MIN_TEXT_PX, readsAtFit } from './legibility.js';
import { roadmapSvg } from './svg-roadmap.js';
import { palette } from './theme.js';

export type { ArchitectureDiffMarks, ArchitectureViewOptions, DiffMark, RoadmapViewOptions } from './options.js';
export type { ElkNode } from 'elkjs/lib/elk-api.js';
export { DiagramOptionError, type ThemeName } from './theme.js';
export { InProcessLayout, layoutGraph, type LayoutEngine } from './layout.js';

/**
 * The ELK graph of the architecture view (the most open of its views; renderArchitectureSvg may draw a
 * less open one to read at fit): nodes = elements and groups, edges = relations, counted between groups.
 * Before layout, except for views of more than 120 nodes, which are laid out here and come with
 * positions and routes for ELK's fixed algorithm.
 */
export function buildArchitectureGraph(model: SemanticModel, options: ArchitectureViewOptions = {}): ElkNode {
    return buildArchitectureView(model, options).graph;
}

/** The ELK graph of the roadmap view: bars and milestones at fixed positions, arrows with routes. */
export function buildRoadmapGraph(model: SemanticModel, options: RoadmapViewOptions = {}): ElkNode {
    return buildRoadmapView(model, options).graph;
}

/**
 * How far a view opens groups beyond what two clicks need (items and edges between them at most), and
 * whether a drilled-down group shows its neighbours: tried in turn until the view reads at fit
 * (legibility.ts). The last are the plainest: what two clicks need, without neighbours, groups rather than
 * elements in an overview, then no edges.
 */
const OPENING_STEPS: readonly { show: number; maxEdges: number; context: boolean; groupsFirst?: true; edges?: false }[] = [
    { show: 40, maxEdges: 80, context: true }, { show: 24, maxEdges: 48, context: true }, { show: 0, maxEdges: 0, context: true },
    { show: 40, maxEdges: 80, context: false }, { show: 24, maxEdges: 48, context: false }, { show: 0, maxEdges: 0, context: false },
    // An overview whose elements would all fit one view but do not read: groups of them instead.
    { show: 24, maxEdges: 48, context: false, groupsFirst: true }, { show: 0, maxEdges: 0, context: false, groupsFirst: true },
    // The last resort, for views of many densely related groups: the groups without the edges between them.
    { show: 0, maxEdges: 0, context: false, groupsFirst: true, edges: false },
];
/** Views larger than this are not laid out to be measured: they cannot read at fit. */
const HOPELESS = { nodes: 56, edges: 90 };
/**
 * How much more legible at fit ELK's drawing of a view can be than the quick layout's (large-layout.ts, tens
 * of milliseconds where ELK takes 0.1-2 s). A view whose quick drawing would need more than this to read is
 * not laid out by ELK. On Kota Malang's views and drill-downs and the generated 300- and 2,000-element
 * agencies' (test/diagram/candidate-prediction.test.ts), ELK's smallest text at fit was 0.93-1.36 times the
 * quick layout's; the quick one keeps room for every label beside its edge, and long bands in one row.
 */
const ELK_GAIN_AT_MOST = 1.6;

/** `layout`: the engine that lays the view out (default: elkjs in this thread). */
export async function renderArchitectureSvg(model: SemanticModel, options: ArchitectureViewOptions = {}, layout?: LayoutEngine): Promise<string> {
    return (await drawArchitectureView(model, options, layout)).svg;
}

/**
 * The architecture view as renderArchitectureSvg draws it: the most open one that reads at fit, laid out, and
 * its SVG. `predict: false` lays out every candidate with ELK, also those the quick layout rules out (the tests
 * compare both ways).
 */
export async function drawArchitectureView(model: SemanticModel, options: ArchitectureViewOptions = {}, layout?: LayoutEngine, predict = true): Promise<{ view: ArchitectureView; laid: ElkNode; svg: string }> {
    const prepared = prepareArchitecture(model, options);
    const colors = palette(options.theme);
    const steps = options.allElements ? OPENING_STEPS.slice(0, 1) : OPENING_STEPS;
    let drawn: { view: ArchitectureView; laid: ElkNode; svg: string } | undefined;
    const tried = new Set<string>();
    for (const [i, step] of steps.entries()) {
        const view = buildArchitectureView(model, { ...options, ...step }, prepared);
        const shown = `${[...view.nodes.keys()].join('\n')}\n${view.edges.length}`;
        if (tried.has(shown)) continue;   // opening fewer groups changed nothing
        const last = i === steps.length - 1;
        if (!last && !options.allElements && (view.nodes.size > HOPELESS.nodes || view.edges.length > HOPELESS.edges)) continue;
        tried.add(shown);
        if (predict && !last && !options.allElements && !view.laid && !mayReadAtFit(model, { ...options, ...step }, prepared, colors)) continue;
        const laid = view.laid ?? await layoutGraph(view.graph, layout);
        const result = drawArchitecture(view, laid, colors);
        drawn = { view, laid, svg: result.svg };
        if (readsAtFit(result.width, result.height)) {
            if (result.displaced > 0 && !view.laid) drawn = await roomForLabels(view, { ...drawn, ...result }, colors, layout);
            break;
        }
    }
    return drawn!;
}

/** Whether ELK's drawing of the view could read at fit, judged from the quick layout's drawing of it. */
function mayReadAtFit(model: SemanticModel, options: BuildOptions, prepared: PreparedArchitecture, colors: ReturnType<typeof palette>): boolean {
    let drawn;
    try {
        const quick = buildArchitectureView(model, { ...options, layoutHere: true }, prepared);
        drawn = drawArchitecture(quick, quick.laid!, colors);
    } catch {
        return true;   // only a shortcut: should the quick layout fail on a view, ELK decides as before
    }
    return MIN_FONT_SIZE * fitScale(drawn.width, drawn.height) * ELK_GAIN_AT_MOST >= MIN_TEXT_PX;
}

/** Extra room between layers, tried in turn where labels found no place on their edges. */
const LABEL_ROOM = [10, 22];

/**
 * Where labels found no room on their edges (dense edges between two rows of nodes), the view is laid out
 * again with more room between its layers, as long as it still reads at fit; the drawing with the fewest
 * labels beside their edges is kept.
 */
async function roomForLabels(view: ArchitectureView, best: { laid: ElkNode; svg: string; displaced: number }, colors: ReturnType<typeof palette>, layout?: LayoutEngine) {
    for (const extra of LABEL_ROOM) {
        const graph = structuredClone(view.graph);
        const o = graph.layoutOptions!;
        for (const key of ['elk.layered.spacing.nodeNodeBetweenLayers', 'elk.layered.spacing.edgeNodeBetweenLayers', 'elk.layered.spacing.edgeEdgeBetweenLayers']) {
            o[key] = String(Number(o[key]) + extra);
        }
        const laid = await layoutGraph(graph, layout);
        const result = drawArchitecture(view, laid, colors);
        if (!readsAtFit(result.width, result.height)) break;
        if (result.displaced < best.displaced) best = { laid, svg: result.svg, displaced: result.displaced };
        if (best.displaced === 0) break;
    }
    return { view, laid: best.laid, svg: best.svg };
}

/**
 * The roadmap is laid out here, not by ELK: bars sit where their years put them and the arrows' routes are
 * computed with them (roadmap-graph.ts), so its graph is already the laid-out graph. Handing it to ELK's
 * "fixed" algorithm returned it unchanged and cost ~0.5 s of a cold start (`layout` is accepted for the
 * hosts' one signature; test/diagram/roadmap-layout.test.ts compares both ways).
 */
export async function renderRoadmapSvg(model: SemanticModel, options: RoadmapViewOptions = {}, _layout?: LayoutEngine): Promise<string> {
    const view = buildRoadmapView(model, options);
    return roadmapSvg(view, view.graph, palette(options.theme));
}
