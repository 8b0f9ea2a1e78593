// The inventory tables the national portal asks for: one CSV per domain (code, name, description, owner and
// the domain's own attributes) plus the roadmap. RFC 4180: comma-separated, CRLF line ends, a field quoted
// when it holds a comma, a quote (doubled) or a line break. Lists inside a field are joined with "; ".
// A text field that starts with = + - @ (which spreadsheets would run as a formula) is prefixed with '.
import type { ArchElement, Domain, SemanticModel } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { DOMAIN_SLUG, Names, targetsText } from './common.js';

export type Cell = string | number | undefined;

export function csvField(value: Cell): string {
    if (value === undefined) return '';
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: string[], rows: Cell[][]): string {
    return [header, ...rows].map(r => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const list = (xs: string[]) => xs.join('; ');

interface Column { header: string; value: (e: ArchElement) => Cell }

type Relation = SemanticModel['relations'][number];

/** The relations by source and kind, looked up per cell (a scan of every relation per cell took seconds on 20,000 elements). */
function relationsFrom(model: SemanticModel): (id: string, kind: string) => Relation[] {
    const index = new Map<string, Relation[]>();
    for (const r of model.relations) {
        const key = `${r.kind}\u0000${r.from}`;
        const list = index.get(key);
        if (list) list.push(r); else index.set(key, [r]);
    }
    return (id, kind) => index.get(`${kind}\u0000${id}`) ?? [];
}

function columns(model: SemanticModel, names: Names, domain: Domain, from = relationsFrom(model)): Column[] {
    const relationTargets = (id: string, kind: string) => list(from(id, kind).map(r => names.element(r.to)));
    const common: Column[] = [
        { header: 'Kode Referensi', value: e => e.code?.code },
        { header: 'Nama Referensi', value: e => e.code?.name },
        { header: 'ID', value: e => e.id },
        { header: 'Nama', value: e => e.name },
        { header: 'Deskripsi', value: e => e.description },
        { header: 'Pemilik', value: e => names.unit(e.owner) },
        { header: 'Status', value: e => e.status },
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

/** File name -> CSV text: `<domain>.csv` for each of the six domains and `peta-rencana.csv`. */
export function exportCsv(model: SemanticModel): Record<string, string> {
    const names = new Names(model);
    const files: Record<string, string> = {};
    const from = relationsFrom(model);
    for (const domain of DOMAINS) {
        const cols = columns(model, names, domain, from);
        const rows = model.elements.filter(e => e.domain === domain).map(e => cols.map(c => c.value(e)));
        files[`${DOMAIN_SLUG[domain]}.csv`] = csvTable(cols.map(c => c.header), rows);
    }
    const rows = model.roadmap.initiatives.map(i => [
        i.muatan, i.id, i.name, i.program, i.activity, i.nomenclature, i.start, i.end, names.unit(i.owner), i.budget, i.status,
        targetsText(i.indicatorTargets), list(i.creates.map(id => names.element(id))), list(i.changes.map(id => names.element(id))),
        list(i.retires.map(id => names.element(id))), list(i.predecessors), i.description
    ]);
    files['peta-rencana.csv'] = csvTable(ROADMAP_HEADER, rows);
    return files;
}
