// spbe export <files or folders> --format F -o PATH: writes the model in one of the export formats.
// csv writes its files into a folder (one per domain plus peta-rencana.csv); markdown writes the .md file
// and its diagram SVGs beside it; the other formats write one file. Every file is written whole or not at
// all (temp + rename); a command writing several writes them all aside first, then renames them into
// place. Only the files it names are written: nothing else in the folder is replaced or deleted.
import * as path from 'node:path';
import { URI } from 'langium';
import type { Lang } from '../common/i18n.js';
import { exportArchimate, exportCsv, exportHtml, exportJson, exportMarkdown, exportMermaid } from '../export/index.js';
import { renderArchitectureSvg, renderRoadmapSvg } from '../diagram/index.js';
import type { SemanticModel } from '../model/types.js';
import type { DocumentOptions } from '../export/document.js';
import { loadWorkspace } from './load.js';
import { writeFileAtomic, writeFilesInFolder } from './write.js';
import { checkOutputLocation, writeOutputFiles } from './write-output.js';
import { refuseOutputsOverInputs } from './protect-inputs.js';
import { visible, warn } from './terminal-text.js';

export const EXPORT_FORMATS = ['archimate', 'csv', 'markdown', 'html', 'json', 'mermaid'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

/**
 * `lang`: the document language; Indonesian unless --lang says otherwise (the documents are the agency's).
 * `messages`: the language of the model's findings (default: the environment's).
 */
export interface ExportOptions { format: ExportFormat; output: string; lang?: Lang; messages?: Lang }

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
            warn(`the ${DIAGRAM_FILES[key]} diagram could not be drawn (${(err as Error).message}); the document leaves it out`);
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

/** The name of the diagram SVG a Markdown document `target` gets beside it. */
function diagramFile(target: string, key: keyof typeof DIAGRAM_FILES): string {
    return `${path.basename(target).replace(/\.(md|markdown)$/i, '')}-${DIAGRAM_FILES[key]}.svg`;
}

export async function runExport(paths: string[], options: ExportOptions): Promise<number> {
    // A bad -o is reported now, not after the build and the diagrams; so is any file the export would
    // write that is, holds or lies inside one it reads (the Markdown document's diagrams included).
    const siblings = options.format === 'markdown'
        ? (Object.keys(DIAGRAM_FILES) as (keyof typeof DIAGRAM_FILES)[]).map(key => path.join(path.dirname(options.output), diagramFile(options.output, key)))
        : [];
    await refuseOutputsOverInputs([options.output, ...siblings], paths);
    await checkOutputLocation(options.output, { kind: options.format === 'csv' ? 'folder' : 'file' });
    const workspace = await loadWorkspace(paths, { language: options.messages });
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
            // The SVGs go next to the .md file, renamed into place before it, so the document never links a missing picture.
            const svgs = await renderDiagrams(model);
            const diagrams: DocumentOptions['diagrams'] = {};
            const files: [string, string][] = [];
            for (const key of ['architecture', 'targetArchitecture', 'roadmap'] as const) {
                const svg = svgs[key];
                if (!svg) continue;
                const name = diagramFile(target, key);
                files.push([path.join(path.dirname(target), name), svg]);
                diagrams[key] = { href: name };
            }
            files.push([target, exportMarkdown(model, { lang, diagrams })]);
            await writeOutputFiles(files);
            break;
        }
        case 'csv': await writeFilesInFolder(target, exportCsv(model)); break;
    }
    const errors = model.findings.filter(f => f.severity === 'error').length;
    process.stderr.write(`spbe: wrote ${options.format} to ${visible(path.relative(process.cwd(), target) || target)}`
        + (errors ? ` (the model has ${errors} error(s); run 'spbe check')` : '') + '\n');
    return 0;
}
