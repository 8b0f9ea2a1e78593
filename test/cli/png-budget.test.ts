// The PNG pixel budget: a 300-element view at scale 2 used to make a 54,594 x 5,454 px image and take 2.5 GB.
// Over PNG_MAX_SIDE or PNG_MAX_PIXELS the image is scaled down to fit; where that would leave the text about
// a pixel high it is refused. (The CLI's note about it: test/cli/output-format.test.ts.)
import { describe, expect, test } from 'vitest';
import { fitScale, PNG_MAX_PIXELS, PNG_MAX_SIDE, PngBudgetError, renderPng } from '../../src/cli/png.js';

const svg = (w: number, h: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>`
    + `<rect x="${w / 4}" y="0" width="${w / 2}" height="${h}" fill="#0969da"/></svg>`;
const ihdr = (png: Uint8Array) => { const b = Buffer.from(png); return [b.readUInt32BE(16), b.readUInt32BE(20)]; };

describe('fitScale', () => {
    test('keeps the scale asked for when the image fits', () => {
        expect(fitScale(3235, 1864, 2)).toBe(2);
    });
    test('a side over the limit: the long side becomes at most PNG_MAX_SIDE', () => {
        const z = fitScale(27_297, 2_727, 2);
        expect(Math.ceil(27_297 * z)).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(Math.ceil(27_297 * z)).toBeGreaterThan(PNG_MAX_SIDE - 2);
    });
    test('an area over the limit: the pixel count becomes at most PNG_MAX_PIXELS, keeping the proportions', () => {
        const z = fitScale(8_000, 8_000, 1);
        expect(Math.ceil(8_000 * z) ** 2).toBeLessThanOrEqual(PNG_MAX_PIXELS);
        expect(Math.ceil(8_000 * z) ** 2).toBeGreaterThan(PNG_MAX_PIXELS * 0.999);
    });
});

describe('renderPng', () => {
    test('a drawing that fits is drawn at the scale asked for', async () => {
        const image = await renderPng(svg(300, 100), { scale: 2 });
        expect([image.width, image.height, image.scale, image.requestedSize]).toEqual([600, 200, 2, undefined]);
        expect(ihdr(image.png)).toEqual([600, 200]);
    });

    test('a drawing too wide is scaled down to fit and says what it would have been', async () => {
        const image = await renderPng(svg(40_000, 20), { scale: 1 });
        expect(image.requestedSize).toEqual({ width: 40_000, height: 20 });
        expect(image.scale).toBeCloseTo(PNG_MAX_SIDE / 40_000, 3);
        expect(ihdr(image.png)).toEqual([image.width, image.height]);
        expect(image.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
        expect(image.width).toBeGreaterThan(PNG_MAX_SIDE - 2);
        expect(image.height).toBe(8);
    });

    test('a drawing so large that scaling would leave its text about a pixel high is refused, before any canvas is made', async () => {
        const started = performance.now();
        await expect(renderPng(svg(400_000, 300), { scale: 2 })).rejects.toThrow(PngBudgetError);
        await expect(renderPng(svg(400_000, 300), { scale: 2 })).rejects.toThrow(
            'the diagram is 400,000 x 300 units; a PNG within 16,384 px a side and 40 megapixels would draw it at scale 0.041, its text about a pixel high');
        expect(performance.now() - started).toBeLessThan(5_000);
    });
});
