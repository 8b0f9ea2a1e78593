// The words sources use for SPBE things, mapped to the language's own: status values, domain and muatan
// names, classifications, ... in Indonesian and English, as spreadsheets and ArchiMate properties write them.
import type { Domain, ElementStatus, Muatan } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import { DOMAIN_TITLES, MUATAN_TITLES } from '../model/labels.js';

/** Lower case, accents dropped, punctuation as spaces, spaces collapsed: "Nama  Aplikasi:" -> "nama aplikasi". */
export function normalize(text: string): string {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ').trim();
}

function table<T extends string>(entries: [T, string[]][]): Map<string, T> {
    const map = new Map<string, T>();
    for (const [value, words] of entries) for (const w of [value, ...words]) map.set(normalize(w), value);
    return map;
}

const ELEMENT_STATUS = table<ElementStatus>([
    ['aktif', ['active', 'as-is', 'as is', 'berjalan', 'digunakan', 'dipakai', 'operasional', 'beroperasi', 'produksi', 'ya', 'existing', 'eksisting', 'current', 'live', 'in use', 'production']],
    ['rencana', ['planned', 'to-be', 'to be', 'direncanakan', 'perencanaan', 'pengembangan', 'dalam pengembangan', 'sedang dikembangkan', 'akan dibangun', 'usulan', 'target', 'future', 'plan', 'proposed']],
    ['dihentikan', ['retired', 'tidak aktif', 'nonaktif', 'non aktif', 'tidak digunakan', 'tidak dipakai', 'tidak berjalan', 'dihapus', 'pensiun', 'mati', 'decommissioned', 'inactive', 'obsolete', 'deprecated', 'discontinued']],
]);

const INITIATIVE_STATUS = table<'belum-mulai' | 'berjalan' | 'selesai' | 'tertunda' | 'batal'>([
    ['belum-mulai', ['belum mulai', 'belum dimulai', 'not started', 'planned', 'rencana']],
    ['berjalan', ['sedang berjalan', 'in progress', 'ongoing', 'running', 'aktif']],
    ['selesai', ['done', 'completed', 'finished', 'tercapai', 'complete']],
    ['tertunda', ['ditunda', 'delayed', 'postponed', 'on hold']],
    ['batal', ['dibatalkan', 'cancelled', 'canceled']],
]);

const DOMAIN_WORDS = table<Domain>([
    ['layanan', ['layanan spbe', 'service', 'services', 'ral', 'arsitektur layanan']],
    ['proses', ['proses bisnis', 'business process', 'business processes', 'process', 'rab', 'arsitektur proses bisnis']],
    ['data', ['data dan informasi', 'data informasi', 'data and information', 'information', 'rad', 'arsitektur data dan informasi']],
    ['aplikasi', ['application', 'applications', 'raa', 'arsitektur aplikasi']],
    ['infrastruktur', ['infrastruktur spbe', 'infrastructure', 'technology', 'teknologi', 'rai', 'arsitektur infrastruktur']],
    ['keamanan', ['keamanan spbe', 'security', 'keamanan informasi', 'rak', 'arsitektur keamanan']],
]);
for (const d of DOMAINS) for (const t of Object.values(DOMAIN_TITLES[d])) DOMAIN_WORDS.set(normalize(t), d);

const MUATAN_WORDS = table<Muatan>([
    ['tata-kelola', ['tata kelola', 'governance']],
    ['manajemen', ['management']],
    ['layanan', ['services', 'layanan']],
    ['infrastruktur', ['infrastructure']],
    ['aplikasi', ['applications']],
    ['keamanan', ['security']],
    ['audit-tik', ['audit tik', 'ict audit', 'audit']],
]);
for (const m of MUATAN) for (const t of Object.values(MUATAN_TITLES[m])) MUATAN_WORDS.set(normalize(t), m);

export function elementStatus(text: string): ElementStatus | undefined {
    return ELEMENT_STATUS.get(normalize(text));
}

export function initiativeStatus(text: string): 'belum-mulai' | 'berjalan' | 'selesai' | 'tertunda' | 'batal' | undefined {
    return INITIATIVE_STATUS.get(normalize(text));
}

export function domainOf(text: string): Domain | undefined {
    return DOMAIN_WORDS.get(normalize(text));
}

export function muatanOf(text: string): Muatan | undefined {
    return MUATAN_WORDS.get(normalize(text));
}

export const KEYWORD_VALUES = {
    classification: table<'terbuka' | 'terbatas' | 'tertutup'>([
        ['terbuka', ['open', 'publik', 'public']], ['terbatas', ['restricted', 'internal', 'dikecualikan terbatas']], ['tertutup', ['closed', 'rahasia', 'confidential', 'secret', 'dikecualikan']]]),
    serviceType: table<'publik' | 'administrasi-pemerintahan'>([
        ['publik', ['public', 'layanan publik', 'pelayanan publik']],
        ['administrasi-pemerintahan', ['administrasi pemerintahan', 'layanan administrasi pemerintahan', 'administrasi', 'internal', 'government administration']]]),
    appKind: table<'umum' | 'khusus'>([['umum', ['aplikasi umum', 'shared', 'general']], ['khusus', ['aplikasi khusus', 'specific', 'agency specific']]]),
    operator: table<'nasional' | 'provinsi' | 'instansi' | 'pihak-ketiga'>([
        ['nasional', ['national', 'pusat']], ['provinsi', ['province', 'provincial']], ['instansi', ['agency', 'sendiri', 'mandiri']],
        ['pihak-ketiga', ['pihak ketiga', 'third party', 'vendor', 'swasta']]]),
    infraCategory: table<string>(['pusat-data-nasional', 'pusat-data', 'pusat-komputasi', 'pusat-kendali', 'jaringan-intra',
        'sistem-penghubung-layanan', 'komputasi-awan', 'kerangka-infrastruktur', 'server', 'perangkat-jaringan', 'perangkat-pengguna']
        .map(c => [c, []] as [string, string[]]).concat([['pusat-data-nasional', ['pdn']], ['sistem-penghubung-layanan', ['splp']], ['komputasi-awan', ['cloud']],
            ['jaringan-intra', ['jip', 'jaringan intra pemerintah']], ['pusat-data', ['data center', 'ruang server']]])),
    securityCategory: table<'standar' | 'penerapan' | 'kelaikan'>([['standar', ['standard']], ['penerapan', ['implementation', 'application']], ['kelaikan', ['assurance', 'audit']]]),
    unitKind: table<'opd' | 'unit-kerja' | 'tim' | 'eksternal'>([['opd', ['perangkat daerah']], ['unit-kerja', ['unit kerja']], ['tim', ['team']], ['eksternal', ['external']]]),
    agencyKind: table<'instansi-pusat' | 'pemerintah-daerah'>([['instansi-pusat', ['instansi pusat', 'central']], ['pemerintah-daerah', ['pemerintah daerah', 'pemda', 'regional']]]),
};

/** A list written in one cell: "web; Android, iOS" -> ["web", "Android", "iOS"]. */
export function splitList(text: string): string[] {
    return text.split(/[;,\n]/).map(s => s.trim()).filter(Boolean);
}
