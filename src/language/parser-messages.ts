// Parse errors in plain words: "expected a name, found `}`" instead of token-type jargon.
import type { IToken, TokenType } from 'chevrotain';
import type { ParseResult } from 'langium';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { t, type DisplayLanguage } from '../common/i18n.js';

function describeToken(type: TokenType): string {
    const name = type.name;
    switch (name) {
        case 'ID': return t({ id: 'sebuah nama (misalnya Diskominfo)', en: 'a name (for example Diskominfo)' });
        case 'STRING': return t({ id: 'teks dalam tanda kutip (misalnya "Dinas Kominfo")', en: 'a quoted text (for example "Dinas Kominfo")' });
        case 'NUMBER': return t({ id: 'sebuah angka', en: 'a number' });
        case 'CODE': return t({ id: 'kode referensi (misalnya RAB.09.06.06)', en: 'a reference code (for example RAB.09.06.06)' });
        default: return `'${name.endsWith(':KW') ? name.slice(0, -3) : name}'`;
    }
}

function found(token: IToken): string {
    if (token.tokenType?.name === 'EOF') return t({ id: 'akhir berkas', en: 'the end of the file' });
    if (!token.image) return t({ id: 'akhir berkas', en: 'the end of the file' });
    // A message quotes at most 40 characters of the token: a 100,000-character name in each of thousands of
    // messages made one fuzz input take minutes and hundreds of megabytes.
    const image = [...token.image.slice(0, 41)];
    return `\`${image.length > 40 ? image.slice(0, 40).join('') + '…' : token.image}\``;
}

function alternatives(paths: TokenType[][]): string {
    const firsts = [...new Set(paths.map(p => p[0]).filter(Boolean).map(describeToken))];
    if (firsts.length > 8) return firsts.slice(0, 8).join(', ') + ', …';
    if (firsts.length <= 1) return firsts[0] ?? '';
    return firsts.slice(0, -1).join(', ') + t({ id: ' atau ', en: ' or ' }) + firsts[firsts.length - 1];
}

function declarationExpected(token: IToken): string {
    return t({
        id: `${found(token)} tidak diharapkan di sini. Sebuah deklarasi dimulai dengan instansi, unit, proses, data, layanan, aplikasi, infrastruktur, keamanan, peta-rencana, kode, penilaian atau referensi.`,
        en: `Unexpected ${found(token)}. A declaration starts with instansi, unit, proses, data, layanan, aplikasi, infrastruktur, keamanan, peta-rencana, kode, penilaian or referensi.`
    });
}

/** The messages of the parser and the lexer are made in the language of the services that own them. */
type Language = () => DisplayLanguage;

export class SpbeParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly language: Language) {
        super();
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.language().run(() => this.mismatchToken(options));
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.language().run(() => declarationExpected(options.firstRedundant));
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.language().run(() => this.noViableAlt(options));
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.language().run(() => this.earlyExit(options));
    }

    private mismatchToken({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        // At the top level the parser "expects the end of the file": say what may start there instead
        // (the fuzzer showed "Expected 'EOF', but found `}`").
        if (expected.name === 'EOF') return declarationExpected(actual);
        const what = describeToken(expected);
        if (expected.name === '}' || expected.name === '}:KW') {
            return t({
                id: `Diharapkan '}' untuk menutup blok, atau sebuah properti yang dikenal, tetapi ditemukan ${found(actual)}.`,
                en: `Expected '}' to close the block, or a known property, but found ${found(actual)}.`
            });
        }
        return t({ id: `Diharapkan ${what}, tetapi ditemukan ${found(actual)}.`, en: `Expected ${what}, but found ${found(actual)}.` });
    }

    private noViableAlt({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const options = alternatives(expectedPathsPerAlt.flat());
        return t({ id: `Diharapkan ${options}, tetapi ditemukan ${found(actual[0])}.`, en: `Expected ${options}, but found ${found(actual[0])}.` });
    }

    private earlyExit({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const options = alternatives(expectedIterationPaths);
        return t({ id: `Diharapkan ${options}, tetapi ditemukan ${found(actual[0])}.`, en: `Expected ${options}, but found ${found(actual[0])}.` });
    }
}

/**
 * Characters the lexer cannot read, in plain words instead of chevrotain's "unexpected character: ->"<- at
 * offset: 5632, skipped 1 characters." (the position is the diagnostic's own).
 */
export class SpbeLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    constructor(private readonly language: Language) {
        super();
    }

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, _line?: number, _column?: number): string {
        return this.language().run(() => unexpectedCharacters(fullText, startOffset, length));
    }
}

function unexpectedCharacters(fullText: string, startOffset: number, length: number): string {
    const text = fullText.substr(startOffset, length);
    // An unclosed quoted text is read to the end of its line and reported by the lexer (string-token.ts).
    if (text.startsWith('/*') || (text === '/' && fullText[startOffset + 1] === '*')) {
        return t({
            id: 'Komentar /* dimulai di sini tetapi tidak pernah ditutup dengan */.',
            en: 'A comment /* starts here but is never closed with */.'
        });
    }
    const shown = [...text].slice(0, 20).map(c => (/[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).join('');
    return t({
        id: `Karakter tidak dikenal \`${shown}\`: di luar teks dalam tanda kutip dan komentar hanya boleh ada nama, angka, kode referensi dan { } , : -.`,
        en: `Unexpected character${[...text].length > 1 ? 's' : ''} \`${shown}\`: outside quoted text and comments only names, numbers, reference codes and { } , : - may appear.`
    });
}

/** Whether parsing found a syntax error: a lexer or parser error, or a lexing report's error (an unclosed text). */
export function hasSyntaxErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0
        || (result.lexerReport?.diagnostics ?? []).some(d => (d.severity ?? 'error') === 'error');
}
