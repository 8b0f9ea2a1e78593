// Helpers shared by the SVG renderers: XML escaping, number formatting and deterministic text
// measurement/wrapping with the advance widths of DejaVu Sans (the font the PNG rasteriser embeds).
import { BOLD, BOLD_EXTRA, FIRST_CODE, REGULAR, REGULAR_EXTRA } from './font-metrics.js';

/** The font stack of every diagram: DejaVu Sans first (measured, shipped for PNG), then look-alikes. */
export const FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

/** Characters XML 1.0 does not allow at all (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes model text for use in SVG text content and attribute values. */
export function esc(text: string): string {
    return text.replace(INVALID_XML, '\uFFFD')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Formats a coordinate with at most two decimals and no trailing zeros, so output is stable. */
export function fmt(n: number): string {
    const r = Math.round(n * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
}

const WIDEST = 1000;
/** The narrowest advance width of any glyph (units per em), to rule out long strings without measuring them. */
const NARROWEST = Math.min(...[...REGULAR, ...BOLD, ...Object.values(REGULAR_EXTRA), ...Object.values(BOLD_EXTRA)].filter(w => w > 0));

/** Width in pixels of `text` set in DejaVu Sans at `size` px. Unknown glyphs count as an em. */
export function textWidth(text: string, size: number, bold = false): number {
    const table = bold ? BOLD : REGULAR;
    const extra = bold ? BOLD_EXTRA : REGULAR_EXTRA;
    let units = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0)!;
        const i = code - FIRST_CODE;
        const w = i >= 0 && i < table.length ? table[i] : (extra[ch] ?? WIDEST);
        units += w || WIDEST;
    }
    return units * size / 1000;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (and after '/' or '-' when a word is
 * too long), hard-splitting words that do not fit on a line of their own. At most `maxLines` lines:
 * the last one ends with an ellipsis when text was left out.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false, maxLines = Infinity): string[] {
    const words = text.replace(/\u0000/g, '\uFFFD').replace(/\s+/g, ' ').trim().split(' ').filter(w => w.length > 0);
    // A string longer than this cannot fit whatever its glyphs: rejecting it unmeasured keeps wrapping a
    // 100,000-character word linear (measuring the whole remainder for every line was quadratic: 12 s of
    // CPU for one such name in the fuzzer).
    const maxChars = Math.ceil(maxWidth / (NARROWEST * size / 1000));
    const fits = (s: string) => s.length <= maxChars && textWidth(s, size, bold) <= maxWidth;
    const pieces: string[] = [];
    for (const word of words) {
        if (fits(word)) { pieces.push(word); continue; }
        // Too long for a line: split after '/' or '-' where possible, else by characters.
        let rest = word;
        while (rest.length > 0 && !fits(rest)) {
            let cut = 0;
            for (let i = 1; i < rest.length; i++) {
                if (!fits(rest.slice(0, i))) break;
                if (rest[i - 1] === '/' || rest[i - 1] === '-') cut = i;
            }
            if (cut === 0) {
                cut = 1;
                while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
            }
            pieces.push('\u0000' + rest.slice(0, cut));   // marker: glue to the next piece without a space
            rest = rest.slice(cut);
        }
        if (rest) pieces.push(rest);
    }
    const lines: string[] = [];
    let line = '';
    let glued = false;
    for (const raw of pieces) {
        const isPart = raw.startsWith('\u0000');
        const piece = isPart ? raw.slice(1) : raw;
        const candidate = line === '' ? piece : glued ? line + piece : line + ' ' + piece;
        if (line !== '' && !fits(candidate)) {
            lines.push(line);
            line = piece;
        } else {
            line = candidate;
        }
        glued = isPart;
    }
    if (line) lines.push(line);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last.length > 0 && !fits(last + '\u2026')) last = last.slice(0, -1);
    kept[maxLines - 1] = last.trimEnd() + '\u2026';
    return kept;
}

/** An SVG <text> with one <tspan> per line; `lines` are escaped here. */
export function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number,
    attrs: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
    const spans = lines.map((l, i) => `<tspan x="${fmt(x)}" y="${fmt(y + i * lineHeight)}">${esc(l)}</tspan>`).join('');
    return `<text font-size="${fmt(size)}" text-anchor="${anchor}" ${attrs}>${spans}</text>`;
}
