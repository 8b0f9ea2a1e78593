// The printed page of the architecture document (A4, the margins of html.ts's print style) and what a
// diagram needs to be legible on it: its smallest text at least 7 pt. document-figures.ts cuts diagrams
// into parts that pass; html.ts sizes and orients each figure with the same numbers.

/** CSS pixels per millimetre (96 px per inch). */
const PX_PER_MM = 96 / 25.4;
/** CSS pixels per point. */
const PX_PER_PT = 96 / 72;

/** Page margins in millimetres, as html.ts's @page rule sets them. */
export const MARGIN_MM = { top: 18, bottom: 20, side: 16 } as const;

/** The smallest diagram text allowed on paper. */
export const MIN_TEXT_PT = 7;

/** Room a figure's caption and a heading above it take on the page, in CSS px. */
const CAPTION_PX = 48;

export type Orientation = 'portrait' | 'landscape';

/** The area a figure's drawing may fill on an A4 page of each orientation, in CSS px. */
export const FIGURE_AREA: Record<Orientation, { width: number; height: number }> = {
    portrait: { width: (210 - 2 * MARGIN_MM.side) * PX_PER_MM, height: (297 - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM - CAPTION_PX },
    landscape: { width: (297 - 2 * MARGIN_MM.side) * PX_PER_MM, height: (210 - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM - CAPTION_PX },
};

export interface SvgSize {
    width: number;
    height: number;
    /** The smallest font-size in the drawing, in its own units (px at scale 1). */
    minFont: number;
}

/** The size of an SVG drawing from its root element, and its smallest font size. */
export function svgSize(svg: string): SvgSize | undefined {
    const root = /<svg\b[^>]*>/.exec(svg)?.[0];
    const width = Number(/\swidth="([\d.]+)"/.exec(root ?? '')?.[1]);
    const height = Number(/\sheight="([\d.]+)"/.exec(root ?? '')?.[1]);
    if (!(width > 0 && height > 0)) return undefined;
    const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(m => Number(m[1])).filter(f => f > 0);
    return { width, height, minFont: fonts.length ? Math.min(...fonts) : 12 };
}

export interface Placement {
    orientation: Orientation;
    /** The scale the drawing is printed at (at most 1: never enlarged). */
    scale: number;
    /** Whether its smallest text is at least MIN_TEXT_PT at that scale. */
    legible: boolean;
}

/** The smallest scale at which a drawing's smallest text is still MIN_TEXT_PT. */
export function minimumScale(size: SvgSize): number {
    return MIN_TEXT_PT * PX_PER_PT / size.minFont;
}

/**
 * Where a drawing goes: upright if it is legible there, else on a landscape page if it is legible there,
 * else wherever it comes out larger (then it is not legible, and document-figures.ts should have cut it).
 */
export function place(size: SvgSize): Placement {
    const fit = (o: Orientation) => Math.min(1, FIGURE_AREA[o].width / size.width, FIGURE_AREA[o].height / size.height);
    const need = minimumScale(size) - 1e-9;
    const portrait = fit('portrait'), landscape = fit('landscape');
    if (portrait >= need) return { orientation: 'portrait', scale: portrait, legible: true };
    if (landscape >= need) return { orientation: 'landscape', scale: landscape, legible: true };
    return landscape > portrait ? { orientation: 'landscape', scale: landscape, legible: false } : { orientation: 'portrait', scale: portrait, legible: false };
}
