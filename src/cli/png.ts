// Rasterises a diagram SVG to PNG with resvg (a Rust renderer shipped as a prebuilt Node addon in
// npm, no browser). Fonts come from the dejavu-fonts-ttf package rather than the system, so text
// renders the same on a bare CI machine as on a desktop, and matches the widths the layout measured.
// resvg and the Node modules are loaded on first use, so a bundle that never makes PNGs (a webview)
// does not need them.

export interface PngOptions {
    /** Pixels per SVG unit (default 1). */
    scale?: number;
    /** TTF/OTF files to use instead of the DejaVu Sans shipped with dejavu-fonts-ttf (e.g. in a bundle). */
    fontFiles?: string[];
}

async function defaultFontFiles(): Promise<string[]> {
    const { createRequire } = await import('node:module');
    const path = await import('node:path');
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(dir, f));
}

/**
 * The largest PNG drawn: 16,384 px a side (what common viewers and browsers still open) and 40 megapixels.
 * resvg-js holds two RGBA canvases of the full size while drawing (8 bytes a pixel: an empty 43-megapixel
 * SVG takes 344 MB), so 40 megapixels is 320 MB on top of the model, which keeps `spbe render` of a
 * 300-element view under 600 MB; 64 megapixels would be 512 MB of canvas alone.
 */
export const PNG_MAX_SIDE = 16_384;
export const PNG_MAX_PIXELS = 40_000_000;
/**
 * Below this many pixels per SVG unit the diagram's text (9 to 16 units high) comes out a pixel or two
 * high: unreadable, so such a PNG is refused rather than drawn.
 */
export const PNG_MIN_SCALE = 0.1;

/** The diagram does not fit the PNG budget even scaled down to PNG_MIN_SCALE. */
export class PngBudgetError extends Error {}

export interface PngImage {
    png: Uint8Array;
    width: number;
    height: number;
    /** Pixels per SVG unit used: the scale asked for, or less if that would have exceeded the budget. */
    scale: number;
    /** The scale asked for. */
    requestedScale: number;
    /** The size the requested scale would have given, when the image was scaled down to fit. */
    requestedSize?: { width: number; height: number };
}

/** The largest scale up to `scale` at which a `w` x `h` SVG fits the budget (sides rounded up, to be safe). */
export function fitScale(w: number, h: number, scale: number): number {
    let z = Math.min(scale, PNG_MAX_SIDE / w, PNG_MAX_SIDE / h, Math.sqrt(PNG_MAX_PIXELS / (w * h)));
    while (Math.ceil(w * z) > PNG_MAX_SIDE || Math.ceil(h * z) > PNG_MAX_SIDE || Math.ceil(w * z) * Math.ceil(h * z) > PNG_MAX_PIXELS) z *= 0.9999;
    return z;
}

/**
 * Rasterises `svg` at `options.scale`, scaled down to fit PNG_MAX_SIDE and PNG_MAX_PIXELS when it would
 * not (the result says so); throws PngBudgetError when even that would make its text unreadable.
 */
export async function renderPng(svg: string, options: PngOptions = {}): Promise<PngImage> {
    const requestedScale = options.scale ?? 1;
    if (!(requestedScale > 0 && requestedScale <= 8)) throw new RangeError(`scale must be above 0 and at most 8, not ${requestedScale}`);
    const { Resvg } = await import('@resvg/resvg-js');
    const font = { loadSystemFonts: false, fontFiles: options.fontFiles ?? await defaultFontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
    // Parsing is cheap next to the canvas: parse once to learn the size, then draw at the scale that fits.
    const probe = new Resvg(svg, { font: { loadSystemFonts: false } });
    const w = probe.width, h = probe.height;
    if (!(w > 0 && h > 0)) throw new PngBudgetError(`the diagram has no size (${w} x ${h}); nothing to draw`);
    const scale = fitScale(w, h, requestedScale);
    const requestedSize = scale < requestedScale ? { width: Math.round(w * requestedScale), height: Math.round(h * requestedScale) } : undefined;
    if (scale < PNG_MIN_SCALE) {
        throw new PngBudgetError(`the diagram is ${Math.round(w).toLocaleString('en')} x ${Math.round(h).toLocaleString('en')} units; a PNG within `
            + `${PNG_MAX_SIDE.toLocaleString('en')} px a side and ${PNG_MAX_PIXELS / 1e6} megapixels would draw it at scale ${scale.toFixed(3)}, its text about a pixel high`);
    }
    const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font });
    const image = resvg.render();
    const width = image.width, height = image.height;
    const png = new Uint8Array(image.asPng());
    return { png, width, height, scale, requestedScale, requestedSize };
}

/** The PNG bytes of `svg` (see renderPng for the pixel budget). */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    return (await renderPng(svg, options)).png;
}
