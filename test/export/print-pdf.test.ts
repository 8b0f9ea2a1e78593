// The HTML architecture document printed to PDF by Chromium (as an official would, "print to PDF"), then
// read back with pdf.js: page count, "Halaman N dari M" on every page after the cover, landscape pages for
// wide figures, and no text anywhere (diagram text included) below 7 pt. Needs Debian's Chromium
// (/usr/bin/chromium; .ci/run installs it before npm test); without it the test is skipped with a message.
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { SemanticModel } from '../../src/model/types.js';
import { exportHtml } from '../../src/export/html.js';
import { documentFigures } from '../../src/export/document-figures.js';

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available) console.warn(`print-pdf.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

interface PdfPage { landscape: boolean; items: { text: string; size: number }[] }

/** Prints HTML to PDF in Chromium and reads every page's text items (with their font size in pt) back. */
async function printAndRead(browser: Browser, html: string): Promise<PdfPage[]> {
    const page = await browser.newPage();
    await page.setContent(html);
    // Every table row is kept whole on a page, and header rows repeat (checked in the print style itself).
    await page.emulateMedia({ media: 'print' });
    const rows = await page.$$eval('tr', trs => trs.map(tr => getComputedStyle(tr).breakInside));
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows)).toEqual(new Set(['avoid']));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const view = p.getViewport({ scale: 1 });
        const content = await p.getTextContent();
        const items = content.items.flatMap(i => 'str' in i && i.str.trim() ? [{ text: i.str, size: Math.hypot(i.transform[2], i.transform[3]) }] : []);
        pages.push({ landscape: view.width > view.height, items });
    }
    await doc.destroy();
    return pages;
}

let malang: SemanticModel;
let browser: Browser | undefined;

beforeAll(async () => {
    if (!available) return;
    const services = await createTestServices();
    malang = (await buildFiles(services, readExample('kota-malang'))).model;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

afterAll(async () => { await browser?.close(); });

describe.skipIf(!available)('the architecture document printed to PDF in Chromium', () => {
    test('numbered A4 pages after a cover, landscape pages for wide figures, no text under 7 pt', async () => {
        const html = exportHtml(malang, { diagrams: await documentFigures(malang) });
        const pages = await printAndRead(browser!, html);
        const text = (p: PdfPage) => p.items.map(i => i.text).join(' ');
        // The cover has no page number; every other page says which it is, of how many.
        expect(text(pages[0])).toContain('Arsitektur SPBE dan Peta Rencana SPBE');
        expect(text(pages[0])).toContain('Keputusan Wali Kota Malang Nomor 195 Tahun 2023 tentang Arsitektur SPBE');
        expect(text(pages[0])).toContain('Disetujui oleh');
        expect(text(pages[0])).not.toMatch(/Halaman \d/);
        const total = pages.length;
        expect(total).toBeGreaterThanOrEqual(20);
        // The chapters, plus a section of the ten named views of the example (each figure on its page).
        expect(total).toBeLessThanOrEqual(120);
        pages.slice(1).forEach((p, k) => expect(text(p), `page ${k + 2}`).toContain(`Halaman ${k + 2} dari ${total}`));
        // The roadmap and the wide architecture parts are on landscape pages, the rest upright.
        expect(pages.filter(p => p.landscape).length).toBeGreaterThanOrEqual(3);
        expect(pages.filter(p => !p.landscape).length).toBeGreaterThan(total / 2);
        // Diagram text made it into the PDF as text (names of elements and initiatives) ...
        const all = pages.map(text).join(' ');
        for (const name of ['Malang Mbois (super app)', 'Pusat Data Nasional (PDN)', 'Migrasi aplikasi ke Pusat Data Nasional', 'Legenda']) expect(all).toContain(name);
        expect(all).not.toContain('jumlah galat');
        // ... and nothing on any page, diagram text included, is smaller than 7 pt.
        const smallest = pages.flatMap((p, k) => p.items.map(i => ({ ...i, page: k + 1 }))).sort((a, b) => a.size - b.size)[0];
        expect(smallest.size, `"${smallest.text}" on page ${smallest.page}`).toBeGreaterThanOrEqual(7 - 0.01);
    });

    test('the English document has English page numbers and chapter titles', async () => {
        const html = exportHtml(malang, { lang: 'en' });
        const pages = await printAndRead(browser!, html);
        const text = pages.map(p => p.items.map(i => i.text).join(' '));
        expect(text[0]).toContain('SPBE Architecture and Roadmap');
        expect(text[1]).toContain(`Page 2 of ${pages.length}`);
        expect(text.join(' ')).toContain('Current architecture (as-is)');
    });
});
