// The architecture document as Markdown (CommonMark + GFM tables): the cover (legal basis, approval
// block), a table of contents linking to anchors before each heading, then the chapters. Model text is
// escaped: every character Markdown or HTML would act on (\ ` * _ [ ] < > | ~ & and # + - = ! at the start
// of a paragraph) is backslash-escaped, so `<script>` or `**` in a name shows as written. Diagrams are
// linked images (the CLI writes the SVG files next to the .md file), numbered as in the HTML.
import type { SemanticModel } from '../model/types.js';
import { buildDocument, type ArchitectureDocument, type Block, type DocumentOptions, type Section } from './document.js';

/** Escapes text for a Markdown paragraph or table cell (line breaks become spaces). */
export function mdText(text: string, atLineStart = false): string {
    const s = text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, c => '\\' + c);
    return atLineStart ? s.replace(/^[#+\-=!]/, m => '\\' + m).replace(/^(\d+)([.)])/, '$1\\$2') : s;
}

function mdUrl(href: string): string {
    return encodeURI(href).replace(/[()]/g, c => c === '(' ? '%28' : '%29');
}

function block(b: Block, figure: { n: number }, label: string): string {
    switch (b.kind) {
        case 'paragraph': return mdText(b.text, true);
        case 'list': return b.items.map(i => `- ${mdText(i, true)}`).join('\n');
        case 'table': {
            const row = (cells: string[]) => `| ${cells.map(c => mdText(c) || ' ').join(' | ')} |`;
            return [row(b.header), `|${b.header.map(() => ' --- ').join('|')}|`, ...b.rows.map(row)].join('\n');
        }
        case 'figure': {
            if (!b.diagram.href) return '';
            const caption = mdText(`${label} ${++figure.n}. ${b.caption}`);
            return `![${caption}](${mdUrl(b.diagram.href)})\n\n*${caption}*`;
        }
    }
}

/** An anchor before each heading (section ids are the document's own, letters, digits and hyphens). */
function anchor(id: string): string {
    return `<a id="${id.replace(/[^\w-]/g, '-')}"></a>`;
}

function section(s: Section, depth: number, figure: { n: number }, label: string): string[] {
    const out = [`${anchor(s.id)}\n\n${'#'.repeat(Math.min(depth, 6))} ${mdText(s.title)}`];
    for (const b of s.blocks) {
        const text = block(b, figure, label);
        if (text) out.push(text);
    }
    for (const child of s.sections) out.push(...section(child, depth + 1, figure, label));
    return out;
}

function toc(sections: Section[], indent = ''): string[] {
    return sections.flatMap(s => [`${indent}- [${mdText(s.title)}](#${s.id.replace(/[^\w-]/g, '-')})`, ...toc(s.sections, indent + '  ')]);
}

export function renderMarkdown(doc: ArchitectureDocument): string {
    const c = doc.cover;
    const out = [`*${mdText(c.kicker)}*`, `# ${mdText(doc.title)}`];
    if (c.agency) out.push(`**${mdText(c.agency)}**`);
    if (c.period) out.push(mdText(c.period, true));
    if (c.legal.length) out.push(`**${mdText(c.legalTitle)}**\n\n${c.legal.map(l => `- ${mdText(l.label)}: ${mdText(l.title)}`).join('\n')}`);
    const row = (cells: string[]) => `| ${cells.map(x => mdText(x) || ' ').join(' | ')} |`;
    out.push(`**${mdText(c.approvalTitle)}**\n\n${[row(c.approvalHeader), `|${c.approvalHeader.map(() => ' --- ').join('|')}|`, ...c.approval.map(a => row([a.role, a.who, '', '']))].join('\n')}`);
    out.push(`## ${mdText(doc.contentsTitle)}\n\n${toc(doc.sections).join('\n')}`);
    const figure = { n: 0 };
    for (const s of doc.sections) out.push(...section(s, 2, figure, doc.page.figure));
    return out.join('\n\n') + '\n';
}

export function exportMarkdown(model: SemanticModel, options: DocumentOptions = {}): string {
    return renderMarkdown(buildDocument(model, options));
}
