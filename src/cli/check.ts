// spbe check: diagnostics of the whole workspace, exit 0 (no errors) or 1 (errors; with --strict also warnings).
// Rule severities come from spbe.json; acknowledged findings are listed but never fail the run.
import { readModelSources } from './read-model-file.js';
import { checkOutputLocation, writeOutputFile } from './write-output.js';
import { terminalSafeJson, warn } from './terminal-text.js';
import type { Lang } from '../common/i18n.js';

export interface CheckOptions {
    format: 'text' | 'json';
    /** Warnings fail the run too. */
    strict?: boolean;
    /** Write the report to this file (whole or not at all) instead of standard output. */
    output?: string;
    /** The language of the messages (default: the environment's). */
    lang?: Lang;
}

export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
    // Problems with the paths or the output location are found before the language layer loads.
    if (options.output !== undefined) await checkOutputLocation(options.output);
    const sources = await readModelSources(paths, warn);
    const { loadWorkspace } = await import('./load.js');
    const { flatten, formatText, summarize } = await import('./report.js');
    const workspace = await loadWorkspace(sources, { language: options.lang });
    const items = flatten(workspace.diagnostics);
    const summary = summarize(items, workspace.files.length);
    const report = options.format === 'json'
        ? terminalSafeJson(JSON.stringify({ summary, config: workspace.configFile ?? null, diagnostics: items }, null, 2)) + '\n'
        : formatText(items, summary, options.lang);
    if (options.output !== undefined) await writeOutputFile(options.output, report);
    else process.stdout.write(report);
    return summary.errors > 0 || (options.strict && summary.warnings > 0) ? 1 : 0;
}
