// The architecture document as Markdown (CommonMark + GFM tables). Model text is escaped: every character
// Markdown or HTML would act on (\ ` * _ [ ] < > | ~ & and # + - = ! at the start of a paragraph) is
// backslash-escaped, so `<script>` or `**` in a name shows as written. Diagrams are linked images
// (the CLI writes the SVG files next to the .md file).
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

function block(b: Block): string {
    switch (b.kind) {
        case 'paragraph': return mdText(b.text, true);
        case 'list': return b.items.map(i => `- ${mdText(i, true)}`).join('\n');
        case 'table': {
            const row = (cells: string[]) => `| ${cells.map(c => mdText(c) || ' ').join(' | ')} |`;
            return [row(b.header), `|${b.header.map(() => ' --- ').join('|')}|`, ...b.rows.map(row)].join('\n');
        }
        case 'figure': return b.diagram.href ? `![${mdText(b.caption)}](${mdUrl(b.diagram.href)})\n\n*${mdText(b.caption)}*` : '';
    }
}

function section(s: Section, depth: number): string[] {
    const out = [`${'#'.repeat(Math.min(depth, 6))} ${mdText(s.title)}`];
    for (const b of s.blocks) {
        const text = block(b);
        if (text) out.push(text);
    }
    for (const child of s.sections) out.push(...section(child, depth + 1));
    return out;
}

export function renderMarkdown(doc: ArchitectureDocument): string {
    const out = [`# ${mdText(doc.title)}`];
    if (doc.subtitle) out.push(`**${mdText(doc.subtitle)}**`);
    for (const s of doc.sections) out.push(...section(s, 2));
    return out.join('\n\n') + '\n';
}

export function exportMarkdown(model: SemanticModel, options: DocumentOptions = {}): string {
    return renderMarkdown(buildDocument(model, options));
}
