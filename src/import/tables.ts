// Reading spreadsheets into rows of text: CSV (comma, semicolon or tab separated, with or without a BOM,
// UTF-8, UTF-16 or Windows-1252 as Excel saves them) and XLSX workbooks (through exceljs). What a file's bytes
// say it is wins over its name: a workbook named .csv or text named .xlsx is reported, not misread.
import type { Texts } from '../common/i18n.js';
import { ImportError } from './errors.js';
import type { ImportIssue } from './types.js';

export interface TableRow {
    /** The row number as the spreadsheet shows it (1-based). */
    row: number;
    cells: string[];
}

export interface Table {
    file: string;
    sheet?: string;
    rows: TableRow[];
}

export type FileKind = 'zip' | 'xml' | 'text' | 'binary' | 'empty';

/** What the bytes of a file are, whatever its name says. */
export function sniff(bytes: Uint8Array): FileKind {
    if (bytes.length === 0) return 'empty';
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
    // Old binary Excel (.xls) and other OLE documents.
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'binary';
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const head = utf16 ? decodeText(bytes.subarray(0, 4096)).text : new TextDecoder().decode(bytes.subarray(0, 4096));
    if (!utf16 && bytes.subarray(0, 4096).includes(0)) return 'binary';
    const start = head.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('<?xml') || /^<[A-Za-z_!]/.test(start)) return 'xml';
    return 'text';
}

const DESCRIBE: Record<FileKind, Texts> = {
    zip: { en: 'a ZIP archive (an XLSX workbook?)', id: 'arsip ZIP (buku kerja XLSX?)' },
    xml: { en: 'XML', id: 'XML' },
    text: { en: 'plain text (CSV?)', id: 'teks biasa (CSV?)' },
    binary: { en: 'a binary file (an old .xls workbook or another program\'s file?)', id: 'berkas biner (buku kerja .xls lama atau berkas program lain?)' },
    empty: { en: 'empty', id: 'kosong' },
};

export function describeKind(kind: FileKind): Texts {
    return DESCRIBE[kind];
}

/** Text from bytes: UTF-8 (BOM dropped), UTF-16 by its BOM, else Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
    } catch {
        return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
    }
}

/** Splits CSV text into records (RFC 4180 quoting; fields may span lines). */
export function parseCsv(text: string, delimiter: string): string[][] {
    const records: string[][] = [];
    let record: string[] = [];
    let field = '';
    let quoted = false;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        if (quoted) {
            if (c === '"') {
                if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
                quoted = false; i++; continue;
            }
            field += c; i++; continue;
        }
        if (c === '"' && field.trim() === '') { field = ''; quoted = true; i++; continue; }
        if (c === delimiter) { record.push(field); field = ''; i++; continue; }
        if (c === '\r' || c === '\n') {
            record.push(field); field = '';
            records.push(record); record = [];
            i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
            continue;
        }
        field += c; i++;
    }
    if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
    return records;
}

/** The separator: Excel's `sep=;` line, else the one that splits the first lines most consistently. */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
    const sep = /^sep=(.)\r?\n/i.exec(text);
    if (sep) return { delimiter: sep[1], skipFirstLine: true };
    const lines = text.split(/\r?\n/).filter(l => l.trim() !== '').slice(0, 20);
    let best = { delimiter: ',', score: -1 };
    for (const d of [',', ';', '\t', '|']) {
        const counts = lines.map(l => countOutsideQuotes(l, d));
        const withFields = counts.filter(c => c > 0);
        if (withFields.length === 0) continue;
        // The most frequent non-zero count, weighted by how many lines have it.
        const freq = new Map<number, number>();
        for (const c of withFields) freq.set(c, (freq.get(c) ?? 0) + 1);
        const [count, lineCount] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
        const score = lineCount * 1000 + count;
        if (score > best.score) best = { delimiter: d, score };
    }
    return { delimiter: best.delimiter, skipFirstLine: false };
}

function countOutsideQuotes(line: string, d: string): number {
    let quoted = false, count = 0;
    for (const c of line) {
        if (c === '"') quoted = !quoted;
        else if (c === d && !quoted) count++;
    }
    return count;
}

/** A CSV file as one table. */
export function readCsv(bytes: Uint8Array, file: string, issues: ImportIssue[]): Table {
    const kind = sniff(bytes);
    if (kind !== 'text') {
        throw new ImportError(file, undefined, {
            en: `is named as a CSV file but is ${DESCRIBE[kind].en}${kind === 'zip' ? '; if it is a workbook, give it the .xlsx extension' : ''}`,
            id: `bernama berkas CSV tetapi berisi ${DESCRIBE[kind].id}${kind === 'zip' ? '; jika ini buku kerja, beri ekstensi .xlsx' : ''}`
        });
    }
    const { text, encoding } = decodeText(bytes);
    if (encoding === 'Windows-1252') {
        issues.push({ severity: 'info', source: { file }, message: {
            en: 'not UTF-8: read as Windows-1252 (what older Excel versions save); check accented letters', id: 'bukan UTF-8: dibaca sebagai Windows-1252 (yang disimpan Excel versi lama); periksa huruf beraksen' } });
    }
    const { delimiter, skipFirstLine } = detectDelimiter(text);
    const records = parseCsv(skipFirstLine ? text.replace(/^[^\n]*\n/, '') : text, delimiter);
    const offset = skipFirstLine ? 2 : 1;
    return { file, rows: records.map((cells, k) => ({ row: k + offset, cells: cells.map(c => c.trim()) })) };
}

/** Every sheet of an XLSX workbook as a table. exceljs is loaded only when a workbook is read. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<Table[]> {
    const kind = sniff(bytes);
    if (kind !== 'zip') {
        throw new ImportError(file, undefined, {
            en: `is named as an XLSX workbook but is ${DESCRIBE[kind].en}${kind === 'text' ? '; if it is a CSV file, give it the .csv extension' : ''}${kind === 'binary' ? '; save it from Excel as .xlsx' : ''}`,
            id: `bernama buku kerja XLSX tetapi berisi ${DESCRIBE[kind].id}${kind === 'text' ? '; jika ini berkas CSV, beri ekstensi .csv' : ''}${kind === 'binary' ? '; simpan dari Excel sebagai .xlsx' : ''}`
        });
    }
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    try {
        // exceljs reads the bytes with JSZip, which takes a Uint8Array (its types say Buffer).
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (err) {
        throw new ImportError(file, undefined, {
            en: `is not a readable XLSX workbook (${(err as Error).message.split('\n')[0]})`,
            id: `bukan buku kerja XLSX yang dapat dibaca (${(err as Error).message.split('\n')[0]})`
        });
    }
    const tables: Table[] = [];
    workbook.eachSheet(sheet => {
        const rows: TableRow[] = [];
        sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
            const values = row.values as unknown[];
            const cells: string[] = [];
            for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
            rows.push({ row: rowNumber, cells });
        });
        tables.push({ file, sheet: sheet.name, rows });
    });
    return tables;
}

/** A cell's value as the spreadsheet shows it: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    if (typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (Array.isArray(v.richText)) return v.richText.map(r => (r as { text?: string }).text ?? '').join('').trim();
        if ('result' in v) return cellText(v.result);
        if ('formula' in v || 'sharedFormula' in v) return '';
        if (typeof v.text === 'string' || typeof v.text === 'object') return cellText(v.text);
        if (typeof v.error === 'string') return '';
    }
    return String(value).trim();
}
