// Draws a laid-out roadmap view as SVG: the time axis with a column per year (and finer ticks),
// a swimlane per muatan, initiative bars styled by status, milestone diamonds, predecessor arrows,
// the "today" line and a legend.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Initiative } from '../model/types.js';
import {
    BAR_DETAIL_LINE, BAR_DETAIL_SIZE, BAR_NAME_LINE, BAR_NAME_SIZE, BAR_PAD_TOP, BAR_PAD_X, DIAMOND, LANE_HEADER_W,
    MILESTONE_LABEL_SIZE, TITLE_H, YEAR_W, yearX, type BarInfo, type RoadmapView
} from './roadmap-graph.js';
import { renderLegend, SYMBOL_H, SYMBOL_W, type LegendEntry } from './legend.js';
import type { Palette } from './theme.js';
import { esc, fmt, FONT_FAMILY, textWidth, wrapText } from './svg-util.js';

const MARGIN = 16;

export function roadmapSvg(view: RoadmapView, laid: ElkNode, colors: Palette): string {
    const out: string[] = [];
    const years = view.years;
    const axisTop = TITLE_H;
    const right = years.length ? yearX(years, years[years.length - 1] + 1) : view.width - MARGIN;

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

    // Time axis: year columns and grid lines over the lanes, finer ticks when asked.
    const axis: string[] = [];
    for (const year of years) {
        const x0 = yearX(years, year);
        axis.push(`<text x="${fmt(x0 + YEAR_W / 2)}" y="${fmt(axisTop + 18)}" font-size="12" font-weight="bold" text-anchor="middle" fill="${colors.text}">${year}</text>`);
        axis.push(`<line x1="${fmt(x0)}" y1="${fmt(axisTop)}" x2="${fmt(x0)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="1"/>`);
        const parts = view.ticks === 'semester' ? 2 : view.ticks === 'triwulan' ? 4 : 1;
        for (let k = 0; k < parts && parts > 1; k++) {
            const tx = x0 + k * YEAR_W / parts;
            const label = view.ticks === 'semester' ? `S${k + 1}` : `TW${k + 1}`;
            axis.push(`<text x="${fmt(tx + YEAR_W / parts / 2)}" y="${fmt(axisTop + 37)}" font-size="9" text-anchor="middle" fill="${colors.mutedText}">${label}</text>`);
            if (k > 0) axis.push(`<line x1="${fmt(tx)}" y1="${fmt(axisTop + 26)}" x2="${fmt(tx)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="0.6" stroke-dasharray="2 4"/>`);
        }
    }
    if (years.length) axis.push(`<line x1="${fmt(right)}" y1="${fmt(axisTop)}" x2="${fmt(right)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.grid}" stroke-width="1"/>`);
    out.push(`<g class="axis">${axis.join('')}</g>`);
    if (years.length === 0) {
        out.push(`<text x="${LANE_HEADER_W}" y="${fmt(view.lanesTop - 8)}" font-size="12" fill="${colors.mutedText}">Belum ada inisiatif bertahun untuk digambar.</text>`);
    }

    // Arrows under the bars.
    for (const a of view.arrows) {
        const d = a.points.map((p, k) => `${k ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join(' ');
        out.push(`<g class="arrow" data-id="${esc(a.id)}" data-kind="pendahulu" data-from="${esc(a.from)}" data-to="${esc(a.to)}">` +
            `<path d="${d}" fill="none" stroke="${colors.edge}" stroke-width="1.3" marker-end="url(#spbe-roadmap-arrow)"/></g>`);
    }

    const laidById = new Map((laid.children ?? []).map(c => [c.id, c]));
    for (const [id, bar] of view.bars) out.push(barSvg(laidById.get(id)!, bar, colors));
    for (const [id, info] of view.milestones) {
        const node = laidById.get(id)!;
        const m = info.milestone;
        const cy = node.y! + DIAMOND / 2;
        const h = DIAMOND / 2;
        const when = m.month ? `${m.year}-${String(m.month).padStart(2, '0')}` : String(m.year);
        out.push(`<g class="milestone" data-id="${esc(m.id)}" data-kind="tonggak"${m.initiative ? ` data-initiative="${esc(m.initiative)}"` : ''}>` +
            `<title>${esc(`${m.name} (${when})`)}</title>` +
            `<path d="M${fmt(info.cx)},${fmt(cy - h)} L${fmt(info.cx + h)},${fmt(cy)} L${fmt(info.cx)},${fmt(cy + h)} L${fmt(info.cx - h)},${fmt(cy)} Z" fill="${colors.milestone}" stroke="${colors.background}" stroke-width="1"/>` +
            info.labelLines.map((l, k) => `<text x="${fmt(info.cx + h + 4)}" y="${fmt(node.y! + 11 + k * 13)}" font-size="${MILESTONE_LABEL_SIZE}" fill="${colors.text}">${esc(l)}</text>`).join('') +
            `</g>`);
    }

    if (view.today) {
        const tx = view.today.x;
        out.push(`<g class="today" data-kind="hari-ini" data-date="${esc(view.today.date)}">` +
            `<line x1="${fmt(tx)}" y1="${fmt(axisTop + 2)}" x2="${fmt(tx)}" y2="${fmt(view.lanesBottom)}" stroke="${colors.today}" stroke-width="1.5" stroke-dasharray="5 3"/>` +
            `<text x="${fmt(tx)}" y="${fmt(view.lanesBottom + 12)}" font-size="9" text-anchor="middle" fill="${colors.today}">hari ini ${esc(view.today.date)}</text></g>`);
    }

    const legend = renderLegend(legendEntries(view, colors), MARGIN, view.lanesBottom + 22, Math.max(view.width - 2 * MARGIN, 640), colors);
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

function barStyle(status: Initiative['status'], colors: Palette, stroke: string): { stroke: string; dash: string; width: string; opacity: string } {
    switch (status) {
        case 'selesai': return { stroke, dash: '', width: '2.2', opacity: '' };
        case 'berjalan': return { stroke, dash: '', width: '1.4', opacity: '' };
        case 'tertunda': return { stroke: colors.warning, dash: ' stroke-dasharray="6 3"', width: '2', opacity: '' };
        case 'batal': return { stroke, dash: ' stroke-dasharray="2 3"', width: '1.2', opacity: ' opacity="0.5"' };
        case 'belum-mulai':
        case undefined: return { stroke, dash: ' stroke-dasharray="6 4"', width: '1.4', opacity: '' };
    }
}

function barSvg(node: ElkNode, bar: BarInfo, colors: Palette): string {
    const i = bar.initiative;
    const c = bar.lane === 'tanpa-muatan' ? { stroke: colors.border, fill: colors.nodeFill } : colors.muatan[bar.lane as keyof Palette['muatan']];
    const style = barStyle(i.status, colors, c.stroke);
    const x = node.x!, y = node.y!, w = node.width!, h = node.height!;
    const parts: string[] = [];
    const years = bar.start === bar.end ? String(bar.start) : `${bar.start}\u2013${bar.end}`;
    parts.push(`<title>${esc(`${i.name} (${i.id}, ${years})`)}</title>`);
    parts.push(`<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" rx="4" fill="${c.fill}" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash}/>`);
    let ty = y + BAR_PAD_TOP;
    for (const line of bar.nameLines) {
        ty += BAR_NAME_LINE;
        parts.push(`<text x="${fmt(x + BAR_PAD_X)}" y="${fmt(ty - 3.5)}" font-size="${BAR_NAME_SIZE}" font-weight="bold" fill="${colors.text}">${esc(line)}</text>`);
        if (i.status === 'batal') {
            parts.push(`<line x1="${fmt(x + BAR_PAD_X)}" y1="${fmt(ty - 7)}" x2="${fmt(x + BAR_PAD_X + textWidth(line, BAR_NAME_SIZE, true))}" y2="${fmt(ty - 7)}" stroke="${colors.text}" stroke-width="1"/>`);
        }
    }
    for (const line of bar.detailLines) {
        ty += BAR_DETAIL_LINE;
        parts.push(`<text x="${fmt(x + BAR_PAD_X)}" y="${fmt(ty - 3)}" font-size="${BAR_DETAIL_SIZE}" fill="${colors.mutedText}">${esc(line)}</text>`);
    }
    if (i.errors > 0) {
        parts.push(`<g class="badge" data-kind="error"><circle cx="${fmt(x + w - 4)}" cy="${fmt(y)}" r="8" fill="${colors.error}"/><text x="${fmt(x + w - 4)}" y="${fmt(y + 3)}" font-size="9" font-weight="bold" text-anchor="middle" fill="#ffffff">${i.errors}</text></g>`);
    }
    return `<g class="bar" data-id="${esc(i.id)}" data-kind="inisiatif" data-muatan="${bar.lane}" data-start="${bar.start}" data-end="${bar.end}"${i.status ? ` data-status="${i.status}"` : ''} data-errors="${i.errors}"${style.opacity}>` +
        parts.join('') + `</g>`;
}

function legendEntries(view: RoadmapView, colors: Palette): LegendEntry[] {
    const bar = (status: Initiative['status']) => {
        const s = barStyle(status, colors, colors.border);
        return `<g${s.opacity}><rect x="1" y="3" width="${SYMBOL_W - 2}" height="${SYMBOL_H - 6}" rx="3" fill="${colors.nodeFill}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash}/></g>`;
    };
    const entries: LegendEntry[] = [
        { symbol: bar('selesai'), label: 'selesai' },
        { symbol: bar('berjalan'), label: 'berjalan' },
        { symbol: bar('belum-mulai'), label: 'belum mulai / status kosong' },
        { symbol: bar('tertunda'), label: 'tertunda' },
        { symbol: bar('batal'), label: 'batal' },
        { symbol: `<path d="M18,4 L25,11 L18,18 L11,11 Z" fill="${colors.milestone}"/>`, label: 'tonggak' },
        { symbol: `<path d="M2,11 H32" stroke="${colors.edge}" stroke-width="1.3" marker-end="url(#spbe-roadmap-arrow)"/>`, label: 'pendahulu \u2192 penerus' },
    ];
    if (view.today) entries.push({ symbol: `<line x1="18" y1="1" x2="18" y2="21" stroke="${colors.today}" stroke-width="1.5" stroke-dasharray="5 3"/>`, label: 'hari ini' });
    // The editor's error badge is explained only where the drawing has one (an exported document has none).
    if ([...view.bars.values()].some(b => b.initiative.errors > 0)) entries.push({ symbol: `<circle cx="18" cy="11" r="8" fill="${colors.error}"/>`, label: 'jumlah galat' });
    return entries;
}
