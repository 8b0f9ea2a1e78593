// An index self-assessment table (`spbe export --format csv`'s penilaian.csv, or an evaluator's worksheet): one
// indicator per row with the year, the rule set, the level and the evidence. Rows of one year and rule set make
// one assessment; the rule set and the indicators are checked against the reference in finish.ts.
import type { Draft, DraftAssessment, SourceRef } from './types.js';
import type { Table, TableRow } from './tables.js';
import { headerFields } from './header-fields.js';

type AssessmentField = 'year' | 'ruleSet' | 'indicator' | 'level' | 'evidence';

const HEADERS: [AssessmentField, string[]][] = [
    ['year', ['tahun', 'tahun penilaian', 'year']],
    ['ruleSet', ['aturan indeks', 'aturan', 'rule set']],
    ['indicator', ['indikator', 'nomor indikator', 'no indikator', 'indicator']],
    ['level', ['level', 'tingkat kematangan', 'nilai', 'level kematangan']],
    ['evidence', ['bukti', 'bukti dukung', 'evidence']],
];

/** The fields of an assessment header row (indicator, level and year columns), or undefined when the row is none. */
export function assessmentHeader(cells: string[]): Partial<Record<AssessmentField, number>> | undefined {
    const fields = headerFields(cells, HEADERS);
    return fields.indicator !== undefined && fields.level !== undefined && fields.year !== undefined ? fields : undefined;
}

export function readAssessmentRows(table: Table, rows: TableRow[], fields: Partial<Record<AssessmentField, number>>, draft: Draft): void {
    const text = (cells: string[], f: AssessmentField) => {
        const v = fields[f] !== undefined ? (cells[fields[f]!] ?? '').trim() : '';
        return v && v !== '-' ? v : undefined;
    };
    const byYear = new Map<string, DraftAssessment>();
    for (const r of rows) {
        if (r.cells.every(c => c.trim() === '')) continue;
        const source: SourceRef = { file: table.file, sheet: table.sheet, row: r.row };
        const skip = (en: string, id: string) => draft.issues.push({ severity: 'warning', source, message: { en: `${en}; row skipped`, id: `${id}; baris dilewati` } });
        const year = text(r.cells, 'year'), indicator = text(r.cells, 'indicator'), level = text(r.cells, 'level');
        if (!year || !/^\d{4}$/.test(year)) { skip(`year "${year ?? ''}" is not a year`, `tahun "${year ?? ''}" bukan tahun`); continue; }
        if (!indicator || !/^\d+$/.test(indicator)) { skip(`indicator "${indicator ?? ''}" is not an indicator number`, `indikator "${indicator ?? ''}" bukan nomor indikator`); continue; }
        if (!level || !/^\d+$/.test(level)) { skip(`level "${level ?? ''}" is not a level 1–5`, `level "${level ?? ''}" bukan level 1–5`); continue; }
        const ruleSet = text(r.cells, 'ruleSet');
        const k = `${year}\n${ruleSet ?? ''}`;
        let a = byYear.get(k);
        if (!a) {
            a = { year: Number(year), ruleSet, values: [], source };
            byYear.set(k, a);
            draft.assessments.push(a);
        }
        // One piece of evidence per line (`spbe export` writes them so: evidence text may hold a ';').
        const evidence = (text(r.cells, 'evidence') ?? '').split(/\r?\n/).map(s => s.trim()).filter(Boolean);
        a.values.push({ indicator: Number(indicator), level: Number(level), evidence, source });
    }
}
