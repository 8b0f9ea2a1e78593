// The names of the domains and muatan as people read them, in both languages: one table for the exports,
// the diagrams (Indonesian) and anything else that shows the model.
import type { Texts } from '../common/i18n.js';
import type { Domain, Muatan } from './types.js';

export const DOMAIN_TITLES: Record<Domain, Texts> = {
    layanan: { id: 'Layanan', en: 'Services' },
    proses: { id: 'Proses Bisnis', en: 'Business processes' },
    data: { id: 'Data dan Informasi', en: 'Data and information' },
    aplikasi: { id: 'Aplikasi', en: 'Applications' },
    infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
    keamanan: { id: 'Keamanan', en: 'Security' },
};

export const MUATAN_TITLES: Record<Muatan, Texts> = {
    'tata-kelola': { id: 'Tata Kelola SPBE', en: 'SPBE governance' },
    manajemen: { id: 'Manajemen SPBE', en: 'SPBE management' },
    layanan: { id: 'Layanan SPBE', en: 'SPBE services' },
    infrastruktur: { id: 'Infrastruktur SPBE', en: 'SPBE infrastructure' },
    aplikasi: { id: 'Aplikasi SPBE', en: 'SPBE applications' },
    keamanan: { id: 'Keamanan SPBE', en: 'SPBE security' },
    'audit-tik': { id: 'Audit TIK', en: 'ICT audit' },
};
