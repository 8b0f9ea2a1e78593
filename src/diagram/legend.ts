// A legend laid out as a wrapping row of entries (symbol + label) under a diagram.
import type { Palette } from './theme.js';
import { esc, fmt, textWidth } from './svg-util.js';

export interface LegendEntry {
    /** SVG of the symbol drawn in a SYMBOL_W x SYMBOL_H box at the origin. */
    symbol: string;
    label: string;
}

export const SYMBOL_W = 36;
export const SYMBOL_H = 22;
const LABEL_SIZE = 11;
const ROW_H = 30;
const GAP = 22;

/**
 * Renders the legend at (x, y), wrapping within `maxWidth`; returns the SVG and its size. The title
 * "Legenda" is a line of its own, or with `inlineTitle` the first item of the first row.
 */
export function renderLegend(entries: LegendEntry[], x: number, y: number, maxWidth: number, colors: Palette, inlineTitle = false): { svg: string; width: number; height: number } {
    const parts: string[] = [];
    const titleH = inlineTitle ? 0 : 20;
    const titleW = textWidth('Legenda', 12, true);
    parts.push(`<text x="${fmt(x)}" y="${fmt(y + (inlineTitle ? SYMBOL_H / 2 + 4 : 13))}" font-size="12" font-weight="bold" fill="${colors.text}">Legenda</text>`);
    let cx = inlineTitle ? x + titleW + GAP : x, cy = y + titleH, widest = titleW;
    for (const e of entries) {
        const w = SYMBOL_W + 6 + textWidth(e.label, LABEL_SIZE);
        if (cx > x && cx + w > x + maxWidth) { cx = x; cy += ROW_H; }
        parts.push(`<g class="legend-entry" transform="translate(${fmt(cx)},${fmt(cy)})">${e.symbol}` +
            `<text x="${SYMBOL_W + 6}" y="${fmt(SYMBOL_H / 2 + 4)}" font-size="${LABEL_SIZE}" fill="${colors.text}">${esc(e.label)}</text></g>`);
        cx += w + GAP;
        widest = Math.max(widest, cx - GAP - x);
    }
    return { svg: `<g class="legend">${parts.join('')}</g>`, width: widest, height: cy + ROW_H - y };
}
