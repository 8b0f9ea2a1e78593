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

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const scale = options.scale ?? 1;
    if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be above 0 and at most 8, not ${scale}`);
    const { Resvg } = await import('@resvg/resvg-js');
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: false, fontFiles: options.fontFiles ?? await defaultFontFiles(), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    });
    return new Uint8Array(resvg.render().asPng());
}
