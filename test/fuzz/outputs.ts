// Everything downstream of the semantic model that a fuzz input is pushed through. Each entry is a
// pure function of the built workspace; the harness calls them all and reports any that throws.
import type { BuiltWorkspace } from '../../src/workspace/build-workspace.js';
import { flatten, formatText, summarize } from '../../src/cli/report.js';

export interface ModelOutput {
    name: string;
    run(workspace: BuiltWorkspace): unknown;
}

export const OUTPUTS: ModelOutput[] = [
    { name: 'cli report (text)', run: w => { const items = flatten(w.diagnostics, '/ws'); return formatText(items, summarize(items, w.documents.length)); } },
    { name: 'semantic model (json)', run: w => JSON.stringify(w.model) },
];
