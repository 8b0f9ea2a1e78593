// `spbe import`: ArchiMate exchange files and CSV/XLSX inventories into .spbe files. Pure apart from reading
// workbooks (exceljs works on bytes handed in): the CLI reads the inputs, checks the result with the language
// services and writes the folder.
import { readArchimate } from './archimate.js';
import { ImportError } from './errors.js';
import { finish, rekey, type Plan } from './finish.js';
import { readInventory, type TableMapping } from './inventory.js';
import { describeKind, readCsv, readXlsx, sniff } from './tables.js';
import type { Draft, ImportCatalog } from './types.js';
import { emptyDraft } from './types.js';
import { writeSpbe } from './write-spbe.js';

export { ImportError } from './errors.js';
export type { ImportCatalog, ImportIssue, SourceRef } from './types.js';
export type { TableMapping } from './inventory.js';
export type { Plan } from './finish.js';
export { parseMapping } from './mapping.js';
export { formatIssue, reportMarkdown } from './report.js';
export { ASSESSMENTS_FILE, DOMAIN_FILES, ROADMAP_FILE, UNITS_FILE } from './write-spbe.js';

export interface ImportInput {
    /** The file's name as the user gave it (used in messages and in the source comments). */
    name: string;
    bytes: Uint8Array;
}

export interface ImportOptions {
    mapping?: TableMapping;
    /** Preferred language of names in multilingual ArchiMate files. */
    lang?: 'id' | 'en';
}

export interface ImportResult {
    /** File name -> .spbe text. */
    files: Record<string, string>;
    plan: Plan;
}

type Format = 'archimate' | 'csv' | 'xlsx';

/** The format a file's extension claims; undefined when the extension says nothing we read. */
function claimed(name: string): Format | undefined {
    const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
    if (ext === 'xml' || ext === 'archimate') return 'archimate';
    if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
    if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
    return undefined;
}

export async function importFiles(inputs: ImportInput[], catalog: ImportCatalog, options: ImportOptions = {}): Promise<ImportResult> {
    const drafts: Draft[] = [];
    for (const [k, input] of inputs.entries()) {
        const kind = sniff(input.bytes);
        let format = claimed(input.name);
        if (!format) {
            format = kind === 'xml' ? 'archimate' : kind === 'zip' ? 'xlsx' : kind === 'text' ? 'csv' : undefined;
            if (!format) throw new ImportError(input.name, undefined, { en: `cannot be imported: it is ${describeKind(kind).en}; give an ArchiMate exchange file (.xml), a CSV file or an XLSX workbook`, id: `tidak dapat diimpor: isinya ${describeKind(kind).id}; berikan berkas ArchiMate exchange (.xml), CSV, atau buku kerja XLSX` });
        }
        let draft: Draft;
        if (format === 'archimate') {
            if (kind !== 'xml') throw new ImportError(input.name, undefined, { en: `is named as an XML file but is ${describeKind(kind).en}`, id: `bernama berkas XML tetapi berisi ${describeKind(kind).id}` });
            draft = readArchimate(new TextDecoder('utf-8').decode(input.bytes).replace(/^\uFEFF/, ''), input.name, { lang: options.lang });
        } else {
            draft = emptyDraft();
            const tables = format === 'csv' ? [readCsv(input.bytes, input.name, draft.issues)] : await readXlsx(input.bytes, input.name);
            readInventory(tables, options.mapping ?? {}, draft);
        }
        drafts.push(rekey(draft, `${k}|`));
    }
    const plan = finish(drafts, catalog);
    return { files: writeSpbe(plan, inputs.map(i => i.name.split(/[\\/]/).pop() ?? i.name)), plan };
}
