// Searching the reference codes by Indonesian words, domain, level and parent: one function shared by
// `spbe kode` and the editor's "find reference code" command, so both find the same codes in the same order.
// Pure: it takes the codes as plain entries (the catalog turns its table into them) and returns matches.
import { codePrefix, type DomainKind, DOMAIN_PREFIX, type RefPrefix } from './codes.js';

export interface CodeEntry {
    code: string;
    name: string;
    /** Level below the prefix: RAB.09 is 1, RAB.09.06.06 is 3. */
    level: number;
    parent?: string;
    /** Defined by the agency (a top-level `kode`), not by the national reference. */
    agencyDefined: boolean;
    status?: string;
    description?: string;
}

export interface CodeQuery {
    /** Words that must all occur (in the name, the code, or an ancestor's name). */
    words?: string[];
    /** A domain (proses, data, ...) or a reference prefix (RAB, RAD, ...). */
    domain?: DomainKind | RefPrefix;
    level?: number;
    /** Only the direct children of this code. */
    parent?: string;
    /** At most this many matches (default: all). */
    limit?: number;
}

export interface CodeMatch {
    entry: CodeEntry;
    /** The known ancestors, outermost first (the code itself excluded). */
    path: CodeEntry[];
    score: number;
}

export interface CodeSearchResult {
    matches: CodeMatch[];
    /** How many codes matched before the limit was applied. */
    total: number;
}

const PREFIXES = ['RAB', 'RAD', 'RAL', 'RAA', 'RAI', 'RAK'] as const;

/** The reference prefix a domain word or prefix stands for; undefined when it names neither. */
export function prefixOf(domain: string): RefPrefix | undefined {
    const upper = domain.toUpperCase();
    if ((PREFIXES as readonly string[]).includes(upper)) return upper as RefPrefix;
    const lower = domain.toLowerCase();
    if (lower === 'proses-bisnis') return 'RAB';
    return (DOMAIN_PREFIX as Record<string, RefPrefix>)[lower];
}

/** Lower case, accents dropped, everything but letters and digits a space. */
export function normalize(text: string): string {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9.]+/g, ' ').trim();
}

// Indonesian derivation puts affixes around a root (arsip -> kearsipan, izin -> perizinan, didik ->
// pendidikan): words are also compared by their roots, with the common prefixes and suffixes taken off
// (a light stemmer: enough to find the code, not a linguistic analysis).
const AFFIXES = /^(?:ke|pe(?:ng|ny|m|n|r)?|me(?:ng|ny|m|n)?|ber|di|ter)?(.{4,}?)(?:an|kan|nya)?$/;

export function stem(word: string): string {
    return AFFIXES.exec(word)?.[1] ?? word;
}

interface Token { text: string; root: string }

function tokens(text: string): Token[] {
    return normalize(text).split(' ').filter(Boolean).map(t => ({ text: t, root: stem(t) }));
}

/**
 * How well one query word matches a text: the same word 10, the same root 9, the start of a word 7,
 * the start of a word's root 6, inside a word 3 (words of four letters or more); no match 0.
 */
function wordScore(word: Token, text: Token[]): number {
    let best = 0;
    for (const t of text) {
        if (t.text === word.text) return 10;
        if (t.root === word.root || t.root === word.text) best = Math.max(best, 9);
        else if (t.text.startsWith(word.text)) best = Math.max(best, 7);
        else if (t.root.startsWith(word.root)) best = Math.max(best, 6);
        else if (word.text.length >= 4 && t.text.includes(word.text)) best = Math.max(best, 3);
    }
    return best;
}

export function searchCodes(entries: Iterable<CodeEntry>, query: CodeQuery): CodeSearchResult {
    const byCode = new Map<string, CodeEntry>();
    for (const e of entries) byCode.set(e.code, e);
    const prefix = query.domain ? prefixOf(query.domain) : undefined;
    const parent = query.parent?.toUpperCase();
    const words = (query.words ?? []).flatMap(tokens);
    const matches: CodeMatch[] = [];
    for (const entry of byCode.values()) {
        if (prefix && codePrefix(entry.code) !== prefix) continue;
        if (query.level !== undefined && entry.level !== query.level) continue;
        if (parent !== undefined && entry.parent?.toUpperCase() !== parent) continue;
        const path: CodeEntry[] = [];
        for (let p = entry.parent; p; p = byCode.get(p)?.parent) {
            const known = byCode.get(p);
            if (!known) break;
            path.unshift(known);
        }
        let score = 0;
        let all = true;
        const own = tokens(entry.name);
        const codeText = entry.code.toLowerCase();
        const above = path.flatMap(p => tokens(p.name));
        for (const word of words) {
            const s = Math.max(
                /\d/.test(word.text) && codeText.includes(word.text) ? (codeText.startsWith(word.text) ? 10 : 6) : 0,
                wordScore(word, own), wordScore(word, above) / 2);
            if (s === 0) { all = false; break; }
            score += s;
        }
        if (!all) continue;
        matches.push({ entry, path, score });
    }
    // Best first; among equals the reference's own order (code order, levels together).
    matches.sort((a, b) => b.score - a.score || compareCodes(a.entry.code, b.entry.code));
    const total = matches.length;
    return { matches: query.limit !== undefined && query.limit > 0 ? matches.slice(0, query.limit) : matches, total };
}

/** RAB.09.06.06 before RAB.09.06.10 before RAB.10: segment by segment, numerically where both are numbers. */
export function compareCodes(a: string, b: string): number {
    const pa = a.split('.'), pb = b.split('.');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        if (pa[i] === pb[i]) continue;
        const na = Number(pa[i]), nb = Number(pb[i]);
        if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
        return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.length - pb.length;
}
