// The rule registry: every finding the tool reports has a stable id, a default severity and a
// title in both display languages. Rules are documented in docs/rules.md (one place, with examples).
import type { Texts } from '../i18n.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RuleInfo {
    readonly id: string;
    readonly severity: Severity;
    readonly title: Texts;
}

function rule(id: string, severity: Severity, title: Texts): RuleInfo {
    return { id, severity, title };
}

export const Rules = {
    syntax: rule('SPBE-S01', 'error', { id: 'Kesalahan sintaks', en: 'Syntax error' }),
    unresolved: rule('SPBE-L01', 'error', { id: 'Rujukan tidak ditemukan', en: 'Unresolved reference' }),
    unknownCode: rule('SPBE-R01', 'error', { id: 'Kode referensi tidak dikenal', en: 'Unknown reference code' }),
} as const satisfies Record<string, RuleInfo>;

export const ALL_RULES: readonly RuleInfo[] = Object.values(Rules);
