// Model text (names, reasons, file names from a folder someone sent) is printed by the CLI into a terminal.
// Control characters in it could drive the terminal (ESC ] 0;title BEL retitles it, ESC [2J clears it, C1
// codes such as U+009B do the same on some terminals) and bidi controls (U+202E) reorder what the reader
// sees. Every text the CLI prints goes through one of these, so such characters show as visible escapes.

/** C0 and C1 controls and DEL, the bidi controls, and the Unicode line and paragraph separators. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
/** The same, but keeping line feeds (for text whose lines the CLI composed itself). */
const UNSAFE_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
/** What JSON.stringify leaves raw and a terminal may still act on: DEL, C1, bidi controls, separators. */
const UNSAFE_IN_JSON = /[\u007F-\u009F\p{Bidi_Control}\u2028\u2029]/gu;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
    const code = c.codePointAt(0)!;
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One field or one message line: every unsafe character, line breaks included, as `\x1b`, `\n`, `\u202e`. */
export function visible(text: string): string {
    return text.replace(UNSAFE, escape);
}

/** A multi-line text the CLI composed: unsafe characters escaped, its own line breaks kept. */
export function visibleLines(text: string): string {
    return text.replace(UNSAFE_BUT_NEWLINE, escape);
}

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal may act on written as \uXXXX.
 * They can only occur inside strings (JSON's syntax outside them is ASCII), so the value is unchanged.
 */
export function terminalSafeJson(json: string): string {
    return json.replace(UNSAFE_IN_JSON, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * SVG text with the same characters as numeric character references: the drawing is unchanged (the
 * diagram's own markup is ASCII, so they occur only in text and attribute values), the bytes are safe
 * to print. (Characters XML does not allow at all are already dropped by the diagram's escaper.)
 */
export function terminalSafeSvg(svg: string): string {
    return svg.replace(UNSAFE_IN_JSON, c => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** A one-line warning on standard error: `spbe: warning: …`. */
export function warn(message: string): void {
    process.stderr.write(`spbe: warning: ${visible(message)}\n`);
}
