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
        const ys = [...new Set([...this.ys, startY, endY])].sort((a, b) => a - b);
        const sx = xs.indexOf(req.exitX), sy = ys.indexOf(startY), ex = xs.indexOf(req.entryX), ey = ys.indexOf(endY);
        const W = xs.length;
        const ok = (xi: number, yi: number) => this.freePoint({ x: xs[xi], y: ys[yi] });
        // state = (yi * W + xi) * 2 + dir, dir 0 = horizontal, 1 = vertical
        const n = W * ys.length * 2;
        const dist = new Float64Array(n).fill(Infinity);
        const prev = new Int32Array(n).fill(-1);
        const heap = new MinHeap();
        const start = (sy * W + sx) * 2;   // we arrive at the exit point moving horizontally
        dist[start] = 0;
        heap.push(0, start);
        const goal = (ey * W + ex) * 2;    // and must leave the entry point horizontally
        while (heap.size > 0) {
            const [d, s] = heap.pop();
            if (d > dist[s]) continue;
            if (s === goal) break;
            const dir = s & 1, cell = s >> 1, xi = cell % W, yi = (cell - xi) / W;
            const steps: [number, number, number][] = [[xi - 1, yi, 0], [xi + 1, yi, 0], [xi, yi - 1, 1], [xi, yi + 1, 1]];
            for (const [nx, ny, ndir] of steps) {
                if (nx < 0 || ny < 0 || nx >= W || ny >= ys.length || !ok(nx, ny)) continue;
                const a = { x: xs[xi], y: ys[yi] }, b = { x: xs[nx], y: ys[ny] };
                if (!this.free(a, b)) continue;
                const nd = d + Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (ndir !== dir ? BEND_COST : 0);
                const ns = (ny * W + nx) * 2 + ndir;
                if (nd < dist[ns]) { dist[ns] = nd; prev[ns] = s; heap.push(nd, ns); }
            }
        }
        // The goal must be reached moving horizontally or turn there (one more bend).
        let end = goal;
        if (dist[goal] === Infinity || dist[goal + 1] + BEND_COST < dist[goal]) end = goal + 1;
        if (dist[end] === Infinity) return [];
        const cells: Point[] = [];
        for (let s = end; s !== -1; s = prev[s]) {
            const cell = s >> 1, xi = cell % W, yi = (cell - xi) / W;
            cells.push({ x: xs[xi], y: ys[yi] });
        }
        cells.reverse();
        return simplify([{ x: req.from.x + req.from.width, y: startY }, ...cells, { x: req.to.x, y: endY }]);
    }
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
