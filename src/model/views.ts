// Named views for the layers above the model (diagram hosts, exports): the one resolver of view rules
// (language/view-rules.ts), applied to the semantic model, which has the shape the resolver reads.
import type { ArchitectureViewOptions, RoadmapViewOptions } from '../common/view-options.js';
import { namedViewOptions, resolveView, type ResolvedView } from '../language/view-rules.js';
import type { NamedView, SemanticModel } from './types.js';

export { SELECTORS_BY_KIND, type ResolvedView, type RuleEffect } from '../language/view-rules.js';

/** What a named view shows: element ids (architecture) or initiative ids (roadmap), in model order. */
export function viewContents(model: SemanticModel, view: NamedView): ResolvedView {
    return resolveView(model, view);
}

/** The diagram options that draw a named view (the filters of a panel or the CLI may narrow them further). */
export function viewOptions(model: SemanticModel, view: NamedView): ArchitectureViewOptions | RoadmapViewOptions {
    return namedViewOptions(model, { kind: view.kind, rules: view.rules, year: view.year, title: view.name });
}

/** The named view with this id (the first, if the id is declared twice: the validator reports it). */
export function findView(model: SemanticModel, id: string): NamedView | undefined {
    return model.views.find(v => v.id === id);
}
