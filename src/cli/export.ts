// spbe export <files or folders> --format F -o PATH: writes the model in one of the export formats.
// csv writes a folder (one file per domain plus peta-rencana.csv); markdown writes the .md file; the other
// formats write one file. Every output is written whole or not at all (temp + rename).
import * as path from 'node:path';
import { URI } from 'langium';
import type { Lang } from '../language/i18n.js';
import { exportArchimate, exportCsv, exportHtml, exportJson, exportMarkdown, exportMermaid } from '../export/index.js';
import { renderArchitectureSvg, renderRoadmapSvg } from '../diagram/index.js';
import type { SemanticModel } from '../model/types.js';
import type { DocumentOptions } from '../export/document.js';
import { loadWorkspace } from './load.js';
import { writeFileAtomic, writeFolderAtomic } from './write.js';
import { checkOutputLocation } from './write-output.js';

export const EXPORT_FORMATS = ['archimate', 'csv', 'markdown', 'html', 'json', 'mermaid'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

/** `lang`: the document language; Indonesian unless --lang says otherwise (the documents are the agency's). */
export interface ExportOptions { format: ExportFormat; output: string; lang?: Lang }

/** The folder the source paths share, as a URI prefix ending in '/', so JSON source URIs come out relative. */
function commonFolder(files: string[]): string | undefined {
    if (files.length === 0) return undefined;
    let dir = path.dirname(files[0]);
    while (!files.every(f => f.startsWith(dir + path.sep))) {
        const up = path.dirname(dir);
        if (up === dir) return undefined;
        dir = up;
    }
    return URI.file(dir).toString() + '/';
}

const DIAGRAM_FILES = { architecture: 'arsitektur', targetArchitecture: 'arsitektur-target', roadmap: 'peta-rencana' } as const;

/** The document's diagrams: the architecture as declared and at the end of the period, and the roadmap. A diagram that cannot be drawn is left out with a warning. */
async function renderDiagrams(model: SemanticModel): Promise<{ architecture?: string; targetArchitecture?: string; roadmap?: string }> {
    const out: { architecture?: string; targetArchitecture?: string; roadmap?: string } = {};
    const attempt = async (key: keyof typeof out, render: () => Promise<string>) => {
        try {
            out[key] = await render();
        } catch (err) {
            process.stderr.write(`spbe: warning: the ${DIAGRAM_FILES[key]} diagram could not be drawn (${(err as Error).message}); the document leaves it out\n`);
        }
    };
    if (model.elements.length) {
        await attempt('architecture', () => renderArchitectureSvg(model));
        const end = model.agency?.period?.end;
        if (end !== undefined && model.roadmap.initiatives.length) await attempt('targetArchitecture', () => renderArchitectureSvg(model, { year: end }));
    }
    if (model.roadmap.initiatives.length) await attempt('roadmap', () => renderRoadmapSvg(model));
    return out;
}

export async function runExport(paths: string[], options: ExportOptions): Promise<number> {
    // A bad -o is reported now, not after the build and the diagrams.
    await checkOutputLocation(options.output, { kind: options.format === 'csv' ? 'folder' : 'file' });
    const workspace = await loadWorkspace(paths);
    const model = workspace.model;
    const lang = options.lang ?? 'id';
    const target = path.resolve(options.output);
    switch (options.format) {
        case 'archimate': await writeFileAtomic(target, exportArchimate(model, { lang })); break;
        case 'json': await writeFileAtomic(target, exportJson(model, { relativeTo: commonFolder(workspace.files) })); break;
        case 'mermaid': await writeFileAtomic(target, exportMermaid(model, { lang })); break;
        case 'html': {
            const svgs = await renderDiagrams(model);
            await writeFileAtomic(target, exportHtml(model, { lang, diagrams: {
                architecture: svgs.architecture ? { svg: svgs.architecture } : undefined,
                targetArchitecture: svgs.targetArchitecture ? { svg: svgs.targetArchitecture } : undefined,
                roadmap: svgs.roadmap ? { svg: svgs.roadmap } : undefined } }));
            break;
        }
        case 'markdown': {
            // The SVGs go next to the .md file (written first, so the document never links a missing picture).
            const svgs = await renderDiagrams(model);
            const stem = path.basename(target).replace(/\.(md|markdown)$/i, '');
            const diagrams: DocumentOptions['diagrams'] = {};
            for (const key of ['architecture', 'targetArchitecture', 'roadmap'] as const) {
                const svg = svgs[key];
                if (!svg) continue;
                const name = `${stem}-${DIAGRAM_FILES[key]}.svg`;
                await writeFileAtomic(path.join(path.dirname(target), name), svg);
                diagrams[key] = { href: name };
            }
            await writeFileAtomic(target, exportMarkdown(model, { lang, diagrams }));
            break;
        }
        case 'csv': await writeFolderAtomic(target, exportCsv(model)); break;
    }
    const errors = model.findings.filter(f => f.severity === 'error').length;
    process.stderr.write(`spbe: wrote ${options.format} to ${path.relative(process.cwd(), target) || target}`
        + (errors ? ` (the model has ${errors} error(s); run 'spbe check')` : '') + '\n');
    return 0;
}
