// The inventory tables (tables.ts) as one Excel workbook, the form agencies pass around: a sheet per table,
// the header row bold, frozen and filterable, numbers (years, budgets, levels) as numbers. Written with
// exceljs, loaded on first use (it is large, and only this export needs it). Cells are typed values, never
// formulas, so model text that starts with "=" stays text.
import type { SemanticModel } from '../model/types.js';
import { inventoryTables, type Table } from './tables.js';

/** Excel's limits on sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
    return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

/** XML, and so a workbook, cannot hold control characters other than tab and line breaks. */
function cell(value: string | number | undefined): string | number | null {
    // eslint-disable-next-line no-control-regex
    return value === undefined ? null : typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '') : value;
}

function width(t: Table, column: number): number {
    const longest = Math.max(t.header[column].length, ...t.rows.slice(0, 500).map(r => String(r[column] ?? '').length));
    return Math.min(60, Math.max(8, longest + 2));
}

/** The workbook as the bytes of an .xlsx file. */
export async function exportXlsx(model: SemanticModel): Promise<Uint8Array> {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SPBE Architect';
    // A fixed date keeps the file the same for the same model (exceljs would stamp the current time).
    workbook.created = workbook.modified = new Date(0);
    for (const t of inventoryTables(model)) {
        const sheet = workbook.addWorksheet(sheetName(t.name), { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.columns = t.header.map((header, i) => ({ header, width: width(t, i) }));
        sheet.getRow(1).font = { bold: true };
        for (const row of t.rows) sheet.addRow(row.map(cell));
        sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
