// The architecture document as one self-contained HTML page: inline CSS, the diagrams as inline SVG (as the
// diagram module produced them), every piece of model text HTML-escaped. No scripts, no external resources.
// Printed from a browser (to paper or PDF) it is a document to file: an A4 cover with the legal basis and
// an approval block, a table of contents, chapters on new pages, "Halaman N dari M" at the foot of every
// page after the cover, table rows never split across pages (header rows repeated), and each figure on an
// upright or a landscape page at a size where its smallest text is at least 7 pt (print-layout.ts).
import type { SemanticModel } from '../model/types.js';
import { buildDocument, type ArchitectureDocument, type Block, type DocumentOptions, type Section } from './document.js';
import { MARGIN_MM, place, svgSize } from './print-layout.js';

export function htmlText(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A CSS string literal holding `text`: quotes, backslashes and line breaks escaped, and every "<" as an
 * escape so model text cannot close the <style> element it sits in.
 */
export function cssString(text: string): string {
    // eslint-disable-next-line no-control-regex
    return `"${text.replace(/[\\"<>\u0000-\u001f\u007f]/g, c => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Keeps only the <svg> element of an SVG document (drops an XML declaration or doctype before it) and
 * prefixes its ids, so that two diagrams on one page (which share marker ids) do not clash.
 */
export function inlineSvg(svg: string, prefix: string): string {
    const start = svg.indexOf('<svg');
    if (start < 0) return '';
    const body = svg.slice(start);
    const ids = new Set([...body.matchAll(/\sid="([^"]+)"/g)].map(m => m[1]));
    if (ids.size === 0) return body;
    return body
        .replace(/(\sid=")([^"]+)"/g, (m, a: string, id: string) => ids.has(id) ? `${a}${prefix}${id}"` : m)
        .replace(/url\(#([^)]+)\)/g, (m, id: string) => ids.has(id) ? `url(#${prefix}${id})` : m)
        .replace(/(href=")#([^"]+)"/g, (m, a: string, id: string) => ids.has(id) ? `${a}#${prefix}${id}"` : m);
}

function style(doc: ArchitectureDocument): string {
    const m = MARGIN_MM;
    return `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.9rem}th,td{border:1px solid #cbd2d9;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f4f8}figure{margin:1.5rem 0;overflow-x:auto}.drawing{max-width:100%}.drawing svg{display:block;width:100%;height:auto}
figcaption{font-style:italic;color:#52606d}nav ul{list-style:none;padding-left:1rem}nav a{color:inherit}
.cover{text-align:center;padding:3rem 0}.cover .kicker{text-transform:uppercase;letter-spacing:.1em;color:#52606d}.cover h1{font-size:2.2rem;margin:.5rem 0}
.cover .agency{font-size:1.5rem;font-weight:bold;margin:2rem 0 .25rem}.cover .period{font-size:1.2rem}.cover .legal{text-align:left;margin:3rem auto 0;max-width:40rem}
.cover .legal dt{font-weight:bold}.cover .legal dd{margin:0 0 .5rem}.approval{margin-top:3rem;text-align:left}.approval td{height:3.2rem}
@page{size:A4;margin:${m.top}mm ${m.side}mm ${m.bottom}mm;@bottom-center{content:${cssString(doc.page.page)} " " counter(page) " " ${cssString(doc.page.of)} " " counter(pages);font-size:8pt;color:#52606d}
@bottom-left{content:${cssString(doc.subtitle ?? doc.title)};font-size:8pt;color:#52606d}}
@page:first{@bottom-center{content:none}@bottom-left{content:none}}
@page landscape{size:A4 landscape}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}.cover{break-after:page;padding:0}nav{break-after:page}
main>section{break-before:page}h1,h2,h3,h4{break-after:avoid}tr,figure,.approval{break-inside:avoid}thead{display:table-header-group}
figure{overflow:visible;margin:0 0 1rem}figure.landscape{page:landscape}.drawing{max-width:none}table{font-size:9pt}}`;
}

function block(b: Block, figure: { n: number }, label: string): string {
    switch (b.kind) {
        case 'paragraph': return `<p>${htmlText(b.text)}</p>`;
        case 'list': return `<ul>${b.items.map(i => `<li>${htmlText(i)}</li>`).join('')}</ul>`;
        case 'table': return `<table><thead><tr>${b.header.map(h => `<th>${htmlText(h)}</th>`).join('')}</tr></thead><tbody>`
            + b.rows.map(r => `<tr>${r.map(c => `<td>${htmlText(c)}</td>`).join('')}</tr>`).join('\n') + '</tbody></table>';
        case 'figure': {
            const n = ++figure.n;
            const svg = b.diagram.svg ? inlineSvg(b.diagram.svg, `fig${n}-`) : '';
            if (!svg && !b.diagram.href) { figure.n--; return ''; }
            const caption = `<figcaption>${htmlText(`${label} ${n}. ${b.caption}`)}</figcaption>`;
            const size = b.diagram.svg ? svgSize(b.diagram.svg) : undefined;
            if (!svg || !size) return `<figure>${svg || `<img src="${htmlText(b.diagram.href!)}" alt="${htmlText(b.caption)}">`}${caption}</figure>`;
            // Printed at the size and on the page print-layout.ts chose, so its text keeps at least 7 pt.
            const p = place(size);
            return `<figure class="${p.orientation}"><div class="drawing" style="width:${Math.floor(size.width * p.scale)}px">${svg}</div>${caption}</figure>`;
        }
    }
}

function section(s: Section, depth: number, figure: { n: number }, label: string): string {
    const h = `h${Math.min(depth, 6)}`;
    return `<section id="${htmlText(s.id)}"><${h}>${htmlText(s.title)}</${h}>\n${s.blocks.map(b => block(b, figure, label)).filter(Boolean).join('\n')}\n${s.sections.map(c => section(c, depth + 1, figure, label)).join('\n')}</section>`;
}

function toc(sections: Section[]): string {
    return `<ul>${sections.map(s => `<li><a href="#${htmlText(s.id)}">${htmlText(s.title)}</a>${s.sections.length ? toc(s.sections) : ''}</li>`).join('')}</ul>`;
}

function cover(doc: ArchitectureDocument): string {
    const c = doc.cover;
    const legal = c.legal.length ? `<dl class="legal"><dt>${htmlText(c.legalTitle)}</dt>${c.legal.map(l => `<dd>${htmlText(l.label)}: ${htmlText(l.title)}</dd>`).join('')}</dl>` : '';
    const approval = `<table class="approval"><caption>${htmlText(c.approvalTitle)}</caption><thead><tr>${c.approvalHeader.map(h => `<th>${htmlText(h)}</th>`).join('')}</tr></thead><tbody>`
        + c.approval.map(a => `<tr><td>${htmlText(a.role)}</td><td>${htmlText(a.who)}</td><td></td><td></td></tr>`).join('') + '</tbody></table>';
    return `<header class="cover"><p class="kicker">${htmlText(c.kicker)}</p><h1>${htmlText(c.title)}</h1>`
        + (c.agency ? `<p class="agency">${htmlText(c.agency)}</p>` : '') + (c.period ? `<p class="period">${htmlText(c.period)}</p>` : '')
        + legal + approval + '</header>';
}

export function renderHtml(doc: ArchitectureDocument): string {
    const title = doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title;
    const figure = { n: 0 };
    return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(title)}</title>
<style>${style(doc)}</style>
</head>
<body>
${cover(doc)}
<nav><h2>${htmlText(doc.contentsTitle)}</h2>${toc(doc.sections)}</nav>
<main>
${doc.sections.map(s => section(s, 2, figure, doc.page.figure)).join('\n')}
</main>
</body>
</html>
`;
}

export function exportHtml(model: SemanticModel, options: DocumentOptions = {}): string {
    return renderHtml(buildDocument(model, options));
}
