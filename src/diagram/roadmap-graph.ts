// The roadmap view as an ELK graph with fixed positions: x comes from the years (a bar spans exactly
// its years), y from the swimlane of its muatan and a row within it. elkjs cannot route edges around
// nodes whose positions are fixed (its layered algorithm places nodes itself; the libavoid router is
// Java-only), so predecessor -> successor arrows are routed here, orthogonally, through the gutters
// that the layout keeps free on purpose: a vertical gutter at every year boundary (bars are inset
// from it) and a horizontal gutter above every row. The routes are handed to ELK as edge sections
// and the graph is laid out with ELK's "fixed" algorithm, which keeps them.
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api.js';
import type { Initiative, Milestone, Muatan, SemanticModel } from '../model/types.js';
import { MUATAN } from '../model/types.js';
import { assertViewOptions, type RoadmapViewOptions } from './options.js';
import { parseDate } from '../common/view-options.js';
import { scopeRoadmap } from './scope.js';
import { DiagramOptionError, MUATAN_NAMES } from './theme.js';
import { textWidth, wrapText } from './svg-util.js';
import type { Rect } from './geometry.js';
import { Router } from './roadmap-routing.js';
import { maxOf, minOf } from '../model/extremes.js';

export const YEAR_W = 176;
export const LANE_HEADER_W = 168;
export const BAR_INSET = 8;
export const ROW_GAP = 16;
export const LANE_PAD = 8;
export const TITLE_H = 58;
export const BAR_NAME_SIZE = 11;
export const BAR_NAME_LINE = 14;
export const BAR_DETAIL_SIZE = 10;
export const BAR_DETAIL_LINE = 13;
export const BAR_PAD_TOP = 6;
export const BAR_PAD_BOTTOM = 6;
export const BAR_PAD_X = 7;
export const DIAMOND = 14;
export const MILESTONE_LABEL_SIZE = 10;
const RIGHT_MARGIN = 16;
/** How far outside the agency's period an initiative may lie and still be drawn. */
const SLACK_YEARS = 10;

export type LaneKey = Muatan | 'tonggak' | 'tanpa-muatan';

export interface Lane {
    key: LaneKey;
    title: string;
    top: number;
    height: number;
    rows: number;
}

export interface BarInfo {
    initiative: Initiative;
    lane: LaneKey;
    start: number;
    end: number;
    nameLines: string[];
    detailLines: string[];
}

export interface MilestoneInfo {
    milestone: Milestone;
    labelLines: string[];
    /** x of the diamond's centre. */
    cx: number;
}

export interface ArrowInfo {
    id: string;
    from: string;
    to: string;
    points: ElkPoint[];
}

export interface RoadmapView {
    graph: ElkNode;
    bars: Map<string, BarInfo>;
    milestones: Map<string, MilestoneInfo>;
    arrows: ArrowInfo[];
    lanes: Lane[];
    years: number[];
    ticks: 'tahun' | 'semester' | 'triwulan';
    /** Top of the lanes (below the time axis) and bottom of the last lane. */
    lanesTop: number;
    lanesBottom: number;
    width: number;
    today?: { date: string; x: number };
    /** Initiatives that could not be drawn (no years, or years far outside the period). */
    unscheduled: Initiative[];
    title: string;
    subtitle: string;
}

/** x of the start of `year` on the time axis (year may be one past the last year: its end). */
export function yearX(years: number[], year: number): number {
    return LANE_HEADER_W + (year - years[0]) * YEAR_W;
}

/** The year of a date (checked by assertViewOptions) and how far through that year it is. */
export function parseToday(today: string): { year: number; fraction: number } {
    const { year, month, day } = parseDate(today)!;
    const startOfYear = Date.UTC(year, 0, 1), startOfNext = Date.UTC(year + 1, 0, 1);
    return { year, fraction: (Date.UTC(year, month - 1, day) - startOfYear) / (startOfNext - startOfYear) };
}

export function buildRoadmapView(model: SemanticModel, options: RoadmapViewOptions = {}): RoadmapView {
    assertViewOptions('roadmap', options);
    const ticks = options.ticks ?? 'tahun';
    const today = options.today !== undefined ? parseToday(options.today) : undefined;
    const initiatives = scopeRoadmap(model, options);
    // Initiatives without years, or (when the agency has a period) with years far outside it, such
    // as a typo 2205 for 2025, are not drawn: they are counted in the subtitle, and validation reports them.
    const period = model.agency?.period;
    const drawable = (i: Initiative) => (i.start !== undefined || i.end !== undefined) &&
        (!period || [i.start, i.end].every(y => y === undefined || (y >= period.start - SLACK_YEARS && y <= period.end + SLACK_YEARS)));
    const scheduled = initiatives.filter(drawable);
    const unscheduled = initiatives.filter(i => !drawable(i));
    const shownIds = new Set(scheduled.map(i => i.id));
    const milestones = model.roadmap.milestones.filter(m => m.year !== undefined &&
        (!period || (m.year >= period.start - SLACK_YEARS && m.year <= period.end + SLACK_YEARS)) &&
        (m.initiative === undefined ? !(options.muatan?.length || options.units?.length || options.initiatives) : shownIds.has(m.initiative)));

    // The axis: the agency's period, widened to whatever is drawn.
    const yearsUsed: number[] = [];
    if (model.agency?.period) yearsUsed.push(model.agency.period.start, model.agency.period.end);
    for (const i of scheduled) for (const y of [i.start, i.end]) if (y !== undefined) yearsUsed.push(y);
    for (const m of milestones) yearsUsed.push(m.year!);
    const years: number[] = [];
    if (yearsUsed.length > 0) {
        const first = minOf(yearsUsed), last = maxOf(yearsUsed);
        // A typo such as 20255 should not draw ten thousand columns. A year of thirty nines (1e30, where
        // y++ leaves y unchanged) or four hundred (Infinity) made this loop run until the process died
        // (found by the fuzzer, seed 1 input 849, in the agency's period): the years must be whole-number
        // years, and the loop counts columns, not years.
        const plausible = (y: number) => Number.isSafeInteger(Math.trunc(y));
        if (!plausible(first) || !plausible(last) || last - first > 50) {
            throw new DiagramOptionError(`the roadmap spans ${first}-${last}; check the period and the years of the initiatives`);
        }
        for (let k = 0; k <= last - first; k++) years.push(first + k);
    }
    const axisH = 26 + (ticks === 'tahun' ? 0 : 18);
    const lanesTop = TITLE_H + axisH;
    const width = LANE_HEADER_W + Math.max(years.length, 1) * YEAR_W + RIGHT_MARGIN;
    const x = (y: number) => yearX(years.length ? years : [0], y);

    const lanes: Lane[] = [];
    const children: ElkNode[] = [];
    const bars = new Map<string, BarInfo>();
    const milestoneInfos = new Map<string, MilestoneInfo>();
    const unitLabel = new Map(model.units.map(u => [u.id, u.abbreviation ?? u.id]));
    let top = lanesTop;

    // Milestones first, in a lane of their own.
    if (milestones.length > 0) {
        const items = milestones.map(m => {
            const cx = x(m.year!) + YEAR_W * ((m.month ?? 6.5) - 0.5) / 12;
            const labelLines = wrapText(m.name || m.id, YEAR_W - DIAMOND - 12, MILESTONE_LABEL_SIZE, false, 3);
            const w = DIAMOND + 4 + Math.max(...labelLines.map(l => textWidth(l, MILESTONE_LABEL_SIZE)));
            const h = Math.max(DIAMOND, labelLines.length * 13);
            milestoneInfos.set(m.id, { milestone: m, labelLines, cx });
            return { id: m.id, left: cx - DIAMOND / 2, right: cx - DIAMOND / 2 + w, height: h };
        }).sort((a, b) => a.left - b.left || a.id.localeCompare(b.id));
        const rows = packRows(items, (a, b) => a.left < b.right + 8 && b.left < a.right + 8);
        const laneTop = top;
        let y = top + LANE_PAD;
        for (const row of rows) {
            const rowH = Math.max(...row.map(r => r.height)) + ROW_GAP;
            for (const r of row) {
                children.push({ id: r.id, x: round(r.left), y: round(y + ROW_GAP / 2), width: round(r.right - r.left), height: r.height });
            }
            y += rowH;
        }
        top = y + LANE_PAD;
        lanes.push({ key: 'tonggak', title: 'Tonggak', top: laneTop, height: top - laneTop, rows: rows.length });
    }

    // One lane per muatan in the regulation's order (all seven unless filtered), then those without one.
    // A named view's selection (options.initiatives) shows only the lanes it fills.
    const laneKeys: LaneKey[] = options.muatan?.length ? MUATAN.filter(m => options.muatan!.includes(m))
        : options.initiatives ? MUATAN.filter(m => scheduled.some(i => i.muatan === m)) : [...MUATAN];
    if (scheduled.some(i => i.muatan === undefined)) laneKeys.push('tanpa-muatan');
    // Row tops, so arrows can use the gutter above their successor's row.
    const rowTopOf = new Map<string, number>();
    for (const key of laneKeys) {
        const inLane = scheduled.filter(i => (i.muatan ?? 'tanpa-muatan') === key);
        const items = inLane.map(i => {
            const start = i.start ?? i.end!, end = Math.max(i.end ?? start, start);
            const barW = (end - start + 1) * YEAR_W - 2 * BAR_INSET;
            const nameLines = wrapText(i.name || i.id, barW - 2 * BAR_PAD_X, BAR_NAME_SIZE, true);
            const detail = [i.owner ? unitLabel.get(i.owner) ?? i.owner : undefined, i.status ? statusLabel(i.status) : undefined].filter(Boolean).join(' \u00b7 ');
            const detailLines = detail ? wrapText(detail, barW - 2 * BAR_PAD_X, BAR_DETAIL_SIZE) : [];
            const height = BAR_PAD_TOP + nameLines.length * BAR_NAME_LINE + detailLines.length * BAR_DETAIL_LINE + BAR_PAD_BOTTOM;
            bars.set(i.id, { initiative: i, lane: key, start, end, nameLines, detailLines });
            return { id: i.id, start, end, barW, height };
        }).sort((a, b) => a.start - b.start || a.end - b.end);
        const rows = packRows(items, (a, b) => a.start <= b.end && b.start <= a.end);
        const laneTop = top;
        let y = top + LANE_PAD;
        for (const row of rows.length ? rows : [[]]) {
            const rowH = Math.max(28, ...row.map(r => r.height)) + ROW_GAP;
            for (const r of row) {
                rowTopOf.set(r.id, y);
                children.push({ id: r.id, x: x(r.start) + BAR_INSET, y: y + ROW_GAP / 2, width: r.barW, height: r.height });
            }
            y += rowH;
        }
        top = y + LANE_PAD;
        const title = key === 'tanpa-muatan' ? 'Tanpa muatan' : MUATAN_NAMES[key as Muatan];
        lanes.push({ key, title, top: laneTop, height: top - laneTop, rows: rows.length });
    }
    const lanesBottom = top;

    // Arrows: predecessor -> successor, both drawn, routed around every bar and milestone.
    const nodeById = new Map(children.map(c => [c.id, c]));
    const rect = (n: ElkNode): Rect => ({ x: n.x!, y: n.y!, width: n.width!, height: n.height! });
    const columns = years.length ? [...years, years[years.length - 1] + 1].map(x) : [];
    const gutters = [...rowTopOf.values(), ...lanes.flatMap(l => [l.top, l.top + l.height - LANE_PAD])];
    const router = new Router(children.map(rect), columns, gutters);
    const routes: { id: string; from: string; to: string; points: ElkPoint[] }[] = [];
    for (const succ of scheduled) {
        for (const predId of succ.predecessors) {
            const pred = bars.get(predId), s = bars.get(succ.id);
            if (!pred || !s || predId === succ.id) continue;
            const points = router.route({
                from: rect(nodeById.get(predId)!), to: rect(nodeById.get(succ.id)!),
                exitX: x(pred.end + 1), entryX: x(s.start),
            });
            if (points.length > 0) routes.push({ id: `${predId}->${succ.id}`, from: predId, to: succ.id, points });
        }
    }
    const arrows: ArrowInfo[] = separate(routes);
    const edges: ElkExtendedEdge[] = arrows.map(a => ({
        id: a.id, sources: [a.from], targets: [a.to],
        sections: [{ id: `${a.id}:route`, startPoint: a.points[0], endPoint: a.points[a.points.length - 1], bendPoints: a.points.slice(1, -1) }],
    }));

    let todayInfo: RoadmapView['today'];
    if (today && years.length && today.year >= years[0] && today.year <= years[years.length - 1]) {
        todayInfo = { date: options.today!, x: x(today.year) + today.fraction * YEAR_W };
    }

    const graph: ElkNode = {
        id: 'peta-rencana',
        layoutOptions: { 'elk.algorithm': 'org.eclipse.elk.fixed' },
        children,
        edges,
    };
    const title = options.title ?? (model.agency ? `Peta Rencana SPBE \u2014 ${model.agency.name}` : 'Peta Rencana SPBE');
    const scopeText: string[] = [];
    if (options.muatan?.length) scopeText.push(`muatan: ${options.muatan.join(', ')}`);
    if (options.units?.length) scopeText.push(`pelaksana: ${options.units.join(', ')}`);
    if (years.length) scopeText.unshift(`${years[0]}\u2013${years[years.length - 1]}`);
    const subtitle = [`${bars.size} inisiatif, ${milestoneInfos.size} tonggak`, ...scopeText].join(' \u00b7 ') +
        (unscheduled.length ? ` \u00b7 ${unscheduled.length} inisiatif tanpa tahun yang sah tidak digambar: ${unscheduled.slice(0, 5).map(i => i.id).join(', ')}${unscheduled.length > 5 ? ', \u2026' : ''}` : '');
    return {
        graph, bars, milestones: milestoneInfos, arrows, lanes, years, ticks, lanesTop, lanesBottom, width,
        today: todayInfo, unscheduled, title, subtitle,
    };
}

function round(n: number): number {
    return Math.round(n * 100) / 100;
}

export function statusLabel(status: NonNullable<Initiative['status']>): string {
    switch (status) {
        case 'belum-mulai': return 'belum mulai';
        case 'berjalan': return 'berjalan';
        case 'selesai': return '\u2713 selesai';
        case 'tertunda': return 'tertunda';
        case 'batal': return 'batal';
    }
}

/** First-fit packing into rows: an item goes into the first row where it clashes with nothing. */
function packRows<T>(items: T[], clash: (a: T, b: T) => boolean): T[][] {
    const rows: T[][] = [];
    for (const item of items) {
        const row = rows.find(r => r.every(other => !clash(item, other)));
        if (row) row.push(item); else rows.push([item]);
    }
    return rows;
}

const NUDGES = [0, -3, 3, -5, 5];

/**
 * Arrows share the gutters; shifting each one's inner segments by a few pixels (less than half a
 * gutter, so they stay clear of the bars) keeps parallel runs apart. Each arrow takes the shift that
 * overlaps least with the arrows already placed.
 */
function separate(routes: ArrowInfo[]): ArrowInfo[] {
    const placed: ArrowInfo[] = [];
    // The placed arrows' segments by the line they run on (x of a vertical one, y of a horizontal one): a
    // candidate is compared with the segments on its own lines only, not with every arrow placed (which was
    // quadratic in the number of arrows: seconds for 2,000 chained initiatives). The sum is the length over which
    // the candidate runs on top of placed arrows, as before.
    const onLine = new Map<string, [number, number][]>();
    const overlapWithPlaced = (points: ElkPoint[]) => {
        let sum = 0;
        for (const [key, from, to] of segments(points)) {
            for (const [a, b] of onLine.get(key) ?? []) sum += Math.max(0, Math.min(to, b) - Math.max(from, a));
        }
        return sum;
    };
    for (const r of routes) {
        let best = r, bestOverlap = Infinity;
        for (const d of NUDGES) {
            const candidate = { ...r, points: nudge(r.points, d) };
            const overlap = overlapWithPlaced(candidate.points);
            if (overlap < bestOverlap) { best = candidate; bestOverlap = overlap; }
            if (overlap === 0) break;
        }
        placed.push(best);
        for (const [key, from, to] of segments(best.points)) {
            const list = onLine.get(key);
            if (list) list.push([from, to]); else onLine.set(key, [[from, to]]);
        }
    }
    return placed;
}

/** The orthogonal segments of a polyline as (line, from, to); a zero-length one lies on both of its lines (and overlaps nothing). */
function segments(points: ElkPoint[]): [string, number, number][] {
    const out: [string, number, number][] = [];
    for (let i = 1; i < points.length; i++) {
        const p = points[i - 1], q = points[i];
        if (p.x === q.x) out.push([`v${p.x}`, Math.min(p.y, q.y), Math.max(p.y, q.y)]);
        if (p.y === q.y) out.push([`h${p.y}`, Math.min(p.x, q.x), Math.max(p.x, q.x)]);
    }
    return out;
}

function nudge(points: ElkPoint[], d: number): ElkPoint[] {
    const n = points.length;
    return points.map((p, i) => i === 0 || i === n - 1 ? p : { x: p.x + d, y: i === 1 || i === n - 2 ? p.y : p.y + d });
}

