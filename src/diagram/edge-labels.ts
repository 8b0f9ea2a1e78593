// Places relation labels on routed edges after the layout: each label sits on its edge (the line runs
// through it, behind its background), as near the middle of the edge as it can without covering a
// node, another label or a reserved area. Labels of a bundle (edges of one kind into one shared end)
// are one label on the stretch all of them share. Doing this after layout, instead of making labels
// dummy nodes of the layered layout, keeps the drawing as compact as the nodes and edges allow:
// ELK's centre labels made Kota Malang's view a fifth wider and several times slower to lay out.
import type { Point, Rect } from './geometry.js';
import { rectsOverlap } from './geometry.js';

export interface LabelRequest {
    id: string;
    /** The edges it labels, each from its free end to the end the bundle shares (or just one edge). */
    paths: Point[][];
    width: number;
    height: number;
    /** Routes of other edges that share part of this one (a hyperedge): the label prefers its own stretch. */
    shared?: Point[][];
}

/** Room kept between a label and a node, and between two labels. */
const NODE_GAP = 3;
const LABEL_GAP = 2;
/** Labels keep this far from the ends of an edge (arrowheads). */
const END_GAP = 12;
const STEP = 4;
const CELL = 64;

/** A uniform grid of rectangles for overlap queries. */
class Grid {
    private readonly cells = new Map<string, Rect[]>();
    add(r: Rect): void {
        for (const key of this.keys(r)) {
            let list = this.cells.get(key);
            if (!list) this.cells.set(key, list = []);
            list.push(r);
        }
    }
    hits(r: Rect): boolean {
        for (const key of this.keys(r)) for (const o of this.cells.get(key) ?? []) if (rectsOverlap(o, r)) return true;
        return false;
    }
    private *keys(r: Rect): Iterable<string> {
        for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++) {
            for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) yield `${i},${j}`;
        }
    }
}

const grow = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d });
const segLength = (a: Point, b: Point) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
function pathLength(points: Point[]): number {
    let l = 0;
    for (let i = 1; i < points.length; i++) l += segLength(points[i - 1], points[i]);
    return l;
}
function pointAt(points: Point[], s: number): Point {
    for (let i = 1; i < points.length; i++) {
        const d = segLength(points[i - 1], points[i]);
        if (s <= d) {
            const t = d > 0 ? s / d : 0;
            return { x: points[i - 1].x + (points[i].x - points[i - 1].x) * t, y: points[i - 1].y + (points[i].y - points[i - 1].y) * t };
        }
        s -= d;
    }
    return points[points.length - 1];
}
function onPath(points: Point[], p: Point): boolean {
    for (let i = 1; i < points.length; i++) {
        const a = points[i - 1], b = points[i];
        if (p.x >= Math.min(a.x, b.x) - 0.5 && p.x <= Math.max(a.x, b.x) + 0.5 && p.y >= Math.min(a.y, b.y) - 0.5 && p.y <= Math.max(a.y, b.y) + 0.5) return true;
    }
    return false;
}

/**
 * Places every label; none overlaps a node (nodes and `reserved` areas), nor another label. Shortest
 * edges go first (they have the fewest places). A label that finds no place on its edge goes to the
 * nearest free place around the edge's middle (right and below the drawing if need be, never left
 * of x = 0 or above y = 0). Returns the label rectangles by id; the ids of labels put beside their edge
 * rather than on it go into `displaced`.
 */
export function placeEdgeLabels(requests: LabelRequest[], obstacles: Rect[], displaced?: Set<string>): Map<string, Rect> {
    const blocked = new Grid();
    for (const o of obstacles) blocked.add(grow(o, NODE_GAP));
    const labels = new Grid();
    const free = (r: Rect) => r.x >= 0 && r.y >= 0 && !blocked.hits(r) && !labels.hits(grow(r, LABEL_GAP));
    const out = new Map<string, Rect>();
    const order = requests.map(r => ({ r, length: pathLength(r.paths[0]) })).sort((a, b) => a.length - b.length || (a.r.id < b.r.id ? -1 : 1));
    for (const { r } of order) {
        // The stretch to label: the whole edge, or for a bundle the part all its edges share, from the shared end.
        let points = r.paths[0];
        let from = 0, to = pathLength(points);
        if (r.paths.length > 1) {
            points = [...points].reverse();
            const total = pathLength(points);
            let shared = 0;
            while (shared + STEP <= total && r.paths.every(p => onPath(p, pointAt(points, shared + STEP)))) shared += STEP;
            to = Math.max(shared, Math.min(total, 2 * END_GAP + r.height));
        }
        const middle = (from + to) / 2;
        const margin = to - from > 2 * END_GAP + STEP ? END_GAP : 0;
        const spots: number[] = [];
        for (let s = from + margin; s <= to - margin; s += STEP) spots.push(s);
        const onShared = (s: number) => r.shared?.some(p => onPath(p, pointAt(points, s))) ? 1 : 0;
        const keyed = spots.map(s => ({ s, k: onShared(s) }));
        keyed.sort((a, b) => a.k - b.k || Math.abs(a.s - middle) - Math.abs(b.s - middle) || a.s - b.s);
        spots.splice(0, spots.length, ...keyed.map(x => x.s));
        let found: Rect | undefined;
        for (const s of spots) {
            const p = pointAt(points, s);
            const rect = { x: p.x - r.width / 2, y: p.y - r.height / 2, width: r.width, height: r.height };
            if (free(rect)) { found = rect; break; }
        }
        if (!found) {
            displaced?.add(r.id);
            const p = pointAt(points, middle);
            for (let k = 1; !found; k++) {
                for (const [dx, dy] of [[0, -1], [0, 1], [1, 0], [-1, 0], [1, -1], [1, 1], [-1, 1], [-1, -1]]) {
                    const rect = { x: p.x - r.width / 2 + dx * k * STEP * 1.5, y: p.y - r.height / 2 + dy * k * STEP, width: r.width, height: r.height };
                    if (free(rect)) { found = rect; break; }
                }
            }
        }
        labels.add(found);
        out.set(r.id, found);
    }
    return out;
}
