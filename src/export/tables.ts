// The inventory tables an agency passes around and the national SPBE portal asks for, as plain rows: the
// organisation units, one table per domain (code, name, description, owner and the domain's own
// attributes), the roadmap, its milestones and the index self-assessments. Every row starts with the agency
// and its period (or the row's year), so tables of several agencies or versions stack in one spreadsheet.
// csv.ts and xlsx.ts write these tables; nothing here knows a file format.
import type { ArchElement, Domain, SemanticModel } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { DEFAULT_RULE_SET } from '../index/compute.js';
import { DOMAIN_SLUG, Names, targetsText } from './common.js';

/** A cell: text, a number (years, budgets and levels stay numbers in a workbook), or empty. */
export type Cell = string | number | undefined;

export interface Table {
    /** The file stem and sheet name: `aplikasi`, `peta-rencana`, ... */
    name: string;
    header: string[];
    rows: Cell[][];
}

const list = (xs: string[]) => xs.join('; ');

interface Column { header: string; value: (e: ArchElement) => Cell }

function relationTargets(model: SemanticModel, names: Names, id: string, kind: string): string {
    return list(model.relations.filter(r => r.from === id && r.kind === kind).map(r => names.element(r.to)));
}

/** The columns every row starts with: the agency and its planning period. */
function agencyCells(model: SemanticModel): { header: string[]; cells: Cell[] } {
    const a = model.agency;
    return { header: ['Instansi', 'Periode Mulai', 'Periode Selesai'], cells: [a?.name, a?.period?.start, a?.period?.end] };
}

/**
 * The years an element is in service according to the roadmap: from the last year of the initiative that
 * creates it (mewujudkan) to the last year of the one that retires it (menghentikan). Cancelled initiatives
 * do not count. Empty when no initiative creates or retires it.
 */
function serviceYears(model: SemanticModel, e: ArchElement): { from?: number; until?: number } {
    const live = model.roadmap.initiatives.filter(i => i.status !== 'batal');
    const done = (ids: (i: typeof live[number]) => string[]) =>
        live.filter(i => ids(i).includes(e.id)).map(i => i.end ?? i.start).filter((y): y is number => y !== undefined);
    const created = done(i => i.creates), retired = done(i => i.retires);
    return { from: created.length ? Math.min(...created) : undefined, until: retired.length ? Math.min(...retired) : undefined };
}

function elementColumns(model: SemanticModel, names: Names, domain: Domain): Column[] {
    const common: Column[] = [
        { header: 'Kode Referensi', value: e => e.code?.code },
        { header: 'Nama Referensi', value: e => e.code?.name },
        { header: 'ID', value: e => e.id },
        { header: 'Nama', value: e => e.name },
        { header: 'Deskripsi', value: e => e.description },
        { header: 'Pemilik', value: e => names.unit(e.owner) },
        { header: 'Status', value: e => e.status },
        { header: 'Tahun Mulai', value: e => serviceYears(model, e).from },
        { header: 'Tahun Dihentikan', value: e => serviceYears(model, e).until },
    ];
    const rel = (header: string, kind: string): Column => ({ header, value: e => relationTargets(model, names, e.id, kind) });
    switch (domain) {
        case 'proses': return [...common, rel('Data Dihasilkan', 'menghasilkan'), rel('Data Digunakan', 'menggunakan')];
        case 'data': return [...common,
            { header: 'Klasifikasi', value: e => e.domain === 'data' ? e.classification : undefined },
            { header: 'Wali Data', value: e => e.domain === 'data' ? names.unit(e.custodian) : undefined },
            { header: 'Produsen Data', value: e => e.domain === 'data' ? list(e.producers.map(p => names.unit(p))) : undefined },
            { header: 'Format', value: e => e.domain === 'data' ? list(e.formats) : undefined }];
        case 'layanan': return [...common,
            { header: 'Jenis Layanan', value: e => e.domain === 'layanan' ? e.serviceType : undefined },
            { header: 'Pengguna', value: e => e.domain === 'layanan' ? list(e.users) : undefined },
            { header: 'Kanal', value: e => e.domain === 'layanan' ? list(e.channels) : undefined },
            rel('Proses Bisnis', 'didukung-oleh'), rel('Aplikasi', 'melalui')];
        case 'aplikasi': return [...common,
            { header: 'Jenis Aplikasi', value: e => e.domain === 'aplikasi' ? e.kind : undefined },
            { header: 'Aplikasi Umum', value: e => e.domain === 'aplikasi' ? e.sharedApp : undefined },
            { header: 'Platform', value: e => e.domain === 'aplikasi' ? list(e.platforms) : undefined },
            { header: 'Lisensi', value: e => e.domain === 'aplikasi' ? e.license : undefined },
            { header: 'Basis Data', value: e => e.domain === 'aplikasi' ? list(e.databases) : undefined },
            rel('Proses Bisnis Didukung', 'mendukung'), rel('Data Diproses', 'memproses'), rel('Infrastruktur', 'berjalan-di'),
            { header: 'Integrasi', value: e => list(model.relations.filter(r => r.from === e.id && r.kind === 'terintegrasi-dengan')
                .map(r => r.via ? `${names.element(r.to)} (melalui ${names.element(r.via)})` : names.element(r.to))) },
            { header: 'Justifikasi', value: e => e.justification }];
        case 'infrastruktur': return [...common,
            { header: 'Kategori', value: e => e.domain === 'infrastruktur' ? e.category : undefined },
            { header: 'Pengelola', value: e => e.domain === 'infrastruktur' ? e.operator : undefined },
            { header: 'Penyedia', value: e => e.domain === 'infrastruktur' ? e.provider : undefined },
            { header: 'Lokasi', value: e => e.domain === 'infrastruktur' ? e.location : undefined },
            rel('Terhubung Ke', 'terhubung-ke')];
        case 'keamanan': return [...common,
            { header: 'Kategori', value: e => e.domain === 'keamanan' ? e.category : undefined },
            rel('Melindungi', 'melindungi')];
    }
}

export const ROADMAP_HEADER = ['Muatan', 'ID', 'Inisiatif', 'Program', 'Kegiatan', 'Nomenklatur', 'Tahun Mulai', 'Tahun Selesai',
    'Pelaksana', 'Anggaran (Rp)', 'Status', 'Target Indikator', 'Mewujudkan', 'Mengubah', 'Menghentikan', 'Setelah', 'Deskripsi'];

/**
 * Every table of the model, in a fixed order: units, the six domains (in the national order), the roadmap,
 * its milestones and the assessments. A table with no rows is still listed (its header says what it holds).
 */
export function inventoryTables(model: SemanticModel): Table[] {
    const names = new Names(model);
    const agency = agencyCells(model);
    const tables: Table[] = [];
    const add = (name: string, header: string[], rows: Cell[][], lead = agency) =>
        tables.push({ name, header: [...lead.header, ...header], rows: rows.map(r => [...lead.cells, ...r]) });

    add('unit-organisasi', ['ID', 'Nama', 'Singkatan', 'Jenis', 'Induk', 'Deskripsi'],
        model.units.map(u => [u.id, u.name, u.abbreviation, u.kind, names.unit(u.parent) || undefined, u.description]));
    for (const domain of DOMAINS) {
        const cols = elementColumns(model, names, domain);
        add(DOMAIN_SLUG[domain], cols.map(c => c.header), model.elements.filter(e => e.domain === domain).map(e => cols.map(c => c.value(e))));
    }
    add('peta-rencana', ROADMAP_HEADER, model.roadmap.initiatives.map(i => [
        i.muatan, i.id, i.name, i.program, i.activity, i.nomenclature, i.start, i.end, names.unit(i.owner), i.budget, i.status,
        targetsText(i.indicatorTargets), list(i.creates.map(id => names.element(id))), list(i.changes.map(id => names.element(id))),
        list(i.retires.map(id => names.element(id))), list(i.predecessors), i.description
    ]));
    const initiativeName = new Map(model.roadmap.initiatives.map(i => [i.id, i.name]));
    add('tonggak', ['ID', 'Tonggak', 'Tahun', 'Bulan', 'Inisiatif', 'Deskripsi'], model.roadmap.milestones.map(m =>
        [m.id, m.name, m.year, m.month, m.initiative ? initiativeName.get(m.initiative) ?? m.initiative : undefined, m.description]));
    // One row per assessed indicator; the year is the assessment's, so the lead is the agency alone.
    const assessments: Cell[][] = [];
    for (const a of [...model.assessments].sort((x, y) => x.year - y.year)) {
        const ruleSet = model.indexRuleSets.find(r => r.id === (a.ruleSet ?? DEFAULT_RULE_SET));
        const indicator = new Map(ruleSet?.indicators.map(i => [i.number, i]) ?? []);
        const aspect = new Map(ruleSet?.aspects.map(x => [x.id, x.name]) ?? []);
        for (const v of a.values) {
            const ind = indicator.get(v.indicator);
            assessments.push([a.year, ruleSet?.id ?? a.ruleSet, v.indicator, ind?.name, ind ? aspect.get(ind.aspect) ?? ind.aspect : undefined, ind?.weight, v.level, list(v.evidence)]);
        }
    }
    add('penilaian', ['Tahun', 'Aturan Indeks', 'Indikator', 'Nama Indikator', 'Aspek', 'Bobot', 'Level', 'Bukti'], assessments,
        { header: ['Instansi'], cells: [model.agency?.name] });
    return tables;
}
