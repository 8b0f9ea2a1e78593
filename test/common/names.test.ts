// "Did you mean": the names close to a mistyped one, closest first.
import { describe, expect, test } from 'vitest';
import { closestNames } from '../../src/common/names.js';

describe('closestNames', () => {
    test('another letter case first, then a few edits (at most a third of the name), then names it starts', () => {
        expect(closestNames('lapor', ['Lapor', 'Lapar', 'Pdn'])).toEqual(['Lapor', 'Lapar']);
        expect(closestNames('RantaiPengadun', ['RantaiPengaduan', 'RantaiSatuData'])).toEqual(['RantaiPengaduan']);
        expect(closestNames('peta', ['PetaKeamanan', 'peta-rencana', 'arsitektur'])).toEqual(['peta-rencana', 'PetaKeamanan']);
        expect(closestNames('Ab', ['Abc', 'Xy'])).toEqual(['Abc']);
        expect(closestNames('Srikandi', ['Sipd', 'Spse', 'Siasn'])).toEqual([]);
    });

    test('the name itself is no suggestion; at most `limit`, each once', () => {
        expect(closestNames('A', ['A', 'B', 'C', 'D', 'B'], 2)).toEqual(['B', 'C']);
    });
});
