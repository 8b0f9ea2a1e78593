// spbe check: diagnostics of the whole workspace, exit 0 (no errors) or 1 (errors; with --strict also warnings).
// Rule severities come from spbe.json; acknowledged findings are listed but never fail the run.
import { loadWorkspace } from './load.js';
import { flatten, formatText, summarize } from './report.js';

export interface CheckOptions {
    format: 'text' | 'json';
    /** Warnings fail the run too. */
    strict?: boolean;
}

export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
    const workspace = await loadWorkspace(paths);
    const items = flatten(workspace.diagnostics);
    const summary = summarize(items, workspace.files.length);
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify({ summary, config: workspace.configFile ?? null, diagnostics: items }, null, 2) + '\n');
    } else {
        process.stdout.write(formatText(items, summary));
    }
    return summary.errors > 0 || (options.strict && summary.warnings > 0) ? 1 : 0;
}
