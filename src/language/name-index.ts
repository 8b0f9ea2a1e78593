// Values by name gathered from many documents and kept as documents change, for the places where rebuilding a
// workspace-wide map at every keystroke cost tens of milliseconds in a 20,000-element workspace: the global
// scope's symbols (spbe-index.ts) and the workspace facts' indexes (validation/workspace-facts.ts).
// Each name's values are in document order (the owner's comparison), each document's values in their own order,
// so a name's list is what a merge of all documents in that order gives.
export class NameIndex<V extends object> {
    private readonly byName = new Map<string, V[]>();
    // A Map, not a WeakMap: a value leaves it when it leaves the index (remove), and a WeakMap's entries cost
    // more to add and to trace in every full collection (140,000 values in a 20,000-element workspace).
    private readonly documentOf = new Map<V, string>();

    /** `compare`: the documents' order (negative when `a` comes first). */
    constructor(private readonly compare: (a: string, b: string) => number) {}

    /** The live map, not a copy. */
    get map(): ReadonlyMap<string, readonly V[]> {
        return this.byName;
    }

    get(name: string): readonly V[] {
        return this.byName.get(name) ?? NONE;
    }

    /** Adds a document's values; it must not have any in the index already. */
    add(document: string, entries: Iterable<readonly [string, V]>): void {
        for (const [name, value] of entries) {
            this.documentOf.set(value, document);
            const list = this.byName.get(name);
            if (!list) { this.byName.set(name, [value]); continue; }
            // After the last value of a document that does not come later (the list is in document order): usually
            // the end, as documents are added in order. Found by halving, not by stepping back from the end: a
            // re-parsed file in the middle of the order stepped back over every later file's edges to a unit that
            // all files refer to (a comparison of two URIs each).
            const last = this.documentOf.get(list[list.length - 1])!;
            if (last === document || this.compare(last, document) <= 0) { list.push(value); continue; }
            let low = 0, high = list.length - 1; // list[high] comes later
            while (low < high) {
                const mid = (low + high) >> 1;
                if (this.compare(this.documentOf.get(list[mid])!, document) > 0) high = mid; else low = mid + 1;
            }
            list.splice(low, 0, value);
        }
    }

    /** Removes exactly these values (as they were added), one pass per name however many share it. */
    remove(entries: Iterable<readonly [string, V]>): void {
        const gone = new Map<string, Set<V>>();
        for (const [name, value] of entries) {
            const set = gone.get(name);
            if (set) set.add(value); else gone.set(name, new Set([value]));
        }
        for (const [name, values] of gone) {
            for (const value of values) this.documentOf.delete(value);
            const list = this.byName.get(name);
            if (!list) continue;
            const left = list.filter(v => !values.has(v));
            if (left.length) this.byName.set(name, left); else this.byName.delete(name);
        }
    }
}
const NONE: readonly never[] = [];
