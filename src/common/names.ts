// "Did you mean": names close to a mistyped one, for the messages of the validator, the CLI and the server.

/** The edit distance between two texts (insertions, deletions and substitutions of one character). */
export function levenshtein(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

/**
 * The candidates closest to `name`, closest first (at most `limit`): the same name in other letter case,
 * then those within a third of the name's length in edits (at least 1, at most 3), ignoring case, then
 * those that start with a name of three letters or more (`peta` -> `peta-rencana`). Candidates of a very
 * different length are compared by their start only, so a long list costs little.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
    const lower = name.toLowerCase();
    const budget = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
    const found: [string, number][] = [];
    const seen = new Set<string>();
    for (const candidate of candidates) {
        if (candidate === name || seen.has(candidate)) continue;
        seen.add(candidate);
        const other = candidate.toLowerCase();
        const d = Math.abs(candidate.length - name.length) <= budget ? levenshtein(lower, other) : Infinity;
        if (d <= budget) found.push([candidate, d]);
        else if (name.length >= 3 && other.startsWith(lower)) found.push([candidate, budget + 1]);
    }
    return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([c]) => c);
}
