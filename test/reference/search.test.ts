// The reference code search shared by `spbe kode` and the editor: over the real built-in catalog (national
// codes) plus an agency's own codes, as the language's catalog makes them into entries.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices } from '../helpers/services.js';
import { codeEntries } from '../../src/language/catalog.js';
import { compareCodes, prefixOf, searchCodes, stem, type CodeEntry } from '../../src/reference/search.js';

let entries: CodeEntry[];

beforeAll(async () => {
    const services = await createTestServices();
    await buildFiles(services, { 'kode.spbe': 'kode RAB.09.06.06.01 "Pengelolaan Arsip Dinamis"\nkode RAI.01 "Fasilitas Komputasi"' });
    entries = codeEntries(services.reference.Catalog.table());
});

const codes = (r: { matches: { entry: CodeEntry }[] }) => r.matches.map(m => m.entry.code);

describe('searchCodes', () => {
    test('finds codes by Indonesian words, also by their root: arsip finds Kearsipan', () => {
        expect(entries.length).toBeGreaterThan(1084);
        const arsip = searchCodes(entries, { words: ['arsip'] });
        expect(codes(arsip).slice(0, 4)).toEqual(['RAB.09.06.06.01', 'RAB.09.06.06', 'RAD.09.06.06', 'RAL.02.04.06']);
        expect(codes(searchCodes(entries, { words: ['kearsipan'] }))).toEqual(expect.arrayContaining(['RAB.09.06.06', 'RAB.09.06.06.01']));
        expect(codes(searchCodes(entries, { words: ['izin'] }))).toContain('RAB.02.08.06');
        // Every word must match; capitals and accents do not matter.
        expect(codes(searchCodes(entries, { words: ['PENYELENGGARAAN', 'kearsipán'] }))).toEqual(['RAB.09.06.06', 'RAD.09.06.06', 'RAL.02.04.06',
            // the agency's level 4 matches one word through its parent's name, so it comes last
            'RAB.09.06.06.01']);
        expect(searchCodes(entries, { words: ['arsip', 'nelayan'] }).total).toBe(0);
        // A root is not a piece of another word: "pengaduan" (root adu) does not find "Terpadu".
        expect(codes(searchCodes(entries, { words: ['pengaduan'] }))).not.toContain('RAB.04.02.05');
    });

    test('a word of the parents counts, less than one of the code itself', () => {
        const r = searchCodes(entries, { words: ['aparatur', 'arsip'] });
        expect(codes(r)[0]).toBe('RAB.09.06.06.01');
        expect(codes(r)).toContain('RAB.09.06.06');
    });

    test('by domain, level, parent and code; limited, with the total', () => {
        expect(codes(searchCodes(entries, { words: ['arsip'], domain: 'proses' }))).toEqual(['RAB.09.06.06.01', 'RAB.09.06.06']);
        expect(codes(searchCodes(entries, { words: ['arsip'], domain: 'RAL' }))).toEqual(['RAL.02.04.06']);
        expect(codes(searchCodes(entries, { words: ['arsip'], level: 3 }))).toEqual(['RAB.09.06.06', 'RAD.09.06.06', 'RAL.02.04.06']);
        const children = searchCodes(entries, { parent: 'RAB.09.06' });
        expect(codes(children)).toEqual(['RAB.09.06.01', 'RAB.09.06.02', 'RAB.09.06.03', 'RAB.09.06.04', 'RAB.09.06.05', 'RAB.09.06.06']);
        expect(children.matches[5].path.map(p => p.name)).toEqual(['Pemerintahan Umum', 'Aparatur Negara']);
        expect(codes(searchCodes(entries, { words: ['RAB.09.06.0'] })).slice(0, 2)).toEqual(['RAB.09.06.01', 'RAB.09.06.02']);
        const limited = searchCodes(entries, { domain: 'aplikasi', limit: 2 });
        expect([limited.matches.length, limited.total]).toEqual([2, entries.filter(e => e.code.startsWith('RAA')).length]);
        // Agency codes are marked, and an agency's RAI codes are found like national ones.
        expect(searchCodes(entries, { words: ['komputasi'], domain: 'infrastruktur' }).matches.map(m => [m.entry.code, m.entry.agencyDefined])).toEqual([['RAI.01', true]]);
    });

    test('helpers: domain words and prefixes, roots, code order', () => {
        expect([prefixOf('proses'), prefixOf('proses-bisnis'), prefixOf('rad'), prefixOf('keamanan'), prefixOf('x')]).toEqual(['RAB', 'RAB', 'RAD', 'RAK', undefined]);
        expect([stem('kearsipan'), stem('perizinan'), stem('pengelolaan'), stem('data')]).toEqual(['arsip', 'izin', 'elola', 'data']);
        expect(['RAB.10', 'RAB.09.06.10', 'RAB.09.06.06', 'RAB.09'].sort(compareCodes)).toEqual(['RAB.09', 'RAB.09.06.06', 'RAB.09.06.10', 'RAB.10']);
    });
});
