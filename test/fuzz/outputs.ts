// Everything downstream of the semantic model that a fuzz input is pushed through: both diagram views,
// every export, the SPBE index and the CLI report. Each entry is a function of the built workspace; the
// harness calls them all and reports any that throws.
import type { BuiltWorkspace } from '../../src/model/build-workspace.js';
import { flatten, formatText, summarize } from '../../src/cli/report.js';
import { DiagramOptionError, renderArchitectureSvg, renderRoadmapSvg, type LayoutEngine } from '../../src/diagram/index.js';
import { exportArchimate, exportCsv, exportHtml, exportJson, exportMarkdown, exportMermaid } from '../../src/export/index.js';
import { computeAll } from '../../src/index/compute.js';
import { checkEvidence } from '../../src/index/evidence.js';
import { projectIndex } from '../../src/index/projection.js';

/**
 * A diagram refused with a DiagramOptionError is an answer, not a crash: the CLI turns it into a one-line
 * message (exit 2), the panel shows it, the document exports leave the diagram out with a warning.
 */
async function diagram(render: () => Promise<string>): Promise<string | undefined> {
    try {
        return await render();
    } catch (err) {
        if (err instanceof DiagramOptionError) return undefined;
        throw err;
    }
}

export interface ModelOutput {
    name: string;
    /** `layout`: the harness's layout engine (it reuses layouts of graphs seen before). */
    run(workspace: BuiltWorkspace, layout?: LayoutEngine): unknown;
}

export const OUTPUTS: ModelOutput[] = [
    { name: 'cli report (text)', run: w => { const items = flatten(w.diagnostics, '/ws'); return formatText(items, summarize(items, w.documents.length)); } },
    { name: 'diagram: architecture', run: (w, layout) => diagram(() => renderArchitectureSvg(w.model, {}, layout)) },
    { name: 'diagram: architecture at the end of the period', run: (w, layout) => diagram(() => renderArchitectureSvg(w.model, { year: w.model.agency?.period?.end }, layout)) },
    { name: 'diagram: roadmap', run: (w, layout) => diagram(() => renderRoadmapSvg(w.model, { today: '2025-06-30' }, layout)) },
    { name: 'export: archimate', run: w => exportArchimate(w.model) },
    { name: 'export: csv', run: w => exportCsv(w.model) },
    { name: 'export: json', run: w => exportJson(w.model) },
    { name: 'export: markdown', run: w => exportMarkdown(w.model) },
    { name: 'export: html', run: w => exportHtml(w.model, { lang: 'en' }) },
    { name: 'export: mermaid', run: w => exportMermaid(w.model) },
    { name: 'index: compute, evidence, projection', run: w => {
        const { results } = computeAll(w.model);
        const notes = w.model.assessments.map(a => checkEvidence(w.model, a));
        const projections = w.model.indexRuleSets.map(r => projectIndex(w.model, r));
        return [results, notes, projections];
    } },
];
