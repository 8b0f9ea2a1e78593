// Identifiers for imported declarations: valid `ID`s of the language, derived from the names people gave
// things ("Dinas Komunikasi dan Informatika (Diskominfo)", "112 Call Center", "Aplikasi e-Office"), unique in
// the whole workspace (units, elements, initiatives and milestones share one namespace: SPBE-G01) and never a
// keyword of the language (a keyword where a name is expected is a syntax error).

/** Every keyword of the grammar; test/import/ids.test.ts checks this list against the generated grammar. */
export const KEYWORDS: ReadonlySet<string> = new Set(('abaikan administrasi-pemerintahan aktif anggaran aplikasi aplikasi-umum arsitektur aspek aturan aturan-indeks audit-tik basis '
    + 'basis-data batal belum-mulai berjalan berjalan-di bobot bukti bulan dan dari dasar-hukum data deskripsi didukung-oleh dihentikan '
    + 'domain eksternal elemen format fungsi indikator induk infrastruktur inisiatif instansi instansi-pusat jaringan-intra jenis '
    + 'justifikasi kanal kategori keamanan kebijakan kecualikan kedalaman kegiatan kelaikan kerangka-infrastruktur khusus klasifikasi '
    + 'kode komputasi-awan layanan level lisensi lokasi manajemen melalui melindungi memproses mencakup mendukung menggunakan '
    + 'menghasilkan menghentikan mengubah mewujudkan muatan nasional nomenklatur opd pada-tahun pelaksana pemerintah-daerah pemilik '
    + 'penerapan pengampu pengelola pengguna penilaian penyedia perangkat-jaringan perangkat-pengguna periode peta-rencana pihak-ketiga '
    + 'platform predikat produsen-data program proses provinsi publik pusat-data pusat-data-nasional pusat-kendali pusat-komputasi '
    + 'referensi relasi rencana sampai sekitar selesai semua sertakan server setelah singkatan sistem-penghubung-layanan standar status '
    + 'tahun tampilan tata-kelola terbatas terbuka terhubung-ke terintegrasi-dengan tertunda tertutup tim tonggak umum unit unit-kerja '
    + 'wali-data').split(' '));

const ID_PATTERN = /^[_a-zA-Z]\w*(-\w+)*$/;
/** A longer name is cut at a word boundary: ids are typed and read, the title keeps the whole name. */
const MAX_LENGTH = 40;

/** Whether `id` can be written where the language expects a name. */
export function isValidId(id: string): boolean {
    return ID_PATTERN.test(id) && !KEYWORDS.has(id) && !/^RA[BDLAIK]$/.test(id) && id.length <= 200;
}

/** Letters without their accents ("é" -> "e"), other characters kept. */
function fold(text: string): string {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** An abbreviation in parentheses at the end of a name: "Pusat Data Nasional (PDN)" -> "PDN". */
export function trailingAbbreviation(name: string): string | undefined {
    const m = /\(\s*([A-Za-z][A-Za-z0-9-]{1,24})\s*\)\s*$/.exec(fold(name));
    return m && /[A-Z]/.test(m[1]) ? m[1] : undefined;
}

/**
 * A PascalCase id from a name: words are the runs of letters and digits; a word written in capitals
 * (an acronym such as "SIPD") keeps them, others get an initial capital. `prefix` goes in front of an id
 * that would start with a digit.
 */
export function idFromName(name: string, prefix = 'X'): string {
    const words = fold(name).split(/[^A-Za-z0-9]+/).filter(Boolean);
    let id = '';
    for (const w of words) {
        const part = /^[A-Z0-9]+$/.test(w) || /^[a-z]+[A-Z]/.test(w) ? w : w[0].toUpperCase() + w.slice(1).toLowerCase();
        if (id.length > 0 && id.length + part.length > MAX_LENGTH) break;
        id += part;
    }
    id = id.slice(0, 80);
    if (!id) return prefix;
    return /^[0-9]/.test(id) ? prefix + id : id;
}

/** Hands out unique ids in one namespace. */
export class IdAllocator {
    private readonly taken = new Set<string>();
    private readonly lower = new Set<string>();

    constructor(reserved: Iterable<string> = []) {
        for (const r of reserved) this.claim(r);
    }

    private claim(id: string): void {
        this.taken.add(id);
        this.lower.add(id.toLowerCase());
    }

    has(id: string): boolean {
        return this.taken.has(id);
    }

    /**
     * `preferred` when it is a valid, free id (an id the source already had, e.g. our own export's "ID SPBE");
     * otherwise one derived from `name`, numbered from 2 when taken ("Sipd", "Sipd2"). Ids that differ only
     * in case are avoided too: they are distinct to the language but confuse readers.
     */
    allocate(name: string, options: { preferred?: string; prefix?: string } = {}): string {
        const preferred = options.preferred?.trim();
        if (preferred && isValidId(preferred) && !this.taken.has(preferred)) {
            this.claim(preferred);
            return preferred;
        }
        let base = idFromName(name, options.prefix);
        if (!isValidId(base)) base = `${options.prefix ?? 'X'}${base}`;
        let candidate = base;
        for (let n = 2; this.lower.has(candidate.toLowerCase()) || !isValidId(candidate); n++) candidate = `${base}${n}`;
        this.claim(candidate);
        return candidate;
    }
}
