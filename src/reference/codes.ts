// Pure helpers on reference code strings (no Langium): RAB.09.06.06 -> prefix RAB, level 3, parent RAB.09.06.
import type { Domain } from '../common/vocabulary.js';

export type RefPrefix = 'RAB' | 'RAD' | 'RAL' | 'RAA' | 'RAI' | 'RAK';
export type DomainKind = Domain;

/** The reference each domain's elements are coded against. */
export const DOMAIN_PREFIX: Record<DomainKind, RefPrefix> = {
    proses: 'RAB', data: 'RAD', layanan: 'RAL', aplikasi: 'RAA', infrastruktur: 'RAI', keamanan: 'RAK'
};

export function codePrefix(code: string): RefPrefix | undefined {
    const p = code.split('.')[0];
    return (['RAB', 'RAD', 'RAL', 'RAA', 'RAI', 'RAK'] as const).find(x => x === p);
}

/** Level 1 is the first segment after the prefix (RAB.09 is level 1). */
export function codeLevel(code: string): number {
    return code.split('.').length - 1;
}

export function parentCode(code: string): string | undefined {
    const i = code.lastIndexOf('.');
    const parent = i > 0 ? code.substring(0, i) : undefined;
    return parent && parent.includes('.') ? parent : undefined;
}

/** RAB.09.06.06 -> [RAB.09, RAB.09.06, RAB.09.06.06]. */
export function codeAncestry(code: string): string[] {
    const parts = code.split('.');
    const out: string[] = [];
    for (let i = 2; i <= parts.length; i++) out.push(parts.slice(0, i).join('.'));
    return out;
}

const LEVEL_NAMES: Partial<Record<RefPrefix, string[]>> = {
    RAB: ['sektor', 'urusan', 'fungsi', 'sub-fungsi'],
    RAD: ['informasi', 'data', 'fungsi', 'sub-fungsi'],
    RAL: ['kelompok layanan', 'urusan', 'fungsi', 'sub-fungsi'],
    RAA: ['kelompok aplikasi', 'jenis aplikasi', 'sub-jenis'],
};

/** A reader's name for the level of a code ("urusan", "fungsi", ...). */
export function levelName(code: string): string {
    const prefix = codePrefix(code);
    const names = prefix ? LEVEL_NAMES[prefix] : undefined;
    const level = codeLevel(code);
    return names?.[level - 1] ?? `level ${level}`;
}
