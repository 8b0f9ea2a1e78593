// "Did you mean": declared names near a name that does not resolve, for every cross-reference that is not
// a reference code or an Aplikasi Umum (those have their own suggestions: SPBE-R01, SPBE-A01). Candidates
// are the names the reference could see (the workspace's symbols of the expected type, and the enclosing
// declarations' own symbols such as an index rule set's aspects), within two edits ignoring case.
//
// Cost: the global names of a type are listed once per workspace state (a pass over the index), and each
// unresolved reference then costs one bounded comparison per candidate, which gives up as soon as the
// distance passes 2. A document gets suggestions for its first MAX_PER_DOCUMENT unresolved references, so
// a file full of broken references (a deleted unit referred to everywhere) stays cheap per keystroke.
import type { AstNode, IndexManager, LangiumDocument, WorkspaceCache as Cache } from 'langium';
import { WorkspaceCache } from 'langium';
import type { SpbeServices } from '../spbe-module.js';

export const MAX_PER_DOCUMENT = 20;
const MAX_DISTANCE = 2;

/** The edit distance of two strings when it is at most `max`, else undefined (banded, stops early). */
export function boundedDistance(a: string, b: string, max: number): number | undefined {
    if (Math.abs(a.length - b.length) > max) return undefined;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = new Array<number>(b.length + 1).fill(max + 1);
        row[0] = i;
        let best = row[0];
        const from = Math.max(1, i - max), to = Math.min(b.length, i + max);
        for (let j = from; j <= to; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (row[j] < best) best = row[j];
        }
        if (best > max) return undefined;
        prev = row;
    }
    return prev[b.length] <= max ? prev[b.length] : undefined;
}

export class NameSuggestions {
    private readonly index: IndexManager;
    private readonly reflection: { isSubtype(sub: string, sup: string): boolean };
    private readonly globalNames: Cache<string, string[]>;

    constructor(services: SpbeServices) {
        this.index = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
        this.globalNames = new WorkspaceCache(services.shared);
    }

    /** Up to `limit` declared names of `type` near `name`, closest first. */
    suggest(document: LangiumDocument, container: AstNode, type: string, name: string, limit = 3): string[] {
        if (!name) return [];
        const candidates = new Set(this.globalNames.get(type, () => [...new Set(this.index.allElements(type).map(d => d.name))]));
        // Symbols local to the enclosing declarations (an `aturan-indeks`'s aspects and domains).
        const local = document.localSymbols;
        for (let node: AstNode | undefined = container; node && local; node = node.$container) {
            if (!local.has(node)) continue;
            for (const d of local.getStream(node)) if (this.reflection.isSubtype(d.type, type)) candidates.add(d.name);
        }
        const wanted = name.toLowerCase();
        const scored: [string, number][] = [];
        for (const candidate of candidates) {
            if (candidate === name) continue;
            const distance = boundedDistance(wanted, candidate.toLowerCase(), MAX_DISTANCE);
            // A difference in case alone comes first (distance 0 ignoring case).
            if (distance !== undefined) scored.push([candidate, distance]);
        }
        return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([c]) => c);
    }
}

