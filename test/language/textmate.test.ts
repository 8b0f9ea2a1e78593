// The TextMate grammar (syntax colours before the server's semantic tokens arrive): keywords are matched
// whole, hyphenated ones included, and never inside a name. Oniguruma and JavaScript agree on the
// constructs the keyword rule uses (alternation, lookbehind, lookahead).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';

const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes/spbe.tmLanguage.json'), 'utf8'));
const keywordRule = grammar.patterns.find((p: { name?: string }) => p.name === 'keyword.control.spbe');
const keywords = (line: string) => [...line.matchAll(new RegExp(keywordRule.match, 'g'))].map(m => m[0]);

describe('the TextMate keyword rule', () => {
    test('colours hyphenated keywords whole', () => {
        expect(keywords('aplikasi SiMbois "SIM" { berjalan-di PusatData  terintegrasi-dengan X }'))
            .toEqual(['aplikasi', 'berjalan-di', 'terintegrasi-dengan']);
        expect(keywords('infrastruktur PDN { kategori pusat-data-nasional }')).toEqual(['infrastruktur', 'kategori', 'pusat-data-nasional']);
    });

    test('colours the words of named views, pada-tahun whole', () => {
        expect(keywords('tampilan V "V" { jenis arsitektur pada-tahun 2027 sertakan sekitar Lapor dan domain data kedalaman 2 kecualikan relasi berjalan-di }'))
            .toEqual(['tampilan', 'jenis', 'arsitektur', 'pada-tahun', 'sertakan', 'sekitar', 'dan', 'domain', 'data', 'kedalaman', 'kecualikan', 'relasi', 'berjalan-di']);
    });

    test('does not colour a keyword inside a name', () => {
        expect(keywords('data data-center "D" { wali-data Unit-data }')).toEqual(['data', 'wali-data']);
        expect(keywords('proses Prosesku { kodex 1 }')).toEqual(['proses']);
    });

    test('every keyword of the grammar is in the rule', () => {
        const langium = readFileSync(path.join(ROOT, 'src/language/spbe.langium'), 'utf8');
        const written = new Set([...langium.matchAll(/'([a-z][a-z-]*)'/g)].map(m => m[1]));
        for (const k of written) expect(keywords(k), k).toEqual([k]);
    });
});

describe('the TextMate string rule', () => {
    test('a quoted text ends at its closing quote or at the end of its line, as the lexer reads it', () => {
        const rule = grammar.patterns.find((p: { name?: string }) => p.name === 'string.quoted.double.spbe');
        expect(rule.begin).toBe('"');
        const end = new RegExp(rule.end, 'm');
        expect(end.exec('Nama" {')?.index).toBe(4);
        expect(end.exec('Nama {\n    kode RAB.01')?.index).toBe(6);
    });
});
