// Draws a laid-out architecture view as SVG: domain bands, element nodes in their domain's shape and
// colour (status by line style, errors/warnings by badges), group nodes (a stack of the domain's
// shape with counts; a click drills into them), orthogonal edges with their labels placed along
// them (edge-labels.ts), a breadcrumb back up the drill-down, and a legend beside or below.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { ElementStatus } from '../model/types.js';
import {
    BAND_LABEL_WIDTH, BAND_ORDER, DETAIL_LINE, DETAIL_SIZE, EDGE_LABEL_SIZE, labelSize, NAME_LINE, NAME_SIZE, NODE_PAD_TOP, NODE_PAD_X, STACK,
    type ArchEdgeInfo, type ArchitectureView, type ArchNodeInfo
} from './architecture-graph.js';
import { placeEdgeLabels, type LabelRequest } from './edge-labels.js';
import type { Point, Rect } from './geometry.js';
import { renderLegend, SYMBOL_H, SYMBOL_W, type LegendEntry } from './legend.js';
import { fitScale, MAX_ASPECT } from './legibility.js';
import { DOMAIN_NAMES, domainShape, type Palette } from './theme.js';
import { diffLegendEntries, edgeDiff, nodeDiff, relationMark } from './diff-marks.js';
import type { DiffMark } from './options.js';
import { esc, fmt, FONT_FAMILY, textWidth, wrapText } from './svg-util.js';

const MARGIN = 16;
const BAND_TITLE_SIZE = 13;

export interface DrawnArchitecture {
    svg: string;
    width: number;
    height: number;
    /** Labels that found no room on their edge and lie beside it. */
    displaced: number;
}

/** Each edge's route as drawn: from its relation's source to its target. */
function drawnPoints(info: ArchEdgeInfo, laid: Map<string, ElkNode['edges'] extends (infer E)[] | undefined ? E : never>): Point[] | undefined {
    const s = laid.get(info.id)?.sections?.[0];
    if (!s) return undefined;
    const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
    return info.reversed ? points.reverse() : points;
}

/** Where each edge label goes: along its route, placed after the layout (edge-labels.ts); those beside their edge go into `displaced`. */
export function edgeLabelRects(view: ArchitectureView, laid: ElkNode, displaced?: Set<string>): Map<string, Rect> {
    const laidEdges = new Map((laid.edges ?? []).map(e => [e.id, e]));
    const requests: LabelRequest[] = [];
    const bundles = new Map<string, ArchEdgeInfo[]>();
    const byPort = new Map<string, Point[][]>();
    for (const info of view.edges) {
        const points = info.port ? drawnPoints(info, laidEdges) : undefined;
        if (info.port && points) byPort.set(info.port, [...byPort.get(info.port) ?? [], points]);
    }
    for (const info of view.edges) {
        if (info.bundle) bundles.set(info.bundle, [...bundles.get(info.bundle) ?? [], info]);
        else {
            const points = drawnPoints(info, laidEdges);
            const shared = info.port ? byPort.get(info.port)!.filter(p => p !== points && p.length > 0) : undefined;
            if (points) requests.push({ id: info.id, paths: [points], shared, ...labelSize(info) });
        }
    }
    for (const [key, members] of bundles) {
        // From each member's free end to the shared end.
        const paths = members.map(m => drawnPoints(m, laidEdges)).filter((p): p is Point[] => p !== undefined)
            .map(p => key.startsWith('<') ? [...p].reverse() : p);
        if (paths.length) requests.push({ id: members[0].id, paths, ...labelSize(members[0]) });
    }
    const obstacles: Rect[] = (laid.children ?? []).map(c => ({ x: c.x!, y: c.y!, width: c.width!, height: c.height! }));
    obstacles.push({ x: 0, y: 0, width: BAND_LABEL_WIDTH, height: laid.height ?? 0 });
    return placeEdgeLabels(requests, obstacles, displaced);
}

export function architectureSvg(view: ArchitectureView, laid: ElkNode, colors: Palette): string {
    return drawArchitecture(view, laid, colors).svg;
}

export function drawArchitecture(view: ArchitectureView, laid: ElkNode, colors: Palette): DrawnArchitecture {
    const displaced = new Set<string>();
    const labels = edgeLabelRects(view, laid, displaced);
    let graphW = Math.max(laid.width ?? 0, 480);
    let graphH = laid.height ?? 0;
    for (const r of labels.values()) { graphW = Math.max(graphW, r.x + r.width + 8); graphH = Math.max(graphH, r.y + r.height + 8); }
    const out: string[] = [];

    // Bands: each domain spans from halfway to the previous one to halfway to the next.
    const spans = new Map<number, { top: number; bottom: number }>();
    for (const child of laid.children ?? []) {
        const b = view.nodes.get(child.id)!.band;
        const s = spans.get(b) ?? { top: Infinity, bottom: -Infinity };
        s.top = Math.min(s.top, child.y!);
        s.bottom = Math.max(s.bottom, child.y! + child.height!);
        spans.set(b, s);
    }
    const bands = [...spans.keys()].sort((a, b) => a - b);
    bands.forEach((b, i) => {
        const s = spans.get(b)!;
        const top = i === 0 ? Math.max(4, s.top - 16) : (spans.get(bands[i - 1])!.bottom + s.top) / 2;
        const bottom = i === bands.length - 1 ? Math.max(s.bottom + 8, graphH - 4) : (s.bottom + spans.get(bands[i + 1])!.top) / 2;
        const domain = BAND_ORDER[b];
        const lines = wrapText(DOMAIN_NAMES[domain], BAND_LABEL_WIDTH - 24, BAND_TITLE_SIZE, true);
        out.push(`<g class="band" data-kind="band" data-domain="${domain}">` +
            `<rect x="${MARGIN}" y="${fmt(top)}" width="${fmt(graphW - 2 * MARGIN)}" height="${fmt(bottom - top)}" fill="${i % 2 ? colors.bandAlt : colors.band}" stroke="${colors.grid}" stroke-width="1"/>` +
            `<rect x="${MARGIN}" y="${fmt(top)}" width="5" height="${fmt(bottom - top)}" fill="${colors.domain[domain].stroke}"/>` +
            lines.map((l, k) => `<text x="${MARGIN + 12}" y="${fmt(top + 20 + k * 16)}" font-size="${BAND_TITLE_SIZE}" font-weight="bold" fill="${colors.text}">${esc(l)}</text>`).join('') +
            `</g>`);
    });

    // Edges under nodes; each path runs from the relation's source to its target.
    const laidEdges = new Map((laid.edges ?? []).map(e => [e.id, e]));
    const labelled: string[] = [];
    for (const info of view.edges) {
        const points = drawnPoints(info, laidEdges);
        if (!points) continue;
        const d = points.map((pt, k) => `${k ? 'L' : 'M'}${fmt(pt.x)},${fmt(pt.y)}`).join(' ');
        const width = info.count > 1 ? Math.min(4, 1.2 + Math.log2(info.count) * 0.6) : 1.2;
        // The diff view marks an edge between two elements by what happened to the relations behind it.
        const mark = edgeDiff(info.relation ? edgeMark(view, info) : undefined, colors);
        const dash = mark.dash ?? (info.kind === 'melindungi' ? '2 3' : undefined);
        out.push(`<g class="edge" data-id="${esc(info.id)}" data-kind="${info.kind ?? 'campuran'}" data-from="${esc(info.from)}" data-to="${esc(info.to)}" data-count="${info.count}"${info.bundle ? ` data-bundle="${esc(info.bundle)}"` : ''}${mark.attrs}>` +
            `<title>${esc(info.title)}</title>` +
            `<path d="${d}" fill="none" stroke="${mark.stroke ?? colors.edge}" stroke-width="${mark.width ?? fmt(width)}" marker-end="url(#spbe-arch-arrow)"${dash ? ` stroke-dasharray="${dash}"` : ''}/></g>`);
        const r = labels.get(info.id);
        if (r) {
            labelled.push(`<g class="edge-label" data-edge="${esc(info.id)}"><title>${esc(info.title)}</title>` +
                `<rect x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.width)}" height="${fmt(r.height)}" rx="3" fill="${colors.background}" fill-opacity="0.92"/>` +
                `<text x="${fmt(r.x + r.width / 2)}" y="${fmt(r.y + r.height - 3.5)}" font-size="${EDGE_LABEL_SIZE}" text-anchor="middle" fill="${colors.mutedText}">${esc(info.label)}</text></g>`);
        }
    }
    out.push(...labelled);

    for (const child of laid.children ?? []) {
        const info = view.nodes.get(child.id)!;
        out.push(nodeSvg(child, info, colors, info.kind === 'element' ? view.diff?.elements[info.id] : undefined));
    }

    // Title, subtitle and the way back up (a long agency name wraps rather than widening the drawing).
    const headMax = Math.max(graphW, 640) - 2 * MARGIN;
    const titleLines = wrapText(view.title, headMax, 16, true, 2);
    const subtitleLines = wrapText(view.subtitle, headMax, 11, false, 2);
    const head: string[] = [];
    let y = 26;
    for (const line of titleLines) { head.push(`<text x="${MARGIN}" y="${y}" font-size="16" font-weight="bold" fill="${colors.text}">${esc(line)}</text>`); y += 20; }
    for (const line of subtitleLines) { head.push(`<text x="${MARGIN}" y="${y}" font-size="11" fill="${colors.mutedText}">${esc(line)}</text>`); y += 15; }
    let titleH = y - 7;
    let headW = Math.max(...titleLines.map(l => textWidth(l, 16, true)), ...subtitleLines.map(l => textWidth(l, 11)));
    if (view.trail.length > 0) {
        y += 4;
        const crumbs = [{ id: '', title: 'Ikhtisar' }, ...view.trail];
        let x = MARGIN;
        const parts: string[] = [];
        crumbs.forEach((c, i) => {
            const last = i === crumbs.length - 1;
            const w = textWidth(c.title, 12, last);
            parts.push(last
                ? `<text x="${fmt(x)}" y="${y}" font-size="12" font-weight="bold" fill="${colors.text}">${esc(c.title)}</text>`
                : `<g class="crumb" data-drill="${esc(c.id)}"><title>${esc(c.id ? `--drill ${c.id}` : 'Ikhtisar')}</title><text x="${fmt(x)}" y="${y}" font-size="12" fill="${colors.domain.layanan.stroke}" text-decoration="underline">${esc(c.title)}</text></g>`);
            x += w;
            if (!last) {
                parts.push(`<text x="${fmt(x + 6)}" y="${y}" font-size="12" fill="${colors.mutedText}">\u203a</text>`);
                x += 20;
            }
        });
        head.push(`<g class="breadcrumb">${parts.join('')}</g>`);
        headW = Math.max(headW, x - MARGIN);
        titleH = y + 12;
    }

    // The legend goes below the graph or beside it, whichever lets the whole read larger at fit.
    const entries = legendEntries(view, colors);
    const below = renderLegend(entries, MARGIN, titleH + graphH + 8, Math.max(graphW - 2 * MARGIN, 640), colors, true);
    const besideProbe = renderLegend(entries, 0, 0, 1, colors);
    const belowSize = { width: Math.ceil(Math.max(graphW, below.width + 2 * MARGIN, headW + 2 * MARGIN)), height: Math.ceil(titleH + graphH + 8 + below.height + MARGIN) };
    const besideSize = { width: Math.ceil(Math.max(graphW + besideProbe.width + MARGIN, headW + 2 * MARGIN)), height: Math.ceil(titleH + Math.max(graphH, besideProbe.height) + MARGIN) };
    const beside = fitScale(besideSize.width, besideSize.height) > fitScale(belowSize.width, belowSize.height) * 1.02;
    const legend = beside ? renderLegend(entries, graphW, titleH + 8, 1, colors) : below;
    // No drawing more than MAX_ASPECT : 1 either way: a tiny view under a long legend gets room added.
    let { width, height } = beside ? besideSize : belowSize;
    const most = MAX_ASPECT - 0.05;
    if (width > height * most) height = Math.ceil(width / most);
    if (height > width * most) width = Math.ceil(height / most);
    const svg = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}" data-view="arsitektur"${view.plan.focus.id ? ` data-drill-level="${esc(view.plan.focus.id)}"` : ''}>`,
        `<defs><marker id="spbe-arch-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0 L10,5 L0,10 Z" fill="${colors.edge}"/></marker></defs>`,
        `<rect width="${width}" height="${height}" fill="${colors.background}"/>`,
        ...head,
        `<g transform="translate(0,${titleH})">`, ...out, `</g>`,
        legend.svg,
        `</svg>`,
    ].join('\n') + '\n';
    return { svg, width, height, displaced: displaced.size };
}

function statusStyle(status: ElementStatus): { dash: string; opacity: string } {
    switch (status) {
        case 'aktif': return { dash: '', opacity: '' };
        case 'rencana': return { dash: ' stroke-dasharray="6 4"', opacity: '' };
        case 'dihentikan': return { dash: ' stroke-dasharray="2 3"', opacity: ' opacity="0.55"' };
    }
}

/** One mark for the relations behind an edge: theirs when they agree, else "changed". */
function edgeMark(view: ArchitectureView, info: ArchEdgeInfo): DiffMark | undefined {
    const marks = new Set(info.relations.map(r => relationMark(view.diff, r)));
    if (marks.size === 1) return [...marks][0];
    return marks.size > 1 ? 'changed' : undefined;
}

function nodeSvg(node: ElkNode, info: ArchNodeInfo, colors: Palette, diffMark?: DiffMark): string {
    const w = node.width!, h = node.height!;
    const diff = nodeDiff(diffMark, info.domain, w, h, colors);
    const c = colors.domain[info.domain];
    const style = statusStyle(info.status);
    const parts: string[] = [`<title>${esc(info.tooltip)}</title>`];
    if (diff.under) parts.push(diff.under);
    const fill = info.context ? colors.background : c.fill;
    if (info.kind === 'group') {
        // A stack of two shapes: the one behind peeks out at the top right.
        parts.push(`<path d="${domainShape(info.domain, w - STACK, h - STACK)}" transform="translate(${STACK},0)" fill="${fill}" stroke="${c.stroke}" stroke-width="1.2"${style.dash}/>`);
        parts.push(`<path d="${domainShape(info.domain, w - STACK, h - STACK)}" transform="translate(0,${STACK})" fill="${fill}" stroke="${c.stroke}" stroke-width="1.6"${style.dash}/>`);
    } else {
        parts.push(`<path d="${domainShape(info.domain, w, h)}" fill="${fill}" stroke="${c.stroke}" stroke-width="${info.context ? 1.2 : 1.6}"${style.dash}/>`);
    }
    const pad = NODE_PAD_X + (info.domain === 'aplikasi' ? 2 : 0);
    let y = NODE_PAD_TOP + (info.kind === 'group' ? STACK : 0);
    for (const line of info.nameLines) {
        y += NAME_LINE;
        parts.push(`<text x="${pad}" y="${fmt(y - 3.5)}" font-size="${NAME_SIZE}" font-weight="bold" fill="${colors.text}">${esc(line)}</text>`);
        if (info.status === 'dihentikan' && info.kind === 'element') {
            parts.push(`<line x1="${pad}" y1="${fmt(y - 7.5)}" x2="${fmt(pad + textWidth(line, NAME_SIZE, true))}" y2="${fmt(y - 7.5)}" stroke="${colors.text}" stroke-width="1.2"/>`);
        }
    }
    for (const line of info.detailLines) {
        y += DETAIL_LINE;
        parts.push(`<text x="${pad}" y="${fmt(y - 3)}" font-size="${DETAIL_SIZE}" fill="${colors.mutedText}">${esc(line)}</text>`);
    }
    let bx = w - 6;
    if (info.errors > 0) {
        parts.push(badge(bx, 0, String(info.errors), colors.error, 'error'));
        bx -= 24;
    }
    if (info.warnings > 0) parts.push(badge(bx, 0, String(info.warnings), colors.warning, 'warning'));
    if (diff.over) parts.push(diff.over);
    const common = `data-id="${esc(info.id)}" data-kind="${info.domain}" data-status="${info.status}" data-errors="${info.errors}" data-warnings="${info.warnings}"`;
    const cls = info.kind === 'group' ? 'node group' : 'node';
    const extra = (info.drill !== undefined ? ` data-drill="${esc(info.drill)}"` : '') + (info.context ? ' data-context="true"' : '') +
        (info.counts ? ` data-count="${info.counts.total}"` : '');
    const opacity = info.kind === 'element' && !diff.attrs.includes('opacity') ? style.opacity : '';
    return `<g class="${cls}" ${common}${extra}${diff.attrs} transform="translate(${fmt(node.x!)},${fmt(node.y!)})"${opacity}>` +
        parts.join('') + `</g>`;
}

/** A count badge centred on (x, y): a circle for errors, a triangle for warnings. */
function badge(x: number, y: number, text: string, color: string, kind: 'error' | 'warning'): string {
    const shape = kind === 'error'
        ? `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="10" fill="${color}"/>`
        : `<path d="M${fmt(x)},${fmt(y - 11)} L${fmt(x + 11)},${fmt(y + 9)} L${fmt(x - 11)},${fmt(y + 9)} Z" fill="${color}"/>`;
    return `<g class="badge" data-kind="${kind}">${shape}<text x="${fmt(x)}" y="${fmt(y + (kind === 'error' ? 3.5 : 6))}" font-size="10" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(text)}</text></g>`;
}

function legendEntries(view: ArchitectureView, colors: Palette): LegendEntry[] {
    const nodes = [...view.nodes.values()];
    const present = new Set(nodes.map(n => n.domain));
    const entries: LegendEntry[] = [];
    for (const d of BAND_ORDER) {
        if (!present.has(d)) continue;
        const c = colors.domain[d];
        entries.push({ symbol: `<path d="${domainShape(d, SYMBOL_W, SYMBOL_H + 18)}" transform="scale(1,0.55)" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/>`, label: DOMAIN_NAMES[d] });
    }
    const box = (extra: string) => `<rect x="1" y="1" width="${SYMBOL_W - 2}" height="${SYMBOL_H - 2}" rx="3" fill="${colors.nodeFill}" stroke="${colors.border}" stroke-width="1.6"${extra}/>`;
    if (nodes.some(n => n.kind === 'group')) {
        entries.push({ symbol: `<rect x="5" y="1" width="${SYMBOL_W - 6}" height="${SYMBOL_H - 6}" rx="3" fill="${colors.nodeFill}" stroke="${colors.border}" stroke-width="1.2"/><rect x="1" y="5" width="${SYMBOL_W - 6}" height="${SYMBOL_H - 6}" rx="3" fill="${colors.nodeFill}" stroke="${colors.border}" stroke-width="1.6"/>`, label: 'kelompok (klik untuk merinci)' });
    }
    if (nodes.some(n => n.context)) entries.push({ symbol: `<rect x="1" y="1" width="${SYMBOL_W - 2}" height="${SYMBOL_H - 2}" rx="3" fill="${colors.background}" stroke="${colors.border}" stroke-width="1.2"/>`, label: 'di luar kelompok ini' });
    // Statuses: those in the view (a group counts those of its elements).
    const statuses = new Set(nodes.flatMap(n => n.counts ? [n.counts.rencana && 'rencana', n.counts.dihentikan && 'dihentikan'] : [n.status]));
    entries.push({ symbol: box(''), label: 'aktif (as-is)' });
    if (statuses.has('rencana')) entries.push({ symbol: box(' stroke-dasharray="6 4"'), label: 'rencana (to-be)' });
    if (statuses.has('dihentikan')) entries.push({ symbol: `<g opacity="0.55">${box(' stroke-dasharray="2 3"')}<line x1="6" y1="11" x2="30" y2="11" stroke="${colors.text}" stroke-width="1.2"/></g>`, label: 'dihentikan' });
    // The editor's badges are explained only where the drawing has them (an exported document has none).
    if (nodes.some(n => n.errors > 0)) entries.push({ symbol: badge(18, 11, '1', colors.error, 'error'), label: 'jumlah galat' });
    if (nodes.some(n => n.warnings > 0)) entries.push({ symbol: badge(18, 12, '1', colors.warning, 'warning'), label: 'jumlah peringatan' });
    entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.2" marker-end="url(#spbe-arch-arrow)"/>`, label: 'relasi (sumber \u2192 sasaran)' });
    if (view.edges.some(e => e.count > 1 && !e.relation)) {
        entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="2.6" marker-end="url(#spbe-arch-arrow)"/>`, label: 'angka: jumlah relasi' });
    }
    if (view.diff) entries.push(...diffLegendEntries(colors));
    if (view.edges.some(e => e.kind === 'melindungi')) {
        entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.2" stroke-dasharray="2 3" marker-end="url(#spbe-arch-arrow)"/>`, label: 'melindungi' });
    }
    if (view.edges.some(e => e.label === 'integrasi')) {
        entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.2" marker-end="url(#spbe-arch-arrow)"/>`, label: 'integrasi lewat bus (aplikasi \u2192 bus \u2192 aplikasi)' });
    }
    return entries;
}
