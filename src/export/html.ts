// The architecture document as one self-contained HTML page: inline CSS, the diagrams as inline SVG (as the
// diagram module produced them), every piece of model text HTML-escaped. No scripts, no external resources.
import type { SemanticModel } from '../model/types.js';
import { buildDocument, type ArchitectureDocument, type Block, type DocumentOptions, type Section } from './document.js';

export function htmlText(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
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

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1f2933;line-height:1.5}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.9rem}th,td{border:1px solid #cbd2d9;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f4f8}figure{margin:1.5rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}figcaption{font-style:italic;color:#52606d}nav ul{list-style:none;padding-left:1rem}
@media print{nav{display:none}body{max-width:none}}`;

function block(b: Block, figure: { n: number }): string {
    switch (b.kind) {
        case 'paragraph': return `<p>${htmlText(b.text)}</p>`;
        case 'list': return `<ul>${b.items.map(i => `<li>${htmlText(i)}</li>`).join('')}</ul>`;
        case 'table': return `<table><thead><tr>${b.header.map(h => `<th>${htmlText(h)}</th>`).join('')}</tr></thead><tbody>`
            + b.rows.map(r => `<tr>${r.map(c => `<td>${htmlText(c)}</td>`).join('')}</tr>`).join('\n') + '</tbody></table>';
        case 'figure': {
            const svg = b.diagram.svg ? inlineSvg(b.diagram.svg, `fig${++figure.n}-`) : '';
            if (!svg && !b.diagram.href) return '';
            return `<figure>${svg || `<img src="${htmlText(b.diagram.href!)}" alt="${htmlText(b.caption)}">`}<figcaption>${htmlText(b.caption)}</figcaption></figure>`;
        }
    }
}

function section(s: Section, depth: number, figure: { n: number }): string {
    const h = `h${Math.min(depth, 6)}`;
    return `<section id="${htmlText(s.id)}"><${h}>${htmlText(s.title)}</${h}>\n${s.blocks.map(b => block(b, figure)).filter(Boolean).join('\n')}\n${s.sections.map(c => section(c, depth + 1, figure)).join('\n')}</section>`;
}

function toc(sections: Section[]): string {
    return `<ul>${sections.map(s => `<li><a href="#${htmlText(s.id)}">${htmlText(s.title)}</a>${s.sections.length ? toc(s.sections) : ''}</li>`).join('')}</ul>`;
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
<style>${STYLE}</style>
</head>
<body>
<header><h1>${htmlText(doc.title)}</h1>${doc.subtitle ? `<p><strong>${htmlText(doc.subtitle)}</strong></p>` : ''}</header>
<nav>${toc(doc.sections)}</nav>
<main>
${doc.sections.map(s => section(s, 2, figure)).join('\n')}
</main>
</body>
</html>
`;
}

export function exportHtml(model: SemanticModel, options: DocumentOptions = {}): string {
    return renderHtml(buildDocument(model, options));
}
