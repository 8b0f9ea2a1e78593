// A milestones table (`spbe export --format csv`'s tonggak.csv, or a roadmap's list of milestones): one
// milestone per row with its year, month and the initiative it closes (by name or id, resolved in finish.ts).
import type { Draft, SourceRef } from './types.js';
import type { Table, TableRow } from './tables.js';
import { normalize } from './words.js';
import { headerFields } from './header-fields.js';

type MilestoneField = 'id' | 'name' | 'year' | 'month' | 'initiative' | 'description';

const HEADERS: [MilestoneField, string[]][] = [
    ['id', ['id', 'id spbe']],
    ['name', ['tonggak', 'nama tonggak', 'milestone']],
    ['year', ['tahun', 'year']],
    ['month', ['bulan', 'month']],
    ['initiative', ['inisiatif', 'initiative']],
    ['description', ['deskripsi', 'keterangan', 'description']],
];

/** The fields of a milestones header row (a "Tonggak" column), or undefined when the row is none. */
export function milestoneHeader(cells: string[]): Partial<Record<MilestoneField, number>> | undefined {
    const norm = cells.map(normalize);
    const fields = headerFields(cells, HEADERS);
    // A roadmap table may have a milestone column beside its initiatives: that is no milestones table.
    const roadmap = norm.some(h => ['muatan', 'tahun mulai', 'pelaksana', 'anggaran'].includes(h));
    return fields.name !== undefined && !roadmap ? fields : undefined;
}

export function readMilestoneRows(table: Table, rows: TableRow[], fields: Partial<Record<MilestoneField, number>>, draft: Draft): void {
    const text = (cells: string[], f: MilestoneField) => {
        const v = fields[f] !== undefined ? (cells[fields[f]!] ?? '').trim() : '';
        return v && v !== '-' ? v : undefined;
    };
    for (const r of rows) {
        if (r.cells.every(c => c.trim() === '')) continue;
        const source: SourceRef = { file: table.file, sheet: table.sheet, row: r.row };
        const name = text(r.cells, 'name');
        if (!name) {
            draft.issues.push({ severity: 'warning', source, message: { en: 'the row has no milestone name; skipped', id: 'baris tanpa nama tonggak; dilewati' } });
            continue;
        }
        const number = (f: MilestoneField) => {
            const v = text(r.cells, f);
            if (v === undefined) return undefined;
            if (/^\d+$/.test(v)) return Number(v);
            draft.issues.push({ severity: 'warning', source, message: { en: `"${name}": ${f === 'year' ? 'year' : 'month'} "${v}" is not a number; left out`,
                id: `"${name}": ${f === 'year' ? 'tahun' : 'bulan'} "${v}" bukan angka; tidak dipakai` } });
            return undefined;
        };
        draft.milestones.push({ key: `${table.file}#${table.sheet ?? ''}:${r.row}`, name, preferredId: text(r.cells, 'id'), year: number('year'),
            month: number('month'), initiativeName: text(r.cells, 'initiative'), description: text(r.cells, 'description'), source });
    }
}
