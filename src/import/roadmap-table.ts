// A roadmap table (the Peta Rencana's table of initiatives, or `spbe export --format csv`'s peta-rencana.csv):
// one initiative per row, with its muatan, years, owner, budget, status, index targets and the elements it
// creates, changes or retires (by name or id, resolved once everything is read).
import type { Draft, DraftInitiative, ImportIssue, SourceRef } from './types.js';
import type { Table, TableRow } from './tables.js';
import { headerFields } from './header-fields.js';
import { initiativeStatus, muatanOf } from './words.js';

type RoadmapField = 'id' | 'name' | 'muatan' | 'start' | 'end' | 'years' | 'owner' | 'budget' | 'status' | 'targets' | 'creates' | 'changes'
    | 'retires' | 'predecessors' | 'program' | 'activity' | 'nomenclature' | 'description';

const HEADERS: [RoadmapField, string[]][] = [
    ['id', ['id', 'id spbe']],
    ['name', ['inisiatif', 'nama inisiatif', 'initiative', 'rencana aksi']],
    ['muatan', ['muatan', 'muatan peta rencana']],
    ['start', ['tahun mulai', 'mulai', 'start year']],
    ['end', ['tahun selesai', 'selesai', 'end year']],
    ['years', ['tahun', 'tahun pelaksanaan', 'periode', 'years']],
    ['owner', ['pelaksana', 'unit pelaksana', 'penanggung jawab', 'opd pelaksana', 'perangkat daerah pelaksana', 'owner']],
    ['budget', ['anggaran', 'anggaran rp', 'pagu', 'pagu anggaran', 'budget']],
    ['status', ['status']],
    ['targets', ['target indikator', 'target indeks', 'indicator targets']],
    ['creates', ['mewujudkan', 'creates']],
    ['changes', ['mengubah', 'changes']],
    ['retires', ['menghentikan', 'retires']],
    ['predecessors', ['setelah', 'pendahulu', 'after']],
    ['program', ['program']],
    ['activity', ['kegiatan', 'activity']],
    ['nomenclature', ['nomenklatur', 'kode nomenklatur']],
    ['description', ['deskripsi', 'keterangan', 'uraian', 'description']],
];

/** The roadmap fields of a header row, or undefined when it is no roadmap header (no initiative column). */
export function roadmapHeader(cells: string[]): Partial<Record<RoadmapField, number>> | undefined {
    const fields = headerFields(cells, HEADERS);
    return fields.name !== undefined ? fields : undefined;
}

/** "Rp 1.500.000.000", "1500000000", "1,500,000.00" -> a number; undefined when it is none. */
export function amount(text: string): number | undefined {
    const t = text.replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
    return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : undefined;
}

/** "37: 2023→3, 2024→4; 11: 2025=4" -> targets. */
export function indicatorTargets(text: string): DraftInitiative['targets'] {
    const out: DraftInitiative['targets'] = [];
    for (const part of text.split(';')) {
        const m = /^\s*(\d+)\s*:\s*(.*)$/.exec(part);
        if (!m) continue;
        const targets = [...m[2].matchAll(/(\d{4})\s*(?:=|→|->|:)\s*(\d+)/g)].map(x => ({ year: Number(x[1]), level: Number(x[2]) }));
        if (targets.length) out.push({ indicator: Number(m[1]), targets });
    }
    return out;
}

export function readRoadmapRows(table: Table, rows: TableRow[], fields: Partial<Record<RoadmapField, number>>, draft: Draft, unitKey: (name: string, source: SourceRef) => string): void {
    const issue = (i: ImportIssue) => draft.issues.push(i);
    const cell = (cells: string[], f: RoadmapField) => fields[f] !== undefined ? (cells[fields[f]!] ?? '').trim() : '';
    for (const r of rows) {
        if (r.cells.every(c => c.trim() === '')) continue;
        const source: SourceRef = { file: table.file, sheet: table.sheet, row: r.row };
        const name = cell(r.cells, 'name');
        if (!name) {
            issue({ severity: 'warning', source, message: { en: 'the row has no initiative name; skipped', id: 'baris tanpa nama inisiatif; dilewati' } });
            continue;
        }
        const text = (f: RoadmapField) => { const v = cell(r.cells, f); return v && v !== '-' ? v : undefined; };
        const wp: DraftInitiative = { key: `${table.file}#${table.sheet ?? ''}:${r.row}`, name, preferredId: text('id'), predecessors: [], creates: [], changes: [],
            retires: [], targets: [], source, notes: [], named: [], program: text('program'), activity: text('activity'), nomenclature: text('nomenclature'),
            description: text('description') };
        const muatan = text('muatan');
        if (muatan) {
            wp.muatan = muatanOf(muatan);
            if (!wp.muatan) {
                wp.notes.push(`muatan asal: ${muatan}`);
                issue({ severity: 'warning', source, message: { en: `muatan "${muatan}" is none of the seven; left out`, id: `muatan "${muatan}" bukan salah satu dari tujuh; tidak dipakai` } });
            }
        }
        const year = (v: string | undefined) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);
        wp.start = year(text('start'));
        wp.end = year(text('end'));
        const range = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(text('years') ?? '');
        if (range && wp.start === undefined) { wp.start = Number(range[1]); wp.end = range[2] ? Number(range[2]) : wp.start; }
        for (const f of ['start', 'end', 'years'] as const) {
            const v = text(f);
            if (v && !(f === 'years' ? range : year(v))) {
                wp.notes.push(`tahun asal: ${v}`);
                issue({ severity: 'warning', source, message: { en: `"${v}" is not a year (or years such as 2024-2025); left out`, id: `"${v}" bukan tahun (atau rentang seperti 2024-2025); tidak dipakai` } });
            }
        }
        const owner = text('owner');
        if (owner) wp.owner = unitKey(owner, source);
        const budget = text('budget');
        if (budget) {
            wp.budget = amount(budget);
            if (wp.budget === undefined) {
                wp.notes.push(`anggaran asal: ${budget}`);
                issue({ severity: 'warning', source, message: { en: `budget "${budget}" is not an amount; left out`, id: `anggaran "${budget}" bukan jumlah uang; tidak dipakai` } });
            }
        }
        const status = text('status');
        if (status) {
            wp.status = initiativeStatus(status);
            if (!wp.status) {
                wp.notes.push(`status asal: ${status}`);
                issue({ severity: 'warning', source, message: { en: `status "${status}" is not one of belum-mulai, berjalan, selesai, tertunda, batal; left out`, id: `status "${status}" bukan belum-mulai, berjalan, selesai, tertunda, atau batal; tidak dipakai` } });
            }
        }
        const targets = text('targets');
        if (targets) wp.targets = indicatorTargets(targets);
        for (const list of ['creates', 'changes', 'retires', 'predecessors'] as const) {
            for (const n of (text(list) ?? '').split(';').map(x => x.trim()).filter(Boolean)) wp.named!.push({ list, name: n });
        }
        draft.initiatives.push(wp);
    }
}
