// The regulation's fixed vocabulary that every layer names: the six architecture domains and the seven
// contents (muatan) of a Peta Rencana (Perpres 132/2022), in the order the regulation reads them.

/** The six architecture domains; each is coded against one national reference (reference/codes.ts). */
export type Domain = 'proses' | 'data' | 'layanan' | 'aplikasi' | 'infrastruktur' | 'keamanan';
/** The order in which the national architecture reads its domains. */
export const DOMAINS: readonly Domain[] = ['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur', 'keamanan'];

export type Muatan = 'tata-kelola' | 'manajemen' | 'layanan' | 'infrastruktur' | 'aplikasi' | 'keamanan' | 'audit-tik';
/** The seven contents of a Peta Rencana, in the regulation's order. */
export const MUATAN: readonly Muatan[] = ['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik'];

/** An element as-is (aktif), to-be (rencana) or retired (dihentikan). */
export type ElementStatus = 'aktif' | 'rencana' | 'dihentikan';
export const ELEMENT_STATUSES: readonly ElementStatus[] = ['aktif', 'rencana', 'dihentikan'];

/** Where an initiative of the roadmap stands. */
export type InitiativeStatus = 'belum-mulai' | 'berjalan' | 'selesai' | 'tertunda' | 'batal';
export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = ['belum-mulai', 'berjalan', 'selesai', 'tertunda', 'batal'];
