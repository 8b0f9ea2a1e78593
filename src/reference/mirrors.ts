// The mirror tables between the process (RAB), service (RAL) and data (RAD) references at level 3 (fungsi),
// derived by scripts/generate-reference.mjs from matching names (the numbering does not align for RAL).
import { RAB_TO_RAD, RAB_TO_RAL } from './generated/builtin-library.js';
import { codeAncestry, codePrefix, type RefPrefix } from './codes.js';

function invert(table: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [rab, mirrored] of Object.entries(table)) {
        for (const m of mirrored) {
            const list = out.get(m) ?? [];
            list.push(rab);
            out.set(m, list);
        }
    }
    return out;
}

const RAL_TO_RAB = invert(RAB_TO_RAL);
const RAD_TO_RAB = invert(RAB_TO_RAD);

/** The level-3 ancestor of a code (the code itself at level 3), or undefined above level 3. */
export function fungsiOf(code: string): string | undefined {
    return codeAncestry(code)[2];
}

function toRab(code: string): string[] {
    const fungsi = fungsiOf(code);
    if (!fungsi) return [];
    switch (codePrefix(fungsi)) {
        case 'RAB': return [fungsi];
        case 'RAL': return RAL_TO_RAB.get(fungsi) ?? [];
        case 'RAD': return RAD_TO_RAB.get(fungsi) ?? [];
        default: return [];
    }
}

/**
 * The level-3 codes of the `target` reference that mirror a RAB, RAL or RAD code (of level 3 or deeper).
 * Empty when the code has no mirror (above level 3, another reference, or no name match in the tables).
 */
export function mirrorCodes(code: string, target: RefPrefix): string[] {
    const out = new Set<string>();
    for (const rab of toRab(code)) {
        if (target === 'RAB') out.add(rab);
        else if (target === 'RAL') (RAB_TO_RAL[rab] ?? []).forEach(c => out.add(c));
        else if (target === 'RAD') (RAB_TO_RAD[rab] ?? []).forEach(c => out.add(c));
    }
    return [...out].sort();
}
