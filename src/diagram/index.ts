// The diagram engine: semantic model + view options -> ELK graph -> elkjs layout -> SVG (or PNG).
// Pure apart from the layout engine, which the caller may choose: no Langium, no file system, no Node
// modules (PNG is the CLI's: cli/png.ts).
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { SemanticModel } from '../model/types.js';
import { buildArchitectureView } from './architecture-graph.js';
import { layoutGraph, type LayoutEngine } from './layout.js';
import type { ArchitectureViewOptions, RoadmapViewOptions } from './options.js';
import { buildRoadmapView } from './roadmap-graph.js';
import { architectureSvg } from './svg-architecture.js';
import { roadmapSvg } from './svg-roadmap.js';
import { palette } from './theme.js';

export type { ArchitectureDiffMarks, ArchitectureViewOptions, DiffMark, RoadmapViewOptions } from './options.js';
export type { ElkNode } from 'elkjs/lib/elk-api.js';
export { DiagramOptionError, type ThemeName } from './theme.js';
export { InProcessLayout, layoutGraph, type LayoutEngine } from './layout.js';

/**
 * The ELK graph of the architecture view: nodes = elements, edges = relations. Before layout, except
 * for views of more than 120 elements, which are laid out here and come with positions and routes
 * for ELK's fixed algorithm.
 */
export function buildArchitectureGraph(model: SemanticModel, options: ArchitectureViewOptions = {}): ElkNode {
    return buildArchitectureView(model, options).graph;
}

/** The ELK graph of the roadmap view: bars and milestones at fixed positions, arrows with routes. */
export function buildRoadmapGraph(model: SemanticModel, options: RoadmapViewOptions = {}): ElkNode {
    return buildRoadmapView(model, options).graph;
}

/** `layout`: the engine that lays the view out (default: elkjs in this thread). */
export async function renderArchitectureSvg(model: SemanticModel, options: ArchitectureViewOptions = {}, layout?: LayoutEngine): Promise<string> {
    const view = buildArchitectureView(model, options);
    const colors = palette(options.theme);
    const laid = view.laid ?? await layoutGraph(view.graph, layout);
    return architectureSvg(view, laid, colors);
}

export async function renderRoadmapSvg(model: SemanticModel, options: RoadmapViewOptions = {}, layout?: LayoutEngine): Promise<string> {
    const view = buildRoadmapView(model, options);
    const colors = palette(options.theme);
    const laid = await layoutGraph(view.graph, layout);
    return roadmapSvg(view, laid, colors);
}
