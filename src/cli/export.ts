// spbe export <files or folders> --format F -o PATH: writes the model in one of the export formats.
// csv writes its files into a folder (units, one per domain, roadmap, milestones, assessments); markdown
// writes the .md file and its diagram SVGs beside it; the other formats (xlsx included) write one file. Every file is written whole or not at
// all (temp + rename); a command writing several writes them all aside first, then renames them into
// place. Only the files it names are written: nothing else in the folder is replaced or deleted.
import * as path from 'node:path';
import { URI } from 'langium';
import type { Lang } from '../common/i18n.js';
import { exportArchimate, exportCsv, exportHtml, exportJson, exportMarkdown, exportMermaid, type CsvSeparator } from '../export/index.js';
import type { SemanticModel } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { DOMAIN_SLUG } from '../export/common.js';
import type { DocumentDiagrams, DocumentFigure } from '../export/document.js';
import { documentFigures } from '../export/document-figures.js';
import { exportXlsx } from '../export/xlsx.js';
import { loadWorkspace } from './load.js';
import { writeFileAtomic, writeFilesInFolder } from './write.js';
import { checkOutputLocation, writeOutputFiles } from './write-output.js';
import { refuseOutputsOverInputs } from './protect-inputs.js';
import { visible, warn } from './terminal-text.js';

export const EXPORT_FORMATS = ['archimate', 'csv', 'xlsx', 'markdown', 'html', 'json', 'mermaid'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

/**
 * `lang`: the document language; Indonesian unless --lang says otherwise (the documents are the agency's).
 * `messages`: the language of the model's findings (default: the environment's).
 */
export interface ExportOptions { format: ExportFormat; output: string; lang?: Lang; messages?: Lang; /** csv only. */ separator?: CsvSeparator }

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

/** The document's diagrams, legible on A4 (document-figures.ts); if they cannot be drawn, the document leaves them out with a warning. */
async function renderFigures(model: SemanticModel, lang: Lang): Promise<DocumentDiagrams> {
    try {
        return await documentFigures(model, { lang });
    } catch (err) {
        warn(`the diagrams could not be drawn (${(err as Error).message}); the document leaves them out`);
        return {};
    }
}

/** The names the Markdown document's diagrams get beside `output` when none is cut into parts. */
function diagramNames(output: string): string[] {
    const stem = path.basename(output).replace(/\.(md|markdown)$/i, '');
    return [...DOMAINS.flatMap(d => [`arsitektur-${DOMAIN_SLUG[d]}`, `arsitektur-target-${DOMAIN_SLUG[d]}`]), 'peta-rencana'].map(n => `${stem}-${n}.svg`);
}

/** Every figure of the document's diagrams, in document order. */
function allFigures(d: DocumentDiagrams): DocumentFigure[] {
    return [...Object.values(d.asIs ?? {}).flat(), ...Object.values(d.target ?? {}).flat(), ...(d.roadmap ?? []), ...Object.values(d.views ?? {}).flat()];
}

export async function runExport(paths: string[], options: ExportOptions): Promise<number> {
    // A bad -o is reported now, not after the build and the diagrams; so is any file the export would
    // write that is, holds or lies inside one it reads: the Markdown document's diagrams by the names they
    // get when drawn whole now, and once more by their final names (a diagram cut into parts is numbered)
    // before anything is written.
    const siblings = options.format === 'markdown' ? diagramNames(options.output).map(name => path.join(path.dirname(options.output), name)) : [];
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
        case 'html': await writeFileAtomic(target, exportHtml(model, { lang, diagrams: await renderFigures(model, lang) })); break;
        case 'markdown': {
            // The SVGs go next to the .md file, renamed into place before it, so the document never links a missing picture.
            const diagrams = await renderFigures(model, lang);
            const stem = path.basename(target).replace(/\.(md|markdown)$/i, '');
            const files: [string, string][] = [];
            for (const [k, figure] of allFigures(diagrams).entries()) {
                const name = `${stem}-${figure.name ?? `gambar-${k + 1}`}.svg`;
                files.push([path.join(path.dirname(target), name), figure.diagram.svg ?? '']);
                figure.diagram = { href: name };
            }
            await refuseOutputsOverInputs(files.map(f => f[0]), paths);
            files.push([target, exportMarkdown(model, { lang, diagrams })]);
            await writeOutputFiles(files);
            break;
        }
        case 'csv': await writeFilesInFolder(target, exportCsv(model, { separator: options.separator })); break;
        case 'xlsx': await writeFileAtomic(target, await exportXlsx(model)); break;
    }
    const errors = model.findings.filter(f => f.severity === 'error').length;
    process.stderr.write(`spbe: wrote ${options.format} to ${visible(path.relative(process.cwd(), target) || target)}`
        + (errors ? ` (the model has ${errors} error(s); run 'spbe check')` : '') + '\n');
    return 0;
}
