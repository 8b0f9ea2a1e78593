// Answers the extension's `spbe/views` request: the named views of the model (`tampilan`) for a panel's view
// picker, with what each shows in the model as it is now.
import type { NamedViewSummary, ViewsRequestParams } from '../common/protocol.js';
import type { SemanticModel } from '../model/types.js';
import { viewContents } from '../model/views.js';

export function listViews(model: SemanticModel, params: ViewsRequestParams): NamedViewSummary[] {
    const seen = new Set<string>();
    const out: NamedViewSummary[] = [];
    for (const view of model.views) {
        // A view id declared twice is one entry (the first; the validator reports the other).
        if (seen.has(view.id) || (params.view !== undefined && view.kind !== params.view)) continue;
        seen.add(view.id);
        const summary: NamedViewSummary = { id: view.id, title: view.name, view: view.kind, shows: viewContents(model, view).ids.length };
        if (view.description !== undefined) summary.description = view.description;
        out.push(summary);
    }
    return out;
}
