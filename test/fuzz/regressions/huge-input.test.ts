// Regressions from the fuzzer: oversized input.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { MAX_MODEL_CHARS } from '../../../src/language/document-limits.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

describe('huge input', () => {
    test('a string literal of a million characters lexes as one string (the old STRING regex overflowed the stack)', () => {
        const text = `proses P "${'x'.repeat(MAX_MODEL_CHARS - 100)}"`;
        const result = services.parser.LangiumParser.parse(text);
        expect(result.lexerErrors).toEqual([]);
        expect(result.parserErrors).toEqual([]);
        expect((result.value as unknown as { declarations: { title: string }[] }).declarations[0].title.length).toBe(MAX_MODEL_CHARS - 100);
    });

    test('a string full of escapes and an unterminated one still lex', () => {
        const escaped = services.parser.LangiumParser.parse(`unit U "${'\\"'.repeat(100_000)}"`);
        expect(escaped.lexerErrors).toEqual([]);
        // An unclosed text ends at the end of its line and is reported there (src/language/string-token.ts).
        const open = services.parser.LangiumParser.parse(`unit U "${'a'.repeat(100_000)}\nunit V`);
        expect(open.lexerReport?.diagnostics.map(d => [d.line, d.column, d.length])).toEqual([[1, 8, 100_001]]);
        expect(open.parserErrors).toEqual([]);
    });

    test('a 10 MB file is reported as too large, not parsed, and the rest of the workspace is analysed', async () => {
        const example = readExample('kota-malang');
        const big = 'unit X\n'.repeat(Math.ceil(10 * 1024 * 1024 / 7));
        const built = await buildFiles(services, { ...example, 'besar.spbe': big });
        const bigDiagnostics = [...built.diagnostics.entries()].find(([uri]) => uri.endsWith('besar.spbe'))![1];
        expect(bigDiagnostics).toHaveLength(1);
        expect(bigDiagnostics[0].message).toMatch(/File too large to analyse \(10\.0 MB; the limit is 1 MB\)/);
        expect(bigDiagnostics[0].code).toBe('SPBE-S01');
        expect(built.model.units.some(u => u.id === 'X')).toBe(false);
        expect(built.model.elements.length).toBeGreaterThan(20);
        expect(built.model.agency?.id).toBe('KotaMalang');
    });

    test('a file of exactly the limit is parsed; one character more is not', async () => {
        const head = 'unit U\n/*';
        const exact = head + ' '.repeat(MAX_MODEL_CHARS - head.length - 2) + '*/';
        expect(exact.length).toBe(MAX_MODEL_CHARS);
        const built = await buildFiles(services, { 'tepat.spbe': exact, 'lebih.spbe': 'unit V\n' + exact.slice(7) + ' ' });
        expect(built.model.units.map(u => u.id)).toEqual(['U']);
    });
});
