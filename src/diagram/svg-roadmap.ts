// Draws a laid-out roadmap view as SVG: the time axis with a column per year (and finer ticks),
// a swimlane per muatan, initiative bars styled by status, milestone diamonds, predecessor arrows,
// the "today" line and a legend of what the drawing uses.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Initiative } from '../model/types.js';
import {
    BAR_DETAIL_LINE, BAR_DETAIL_SIZE, BAR_NAME_LINE, BAR_NAME_SIZE, BAR_PAD_TOP, BAR_PAD_X, BAR_STATUS_W, DIAMOND, LANE_HEADER_W,
    MILESTONE_LABEL_SIZE, TITLE_H, YEAR_BODY, yearX, type BarInfo, type RoadmapView
} from './roadmap-graph.js';
import { renderLegend, SYMBOL_H, SYMBOL_W, type LegendEntry } from './legend.js';
import type { Palette } from './theme.js';
import { esc, fmt, FONT_FAMILY, textWidth, wrapText } from './svg-util.js';

const MARGIN = 16;

type Status = NonNullable<Initiative['status']> | undefined;

/** Not done and not cancelled, and its last year is over by the today date. */
export function isOverdue(i: Initiative, end: number, todayYear: number | undefined): boolean {
    return todayYear !== undefined && end < todayYear && i.status !== 'selesai' && i.status !== 'batal';
}

export function roadmapSvg(view: RoadmapView, laid: ElkNode, colors: Palette): string {
    const out: string[] = [];
    const years = view.years;
    const axisTop = TITLE_H;
    const right = years.length ? view.right : view.width - MARGIN;

    // Lanes (alternating background) with their titles in the header column.
    view.lanes.forEach((lane, i) => {
        const accent = lane.key === 'tonggak' ? colors.milestone : lane.key === 'tanpa-muatan' ? colors.border : colors.muatan[lane.key].stroke;
        const lines = wrapText(lane.title, LANE_HEADER_W - 26, 12, true);
        out.push(`<g class="lane" data-kind="lane" data-lane="${lane.key}">` +
            `<rect x="${MARGIN}" y="${fmt(lane.top)}" width="${fmt(right - MARGIN)}" height="${fmt(lane.height)}" fill="${i % 2 ? colors.bandAlt : colors.band}" stroke="${colors.grid}"/>` +
            `<rect x="${MARGIN}" y="${fmt(lane.top)}" width="5" height="${fmt(lane.height)}" fill="${accent}"/>` +
            lines.map((l, k) => `<text x="${MARGIN + 12}" y="${fmt(lane.top + 20 + k * 15)}" font-size="12" font-weight="bold" fill="${colors.text}">${esc(l)}</text>`).join('') +
            `</g>`);
    });

    // Time axis: year columns and grid lines (at the year boundaries, in the middle of the channels) over
    // the lanes, finer ticks over each year's bar area when asked.
    const axis: string[] = [];
    for (const year of years) {
        const x0 = yearX(view, year), body = x0 + view.gutter / 2;
        axis.push(`<text x="${fmt(x0 + view.yearWidth / 2)}" y="${fmt(axisTop + 18)}" font-size="12" font-weight="bold" text-anchor="middle" fill="${colors.text}">${year}</text>`);
        axis.push(`<line x1="${fmt(x0)}" y1="${fmt(axisTop)}" x2="${fmt(x0)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="1"/>`);
        const parts = view.ticks === 'semester' ? 2 : view.ticks === 'triwulan' ? 4 : 1;
        for (let k = 0; k < parts && parts > 1; k++) {
            const tx = body + k * YEAR_BODY / parts;
            const label = view.ticks === 'semester' ? `S${k + 1}` : `TW${k + 1}`;
            axis.push(`<text x="${fmt(tx + YEAR_BODY / parts / 2)}" y="${fmt(axisTop + 37)}" font-size="9" text-anchor="middle" fill="${colors.mutedText}">${label}</text>`);
            if (k > 0) axis.push(`<line x1="${fmt(tx)}" y1="${fmt(axisTop + 26)}" x2="${fmt(tx)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="0.6" stroke-dasharray="2 4"/>`);
        }
    }
    if (years.length) {
        const end = yearX(view, years[years.length - 1] + 1);
        axis.push(`<line x1="${fmt(end)}" y1="${fmt(axisTop)}" x2="${fmt(end)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="1"/>`);
    }
    out.push(`<g class="axis">${axis.join('')}</g>`);
    if (years.length === 0) {
        out.push(`<text x="${LANE_HEADER_W}" y="${fmt(view.lanesTop - 8)}" font-size="12" fill="${colors.mutedText}">Belum ada inisiatif bertahun untuk digambar.</text>`);
    }

    // Arrows under the bars, each with its two ends named (hover shows them).
    const nameOf = (id: string) => view.bars.get(id)?.initiative.name || id;
    for (const a of view.arrows) {
        const d = a.points.map((p, k) => `${k ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join(' ');
        out.push(`<g class="arrow" data-id="${esc(a.id)}" data-kind="pendahulu" data-from="${esc(a.from)}" data-to="${esc(a.to)}">` +
            `<title>${esc(`${nameOf(a.from)} \u2192 ${nameOf(a.to)}`)}</title>` +
            `<path d="${d}" fill="none" stroke="${colors.edge}" stroke-width="1.3" marker-end="url(#spbe-roadmap-arrow)"/></g>`);
    }

    const todayYear = view.today ? Number(view.today.date.slice(0, 4)) : undefined;
    const laidById = new Map((laid.children ?? []).map(c => [c.id, c]));
    for (const [id, bar] of view.bars) out.push(barSvg(laidById.get(id)!, bar, colors, isOverdue(bar.initiative, bar.end, todayYear)));
    for (const [id, info] of view.milestones) {
        const node = laidById.get(id)!;
        const m = info.milestone;
        const cy = node.y! + DIAMOND / 2;
        const h = DIAMOND / 2;
        const when = m.month ? `${m.year}-${String(m.month).padStart(2, '0')}` : String(m.year);
        out.push(`<g class="milestone" data-id="${esc(m.id)}" data-kind="tonggak"${m.initiative ? ` data-initiative="${esc(m.initiative)}"` : ''}>` +
            `<title>${esc(`${m.name} (${when})`)}</title>` +
            `<path class="shape" d="M${fmt(info.cx)},${fmt(cy - h)} L${fmt(info.cx + h)},${fmt(cy)} L${fmt(info.cx)},${fmt(cy + h)} L${fmt(info.cx - h)},${fmt(cy)} Z" fill="${colors.milestone}" stroke="${colors.background}" stroke-width="1"/>` +
            info.labelLines.map((l, k) => `<text x="${fmt(info.cx + h + 4)}" y="${fmt(node.y! + 11 + k * 13)}" font-size="${MILESTONE_LABEL_SIZE}" fill="${colors.text}">${esc(l)}</text>`).join('') +
            `</g>`);
    }

    if (view.today) {
        const tx = view.today.x;
        out.push(`<g class="today" data-kind="hari-ini" data-date="${esc(view.today.date)}">` +
            `<line x1="${fmt(tx)}" y1="${fmt(axisTop + 2)}" x2="${fmt(tx)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.today}" stroke-width="1.5" stroke-dasharray="5 3"/>` +
            `<text x="${fmt(tx)}" y="${fmt(view.lanesBottom + 12)}" font-size="9" text-anchor="middle" fill="${colors.today}">hari ini ${esc(view.today.date)}</text></g>`);
    }

    const legend = renderLegend(legendEntries(view, colors, todayYear), MARGIN, view.lanesBottom + 22, Math.max(view.width - 2 * MARGIN, 640), colors);
    const width = Math.ceil(Math.max(view.width, legend.width + 2 * MARGIN, textWidth(view.title, 16, true) + 2 * MARGIN));
    const height = Math.ceil(view.lanesBottom + 22 + legend.height + MARGIN);
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}" data-view="peta-rencana">`,
        `<defs><marker id="spbe-roadmap-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 Z" fill="${colors.edge}"/></marker></defs>`,
        `<rect width="${width}" height="${height}" fill="${colors.background}"/>`,
        `<text x="${MARGIN}" y="26" font-size="16" font-weight="bold" fill="${colors.text}">${esc(view.title)}</text>`,
        `<text x="${MARGIN}" y="46" font-size="11" fill="${colors.mutedText}">${esc(view.subtitle)}</text>`,
        ...out,
        legend.svg,
        `</svg>`,
    ].join('\n') + '\n';
}

/**
 * The look of each status, in four ways at once so that none depends on colour: the bar's fill (hollow
 * until started), its outline (dashed, solid, thick, dash-dot, dotted), a symbol at its left end and,
 * for a cancelled one, faded and struck-through text.
 */
function barStyle(status: Status, colors: Palette, c: { stroke: string; fill: string }) {
    switch (status) {
        case 'selesai': return { fill: c.fill, stroke: c.stroke, width: 2.6, dash: '', opacity: '' };
        case 'berjalan': return { fill: c.fill, stroke: c.stroke, width: 1.4, dash: '', opacity: '' };
        case 'tertunda': return { fill: c.fill, stroke: colors.warning, width: 2, dash: '8 3 2 3', opacity: '' };
        case 'batal': return { fill: colors.background, stroke: c.stroke, width: 1.2, dash: '2 3', opacity: '0.55' };
        case 'belum-mulai':
        case undefined: return { fill: colors.background, stroke: c.stroke, width: 1.4, dash: '6 4', opacity: '' };
    }
}

/** The status symbol centred at (cx, cy): ○ not started, ◐ under way, ● with a tick done, ⏸ postponed, ⊗ cancelled. */
function statusSymbol(status: Status, cx: number, cy: number, colors: Palette, stroke: string): string {
    const r = 5;
    const ring = (fill: string) => `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="1.3"/>`;
    const line = (x1: number, y1: number, x2: number, y2: number, color: string, w = 1.4) =>
        `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${color}" stroke-width="${w}" stroke-linecap="round"/>`;
    let inner: string;
    switch (status) {
        case 'selesai':
            inner = ring(stroke) + `<path d="M${fmt(cx - 2.6)},${fmt(cy + 0.2)} L${fmt(cx - 0.6)},${fmt(cy + 2.2)} L${fmt(cx + 2.8)},${fmt(cy - 2.2)}" fill="none" stroke="${colors.background}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
            break;
        case 'berjalan':
            inner = ring(colors.background) + `<path d="M${fmt(cx)},${fmt(cy - r)} A${r},${r} 0 0 0 ${fmt(cx)},${fmt(cy + r)} Z" fill="${stroke}"/>`;
            break;
        case 'tertunda':
            inner = ring(colors.background) + line(cx - 1.6, cy - 2.4, cx - 1.6, cy + 2.4, stroke, 1.5) + line(cx + 1.6, cy - 2.4, cx + 1.6, cy + 2.4, stroke, 1.5);
            break;
        case 'batal':
            inner = ring(colors.background) + line(cx - 2.3, cy - 2.3, cx + 2.3, cy + 2.3, stroke) + line(cx - 2.3, cy + 2.3, cx + 2.3, cy - 2.3, stroke);
            break;
        default:
            inner = ring(colors.background);
    }
    return `<g class="status" data-kind="status">${inner}</g>`;
}

/** The overdue mark: a clock on the bar's lower left corner (the error count is a number on the upper right). */
function overdueMark(cx: number, cy: number, colors: Palette): string {
    return `<g class="overdue" data-kind="terlambat"><circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="7" fill="${colors.warning}" stroke="${colors.background}" stroke-width="1.2"/>` +
        `<path d="M${fmt(cx)},${fmt(cy - 4.2)} V${fmt(cy)} H${fmt(cx + 3.2)}" fill="none" stroke="${colors.background}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></g>`;
}

function statusText(status: Status): string {
    return status === undefined ? 'status kosong' : status === 'belum-mulai' ? 'belum mulai' : status;
}

function barSvg(node: ElkNode, bar: BarInfo, colors: Palette, overdue: boolean): string {
    const i = bar.initiative;
    const c = bar.lane === 'tanpa-muatan' ? { stroke: colors.border, fill: colors.nodeFill } : colors.muatan[bar.lane as keyof Palette['muatan']];
    const style = barStyle(i.status, colors, c);
    const x = node.x!, y = node.y!, w = node.width!, h = node.height!;
    const parts: string[] = [];
    const years = bar.start === bar.end ? String(bar.start) : `${bar.start}\u2013${bar.end}`;
    const late = overdue ? ` \u00b7 terlambat: seharusnya selesai ${bar.end}` : '';
    parts.push(`<title>${esc(`${i.name} (${i.id}, ${years}) \u00b7 ${statusText(i.status)}${late}`)}</title>`);
    parts.push(`<rect class="shape" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" rx="4" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    parts.push(statusSymbol(i.status, x + BAR_PAD_X / 2 + BAR_STATUS_W / 2, y + BAR_PAD_TOP + BAR_NAME_LINE / 2, colors, style.stroke));
    const textX = x + BAR_PAD_X + BAR_STATUS_W;
    let ty = y + BAR_PAD_TOP;
    for (const line of bar.nameLines) {
        ty += BAR_NAME_LINE;
        parts.push(`<text x="${fmt(textX)}" y="${fmt(ty - 3.5)}" font-size="${BAR_NAME_SIZE}" font-weight="bold" fill="${colors.text}">${esc(line)}</text>`);
        if (i.status === 'batal') {
            parts.push(`<line x1="${fmt(textX)}" y1="${fmt(ty - 7)}" x2="${fmt(textX + textWidth(line, BAR_NAME_SIZE, true))}" y2="${fmt(ty - 7)}" stroke="${colors.text}" stroke-width="1"/>`);
        }
    }
    for (const line of bar.detailLines) {
        ty += BAR_DETAIL_LINE;
        parts.push(`<text x="${fmt(textX)}" y="${fmt(ty - 3)}" font-size="${BAR_DETAIL_SIZE}" fill="${colors.mutedText}">${esc(line)}</text>`);
    }
    if (overdue) parts.push(overdueMark(x + 6, y + h, colors));
    if (i.errors > 0) {
        parts.push(`<g class="badge" data-kind="error"><circle cx="${fmt(x + w - 4)}" cy="${fmt(y)}" r="8" fill="${colors.error}"/><text x="${fmt(x + w - 4)}" y="${fmt(y + 3)}" font-size="9" font-weight="bold" text-anchor="middle" fill="#ffffff">${i.errors}</text></g>`);
    }
    return `<g class="bar" data-id="${esc(i.id)}" data-kind="inisiatif" data-muatan="${bar.lane}" data-start="${bar.start}" data-end="${bar.end}"${i.status ? ` data-status="${i.status}"` : ''}${overdue ? ' data-overdue="true"' : ''} data-errors="${i.errors}"${style.opacity ? ` opacity="${style.opacity}"` : ''}>` +
        parts.join('') + `</g>`;
}

const STATUS_ORDER: Status[] = ['belum-mulai', undefined, 'berjalan', 'selesai', 'tertunda', 'batal'];

/** Legend entries for what the drawing holds: the statuses that occur, and the marks that are drawn. */
function legendEntries(view: RoadmapView, colors: Palette, todayYear: number | undefined): LegendEntry[] {
    const bars = [...view.bars.values()];
    // A neutral muatan (grey in every theme) shows the statuses in the legend.
    const sample = colors.muatan.infrastruktur;
    const barSymbol = (status: Status) => {
        const s = barStyle(status, colors, sample);
        return `<g${s.opacity ? ` opacity="${s.opacity}"` : ''}><rect x="1" y="3" width="${SYMBOL_W - 2}" height="${SYMBOL_H - 6}" rx="3" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>` +
            statusSymbol(status, 10, SYMBOL_H / 2, colors, s.stroke) + `</g>`;
    };
    const entries: LegendEntry[] = [];
    const present = new Set(bars.map(b => b.initiative.status));
    for (const status of STATUS_ORDER) {
        if (!present.has(status)) continue;
        // Bars without a status look like those not started yet: one entry names both.
        if (status === undefined && present.has('belum-mulai')) continue;
        const label = status === 'belum-mulai' && present.has(undefined) ? 'belum mulai / status kosong' : statusText(status);
        entries.push({ symbol: barSymbol(status), label });
    }
    if (bars.some(b => isOverdue(b.initiative, b.end, todayYear))) {
        entries.push({ symbol: overdueMark(18, 11, colors), label: 'terlambat: tahun akhirnya lewat, belum selesai' });
    }
    if (view.milestones.size) entries.push({ symbol: `<path d="M18,4 L25,11 L18,18 L11,11 Z" fill="${colors.milestone}"/>`, label: 'tonggak' });
    if (view.arrows.length) entries.push({ symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.3" marker-end="url(#spbe-roadmap-arrow)"/>`, label: 'pendahulu \u2192 penerus' });
    if (view.today) entries.push({ symbol: `<line x1="18" y1="1" x2="18" y2="21" stroke="${colors.today}" stroke-width="1.5" stroke-dasharray="5 3"/>`, label: 'hari ini' });
    if (bars.some(b => b.initiative.errors > 0)) entries.push({ symbol: `<circle cx="18" cy="11" r="8" fill="${colors.error}"/>`, label: 'jumlah galat' });
    return entries;
}
