// The architecture of a new version with what the old one had and lost put back, plus a mark per element
// and relation (added, removed, changed): what the architecture diagram draws as a diff view. The diagram
// module only styles by the marks; this is where the two models are combined.
import type { SemanticModel } from '../model/types.js';
import type { ModelDiff } from './compare.js';
import { relationKey } from './compare.js';

export type DiffMark = 'added' | 'removed' | 'changed';

/** Marks by element id and by relation key (`from\nkind\nto\nvia`, as diagram/options.ts documents). */
export interface DiffMarks {
    elements: Record<string, DiffMark>;
    relations: Record<string, DiffMark>;
}

export function overlayModel(before: SemanticModel, after: SemanticModel, diff: ModelDiff): { model: SemanticModel; marks: DiffMarks } {
    const marks: DiffMarks = { elements: {}, relations: {} };
    for (const e of diff.elements.added) marks.elements[e.id] = 'added';
    for (const e of diff.elements.changed) marks.elements[e.id] = 'changed';
    for (const e of diff.elements.removed) marks.elements[e.id] = 'removed';
    for (const r of diff.relations.added) marks.relations[relationKey(r)] = 'added';
    for (const r of diff.relations.removed) marks.relations[relationKey(r)] = 'removed';
    const removedIds = new Set(diff.elements.removed.map(e => e.id));
    const removedRelations = new Set(diff.relations.removed.map(relationKey));
    const model: SemanticModel = {
        ...after,
        elements: [...after.elements, ...before.elements.filter(e => removedIds.has(e.id))],
        relations: [...after.relations, ...before.relations.filter(r => removedRelations.has(relationKey({ from: r.from, kind: r.kind, to: r.to, via: r.via })))],
    };
    return { model, marks };
}
