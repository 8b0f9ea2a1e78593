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

type Relation = SemanticModel['relations'][number];

/** The relations by source and kind, looked up per cell (a scan of every relation per cell took seconds on 20,000 elements). */
function relationsFrom(model: SemanticModel): (id: string, kind: string) => Relation[] {
    const index = new Map<string, Relation[]>();
    for (const r of model.relations) {
        const key = `${r.kind}\u0000${r.from}`;
        const found = index.get(key);
        if (found) found.push(r); else index.set(key, [r]);
    }
    return (id, kind) => index.get(`${kind}\u0000${id}`) ?? [];
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
function serviceYears(model: SemanticModel): (e: ArchElement) => { from?: number; until?: number } {
    const from = new Map<string, number>(), until = new Map<string, number>();
    const earliest = (map: Map<string, number>, id: string, year: number) => { const y = map.get(id); if (y === undefined || year < y) map.set(id, year); };
    for (const i of model.roadmap.initiatives) {
        const year = i.end ?? i.start;
        if (i.status === 'batal' || year === undefined) continue;
        for (const id of i.creates) earliest(from, id, year);
        for (const id of i.retires) earliest(until, id, year);
    }
    return e => ({ from: from.get(e.id), until: until.get(e.id) });
}

function elementColumns(model: SemanticModel, names: Names, domain: Domain, from = relationsFrom(model), years = serviceYears(model)): Column[] {
    const relationTargets = (id: string, kind: string) => list(from(id, kind).map(r => names.element(r.to)));
    const common: Column[] = [
        { header: 'Kode Referensi', value: e => e.code?.code },
        { header: 'Nama Referensi', value: e => e.code?.name },
        { header: 'ID', value: e => e.id },
        { header: 'Nama', value: e => e.name },
        { header: 'Deskripsi', value: e => e.description },
        { header: 'Pemilik', value: e => names.unit(e.owner) },
        { header: 'Status', value: e => e.status },
        { header: 'Tahun Mulai', value: e => years(e).from },
        { header: 'Tahun Dihentikan', value: e => years(e).until },
    ];
    const rel = (header: string, kind: string): Column => ({ header, value: e => relationTargets(e.id, kind) });
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
            { header: 'Integrasi', value: e => list(from(e.id, 'terintegrasi-dengan')
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
            assessments.push([a.year, ruleSet?.id ?? a.ruleSet, v.indicator, ind?.name, ind ? aspect.get(ind.aspect) ?? ind.aspect : undefined, ind?.weight, v.level, v.evidence.join('\n')]);
        }
    }
    add('penilaian', ['Tahun', 'Aturan Indeks', 'Indikator', 'Nama Indikator', 'Aspek', 'Bobot', 'Level', 'Bukti'], assessments,
        { header: ['Instansi'], cells: [model.agency?.name] });
    return tables;
}
