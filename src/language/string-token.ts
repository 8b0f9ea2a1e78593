// Quoted texts end at the end of their line. A text whose closing quote is missing (`proses P "Nama {`) used
// to run on to the next quote in the file, lines below, so the real mistake was reported six lines too late
// and the rest of the element came out as a cascade of some 30 errors. Now the lexer reads an unclosed text
// as ending at the end of its line (without a `{` or `}` that ends the line: that brace is the element's),
// reports it once, at its opening quote, and parsing goes on as if the quote had been closed.
//
// The grammar's STRING terminal (spbe.langium) says what a well-formed text is; this token builder gives
// STRING a matcher that also accepts an unclosed one, in one linear scan (no regex backtracking: see the
// terminal's comment).
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import type { GrammarAST, LexingReport, ValueType, CstNode } from 'langium';
import { DefaultTokenBuilder, DefaultValueConverter, ValueConverter } from 'langium';
import { t, type DisplayLanguage, type Lang } from '../common/i18n.js';

export function unclosedStringMessage(lang?: Lang): string {
    return t({
        id: 'Teks dalam tanda kutip dimulai di sini tetapi tidak ditutup di baris ini: tambahkan " penutupnya. (Teks berakhir di akhir barisnya.)',
        en: 'A quoted text starts here but is not closed on this line: add the closing ". (A text ends at the end of its line.)'
    }, lang);
}

/** The length of the quoted text at `offset`, closed or not; 0 when there is none. Also says whether it is closed. */
export function scanString(text: string, offset: number): { length: number; closed: boolean } {
    if (text.charCodeAt(offset) !== 0x22 /* " */) return { length: 0, closed: false };
    let i = offset + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22) return { length: i + 1 - offset, closed: true };
        if (c === 0x0a || c === 0x0d) break;
        // A backslash escapes the next character, but not a line break.
        if (c === 0x5c && i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d) i += 2;
        else i++;
    }
    // Unclosed: up to the end of the line, less trailing blanks and one `{` or `}` that ends the line.
    let end = Math.min(i, text.length);
    while (end > offset + 1 && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > offset + 1 && (text[end - 1] === '{' || text[end - 1] === '}')) {
        end--;
        while (end > offset + 1 && isBlank(text.charCodeAt(end - 1))) end--;
    }
    return { length: end - offset, closed: false };
}

function isBlank(c: number): boolean {
    return c === 0x20 || c === 0x09;
}

/** Whether a STRING token's text is a closed quoted text (ends with a quote that is not escaped). */
export function isClosedString(image: string): boolean {
    const { length, closed } = scanString(image, 0);
    return closed && length === image.length;
}

export class SpbeTokenBuilder extends DefaultTokenBuilder {
    /** `language`: the services' display language, that of the messages. */
    constructor(private readonly language: () => DisplayLanguage) {
        super();
    }

    /** Unclosed texts found while the current text is tokenized: offset -> length. */
    private unclosed = new Map<number, number>();

    override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') return token;
        const match: CustomPatternMatcherFunc = (text, offset) => {
            const { length, closed } = scanString(text, offset);
            if (length === 0) return null;
            if (!closed) this.unclosed.set(offset, length);
            return [text.substring(offset, offset + length)] as unknown as RegExpExecArray;
        };
        return { ...token, PATTERN: { exec: match }, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
    }

    /** Called by the lexer after each text: one error per unclosed text, at its opening quote. */
    override flushLexingReport(text: string): LexingReport {
        const report = super.flushLexingReport(text);
        if (this.unclosed.size === 0) return report;
        const offsets = [...this.unclosed.keys()].sort((a, b) => a - b);
        // Lines and columns in one pass over the text, however many there are.
        let line = 1, lineStart = 0, next = text.indexOf('\n');
        for (const offset of offsets) {
            while (next >= 0 && next < offset) { line++; lineStart = next + 1; next = text.indexOf('\n', lineStart); }
            report.diagnostics.push({ offset, length: this.unclosed.get(offset)!, line, column: offset - lineStart + 1, message: unclosedStringMessage(this.language().current), severity: 'error' });
        }
        this.unclosed = new Map();
        return report;
    }
}

/** STRING values: the text between the quotes, escapes resolved; an unclosed text has no closing quote to drop. */
export class SpbeValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && !isClosedString(input)) return ValueConverter.convertString(input + '"');
        return super.runConverter(rule, input, cstNode);
    }
}
