// A JavaScript value that leaked into text meant for a person: "Start year undefined is after end year 5",
// "NaN px", "[object Object]". The fuzz harness looks for these in every diagnostic, every editor answer
// and every output; a word that the input itself contains (a model may well name an element `NaN`) is not
// counted.

const PLACEHOLDERS = /\bundefined\b|\bNaN\b|\[object Object\]/g;

/** The placeholders that occur in some input text, so that finding them in an output is no leak. */
export function placeholdersIn(texts: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const text of texts) for (const m of text.matchAll(PLACEHOLDERS)) found.add(m[0]);
    return found;
}

export interface Leak {
    /** The placeholder, with some text around it. */
    excerpt: string;
}

/**
 * The first leaked placeholder in `value`: a string (or any string inside an array or object, walked
 * without recursion and up to a bound), or a NaN number. Keys of objects are not looked at.
 */
export function findLeak(value: unknown, allowed: ReadonlySet<string>, maxNodes = 200_000): Leak | undefined {
    const stack: unknown[] = [value];
    const seen = new Set<object>();
    let visited = 0;
    while (stack.length > 0 && visited++ < maxNodes) {
        const v = stack.pop();
        if (typeof v === 'string') {
            for (const m of v.matchAll(PLACEHOLDERS)) {
                if (allowed.has(m[0])) continue;
                const start = Math.max(0, m.index! - 60);
                return { excerpt: v.slice(start, m.index! + m[0].length + 60).replace(/\s+/g, ' ') };
            }
        } else if (typeof v === 'number') {
            if (Number.isNaN(v) && !allowed.has('NaN')) return { excerpt: 'a NaN number' };
        } else if (v !== null && typeof v === 'object' && !seen.has(v)) {
            seen.add(v);
            if (v instanceof Map) { for (const x of v.values()) stack.push(x); } else if (Array.isArray(v) || v instanceof Set) { for (const x of v) stack.push(x); } else if (!ArrayBuffer.isView(v)) { for (const x of Object.values(v)) stack.push(x); }
        }
    }
    return undefined;
}
