// Orthogonal routing of roadmap arrows around bars whose positions are fixed by their years.
// The search runs on a sparse grid: x = the year boundaries (bars are inset from them, so only a
// bar that spans a boundary can block it), y = the gutters above every row plus the two ends'
// mid-heights. Dijkstra over (grid point, direction) with a penalty per bend gives short routes
// with few bends; a route always exists because row gutters run the full width and the first and
// last year boundaries are never spanned by a bar.
import { pointInRect, segmentCrossesRect, type Point, type Rect } from './geometry.js';

export interface RouteRequest {
    /** The predecessor's bar and the successor's bar. */
    from: Rect;
    to: Rect;
    /** x of the year boundary right after `from` and right before `to`. */
    exitX: number;
    entryX: number;
}

const BEND_COST = 40;

export class Router {
    private readonly xs: number[];
    private readonly ys: number[];

    constructor(private readonly obstacles: Rect[], columns: number[], gutters: number[]) {
        this.xs = [...new Set(columns)].sort((a, b) => a - b);
        this.ys = [...new Set(gutters)].sort((a, b) => a - b);
    }

    // Obstacles never move, so what is free is worked out once per point/segment for all arrows.
    private readonly freePoints = new Map<string, boolean>();
    private readonly freeSegments = new Map<string, boolean>();

    private free(a: Point, b: Point): boolean {
        const key = `${a.x},${a.y},${b.x},${b.y}`;
        let free = this.freeSegments.get(key);
        if (free === undefined) {
            free = !this.obstacles.some(r => segmentCrossesRect(a, b, r));
            this.freeSegments.set(key, free);
        }
        return free;
    }

    private freePoint(p: Point): boolean {
        const key = `${p.x},${p.y}`;
        let free = this.freePoints.get(key);
        if (free === undefined) {
            free = !this.obstacles.some(r => pointInRect(p, r));
            this.freePoints.set(key, free);
        }
        return free;
    }

    route(req: RouteRequest): Point[] {
        const startY = req.from.y + req.from.height / 2, endY = req.to.y + req.to.height / 2;
        const xs = this.xs;
        const ys = withValues(this.ys, startY, endY);
        const sx = xs.indexOf(req.exitX), sy = ys.indexOf(startY), ex = xs.indexOf(req.entryX), ey = ys.indexOf(endY);
        const W = xs.length;
        const ok = (xi: number, yi: number) => this.freePoint({ x: xs[xi], y: ys[yi] });
        // state = (yi * W + xi) * 2 + dir, dir 0 = horizontal, 1 = vertical
        // Only the states the search reaches are stored (a full array per arrow cost more than the search).
        const distances = new Map<number, number>(), previous = new Map<number, number>();
        const dist = { get: (s: number) => distances.get(s) ?? Infinity, set: (s: number, d: number) => { distances.set(s, d); } };
        const heap = new MinHeap();
        const start = (sy * W + sx) * 2;   // we arrive at the exit point moving horizontally
        const goal = (ey * W + ex) * 2;    // and must leave the entry point horizontally
        // A*: the Manhattan distance to the goal never overestimates (every step costs at least its length),
        // so the first route found is as short as Dijkstra's, but only the states towards the goal are
        // searched. Plain Dijkstra searched the whole grid for each arrow: 2,000 chained initiatives took minutes.
        const goalX = xs[ex], goalY = ys[ey];
        const h = (xi: number, yi: number) => Math.abs(xs[xi] - goalX) + Math.abs(ys[yi] - goalY);
        dist.set(start, 0);
        heap.push(h(sx, sy), start);
        while (heap.size > 0) {
            const [f, s] = heap.pop();
            const dir = s & 1, cell = s >> 1, xi = cell % W, yi = (cell - xi) / W;
            const d = dist.get(s);
            if (f > d + h(xi, yi)) continue;
            if (s === goal) break;
            const steps: [number, number, number][] = [[xi - 1, yi, 0], [xi + 1, yi, 0], [xi, yi - 1, 1], [xi, yi + 1, 1]];
            for (const [nx, ny, ndir] of steps) {
                if (nx < 0 || ny < 0 || nx >= W || ny >= ys.length || !ok(nx, ny)) continue;
                const a = { x: xs[xi], y: ys[yi] }, b = { x: xs[nx], y: ys[ny] };
                if (!this.free(a, b)) continue;
                const nd = d + Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (ndir !== dir ? BEND_COST : 0);
                const ns = (ny * W + nx) * 2 + ndir;
                if (nd < dist.get(ns)) { dist.set(ns, nd); previous.set(ns, s); heap.push(nd + h(nx, ny), ns); }
                // The goal must be reached moving horizontally, or turn there (one more bend). Without this
                // step an arrival from above or below never reached the goal state, so the search went on
                // over the whole grid for nearly every arrow.
                if (ns === goal + 1 && nd + BEND_COST < dist.get(goal)) { dist.set(goal, nd + BEND_COST); previous.set(goal, ns); heap.push(nd + BEND_COST, goal); }
            }
        }
        if (dist.get(goal) === Infinity) return [];
        const cells: Point[] = [];
        for (let s: number | undefined = goal; s !== undefined; s = previous.get(s)) {
            const cell = s >> 1, xi = cell % W, yi = (cell - xi) / W;
            cells.push({ x: xs[xi], y: ys[yi] });
        }
        cells.reverse();
        return simplify([{ x: req.from.x + req.from.width, y: startY }, ...cells, { x: req.to.x, y: endY }]);
    }
}

/** A sorted list of distinct numbers with up to two more values put in their places. */
function withValues(sorted: readonly number[], ...values: number[]): number[] {
    const out = [...sorted];
    for (const v of values) {
        let lo = 0, hi = out.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (out[mid] < v) lo = mid + 1; else hi = mid; }
        if (out[lo] !== v) out.splice(lo, 0, v);
    }
    return out;
}

/** Drops repeated points and points in the middle of a straight run (same direction). */
export function simplify(points: Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        const last = out[out.length - 1];
        if (last && last.x === p.x && last.y === p.y) continue;
        const prev = out[out.length - 2];
        if (prev && last) {
            const straightX = prev.x === last.x && last.x === p.x && (last.y - prev.y) * (p.y - last.y) > 0;
            const straightY = prev.y === last.y && last.y === p.y && (last.x - prev.x) * (p.x - last.x) > 0;
            if (straightX || straightY) out.pop();
        }
        out.push(p);
    }
    return out;
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
