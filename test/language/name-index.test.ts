// NameIndex (name-index.ts) keeps values by name in document order as documents come, go and come back; the
// insertion point is found by halving. Random adds and removals must leave every name's list as a merge of the
// documents present, in document order, gives.
import { describe, expect, test } from 'vitest';
import { NameIndex } from '../../src/language/name-index.js';
import { createRandom } from '../fuzz/mutators.js';

interface Value { doc: string; name: string; n: number }

describe('NameIndex', () => {
    test('equals a from-scratch merge after random adds and removals of documents sharing names', () => {
        const rnd = createRandom(16);
        const documents = Array.from({ length: 30 }, (_, i) => `file:///ws/${String(i).padStart(2, '0')}.spbe`);
        const names = ['Unit', 'App', 'Data', 'P1', 'P2'];
        const index = new NameIndex<Value>((a, b) => a.localeCompare(b));
        const present = new Map<string, Value[]>();
        let n = 0;
        for (let step = 0; step < 600; step++) {
            const doc = rnd.pick(documents);
            const old = present.get(doc);
            if (old) {
                index.remove(old.map(v => [v.name, v] as const));
                present.delete(doc);
            }
            if (!old || rnd.chance(0.7)) {
                // Several values of one name in a document, in the document's order.
                const values = Array.from({ length: 1 + Math.floor(rnd.next() * 6) }, () => ({ doc, name: rnd.pick(names), n: n++ }));
                index.add(doc, values.map(v => [v.name, v] as const));
                present.set(doc, values);
            }
            const expected = new Map<string, Value[]>();
            for (const d of [...present.keys()].sort((a, b) => a.localeCompare(b))) {
                for (const v of present.get(d)!) expected.set(v.name, [...expected.get(v.name) ?? [], v]);
            }
            expect(new Map([...index.map].map(([k, v]) => [k, [...v]]))).toEqual(expected);
        }
        expect(n).toBeGreaterThan(1000);
    });
});
