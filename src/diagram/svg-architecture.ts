// Draws a laid-out architecture view as SVG: domain bands, nodes in their domain's shape and
// colour (status by line style, errors/warnings by badges), orthogonal labelled edges, a legend.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Domain, ElementStatus } from '../model/types.js';
import {
    BAND_LABEL_WIDTH, BAND_ORDER, DETAIL_LINE, DETAIL_SIZE, EDGE_LABEL_SIZE, NAME_LINE, NAME_SIZE, NODE_PAD_TOP, NODE_PAD_X,
    type ArchitectureView
} from './architecture-graph.js';
import { renderLegend, SYMBOL_H, SYMBOL_W, type LegendEntry } from './legend.js';
import { DOMAIN_NAMES, domainShape, type Palette } from './theme.js';
import { esc, fmt, FONT_FAMILY, textWidth, wrapText } from './svg-util.js';
import { diffLegendEntries, edgeDiff, nodeDiff, relationMark } from './diff-marks.js';
import type { DiffMark } from './options.js';

const TITLE_H = 58;
const MARGIN = 16;

export function architectureSvg(view: ArchitectureView, laid: ElkNode, colors: Palette): string {
    const graphW = Math.max(laid.width ?? 0, 480);
    const graphH = laid.height ?? 0;
    const out: string[] = [];

    // Bands: each domain partition spans from halfway to the previous one to halfway to the next.
    const spans = new Map<number, { top: number; bottom: number }>();
    for (const child of laid.children ?? []) {
        const p = view.nodes.get(child.id)!.partition;
        const s = spans.get(p) ?? { top: Infinity, bottom: -Infinity };
        s.top = Math.min(s.top, child.y!);
        s.bottom = Math.max(s.bottom, child.y! + child.height!);
        spans.set(p, s);
    }
    const partitions = [...spans.keys()].sort((a, b) => a - b);
    partitions.forEach((p, i) => {
        const s = spans.get(p)!;
        const top = i === 0 ? Math.max(4, s.top - 20) : (spans.get(partitions[i - 1])!.bottom + s.top) / 2;
        const bottom = i === partitions.length - 1 ? Math.min(graphH - 4, s.bottom + 20) : (s.bottom + spans.get(partitions[i + 1])!.top) / 2;
        const domain = BAND_ORDER[p];
        const lines = wrapText(DOMAIN_NAMES[domain], BAND_LABEL_WIDTH - 20, 13, true);
        out.push(`<g class="band" data-kind="band" data-domain="${domain}">` +
            `<rect x="${MARGIN}" y="${fmt(top)}" width="${fmt(graphW - 2 * MARGIN)}" height="${fmt(bottom - top)}" fill="${i % 2 ? colors.bandAlt : colors.band}" stroke="${colors.grid}" stroke-width="1"/>` +
            `<rect x="${MARGIN}" y="${fmt(top)}" width="5" height="${fmt(bottom - top)}" fill="${colors.domain[domain].stroke}"/>` +
            lines.map((l, k) => `<text x="${MARGIN + 14}" y="${fmt(top + 22 + k * 16)}" font-size="13" font-weight="bold" fill="${colors.text}">${esc(l)}</text>`).join('') +
            `</g>`);
    });

    // Edges under nodes; each path runs from the relation's source to its target.
    const laidEdges = new Map((laid.edges ?? []).map(e => [e.id, e]));
    for (const info of view.edges) {
        const e = laidEdges.get(info.id);
        const section = e?.sections?.[0];
        if (!section) continue;
        let points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
        if (info.reversed) points = points.reverse();
        const d = points.map((pt, k) => `${k ? 'L' : 'M'}${fmt(pt.x)},${fmt(pt.y)}`).join(' ');
        const r = info.relation;
        const label = e?.labels?.[0];
        const labelSvg = label ? `<rect x="${fmt(label.x!)}" y="${fmt(label.y!)}" width="${fmt(label.width!)}" height="${fmt(label.height!)}" rx="3" fill="${colors.background}" fill-opacity="0.9"/>` +
            `<text x="${fmt(label.x! + label.width! / 2)}" y="${fmt(label.y! + label.height! - 3.5)}" font-size="${EDGE_LABEL_SIZE}" text-anchor="middle" fill="${colors.mutedText}">${esc(info.label)}</text>` : '';
        const mark = edgeDiff(relationMark(view.diff, r), colors);
        const dash = mark.dash ?? (r.kind === 'melindungi' ? '2 3' : undefined);
        out.push(`<g class="edge" data-id="${esc(info.id)}" data-kind="${r.kind}" data-from="${esc(r.from)}" data-to="${esc(r.to)}"${mark.attrs}>` +
            `<title>${esc(info.title)}</title>` +
            `<path d="${d}" fill="none" stroke="${mark.stroke ?? colors.edge}" stroke-width="${mark.width ?? '1.2'}" marker-end="url(#spbe-arch-arrow)"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
            labelSvg + `</g>`);
    }

    for (const child of laid.children ?? []) {
        const info = view.nodes.get(child.id)!;
        out.push(nodeSvg(child, info.element.domain, info.status, info, colors, view.diff?.elements[info.element.id]));
    }

    const legend = renderLegend(legendEntries(view, colors), MARGIN, TITLE_H + graphH + 8, Math.max(graphW - 2 * MARGIN, 640), colors);
    const width = Math.ceil(Math.max(graphW, legend.width + 2 * MARGIN, textWidth(view.title, 16, true) + 2 * MARGIN));
    const height = Math.ceil(TITLE_H + graphH + 8 + legend.height + MARGIN);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}" data-view="arsitektur">`,
        `<defs><marker id="spbe-arch-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 Z" fill="${colors.edge}"/></marker></defs>`,
        `<rect width="${width}" height="${height}" fill="${colors.background}"/>`,
        `<text x="${MARGIN}" y="26" font-size="16" font-weight="bold" fill="${colors.text}">${esc(view.title)}</text>`,
        `<text x="${MARGIN}" y="46" font-size="11" fill="${colors.mutedText}">${esc(view.subtitle)}</text>`,
        `<g transform="translate(0,${TITLE_H})">`, ...out, `</g>`,
        legend.svg,
        `</svg>`,
    ].join('\n') + '\n';
}

function statusStyle(status: ElementStatus): { dash: string; opacity: string } {
    switch (status) {
        case 'aktif': return { dash: '', opacity: '' };
        case 'rencana': return { dash: ' stroke-dasharray="6 4"', opacity: '' };
        case 'dihentikan': return { dash: ' stroke-dasharray="2 3"', opacity: ' opacity="0.55"' };
    }
}

function nodeSvg(node: ElkNode, domain: Domain, status: ElementStatus, info: ArchitectureView['nodes'] extends Map<string, infer V> ? V : never, colors: Palette,
    diffMark?: DiffMark): string {
    const w = node.width!, h = node.height!;
    const diff = nodeDiff(diffMark, domain, w, h, colors);
    const c = colors.domain[domain];
    const style = statusStyle(status);
    const e = info.element;
    const parts: string[] = [];
    parts.push(`<title>${esc(`${e.name} (${e.id})`)}</title>`);
    if (diff.under) parts.push(diff.under);
    parts.push(`<path d="${domainShape(domain, w, h)}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.6"${style.dash}/>`);
    let y = NODE_PAD_TOP;
    for (const line of info.nameLines) {
        y += NAME_LINE;
        parts.push(`<text x="${NODE_PAD_X}" y="${fmt(y - 3.5)}" font-size="${NAME_SIZE}" font-weight="bold" fill="${colors.text}">${esc(line)}</text>`);
        if (status === 'dihentikan') {
            parts.push(`<line x1="${NODE_PAD_X}" y1="${fmt(y - 7.5)}" x2="${fmt(NODE_PAD_X + textWidth(line, NAME_SIZE, true))}" y2="${fmt(y - 7.5)}" stroke="${colors.text}" stroke-width="1.2"/>`);
        }
    }
    for (const line of info.detailLines) {
        y += DETAIL_LINE;
        parts.push(`<text x="${NODE_PAD_X}" y="${fmt(y - 3)}" font-size="${DETAIL_SIZE}" fill="${colors.mutedText}">${esc(line)}</text>`);
    }
    let bx = w - 4;
    if (e.errors > 0) {
        parts.push(badge(bx, 0, String(e.errors), colors.error, 'error'));
        bx -= 22;
    }
    if (e.warnings > 0) parts.push(badge(bx, 0, String(e.warnings), colors.warning, 'warning'));
    if (diff.over) parts.push(diff.over);
    const opacity = diff.attrs.includes('opacity') ? '' : style.opacity;
    return `<g class="node" data-id="${esc(e.id)}" data-kind="${domain}" data-status="${status}" data-errors="${e.errors}" data-warnings="${e.warnings}"${diff.attrs} transform="translate(${fmt(node.x!)},${fmt(node.y!)})"${opacity}>` +
        parts.join('') + `</g>`;
}

/** A count badge centred on (x, y): a circle for errors, a diamond-ish triangle for warnings. */
function badge(x: number, y: number, text: string, color: string, kind: 'error' | 'warning'): string {
    const shape = kind === 'error'
        ? `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="9" fill="${color}"/>`
        : `<path d="M${fmt(x)},${fmt(y - 10)} L${fmt(x + 10)},${fmt(y + 8)} L${fmt(x - 10)},${fmt(y + 8)} Z" fill="${color}"/>`;
    return `<g class="badge" data-kind="${kind}">${shape}<text x="${fmt(x)}" y="${fmt(y + (kind === 'error' ? 3.5 : 6))}" font-size="9" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(text)}</text></g>`;
}

function legendEntries(view: ArchitectureView, colors: Palette): LegendEntry[] {
    const present = new Set([...view.nodes.values()].map(n => n.element.domain));
    const entries: LegendEntry[] = [];
    for (const d of BAND_ORDER) {
        if (!present.has(d)) continue;
        const c = colors.domain[d];
        entries.push({ symbol: `<path d="${domainShape(d, SYMBOL_W, SYMBOL_H + 18)}" transform="scale(1,0.55)" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/>`, label: DOMAIN_NAMES[d] });
    }
    const box = (extra: string) => `<rect x="1" y="1" width="${SYMBOL_W - 2}" height="${SYMBOL_H - 2}" rx="3" fill="${colors.nodeFill}" stroke="${colors.border}" stroke-width="1.6"${extra}/>`;
    entries.push({ symbol: box(''), label: 'aktif (as-is)' });
    entries.push({ symbol: box(' stroke-dasharray="6 4"'), label: 'rencana (to-be)' });
    entries.push({ symbol: `<g opacity="0.55">${box(' stroke-dasharray="2 3"')}<line x1="6" y1="11" x2="30" y2="11" stroke="${colors.text}" stroke-width="1.2"/></g>`, label: 'dihentikan' });
    // The editor's badges are explained only where the drawing has them (an exported document has none).
    const elements = [...view.nodes.values()].map(n => n.element);
    if (elements.some(e => e.errors > 0)) entries.push({ symbol: badge(18, 11, '1', colors.error, 'error'), label: 'jumlah galat' });
    if (elements.some(e => e.warnings > 0)) entries.push({ symbol: badge(18, 12, '1', colors.warning, 'warning'), label: 'jumlah peringatan' });
    entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.2" marker-end="url(#spbe-arch-arrow)"/>`, label: 'relasi (sumber \u2192 sasaran)' });
    if (view.diff) entries.push(...diffLegendEntries(colors));
    if (view.edges.some(e => e.relation.kind === 'melindungi')) {
        entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.2" stroke-dasharray="2 3" marker-end="url(#spbe-arch-arrow)"/>`, label: 'melindungi' });
    }
    return entries;
}
