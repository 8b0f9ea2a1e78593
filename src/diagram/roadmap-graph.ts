// The roadmap view as an ELK graph with fixed positions: x comes from the years (a bar spans exactly
// its years), y from the swimlane of its muatan and a row within it. elkjs cannot route edges around
// nodes whose positions are fixed (its layered algorithm places nodes itself; the libavoid router is
// Java-only), so predecessor -> successor arrows are routed here (roadmap-routing.ts): on the grid of
// year-boundary channels and row gutters first, then each channel and gutter is made wide enough to
// give every arrow passing it a track of its own. The routes are handed to ELK as edge sections and the
// graph is laid out with ELK's "fixed" algorithm, which keeps them.
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api.js';
import type { Initiative, Milestone, Muatan, SemanticModel } from '../model/types.js';
import { MUATAN } from '../model/types.js';
import { assertViewOptions, type RoadmapViewOptions } from './options.js';
import { parseDate } from '../common/view-options.js';
import { scopeRoadmap } from './scope.js';
import { DiagramOptionError, MUATAN_NAMES } from './theme.js';
import { textWidth, wrapText } from './svg-util.js';
import { assignTracks, ChannelRouter, type Level, type RouteRequest } from './roadmap-routing.js';
import { maxOf, minOf } from '../model/extremes.js';

/** Width of one year's bar area; the channel between two years comes on top of it. */
export const YEAR_BODY = 160;
export const LANE_HEADER_W = 168;
/** Half the narrowest channel: a bar stops this far from its year boundary at least. */
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
/** Room at a bar's left end for its status symbol. */
export const BAR_STATUS_W = 16;
export const DIAMOND = 14;
export const MILESTONE_LABEL_SIZE = 10;
/** Distance between neighbouring arrows in a channel or gutter, and between an arrow and a bar. */
export const TRACK_SPACING = 5;
export const TRACK_CLEARANCE = 8;
const MIN_ROW_H = 28;
const RIGHT_MARGIN = 16;
/** A year with the narrowest channel (the routing's unit of horizontal length). */
const NOMINAL_YEAR_W = YEAR_BODY + 2 * BAR_INSET;
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
    /** x of the first year boundary (the start of the first year); each year is yearWidth wide. */
    axisLeft: number;
    yearWidth: number;
    /** Width of the channel at each year boundary (arrows run in it; bars stop gutter / 2 short of the boundary). */
    gutter: number;
    /** Where the lanes end on the right. */
    right: number;
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

/** x of the boundary at the start of `year` (year may be one past the last year: its end), the middle of its channel. */
export function yearX(view: Pick<RoadmapView, 'axisLeft' | 'yearWidth' | 'years'>, year: number): number {
    return view.axisLeft + (year - (view.years[0] ?? year)) * view.yearWidth;
}

/** x of a point `fraction` (0-1) of the way through `year`: dates fall on the bar area of their year, never in a channel. */
export function dateX(view: Pick<RoadmapView, 'axisLeft' | 'yearWidth' | 'years' | 'gutter'>, year: number, fraction: number): number {
    return yearX(view, year) + view.gutter / 2 + fraction * YEAR_BODY;
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
    const unitLabel = new Map(model.units.map(u => [u.id, u.abbreviation ?? u.id]));
    const first = years[0] ?? 0;

    // One lane per muatan in the regulation's order (all seven unless filtered), then those without one.
    // A named view's selection (options.initiatives) shows only the lanes it fills.
    const laneKeys: LaneKey[] = options.muatan?.length ? MUATAN.filter(m => options.muatan!.includes(m))
        : options.initiatives ? MUATAN.filter(m => scheduled.some(i => i.muatan === m)) : [...MUATAN];
    if (scheduled.some(i => i.muatan === undefined)) laneKeys.push('tanpa-muatan');
    // Rows first, from the years alone: a bar goes into the first row of its lane where it overlaps no other.
    const barsOf = new Map<string, { initiative: Initiative; lane: LaneKey; start: number; end: number }>();
    const laneRows = laneKeys.map(key => {
        const items = scheduled.filter(i => (i.muatan ?? 'tanpa-muatan') === key).map(i => {
            const start = i.start ?? i.end!, end = Math.max(i.end ?? start, start);
            const item = { initiative: i, lane: key, start, end };
            barsOf.set(i.id, item);
            return item;
        }).sort((a, b) => a.start - b.start || a.end - b.end);
        return { key, rows: packRows(items, (a, b) => a.start <= b.end && b.start <= a.end) };
    });
    const measure = (i: Initiative, start: number, end: number, yearW: number, gutter: number) => {
        const barW = (end - start + 1) * yearW - gutter;
        const textW = barW - 2 * BAR_PAD_X - BAR_STATUS_W;
        const nameLines = wrapText(i.name || i.id, textW, BAR_NAME_SIZE, true);
        const detail = [i.owner ? unitLabel.get(i.owner) ?? i.owner : undefined, i.status ? statusLabel(i.status) : undefined].filter(Boolean).join(' \u00b7 ');
        const detailLines = detail ? wrapText(detail, textW, BAR_DETAIL_SIZE) : [];
        return { barW, nameLines, detailLines, height: BAR_PAD_TOP + nameLines.length * BAR_NAME_LINE + detailLines.length * BAR_DETAIL_LINE + BAR_PAD_BOTTOM };
    };

    // The routing grid, top to bottom: per lane a gutter, then each row followed by a gutter (an empty
    // lane has one empty row, to keep its height).
    const levels: (Level & { lane: number; row?: typeof laneRows[number]['rows'][number] })[] = [];
    const levelOf = new Map<string, number>();
    laneRows.forEach(({ rows }, lane) => {
        levels.push({ kind: 'gutter', height: ROW_GAP, lane });
        for (const row of rows.length ? rows : [[]]) {
            for (const b of row) levelOf.set(b.initiative.id, levels.length);
            const nominal = Math.max(MIN_ROW_H, ...row.map(b => measure(b.initiative, b.start, b.end, NOMINAL_YEAR_W, 2 * BAR_INSET).height));
            levels.push({ kind: 'row', height: nominal, lane, row });
            levels.push({ kind: 'gutter', height: ROW_GAP, lane });
        }
    });
    const channels = years.length + 1;
    const router = new ChannelRouter({
        channels, channelSpacing: NOMINAL_YEAR_W, levels,
        // A bar blocks the channel at a year boundary it spans.
        blocked: (k, l) => levels[l].row!.some(b => b.start < first + k && first + k <= b.end),
    });
    const requests: (RouteRequest & { from: string; to: string })[] = [];
    const seen = new Set<string>();
    for (const succ of scheduled) {
        for (const predId of succ.predecessors) {
            const pred = barsOf.get(predId), s = barsOf.get(succ.id)!;
            const id = `${predId}->${succ.id}`;
            if (!pred || predId === succ.id || seen.has(id)) continue;
            seen.add(id);
            requests.push({
                id, from: predId, to: succ.id,
                fromChannel: pred.end + 1 - first, fromLevel: levelOf.get(predId)!,
                toChannel: s.start - first, toLevel: levelOf.get(succ.id)!,
            });
        }
    }
    const routes = router.routeAll(requests);
    const tracks = assignTracks(routes);

    // Channels as wide as the busiest one needs (years stay equally wide), each gutter as tall as its own.
    const widest = Math.max(0, ...tracks.channel.values());
    const gutter = Math.max(2 * BAR_INSET, (widest - 1) * TRACK_SPACING + 2 * TRACK_CLEARANCE);
    const yearWidth = YEAR_BODY + gutter;
    const axisLeft = LANE_HEADER_W + gutter / 2 - BAR_INSET;
    const right = axisLeft + Math.max(years.length, 1) * yearWidth + gutter / 2 - BAR_INSET;
    const width = right + RIGHT_MARGIN;
    const axis = { axisLeft, yearWidth, years, gutter };
    const x = (y: number) => yearX(axis, y);

    const lanes: Lane[] = [];
    const children: ElkNode[] = [];
    const bars = new Map<string, BarInfo>();
    const milestoneInfos = new Map<string, MilestoneInfo>();
    let top = lanesTop;

    // Milestones first, in a lane of their own.
    if (milestones.length > 0) {
        const items = milestones.map(m => {
            const cx = dateX(axis, m.year!, ((m.month ?? 6.5) - 0.5) / 12);
            const labelLines = wrapText(m.name || m.id, NOMINAL_YEAR_W - DIAMOND - 12, MILESTONE_LABEL_SIZE, false, 3);
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

    // The muatan lanes: gutters as tall as their tracks need, rows as tall as their tallest bar.
    const levelTop: number[] = [], levelHeight: number[] = [];
    levels.forEach((level, l) => {
        if (level.kind === 'gutter') {
            const n = tracks.gutter.get(l) ?? 0;
            levelTop.push(top);
            levelHeight.push(Math.max(ROW_GAP, (n - 1) * TRACK_SPACING + 2 * TRACK_CLEARANCE));
        } else {
            const measured = level.row!.map(b => ({ b, ...measure(b.initiative, b.start, b.end, yearWidth, gutter) }));
            for (const { b, barW, nameLines, detailLines, height } of measured) {
                bars.set(b.initiative.id, { initiative: b.initiative, lane: b.lane, start: b.start, end: b.end, nameLines, detailLines });
                children.push({ id: b.initiative.id, x: x(b.start) + gutter / 2, y: top, width: barW, height });
            }
            levelTop.push(top);
            levelHeight.push(Math.max(MIN_ROW_H, ...measured.map(m => m.height)));
        }
        top += levelHeight[l];
        if (l === levels.length - 1 || levels[l + 1].lane !== level.lane) {
            const key = laneKeys[level.lane];
            const laneTop = levelTop[levels.findIndex(v => v.lane === level.lane)];
            const title = key === 'tanpa-muatan' ? 'Tanpa muatan' : MUATAN_NAMES[key as Muatan];
            lanes.push({ key, title, top: laneTop, height: top - laneTop, rows: laneRows[level.lane].rows.length });
        }
    });
    const lanesBottom = top;

    // Arrows: from the tracks to points. An arrow leaves its predecessor's right end and enters its
    // successor's left end; where a bar's exits and its row neighbour's entries meet in the same channel,
    // they are kept a few pixels apart, so that no exit runs into another bar's entry.
    const nodeById = new Map(children.map(c => [c.id, c]));
    const mid = (id: string) => nodeById.get(id)!.y! + nodeById.get(id)!.height! / 2;
    const exitY = new Map<string, number>(), entryY = new Map<string, number>();
    for (const r of requests) { exitY.set(r.from, mid(r.from)); entryY.set(r.to, mid(r.to)); }
    const meeting = new Map<string, { exits: typeof requests; entries: typeof requests }>();
    for (const r of requests) {
        const ex = `${r.fromChannel}/${r.fromLevel}`, en = `${r.toChannel}/${r.toLevel}`;
        (meeting.get(ex) ?? meeting.set(ex, { exits: [], entries: [] }).get(ex)!).exits.push(r);
        (meeting.get(en) ?? meeting.set(en, { exits: [], entries: [] }).get(en)!).entries.push(r);
    }
    for (const { exits, entries } of meeting.values()) {
        if (!exits.length || !entries.length) continue;
        const left = exits[0].from, rightBar = entries[0].to;
        // Only the one arrow from the left bar to the right bar: a straight line says exactly that.
        if (exits.every(r => r.to === rightBar) && entries.every(r => r.from === left)) continue;
        const room = Math.min(nodeById.get(left)!.height!, nodeById.get(rightBar)!.height!) / 2 - 4;
        for (const d of [4, 6, 8, -4, -6, -8, 2, -2, 0]) {
            if (Math.abs(d) > room) continue;
            if (Math.abs(mid(left) + d - (mid(rightBar) - d)) >= 4 || d === 0) {
                exitY.set(left, mid(left) + d);
                entryY.set(rightBar, mid(rightBar) - d);
                break;
            }
        }
    }
    const trackX = (k: number, t: number) => x(first + k) + (t - ((tracks.channel.get(k) ?? 1) - 1) / 2) * TRACK_SPACING;
    const trackY = (g: number, t: number) => levelTop[g] + levelHeight[g] / 2 + (t - ((tracks.gutter.get(g) ?? 1) - 1) / 2) * TRACK_SPACING;
    const arrows: ArrowInfo[] = routes.map((route, n) => {
        const { from, to } = requests[n];
        const pred = nodeById.get(from)!, succ = nodeById.get(to)!;
        const points: ElkPoint[] = [{ x: pred.x! + pred.width!, y: exitY.get(from)! }];
        route.runs.forEach((run, i) => {
            if (run.dir !== 'v') return;
            const X = trackX(run.at, run.track);
            const before = route.runs[i - 1], after = route.runs[i + 1];
            points.push({ x: X, y: before ? trackY(before.at, before.track) : exitY.get(from)! });
            points.push({ x: X, y: after ? trackY(after.at, after.track) : entryY.get(to)! });
        });
        points.push({ x: succ.x!, y: entryY.get(to)! });
        return { id: route.id, from, to, points: simplify(points.map(p => ({ x: round(p.x), y: round(p.y) }))) };
    });
    const edges: ElkExtendedEdge[] = arrows.map(a => ({
        id: a.id, sources: [a.from], targets: [a.to],
        sections: [{ id: `${a.id}:route`, startPoint: a.points[0], endPoint: a.points[a.points.length - 1], bendPoints: a.points.slice(1, -1) }],
    }));

    let todayInfo: RoadmapView['today'];
    if (today && years.length && today.year >= years[0] && today.year <= years[years.length - 1]) {
        todayInfo = { date: options.today!, x: dateX(axis, today.year, today.fraction) };
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
        graph, bars, milestones: milestoneInfos, arrows, lanes, years, ticks, axisLeft, yearWidth, gutter, right, lanesTop, lanesBottom, width,
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

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: ElkPoint[]): ElkPoint[] {
    const out: ElkPoint[] = [];
    for (const p of points) {
        const last = out[out.length - 1];
        if (last && last.x === p.x && last.y === p.y) continue;
        const prev = out[out.length - 2];
        if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
        out.push(p);
    }
    return out;
}
