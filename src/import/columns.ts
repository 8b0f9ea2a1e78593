// Which column of an inventory holds what. Headers are recognised by name, in Indonesian as the SPBE
// portal's tables and agencies' spreadsheets write them ("Nama Aplikasi", "Kode Referensi", "Unit Pengelola",
// "Status", "Keterangan") and in English; a mapping (file or command-line options) names the columns of any
// other spreadsheet.
import type { Domain, RelationKind } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { normalize, domainOf } from './words.js';

export type Field =
    | 'id' | 'name' | 'code' | 'codeName' | 'owner' | 'status' | 'description' | 'domain' | 'justification'
    | 'classification' | 'custodian' | 'producers' | 'formats' | 'serviceType' | 'users' | 'channels' | 'appKind' | 'sharedApp'
    | 'platforms' | 'license' | 'databases' | 'category' | 'operator' | 'provider' | 'location';

/** The fields a mapping may name, with the words it may use for them (English or Indonesian). */
export const MAPPABLE: Record<string, Field> = {
    name: 'name', nama: 'name', code: 'code', kode: 'code', owner: 'owner', pemilik: 'owner', status: 'status',
    description: 'description', deskripsi: 'description', keterangan: 'description', id: 'id', domain: 'domain',
};

/** Headers per field, most specific first (normalised: lower case, punctuation as spaces). */
const HEADERS: [Field, string[]][] = [
    ['id', ['id spbe', 'spbe id', 'id', 'identifier', 'pengenal']],
    ['codeName', ['nama referensi', 'nama kode referensi', 'reference name']],
    ['owner', ['pemilik', 'owner', 'unit pengelola', 'opd pengelola', 'perangkat daerah pengelola', 'unit pemilik', 'pemilik aplikasi',
        'pemilik data', 'pemilik layanan', 'pemilik proses', 'pemilik proses bisnis', 'unit kerja pengelola', 'instansi pengelola', 'opd',
        'perangkat daerah', 'nama opd', 'nama perangkat daerah', 'nama unit', 'unit kerja', 'unit organisasi', 'satuan kerja', 'satker',
        'penanggung jawab', 'unit penanggung jawab', 'unit pelaksana', 'pengampu', 'pengelola']],
    ['name', ['nama', 'name', 'nama aplikasi', 'nama layanan', 'nama data', 'nama dataset', 'nama data set', 'nama set data', 'nama proses',
        'nama proses bisnis', 'nama infrastruktur', 'nama perangkat', 'nama elemen', 'nama sistem', 'nama sistem informasi', 'nama keamanan',
        'nama sistem elektronik', 'application name', 'service name', 'nama produk']],
    ['code', ['kode referensi', 'kode ref', 'kode referensi arsitektur', 'kode referensi spbe', 'reference code', 'kode', 'code', 'kode rab',
        'kode rad', 'kode ral', 'kode raa', 'kode rai', 'kode rak', 'referensi']],
    ['status', ['status', 'kondisi', 'status aplikasi', 'status layanan', 'status penggunaan', 'status operasional', 'keadaan', 'lifecycle',
        'status elemen']],
    ['description', ['deskripsi', 'keterangan', 'uraian', 'penjelasan', 'description', 'deskripsi singkat', 'uraian singkat',
        'deskripsi aplikasi', 'deskripsi layanan', 'deskripsi data', 'fungsi aplikasi', 'manfaat']],
    ['domain', ['domain', 'domain spbe', 'domain arsitektur', 'jenis elemen']],
    ['justification', ['justifikasi', 'justification', 'alasan']],
    ['classification', ['klasifikasi', 'klasifikasi data', 'sifat data', 'classification']],
    ['custodian', ['wali data', 'custodian']],
    ['producers', ['produsen data', 'producers']],
    ['formats', ['format', 'format data']],
    ['serviceType', ['jenis layanan', 'service type', 'tipe layanan']],
    ['users', ['pengguna', 'pengguna layanan', 'sasaran pengguna', 'users']],
    ['channels', ['kanal', 'kanal layanan', 'channels']],
    ['appKind', ['jenis aplikasi', 'application kind', 'tipe aplikasi']],
    ['sharedApp', ['aplikasi umum', 'shared application']],
    ['platforms', ['platform', 'platform aplikasi']],
    ['license', ['lisensi', 'license']],
    ['databases', ['basis data', 'database', 'dbms']],
    ['category', ['kategori', 'category']],
    ['operator', ['operator']],
    ['provider', ['penyedia', 'provider', 'vendor']],
    ['location', ['lokasi', 'location']],
];

/** Relation columns (as `spbe export --format csv` writes them): header -> the domain of the rows and the relation. */
const RELATION_HEADERS: [string, Domain, RelationKind][] = [
    ['data dihasilkan', 'proses', 'menghasilkan'], ['menghasilkan', 'proses', 'menghasilkan'],
    ['data digunakan', 'proses', 'menggunakan'], ['menggunakan', 'proses', 'menggunakan'],
    ['proses bisnis', 'layanan', 'didukung-oleh'], ['didukung oleh', 'layanan', 'didukung-oleh'],
    ['aplikasi', 'layanan', 'melalui'], ['melalui', 'layanan', 'melalui'],
    ['proses bisnis didukung', 'aplikasi', 'mendukung'], ['mendukung', 'aplikasi', 'mendukung'],
    ['data diproses', 'aplikasi', 'memproses'], ['memproses', 'aplikasi', 'memproses'],
    ['infrastruktur', 'aplikasi', 'berjalan-di'], ['berjalan di', 'aplikasi', 'berjalan-di'],
    ['integrasi', 'aplikasi', 'terintegrasi-dengan'], ['terintegrasi dengan', 'aplikasi', 'terintegrasi-dengan'],
    ['terhubung ke', 'infrastruktur', 'terhubung-ke'],
    ['melindungi', 'keamanan', 'melindungi'],
];

/** Name headers that say which domain the table is ("Nama Aplikasi" -> aplikasi). */
const NAME_DOMAIN: [RegExp, Domain][] = [
    [/aplikasi|sistem|application/, 'aplikasi'], [/layanan|service/, 'layanan'], [/proses/, 'proses'],
    [/infrastruktur|perangkat/, 'infrastruktur'], [/keamanan/, 'keamanan'], [/data/, 'data'],
];

export interface ColumnMap {
    /** Column index of each recognised field. */
    fields: Partial<Record<Field, number>>;
    relations: { column: number; domain: Domain; kind: RelationKind; header: string }[];
    /** The domain the name header implies, if any. */
    nameDomain?: Domain;
}

/**
 * Recognises the fields of a header row. `explicit` (from a mapping) names a header per field; those win,
 * and a mapped header that is not in the row is returned in `missing`.
 */
export function recogniseHeader(cells: string[], explicit: Partial<Record<Field, string>> = {}): ColumnMap & { missing: [Field, string][] } {
    const norm = cells.map(normalize);
    const used = new Set<number>();
    const fields: Partial<Record<Field, number>> = {};
    const missing: [Field, string][] = [];
    for (const [field, header] of Object.entries(explicit) as [Field, string][]) {
        const k = norm.indexOf(normalize(header));
        if (k < 0) missing.push([field, header]);
        else { fields[field] = k; used.add(k); }
    }
    for (const [field, words] of HEADERS) {
        if (fields[field] !== undefined) continue;
        for (const w of words) {
            const k = norm.findIndex((h, i) => h === w && !used.has(i));
            if (k >= 0) { fields[field] = k; used.add(k); break; }
        }
    }
    // "Nama Aplikasi (sesuai SK)" and similar: a name header with a trailing remark.
    if (fields.name === undefined) {
        const k = norm.findIndex((h, i) => !used.has(i) && /^nama (aplikasi|layanan|data|dataset|proses|infrastruktur|sistem|elemen)\b/.test(h) && !/perangkat daerah|opd|unit/.test(h));
        if (k >= 0) { fields.name = k; used.add(k); }
    }
    // "Pengelola" beside an owner column is the operator of infrastructure (nasional, provinsi, ...), as exported.
    if (fields.operator === undefined) {
        const k = norm.findIndex((h, i) => h === 'pengelola' && !used.has(i));
        if (k >= 0) { fields.operator = k; used.add(k); }
    }
    const relations: ColumnMap['relations'] = [];
    norm.forEach((h, i) => {
        if (used.has(i)) return;
        const r = RELATION_HEADERS.find(([w]) => w === h);
        if (r) relations.push({ column: i, domain: r[1], kind: r[2], header: cells[i] });
    });
    const nameHeader = fields.name !== undefined ? norm[fields.name] : '';
    const nameDomain = nameHeader.startsWith('nama ') ? NAME_DOMAIN.find(([re]) => re.test(nameHeader.slice(5)))?.[1] : undefined;
    return { fields, relations, nameDomain, missing };
}

/** The domain a sheet or file name suggests ("Inventaris Aplikasi", "layanan.csv"); data last, as the vaguest word. */
export function domainFromName(name: string): Domain | undefined {
    const n = normalize(name.replace(/\.[A-Za-z0-9]+$/, ''));
    const exact = domainOf(n);
    if (exact) return exact;
    const words = new Set(n.split(' '));
    const order: Domain[] = ['aplikasi', 'layanan', 'proses', 'infrastruktur', 'keamanan', 'data'];
    for (const d of order) {
        if (!DOMAINS.includes(d)) continue;
        if (words.has(d) || (d === 'proses' && words.has('bisnis')) || (d === 'aplikasi' && words.has('sistem'))) return d;
    }
    return undefined;
}

/** All the header words of a field, for messages ("looked for ..."). */
export function headerWords(field: Field): string[] {
    return HEADERS.find(([f]) => f === field)?.[1] ?? [];
}
