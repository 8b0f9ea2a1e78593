// The inventory tables (tables.ts) as CSV files that Excel opens correctly in an Indonesian locale: UTF-8
// with a byte-order mark (without it Excel reads the file as the system code page and "→" or "é" come out
// garbled) and `;` between fields by default (Excel set to Indonesian uses the comma as the decimal
// separator and splits CSV on `;`; `,` on request for other locales and for tools). RFC 4180 otherwise: CRLF
// line ends, a field quoted when it holds the separator, a quote (doubled) or a line break. Lists inside a
// field are joined with "; " (so with the default separator such a field is quoted). A text field that starts
// with = + - @ (which spreadsheets would run as a formula) is prefixed with '.
import type { SemanticModel } from '../model/types.js';
import { inventoryTables, type Cell } from './tables.js';

export type { Cell } from './tables.js';
export { ROADMAP_HEADER } from './tables.js';

export type CsvSeparator = ';' | ',';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [';', ','];

export interface CsvOptions {
    /** The field separator: `;` (default, what Excel expects in an Indonesian locale) or `,`. */
    separator?: CsvSeparator;
}

/** The byte-order mark every file starts with. */
export const BOM = '\uFEFF';

export function csvField(value: Cell, separator: CsvSeparator = ';'): string {
    if (value === undefined) return '';
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table as CSV text, starting with the byte-order mark. */
export function csvTable(header: string[], rows: Cell[][], separator: CsvSeparator = ';'): string {
    return BOM + [header, ...rows].map(r => r.map(c => csvField(c, separator)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * File name -> CSV text: `unit-organisasi.csv`, one file per domain (`layanan.csv`, `proses-bisnis.csv`,
 * `data.csv`, `aplikasi.csv`, `infrastruktur.csv`, `keamanan.csv`), `peta-rencana.csv`, `tonggak.csv` and
 * `penilaian.csv`.
 */
export function exportCsv(model: SemanticModel, options: CsvOptions = {}): Record<string, string> {
    const separator = options.separator ?? ';';
    const files: Record<string, string> = {};
    for (const t of inventoryTables(model)) files[`${t.name}.csv`] = csvTable(t.header, t.rows, separator);
    return files;
}
