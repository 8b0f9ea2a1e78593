// Inventory tables (CSV files, XLSX sheets) into a draft: one element per row. The header row is found among
// the first rows (portal tables often have a title above it); which domain the rows are comes from the mapping,
// a Domain column, the name header ("Nama Aplikasi"), a row's reference code, or the sheet or file name, in that
// order. Owners become units by name. Every row that cannot be read is reported with its file and row.
import type { Domain } from '../model/types.js';
import { codePrefix, DOMAIN_PREFIX } from '../reference/codes.js';
import { DOMAINS } from '../model/types.js';
import type { Draft, DraftElement, ImportIssue, SourceRef } from './types.js';
import { ImportError } from './errors.js';
import type { Table } from './tables.js';
import { domainFromName, headerWords, recogniseHeader, type ColumnMap, type Field } from './columns.js';
import { domainOf, elementStatus, KEYWORD_VALUES, normalize, splitList } from './words.js';
import { readRoadmapRows, roadmapHeader } from './roadmap-table.js';
import { milestoneHeader, readMilestoneRows } from './milestone-table.js';
import { assessmentHeader, readAssessmentRows } from './assessment-table.js';

export interface TableMapping {
    /** The domain of every row. */
    domain?: Domain;
    /** The row number of the header row (default: found among the first rows). */
    headerRow?: number;
    /** Header text per field. */
    columns?: Partial<Record<Field, string>>;
    /** Per sheet of a workbook (by name): its own mapping, or null to skip it. */
    sheets?: Record<string, TableMapping | null>;
}

const HEADER_SEARCH_ROWS = 30;
const CODE_PATTERN = /^\s*(RA[BDLAIK](?:\.[0-9A-Za-z]+)+)\s*(?:[-–:]\s*)?(.*)$/i;

function where(table: Table, row?: number): SourceRef {
    return { file: table.file, sheet: table.sheet, row };
}

function sheetLabel(table: Table): { en: string; id: string } {
    return table.sheet ? { en: ` (sheet "${table.sheet}")`, id: ` (lembar "${table.sheet}")` } : { en: '', id: '' };
}

/** Finds the header row: the first row with a name column (or all the mapped columns). */
function findHeader(table: Table, mapping: TableMapping): { index: number; columns: ColumnMap } {
    const explicit = mapping.columns ?? {};
    const candidates = mapping.headerRow !== undefined
        ? table.rows.filter(r => r.row === mapping.headerRow)
        : table.rows.slice(0, HEADER_SEARCH_ROWS);
    let best: { index: number; score: number; missing: [Field, string][] } | undefined;
    for (const r of candidates) {
        const rec = recogniseHeader(r.cells, explicit);
        const index = table.rows.indexOf(r);
        if (rec.missing.length === 0 && rec.fields.name !== undefined) return { index, columns: rec };
        const score = Object.keys(rec.fields).length + rec.relations.length - rec.missing.length;
        if (!best || score > best.score) best = { index, score, missing: rec.missing };
    }
    const s = sheetLabel(table);
    if (mapping.headerRow !== undefined && candidates.length === 0) {
        throw new ImportError(table.file, { sheet: table.sheet, row: mapping.headerRow }, {
            en: `the header row ${mapping.headerRow} given by the mapping is empty or missing${s.en}`,
            id: `baris judul ${mapping.headerRow} yang disebut pemetaan kosong atau tidak ada${s.id}` });
    }
    if (best && best.score >= 2 || best?.missing.length) {
        const row = table.rows[best.index];
        const missing = best.missing.find(([f]) => f === 'name') ?? best.missing[0];
        const headers = row.cells.filter(Boolean).map(c => `"${c}"`).join(', ');
        if (missing) {
            throw new ImportError(table.file, { sheet: table.sheet, row: row.row }, {
                en: `no column "${missing[1]}" (the mapping's ${missing[0]} column) in the header row${s.en}; its columns are ${headers}`,
                id: `tidak ada kolom "${missing[1]}" (kolom ${missing[0]} menurut pemetaan) di baris judul${s.id}; kolomnya ${headers}` });
        }
        throw new ImportError(table.file, { sheet: table.sheet, row: row.row }, {
            en: `the header row has no name column${s.en} (looked for ${headerWords('name').slice(0, 6).map(w => `"${w}"`).join(', ')}, ...); its columns are ${headers}. Name it with --column name=HEADER or a mapping file`,
            id: `baris judul tidak punya kolom nama${s.id} (dicari ${headerWords('name').slice(0, 6).map(w => `"${w}"`).join(', ')}, ...); kolomnya ${headers}. Sebutkan dengan --column name=JUDUL atau berkas pemetaan` });
    }
    throw new ImportError(table.file, { sheet: table.sheet }, {
        en: `no header row found in the first ${HEADER_SEARCH_ROWS} rows${s.en}: expected a row with a name column such as "Nama", "Nama Aplikasi" or "Nama Layanan". Name the columns with --column or a mapping file`,
        id: `baris judul tidak ditemukan dalam ${HEADER_SEARCH_ROWS} baris pertama${s.id}: diharapkan baris dengan kolom nama seperti "Nama", "Nama Aplikasi", atau "Nama Layanan". Sebutkan kolomnya dengan --column atau berkas pemetaan` });
}

/** Reads inventory tables into `draft`. A workbook's sheets without a header row are skipped and reported. */
export function readInventory(tables: Table[], mapping: TableMapping, draft: Draft): void {
    const issue = (i: ImportIssue) => draft.issues.push(i);
    const seen = new Map<string, { row: number; file: string; sheet?: string }>();
    const unitKeys = new Map(draft.units.map(u => [normalize(u.name), u.key]));
    const unitKey = (name: string, source: SourceRef): string => {
        const n = normalize(name);
        let key = unitKeys.get(n);
        if (!key) {
            key = `unit:${n}`;
            unitKeys.set(n, key);
            draft.units.push({ key, name, source });
        }
        return key;
    };
    let readAny = false;
    const problems: ImportError[] = [];
    for (const table of tables) {
        const own = table.sheet !== undefined && mapping.sheets && table.sheet in mapping.sheets ? mapping.sheets[table.sheet] : mapping;
        if (own === null) continue;
        const m: TableMapping = { ...mapping, ...own, columns: { ...mapping.columns, ...own?.columns } };
        if (table.rows.every(r => r.cells.every(c => c === ''))) {
            if (table.sheet !== undefined) issue({ severity: 'info', source: where(table), message: { en: `sheet "${table.sheet}" is empty`, id: `lembar "${table.sheet}" kosong` } });
            continue;
        }
        // A milestones table (a column "Tonggak"; its "Inisiatif" column names the initiative each closes).
        if (!m.domain && (!m.columns || Object.keys(m.columns).length === 0)) {
            const at = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(r => milestoneHeader(r.cells));
            if (at >= 0) {
                readAny = true;
                readMilestoneRows(table, table.rows.slice(at + 1), milestoneHeader(table.rows[at].cells)!, draft);
                continue;
            }
        }
        // A roadmap table (a column "Inisiatif"): initiatives, not elements. A mapping's columns are for elements.
        if (!m.columns || Object.keys(m.columns).length === 0) {
            const at = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(r => roadmapHeader(r.cells));
            if (at >= 0) {
                readAny = true;
                readRoadmapRows(table, table.rows.slice(at + 1), roadmapHeader(table.rows[at].cells)!, draft, unitKey);
                continue;
            }
        }
        // An index self-assessment table (indicator, level and year columns).
        if (!m.domain && (!m.columns || Object.keys(m.columns).length === 0)) {
            const head = table.rows.slice(0, HEADER_SEARCH_ROWS);
            const atAssessment = head.findIndex(r => assessmentHeader(r.cells));
            if (atAssessment >= 0) {
                readAny = true;
                readAssessmentRows(table, table.rows.slice(atAssessment + 1), assessmentHeader(table.rows[atAssessment].cells)!, draft);
                continue;
            }
        }
        // A table of units (organisation units: a "Jenis Unit" or "Induk" column, or a sheet or file named so).
        if (!m.domain && (!m.columns || Object.keys(m.columns).length === 0)) {
            const at = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(r => unitHeader(r.cells, table));
            if (at >= 0) {
                readAny = true;
                readUnitRows(table, at, unitHeader(table.rows[at].cells, table)!, draft, unitKey);
                continue;
            }
        }
        let header: { index: number; columns: ColumnMap };
        try {
            header = findHeader(table, m);
        } catch (err) {
            // In a workbook, other sheets (instructions, summaries) may have no inventory: report and go on.
            if (table.sheet !== undefined && err instanceof ImportError && tables.length > 1) {
                problems.push(err);
                issue({ severity: 'info', source: where(table), message: { en: `sheet "${table.sheet}" skipped: ${err.texts.en}`, id: `lembar "${table.sheet}" dilewati: ${err.texts.id}` } });
                continue;
            }
            throw err;
        }
        readAny = true;
        const { fields, relations, nameDomain } = header.columns;
        const tableDomain = m.domain ?? nameDomain;
        const weakDomain = (table.sheet ? domainFromName(table.sheet) : undefined) ?? domainFromName(table.file.split(/[\\/]/).pop() ?? '');
        const cell = (cells: string[], f: Field) => fields[f] !== undefined ? (cells[fields[f]!] ?? '').trim() : '';
        for (const r of table.rows.slice(header.index + 1)) {
            if (r.cells.every(c => c.trim() === '')) continue;
            const source = where(table, r.row);
            const name = cell(r.cells, 'name');
            if (!name) {
                issue({ severity: 'warning', source, message: { en: 'the row has no name; skipped', id: 'baris tanpa nama; dilewati' } });
                continue;
            }
            const el: DraftElement = { key: `${table.file}#${table.sheet ?? ''}:${r.row}`, domain: 'proses', name, source, notes: [] };
            // The code: "RAA.02.02" or "RAA.02.02 - Aplikasi Khusus ..." (a name after it is the code's name).
            const rawCode = cell(r.cells, 'code');
            if (rawCode) {
                const c = CODE_PATTERN.exec(rawCode);
                if (c) {
                    el.code = c[1].toUpperCase().replace(/^RA([BDLAIK])/, 'RA$1');
                    el.codeName = cell(r.cells, 'codeName') || c[2].trim() || undefined;
                } else if (rawCode !== '-') {
                    el.notes.push(`kode asal: ${rawCode}`);
                    issue({ severity: 'warning', source, message: { en: `"${rawCode}" is not a reference code (such as RAA.02.02); left out`, id: `"${rawCode}" bukan kode referensi (seperti RAA.02.02); tidak dipakai` } });
                }
            }
            // The domain, most explicit first.
            const domainText = cell(r.cells, 'domain');
            const fromColumn = domainText ? domainOf(domainText) : undefined;
            if (domainText && !fromColumn) {
                issue({ severity: 'warning', source, message: { en: `domain "${domainText}" is none of the six (layanan, proses, data, aplikasi, infrastruktur, keamanan)`, id: `domain "${domainText}" bukan salah satu dari enam (layanan, proses, data, aplikasi, infrastruktur, keamanan)` } });
            }
            const prefix = el.code ? codePrefix(el.code) : undefined;
            const fromCode = prefix ? DOMAINS.find(d => DOMAIN_PREFIX[d] === prefix) : undefined;
            const domain = m.domain ?? fromColumn ?? tableDomain ?? fromCode ?? weakDomain;
            if (!domain) {
                issue({ severity: 'warning', source, message: {
                    en: `cannot tell the domain of "${name}" (no Domain column, no reference code, and the file and sheet names do not say); skipped. Give --domain or a Domain column`,
                    id: `domain "${name}" tidak dapat ditentukan (tidak ada kolom Domain, kode referensi, dan nama berkas atau lembar tidak menyebutnya); dilewati. Beri --domain atau kolom Domain` } });
                continue;
            }
            el.domain = domain;
            const id = cell(r.cells, 'id');
            if (id) el.preferredId = id;
            const owner = cell(r.cells, 'owner');
            if (owner && owner !== '-') el.owner = unitKey(owner, source);
            const status = cell(r.cells, 'status');
            if (status && status !== '-') {
                el.status = elementStatus(status);
                if (!el.status) {
                    el.notes.push(`status asal: ${status}`);
                    issue({ severity: 'warning', source, message: { en: `status "${status}" is not aktif, rencana or dihentikan (or a word for one); left out`, id: `status "${status}" bukan aktif, rencana, atau dihentikan (atau padanannya); tidak dipakai` } });
                }
            }
            const text = (f: Field) => cell(r.cells, f) || undefined;
            el.description = text('description');
            el.justification = text('justification');
            const keyword = <T extends string>(f: Field, table: Map<string, T>, label: string): T | undefined => {
                const raw = cell(r.cells, f);
                if (!raw || raw === '-') return undefined;
                const v = table.get(normalize(raw));
                if (!v) {
                    el.notes.push(`${label} asal: ${raw}`);
                    issue({ severity: 'warning', source, message: { en: `${label} "${raw}" is not one the language knows; left out`, id: `${label} "${raw}" tidak dikenal bahasa ini; tidak dipakai` } });
                }
                return v;
            };
            const items = (f: Field) => { const v = cell(r.cells, f); return v ? splitList(v) : undefined; };
            if (domain === 'data') {
                el.classification = keyword('classification', KEYWORD_VALUES.classification, 'klasifikasi');
                const custodian = cell(r.cells, 'custodian');
                if (custodian && custodian !== '-') el.custodian = unitKey(custodian, source);
                const producers = cell(r.cells, 'producers');
                if (producers && producers !== '-') el.producers = producers.split(';').map(p => p.trim()).filter(Boolean).map(p => unitKey(p, source));
                el.formats = items('formats');
            } else if (domain === 'layanan') {
                el.serviceType = keyword('serviceType', KEYWORD_VALUES.serviceType, 'jenis layanan');
                el.users = items('users');
                el.channels = items('channels');
            } else if (domain === 'aplikasi') {
                el.appKind = keyword('appKind', KEYWORD_VALUES.appKind, 'jenis aplikasi');
                el.sharedApp = text('sharedApp');
                el.platforms = items('platforms');
                el.license = text('license');
                el.databases = items('databases');
            } else if (domain === 'infrastruktur') {
                el.category = keyword('category', KEYWORD_VALUES.infraCategory, 'kategori');
                el.operator = keyword('operator', KEYWORD_VALUES.operator, 'pengelola');
                el.provider = text('provider');
                el.location = text('location');
            } else if (domain === 'keamanan') {
                el.category = keyword('category', KEYWORD_VALUES.securityCategory, 'kategori');
            }
            const dup = seen.get(`${domain}:${normalize(name)}`);
            if (dup) {
                issue({ severity: 'warning', source, message: {
                    en: `"${name}" has the same name as row ${dup.row}${dup.file !== table.file || dup.sheet !== table.sheet ? ` of ${dup.file}${dup.sheet ? ` (sheet "${dup.sheet}")` : ''}` : ''}; imported as a second ${domain} element with its own id`,
                    id: `"${name}" bernama sama dengan baris ${dup.row}${dup.file !== table.file || dup.sheet !== table.sheet ? ` di ${dup.file}${dup.sheet ? ` (lembar "${dup.sheet}")` : ''}` : ''}; diimpor sebagai elemen ${domain} kedua dengan id sendiri` } });
            } else {
                seen.set(`${domain}:${normalize(name)}`, { row: r.row, file: table.file, sheet: table.sheet });
            }
            draft.elements.push(el);
            // Relation columns: targets by name or id, separated by ";", resolved once everything is read.
            for (const rel of relations) {
                if (rel.domain !== domain) continue;
                const value = (r.cells[rel.column] ?? '').trim();
                if (!value || value === '-') continue;
                for (const part of value.split(';').map(s => s.trim()).filter(Boolean)) {
                    const via = rel.kind === 'terintegrasi-dengan' ? /^(.*?)\s*\((?:melalui|via)\s+(.+)\)\s*$/i.exec(part) : null;
                    draft.relations.push({ from: el.key, to: '', toName: via ? via[1] : part, kind: rel.kind, viaName: via?.[2], source });
                }
            }
        }
    }
    if (!readAny && problems.length) throw problems[0];
}

type UnitField = 'id' | 'name' | 'kind' | 'abbreviation' | 'parent' | 'description';
const UNIT_HEADERS: [UnitField, string[]][] = [
    ['id', ['id', 'id spbe']], ['name', ['nama', 'nama unit', 'unit', 'nama unit kerja', 'nama opd', 'nama perangkat daerah', 'unit organisasi']],
    ['kind', ['jenis unit', 'jenis']], ['abbreviation', ['singkatan', 'akronim']], ['parent', ['induk', 'unit induk']],
    ['description', ['deskripsi', 'keterangan']],
];

/** The fields of a units table's header row, or undefined when the row is none. */
function unitHeader(cells: string[], table: Table): Partial<Record<UnitField, number>> | undefined {
    const norm = cells.map(normalize);
    const fields: Partial<Record<UnitField, number>> = {};
    for (const [field, words] of UNIT_HEADERS) {
        const k = norm.findIndex((h, i) => words.includes(h) && !Object.values(fields).includes(i));
        if (k >= 0) fields[field] = k;
    }
    if (fields.name === undefined) return undefined;
    const named = /\bunit\b|organisasi/.test(normalize(`${table.sheet ?? ''} ${table.file.split(/[\\/]/).pop() ?? ''}`));
    return norm.includes('jenis unit') || fields.parent !== undefined || (named && fields.kind !== undefined) ? fields : undefined;
}

function readUnitRows(table: Table, at: number, fields: Partial<Record<UnitField, number>>, draft: Draft, unitKey: (name: string, source: SourceRef) => string): void {
    const cell = (cells: string[], f: UnitField) => fields[f] !== undefined ? (cells[fields[f]!] ?? '').trim() : '';
    const parents: [string, string, SourceRef][] = [];
    for (const r of table.rows.slice(at + 1)) {
        if (r.cells.every(c => c.trim() === '')) continue;
        const source = where(table, r.row);
        const name = cell(r.cells, 'name');
        if (!name) {
            draft.issues.push({ severity: 'warning', source, message: { en: 'the row has no unit name; skipped', id: 'baris tanpa nama unit; dilewati' } });
            continue;
        }
        const key = unitKey(name, source);
        const unit = draft.units.find(u => u.key === key)!;
        unit.preferredId = cell(r.cells, 'id') || unit.preferredId;
        const kind = cell(r.cells, 'kind');
        if (kind) {
            unit.kind = KEYWORD_VALUES.unitKind.get(normalize(kind));
            if (!unit.kind) draft.issues.push({ severity: 'warning', source, message: { en: `unit kind "${kind}" is not opd, unit-kerja, tim or eksternal; left out`, id: `jenis unit "${kind}" bukan opd, unit-kerja, tim, atau eksternal; tidak dipakai` } });
        }
        unit.abbreviation = cell(r.cells, 'abbreviation') || unit.abbreviation;
        unit.description = cell(r.cells, 'description') || unit.description;
        const parent = cell(r.cells, 'parent');
        if (parent && parent !== '-') parents.push([key, parent, source]);
    }
    // Parents by name, id or abbreviation, once every unit of the table is known.
    for (const [key, parent, source] of parents) {
        const found = draft.units.find(u => [u.name, u.preferredId, u.abbreviation].some(n => n && normalize(n) === normalize(parent)));
        if (found) draft.units.find(u => u.key === key)!.parent = found.key;
        else draft.issues.push({ severity: 'warning', source, message: { en: `parent unit "${parent}" is not in the table; left out`, id: `unit induk "${parent}" tidak ada dalam tabel; tidak dipakai` } });
    }
}
