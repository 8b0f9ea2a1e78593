// Human names of the six domains (used by hover, completion and messages).
import type { Texts } from '../common/i18n.js';
import type { Elemen } from './generated/ast.js';
import type { DomainKind } from '../reference/codes.js';

export const DOMAIN_LABELS: Record<DomainKind, Texts> = {
    proses: { id: 'Proses Bisnis', en: 'Business process' },
    data: { id: 'Data dan Informasi', en: 'Data and information' },
    layanan: { id: 'Layanan', en: 'Service' },
    aplikasi: { id: 'Aplikasi', en: 'Application' },
    infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
    keamanan: { id: 'Keamanan', en: 'Security' },
};

const TYPE_TO_DOMAIN: Record<Elemen['$type'], DomainKind> = {
    Proses: 'proses', Data: 'data', Layanan: 'layanan', Aplikasi: 'aplikasi', Infrastruktur: 'infrastruktur', Keamanan: 'keamanan'
};

export function domainOf(node: Elemen): DomainKind {
    return TYPE_TO_DOMAIN[node.$type];
}
