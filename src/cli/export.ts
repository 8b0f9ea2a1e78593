// spbe export <files or folders> --format F -o PATH: writes the model in one of the export formats.
// csv writes a folder (one file per domain plus peta-rencana.csv); markdown writes the .md file; the other
// formats write one file. Every output is written whole or not at all (temp + rename).
import * as path from 'node:path';
import { URI } from 'langium';
import type { Lang } from '../language/i18n.js';
import { exportArchimate, exportCsv, exportHtml, exportJson, exportMarkdown, exportMermaid } from '../export/index.js';
import { loadWorkspace } from './load.js';
import { writeFileAtomic, writeFolderAtomic } from './write.js';

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

export async function runExport(paths: string[], options: ExportOptions): Promise<number> {
    const workspace = await loadWorkspace(paths);
    const model = workspace.model;
    const lang = options.lang ?? 'id';
    const target = path.resolve(options.output);
    switch (options.format) {
        case 'archimate': await writeFileAtomic(target, exportArchimate(model, { lang })); break;
        case 'json': await writeFileAtomic(target, exportJson(model, { relativeTo: commonFolder(workspace.files) })); break;
        case 'mermaid': await writeFileAtomic(target, exportMermaid(model, { lang })); break;
        case 'html': await writeFileAtomic(target, exportHtml(model, { lang })); break;
        case 'markdown': await writeFileAtomic(target, exportMarkdown(model, { lang })); break;
        case 'csv': await writeFolderAtomic(target, exportCsv(model)); break;
    }
    const errors = model.findings.filter(f => f.severity === 'error').length;
    process.stderr.write(`spbe: wrote ${options.format} to ${path.relative(process.cwd(), target) || target}`
        + (errors ? ` (the model has ${errors} error(s); run 'spbe check')` : '') + '\n');
    return 0;
}
