// The cheaper error recovery (src/language/parser-recovery.ts: memoised follow sets, no stack traces)
// must not change what the parsers produce: same errors at the same places, same recovered AST, and
// the same completion context, as Langium's own parsers.
import { describe, expect, test, beforeAll } from 'vitest';
import type { IToken } from 'chevrotain';
import { createCompletionParser, createLangiumParser, CstUtils, DefaultLexer, isLeafCstNode, type CstNode, type LangiumCompletionParser, type LangiumParser } from 'langium';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { createTestServices, readExample } from '../helpers/services.js';
import { createRandom, mutate } from '../fuzz/mutators.js';
import { manyTopLevelRecoveries, tokenGarbage } from './hostile-inputs.js';

let services: SpbeServices;
let plain: LangiumParser;
let plainCompletion: LangiumCompletionParser;

beforeAll(async () => {
    services = await createTestServices();
    plain = createLangiumParser(services);
    plainCompletion = createCompletionParser(services);
});

function summary(parser: LangiumParser, text: string) {
    const result = parser.parse(text);
    const decls = (result.value as unknown as { declarations: { $type: string; name?: string }[] }).declarations;
    return {
        errors: result.parserErrors.map(e => `${e.token.startOffset}:${e.message}`),
        declarations: decls.map(d => `${d.$type} ${d.name ?? ''}`),
        // Where every token and comment ended up in the CST: its offset, whether hidden, and its depth.
        cst: CstUtils.streamCst(result.value.$cstNode!).filter(n => isLeafCstNode(n))
            .map(n => { let depth = 0; for (let c = n.container; c; c = c.container) depth++; return `${n.offset}${n.hidden ? 'h' : ''}${depth}`; }).join(' '),
    };
}

describe('parser error recovery with memoised follow sets and no stack traces', () => {
    test('gives the same errors and AST as the plain parser on broken files', () => {
        const example = Object.values(readExample('kota-malang')).join('\n');
        const texts = ['proses A {'.repeat(50), 'unit U { induk }\nproses P { kode }\n}}}', example.replace(/\}/g, '')];
        const rnd = createRandom(42);
        for (let i = 0; i < 12; i++) texts.push(mutate(example, rnd, { others: [] }, 6).text);
        let withErrors = 0;
        for (const text of texts) {
            const ours = summary(services.parser.LangiumParser, text);
            expect(ours).toEqual(summary(plain, text));
            if (ours.errors.length > 0) withErrors++;
        }
        expect(withErrors).toBeGreaterThan(8);
    });

    test('recovers iteratively from thousands of errors and places comments as Langium does', () => {
        // Small enough for Langium's own (recursive) recovery not to overflow the stack; ours loops instead.
        const comments = '/* a */ // b\n' + 'proses P { /**/ kode /**/ RAB.01 // c\n' + '/**/\n'.repeat(20_000) + '} /**/\n/**/ unit U\n/* end */';
        const texts = [manyTopLevelRecoveries(500), tokenGarbage(30_000, 1), tokenGarbage(30_000, 2), comments, '/**/'.repeat(10_000)];
        for (const text of texts) {
            const ours = summary(services.parser.LangiumParser, text);
            expect(ours).toEqual(summary(plain, text));
        }
        expect(summary(services.parser.LangiumParser, manyTopLevelRecoveries(500)).errors).toHaveLength(500);
    });

    test('leaves keep their positions and make their range when it is read: every CST node as with Langium\'s builder', () => {
        const example = Object.values(readExample('kota-malang')).join('\n');
        const odd = 'unit A "Ünïcödé 😀 \t tab" {\r\n  deskripsi "two\nlines\r\nand\rthree"\r  status aktif /* a\r\nblock\n */ }\r\n// end 😀\r'
            + '\nproses "no name" { kode }\n\tdata D "D" {\n\t\twali-data A }';
        const texts = [example, example.replace(/\n/g, '\r\n'), example.replace(/\n/g, '\r'), odd, example.replace(/\}/g, ''), tokenGarbage(20_000, 3), ''];
        const describe = (node: CstNode) => {
            const { start, end } = node.range;
            return `${node.offset}+${node.length}=${node.end} ${start.line}:${start.character}-${end.line}:${end.character} ${node.hidden}`
                + ` ${isLeafCstNode(node) ? node.tokenType.name : ''} ${node.grammarSource?.$type ?? ''} ${node.text.length}`;
        };
        let nodes = 0;
        for (const text of texts) {
            const ours = CstUtils.streamCst(services.parser.LangiumParser.parse(text).value.$cstNode!).toArray();
            const theirs = CstUtils.streamCst(plain.parse(text).value.$cstNode!).toArray();
            expect(ours.map(describe)).toEqual(theirs.map(describe));
            // Read twice, a leaf's range is the same object (code may keep it or compare it by identity).
            for (const node of ours) if (isLeafCstNode(node)) expect(node.range).toBe(node.range);
            nodes += ours.length;
        }
        expect(nodes).toBeGreaterThan(10_000);
    });

    test('the lexer\'s tokens (class instances) are Langium\'s, field for field', () => {
        const example = Object.values(readExample('kota-malang')).join('\n');
        const texts = [example, example.replace(/\n/g, '\r\n'), 'unit A "two\nlines\r\nx" /* a\r\nb */ "unclosed\n §§ unit B', tokenGarbage(20_000, 4), ''];
        const plainLexer = new DefaultLexer(services);
        const fields = (token: IToken) => [Object.keys(token).join(','), token.image, token.startOffset, token.endOffset, token.startLine, token.endLine,
            token.startColumn, token.endColumn, token.tokenTypeIdx === token.tokenType.tokenTypeIdx, token.tokenType.name, token.payload];
        let tokens = 0;
        for (const text of texts) {
            const ours = services.parser.Lexer.tokenize(text);
            const theirs = plainLexer.tokenize(text);
            expect(ours.tokens.map(fields)).toEqual(theirs.tokens.map(fields));
            expect(ours.hidden.map(fields)).toEqual(theirs.hidden.map(fields));
            expect(ours.errors).toEqual(theirs.errors);
            expect(ours.report).toEqual(theirs.report);
            tokens += ours.tokens.length + ours.hidden.length;
        }
        expect(tokens).toBeGreaterThan(5_000);
    });

    test('the completion parser gives the same completion context as the plain one', () => {
        const example = Object.values(readExample('kota-malang')).join('\n');
        const broken = example.replace(/\}/g, '');
        for (const text of [example, broken, 'proses A {'.repeat(30)]) {
            for (const offset of [10, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length]) {
                const ours = services.parser.CompletionParser.parse(text.slice(0, offset));
                const theirs = plainCompletion.parse(text.slice(0, offset));
                expect(ours.tokenIndex).toBe(theirs.tokenIndex);
                expect(ours.elementStack).toEqual(theirs.elementStack);
            }
        }
    });
});
