// The output name and the format agree: `-o arsitektur.jpg` must not get SVG. Each command has a table
// of its formats and the extensions each writes. An -o name with an extension decides the format when
// --format is not given (`-o peta.png` draws a PNG, `-o laporan.json` reports in JSON); with --format
// the extension must be one of that format's. A name without an extension makes no claim and is
// accepted as given. A format that writes a folder (csv) refuses a name ending in a file extension
// this tool writes (`-o model.csv` would be a folder named like a file).
import * as path from 'node:path';
import { visible } from './terminal-text.js';
import { UsageError } from './errors.js';

/** Extensions (lower case, with the dot) per format; 'folder' for a format that writes a folder. */
export type FormatTable = Record<string, readonly string[] | 'folder'>;

export const CHECK_FORMATS: FormatTable = { text: ['.txt', '.log'], json: ['.json'] };
export const INDEX_FORMATS: FormatTable = CHECK_FORMATS;
export const RENDER_FORMATS: FormatTable = { svg: ['.svg'], png: ['.png'] };
export const EXPORT_FORMAT_FILES: FormatTable = {
    archimate: ['.xml'], csv: 'folder', xlsx: ['.xlsx'], markdown: ['.md', '.markdown'], html: ['.html', '.htm'], json: ['.json'], mermaid: ['.mmd', '.mermaid'],
};

/** Every file extension some command writes: a folder output named with one of these is refused. */
const FILE_EXTENSIONS = new Set([CHECK_FORMATS, RENDER_FORMATS, EXPORT_FORMAT_FILES, { csv: ['.csv'], spbe: ['.spbe'] }]
    .flatMap(table => Object.values(table).flatMap(e => (e === 'folder' ? [] : [...e]))));

/** "svg (.svg) or png (.png)". */
function describe(table: FormatTable): string {
    const items = Object.entries(table).map(([format, e]) => `${format} (${e === 'folder' ? 'a folder' : e.join(', ')})`);
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items.join('');
}

/**
 * The format to write: `requested` (already checked to be a key of `table`) if the output name agrees with
 * it, else the format the name's extension implies, else `fallback`. Throws a one-line UsageError when the
 * name and the format disagree or the extension belongs to no format of this command.
 * `command` names the command in messages ("spbe render").
 */
export function outputFormat(command: string, table: FormatTable, requested: string | undefined, output: string | undefined, fallback?: string): string | undefined {
    if (output === undefined) return requested ?? fallback;
    const name = visible(output);
    const ext = path.extname(output.replace(/[\\/]+$/, '')).toLowerCase();
    if (requested !== undefined) {
        const wanted = table[requested];
        if (wanted === 'folder') {
            if (FILE_EXTENSIONS.has(ext)) {
                throw new UsageError(`${name}: --format ${requested} writes a folder of files; give -o a folder name without the ${ext} extension`);
            }
            return requested;
        }
        if (ext === '' || wanted.includes(ext)) return requested;
        const other = Object.entries(table).find(([, e]) => e !== 'folder' && e.includes(ext))?.[0];
        throw new UsageError(`${name}: --format ${requested} writes ${wanted.join(' or ')} files, not ${ext}; `
            + (other ? `use --format ${other} for a ${ext} file, or name the output ${wanted[0]}` : `name the output ${wanted[0]}`));
    }
    if (ext === '') return fallback;
    const implied = Object.entries(table).find(([, e]) => e !== 'folder' && e.includes(ext))?.[0];
    if (implied) return implied;
    throw new UsageError(`${name}: ${command} has no format that writes ${ext} files; its formats are ${describe(table)}: name the output with one of these extensions`);
}
