// Which column of a header row holds each field of a table kind: the first column whose normalised header is
// one of the field's words and that no earlier field took.
import { normalize } from './words.js';

export function headerFields<F extends string>(cells: string[], headers: readonly [F, string[]][]): Partial<Record<F, number>> {
    const norm = cells.map(normalize);
    const fields: Partial<Record<F, number>> = {};
    const used = new Set<number>();
    for (const [field, words] of headers) {
        const k = norm.findIndex((h, i) => !used.has(i) && words.includes(h));
        if (k >= 0) { fields[field] = k; used.add(k); }
    }
    return fields;
}
