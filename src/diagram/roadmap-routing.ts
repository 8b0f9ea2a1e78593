// Routing of the roadmap's predecessor -> successor arrows, so that each one can be followed on its own.
//
// The bars' positions are fixed by their years, so the free space is known in advance: a vertical
// channel at every year boundary (bars stop short of it) and a horizontal gutter above and below every
// row of bars. Arrows are routed on that grid first (channel k, level l), not in pixels: Dijkstra over
// (channel, level, direction) with a penalty per bend and a price for every arrow already using a stretch
// of channel or gutter, which spreads arrows over the channels instead of sending them all down one.
// Each channel and gutter then gives every arrow that passes it a track of its own (interval colouring:
// two runs that overlap never share a track), and the layout widens the channels and gutters to hold
// their tracks. So no two arrows run on top of each other, however many there are; only arrows that
// leave the same bar or enter the same bar share their first or last stretch.

/** One horizontal slice of the grid, top to bottom: a gutter (arrows may run along it) or a row of bars. */
export interface Level {
    kind: 'gutter' | 'row';
    /** Approximate height in pixels, for the lengths the router minimises. */
    height: number;
}

export interface RouteRequest {
    id: string;
    /** The channel right after the predecessor's bar and the row level it is in. */
    fromChannel: number;
    fromLevel: number;
    /** The channel right before the successor's bar and the row level it is in. */
    toChannel: number;
    toLevel: number;
}

/** A vertical stretch in a channel (levels lo..hi) or a horizontal one along a gutter (channels lo..hi). */
export interface Run {
    dir: 'v' | 'h';
    /** The channel of a vertical run, the gutter level of a horizontal one. */
    at: number;
    /** The levels (vertical) or channels (horizontal) it spans, lo <= hi; from/to give its direction. */
    from: number;
    to: number;
    /** Assigned by assignTracks: 0 .. tracks of its channel or gutter - 1. */
    track: number;
}

/** A route on the grid: vertical and horizontal runs alternating, always starting and ending with a vertical one. */
export interface GridRoute {
    id: string;
    runs: Run[];
}

export interface GridOptions {
    /** Number of channels (year boundaries). */
    channels: number;
    /** Distance between neighbouring channels, for lengths. */
    channelSpacing: number;
    levels: Level[];
    /** Whether a bar of this row level crosses channel k (a bar spanning that year boundary). */
    blocked(channel: number, level: number): boolean;
}

const BEND_COST = 200;
/** Price of sharing a stretch with each arrow already there (pixels of detour it is worth). */
const CROWD_COST = 1;

export class ChannelRouter {
    private readonly levelY: number[];
    /** How many arrows use each vertical step (channel, level -> level + 1) and each horizontal step (level, channel -> channel + 1). */
    private readonly vUse: Int32Array;
    private readonly hUse: Int32Array;
    private readonly rowBlocked: Uint8Array;

    constructor(private readonly grid: GridOptions) {
        const L = grid.levels.length, K = grid.channels;
        this.levelY = [];
        let y = 0;
        for (const level of grid.levels) { this.levelY.push(y + level.height / 2); y += level.height; }
        this.vUse = new Int32Array(K * L);
        this.hUse = new Int32Array(K * L);
        this.rowBlocked = new Uint8Array(K * L);
        for (let k = 0; k < K; k++) for (let l = 0; l < L; l++) this.rowBlocked[k * L + l] = grid.levels[l].kind === 'row' && grid.blocked(k, l) ? 1 : 0;
    }

    /**
     * Routes every request; arrows are routed longest first, then each is routed again knowing where
     * all the others went (the first ones were routed into an empty grid).
     */
    routeAll(requests: RouteRequest[]): GridRoute[] {
        const order = [...requests].sort((a, b) =>
            Math.abs(this.levelY[b.toLevel] - this.levelY[b.fromLevel]) - Math.abs(this.levelY[a.toLevel] - this.levelY[a.fromLevel]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const routes = new Map<string, Run[]>();
        for (const r of order) {
            const runs = this.route(r);
            routes.set(r.id, runs);
            this.use(runs, 1);
        }
        for (const r of order) {
            this.use(routes.get(r.id)!, -1);
            const runs = this.route(r);
            routes.set(r.id, runs);
            this.use(runs, 1);
        }
        return requests.map(r => ({ id: r.id, runs: routes.get(r.id)! }));
    }

    private use(runs: Run[], delta: number): void {
        const L = this.grid.levels.length;
        for (const run of runs) {
            const lo = Math.min(run.from, run.to), hi = Math.max(run.from, run.to);
            for (let i = lo; i < hi; i++) {
                if (run.dir === 'v') this.vUse[run.at * L + i] += delta;
                else this.hUse[i * L + run.at] += delta;
            }
        }
    }

    private buffers?: { dist: Float64Array; prev: Int32Array; seen: Int32Array };
    private searches = 0;

    private scratch(n: number) {
        if (!this.buffers || this.buffers.dist.length < n) this.buffers = { dist: new Float64Array(n), prev: new Int32Array(n), seen: new Int32Array(n) };
        return this.buffers;
    }

    /** The cheapest route of one arrow, given the arrows routed so far. */
    route(req: RouteRequest): Run[] {
        const { levels, channels: K, channelSpacing } = this.grid;
        const L = levels.length;
        // state = ((channel * L) + level) * 2 + dir, dir 0 = moving horizontally, 1 = vertically
        // The search's arrays are kept between routes: a state counts only if it was touched in this search
        // (filling three arrays of grid size for each arrow was most of the time on a 2,000-initiative roadmap).
        const { dist, prev, seen } = this.scratch(K * L * 2);
        const search = ++this.searches;
        const DONE = 1 << 30;
        const distOf = (s: number) => seen[s] === search || seen[s] === search + DONE ? dist[s] : Infinity;
        const heap = new MinHeap();
        const start = (req.fromChannel * L + req.fromLevel) * 2;   // arriving from the predecessor's bar: horizontally
        // The goal cell, reached moving vertically (then a bend into the successor's bar), or at once
        // when the successor's entry is where the predecessor's exit is.
        const goal = (req.toChannel * L + req.toLevel) * 2 + (start === (req.toChannel * L + req.toLevel) * 2 ? 0 : 1);
        // A*: the straight-line (Manhattan) distance to the goal never overestimates what is left.
        const goalY = this.levelY[req.toLevel];
        const estimate = (k: number, l: number) => Math.abs(this.levelY[l] - goalY) + Math.abs(k - req.toChannel) * channelSpacing;
        dist[start] = 0;
        prev[start] = -1;
        seen[start] = search;
        heap.push(estimate(req.fromChannel, req.fromLevel), start);
        while (heap.size > 0) {
            const [, s] = heap.pop();
            if (seen[s] === search + DONE) continue;
            seen[s] = search + DONE;
            if (s === goal) break;
            const d = dist[s];
            const dir = s & 1, cell = s >> 1, l = cell % L, k = (cell - l) / L;
            const relax = (nk: number, nl: number, ndir: number, cost: number) => {
                const ns = (nk * L + nl) * 2 + ndir;
                const nd = d + cost + (ndir !== dir ? BEND_COST : 0);
                if (seen[ns] !== search + DONE && nd < distOf(ns)) { dist[ns] = nd; prev[ns] = s; seen[ns] = search; heap.push(nd + estimate(nk, nl), ns); }
            };
            // Along the channel, through gutters and rows that no bar blocks here.
            for (const nl of [l - 1, l + 1]) {
                if (nl < 0 || nl >= L || this.rowBlocked[k * L + nl]) continue;
                const step = Math.min(l, nl);
                relax(k, nl, 1, Math.abs(this.levelY[nl] - this.levelY[l]) + CROWD_COST * this.vUse[k * L + step]);
            }
            // Across, along a gutter only (rows hold bars).
            if (levels[l].kind === 'gutter') {
                for (const nk of [k - 1, k + 1]) {
                    if (nk < 0 || nk >= K) continue;
                    relax(nk, l, 0, channelSpacing + CROWD_COST * this.hUse[Math.min(k, nk) * L + l]);
                }
            }
        }
        // Channels 0 and K-1 are never blocked and gutters run the full width, so the goal is always reached.
        if (distOf(goal) === Infinity) throw new Error(`no route for ${req.id}`);
        const cells: [number, number][] = [];
        for (let s = goal; s !== -1; s = prev[s]) {
            const cell = s >> 1, l = cell % L;
            cells.push([(cell - l) / L, l]);
        }
        cells.reverse();
        return toRuns(cells);
    }
}

/** Grid cells of a route -> alternating runs, a vertical one first and last (of length 0 where the route turns at once). */
function toRuns(cells: [number, number][]): Run[] {
    const runs: Run[] = [];
    let cur: Run = { dir: 'v', at: cells[0][0], from: cells[0][1], to: cells[0][1], track: 0 };
    for (let i = 1; i < cells.length; i++) {
        const [k, l] = cells[i];
        const dir = k === cells[i - 1][0] ? 'v' : 'h';
        if (dir === cur.dir) {
            cur.to = dir === 'v' ? l : k;
            continue;
        }
        runs.push(cur);
        const [pk, pl] = cells[i - 1];
        cur = dir === 'v' ? { dir, at: pk, from: pl, to: l, track: 0 } : { dir, at: pl, from: pk, to: k, track: 0 };
    }
    runs.push(cur);
    if (runs[runs.length - 1].dir === 'h') {
        const [k, l] = cells[cells.length - 1];
        runs.push({ dir: 'v', at: k, from: l, to: l, track: 0 });
    }
    return runs;
}

/**
 * Gives each run a track in its channel or gutter such that runs that overlap (or touch) never share one,
 * with as few tracks as the busiest point needs. Returns the number of tracks of every channel and gutter.
 * Tracks are then ordered so that runs which turn left (or up) at their ends lie left of (above) those
 * which turn right (or down), which saves crossings inside a bundle.
 */
export function assignTracks(routes: GridRoute[]): { channel: Map<number, number>; gutter: Map<number, number> } {
    const groups = new Map<string, { run: Run; side: number }[]>();
    for (const r of routes) {
        r.runs.forEach((run, i) => {
            const key = `${run.dir}${run.at}`;
            (groups.get(key) ?? groups.set(key, []).get(key)!).push({ run, side: sideOf(r.runs, i) });
        });
    }
    const channel = new Map<number, number>(), gutter = new Map<number, number>();
    for (const [key, entries] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
        const lo = (r: Run) => Math.min(r.from, r.to), hi = (r: Run) => Math.max(r.from, r.to);
        entries.sort((a, b) => lo(a.run) - lo(b.run) || hi(a.run) - hi(b.run));
        // Greedy colouring of intervals in order of their start is optimal: tracks = the largest overlap.
        const trackEnd: number[] = [], trackSide: number[] = [], trackRuns: number[] = [];
        for (const { run, side } of entries) {
            let t = trackEnd.findIndex(end => end < lo(run));
            if (t < 0) { t = trackEnd.length; trackEnd.push(0); trackSide.push(0); trackRuns.push(0); }
            trackEnd[t] = hi(run);
            trackSide[t] += side;
            trackRuns[t]++;
            run.track = t;
        }
        const order = trackEnd.map((_, t) => t).sort((a, b) => trackSide[a] / trackRuns[a] - trackSide[b] / trackRuns[b] || a - b);
        const position = new Array<number>(order.length);
        order.forEach((t, p) => { position[t] = p; });
        for (const { run } of entries) run.track = position[run.track];
        (key[0] === 'v' ? channel : gutter).set(entries[0].run.at, trackEnd.length);
    }
    return { channel, gutter };
}

/**
 * Where run i of a route goes at its two ends: -1 for each end that continues to the left (vertical run)
 * or upwards (horizontal run), +1 for right or down. A route leaves its predecessor's bar, on the left of
 * the first channel, and enters its successor's bar, on the right of the last.
 */
function sideOf(runs: Run[], i: number): number {
    const run = runs[i], before = runs[i - 1], after = runs[i + 1];
    const toward = (r: Run) => Math.sign(r.to - r.from);
    if (run.dir === 'v') return (before ? -toward(before) : -1) + (after ? toward(after) : 1);
    return -toward(before!) + toward(after!);
}

/** A binary min-heap of (priority, value); ties pop in insertion order, so routes are deterministic. */
class MinHeap {
    private items: [number, number, number][] = [];
    private counter = 0;
    get size(): number { return this.items.length; }
    push(priority: number, value: number): void {
        const items = this.items;
        items.push([priority, this.counter++, value]);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (less(items[parent], items[i])) break;
            [items[parent], items[i]] = [items[i], items[parent]];
            i = parent;
        }
    }
    pop(): [number, number] {
        const items = this.items;
        const top = items[0];
        const last = items.pop()!;
        if (items.length > 0) {
            items[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < items.length && less(items[l], items[m])) m = l;
                if (r < items.length && less(items[r], items[m])) m = r;
                if (m === i) break;
                [items[m], items[i]] = [items[i], items[m]];
                i = m;
            }
        }
        return [top[0], top[2]];
    }
}

function less(a: [number, number, number], b: [number, number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}
