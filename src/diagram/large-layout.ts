// Layered layout of large architecture views, done here instead of by ELK: layers and their order
// from layer-order.ts, then x placement, ports, orthogonal routing through the channels between
// layers, and room for relation labels at the tail of each edge. It follows ELK's layered drawing (the one
// small views get): top to bottom, nodes top-aligned in their layer, an edge leaving its node's
// bottom and entering the next node's top, horizontal runs on tracks between layers, long edges
// as vertical lines between the nodes of the layers they pass.
//
// Why not ELK: after ELK's layering and ordering were replaced (layer-order.ts), its placement,
// routing and label steps still took most of a second at 300 elements, several times that when
// V8 has dropped ELK's optimised code (a full garbage collection between layouts does that, as
// in the language server). This is tens of milliseconds.
import { layerAndOrder } from './layer-order.js';
import type { Point, Rect } from './geometry.js';
import { rectsOverlap } from './geometry.js';
import { withoutBackEdges } from './acyclic.js';
import { maxOf } from '../model/extremes.js';

export interface LargeNode {
    id: string;
    width: number;
    height: number;
    /** Domain band, 0 at the top. */
    band: number;
}

export interface LargeEdge {
    id: string;
    source: string;
    target: string;
    /** Size of its label: room for it is kept below the source's layer (a spot there is returned too). */
    label?: { width: number; height: number };
}

export interface LargeSpacing {
    /** Between nodes in a layer. */
    nodeNode: number;
    /** Between a node and an edge passing it, in a layer or between layers. */
    edgeNode: number;
    /** Between parallel edges. */
    edgeEdge: number;
    /** Between layers without edges running across. */
    betweenLayers: number;
    /** Between a node (or label) and the nearest horizontal run between layers. */
    edgeNodeBetweenLayers: number;
    /** Between horizontal runs between layers. */
    edgeEdgeBetweenLayers: number;
    /** Between a label and its edge and node. */
    edgeLabel: number;
    padding: { top: number; left: number; bottom: number; right: number };
}

export interface LargeLayout {
    nodes: Map<string, Point>;
    /** Per edge: its route from source to target, and where its label goes. */
    edges: Map<string, { points: Point[]; label?: Point }>;
    width: number;
    height: number;
}

export function layoutLarge(nodes: LargeNode[], edges: LargeEdge[], spacing: LargeSpacing): LargeLayout {
    const order = layerAndOrder(nodes.map(n => n.id), new Map(nodes.map(n => [n.id, n.band])),
        edges.map(e => ({ id: e.id, source: e.source, target: e.target })));
    const { layers, layerOfVertex, chains } = order;
    const n = nodes.length;
    const total = layerOfVertex.length;
    const isDummy = (v: number) => v >= n;
    const width = (v: number) => isDummy(v) ? 0 : nodes[v].width;

    // Segments: one per edge per pair of consecutive layers it spans, from vertex `from` (above) to `to`.
    interface Segment extends BkSegment { xFrom: number; xTo: number }
    const segments: Segment[] = [];
    const downSegs: Segment[][] = Array.from({ length: total }, () => []);
    const upSegs: Segment[][] = Array.from({ length: total }, () => []);
    chains.forEach((chain, edge) => {
        for (let i = 0; i + 1 < chain.length; i++) {
            const seg = { edge, from: chain[i], to: chain[i + 1], xFrom: 0, xTo: 0 };
            segments.push(seg);
            downSegs[chain[i]].push(seg);
            upSegs[chain[i + 1]].push(seg);
        }
    });

    // ---- Ports: a node's edges leave its bottom and enter its top, spread evenly along the side in
    // the order of their other ends, so that they do not cross at the node. Offsets from the centre.
    const rankInLayer = new Int32Array(total);
    for (const layer of layers) layer.forEach((v, i) => { rankInLayer[v] = i; });
    const fromOffset = new Map<BkSegment, number>(), toOffset = new Map<BkSegment, number>();
    for (let v = 0; v < n; v++) {
        const w = width(v);
        const spread = (segs: Segment[], other: (s: Segment) => number, set: Map<BkSegment, number>) => {
            const sorted = [...segs].sort((a, b) => rankInLayer[other(a)] - rankInLayer[other(b)] || a.edge - b.edge);
            sorted.forEach((s, i) => set.set(s, Math.round(-w / 2 + w * (i + 1) / (sorted.length + 1))));
        };
        spread(downSegs[v], s => s.to, fromOffset);
        spread(upSegs[v], s => s.from, toOffset);
    }
    const offFrom = (s: BkSegment) => fromOffset.get(s) ?? 0, offTo = (s: BkSegment) => toOffset.get(s) ?? 0;

    // ---- x: Brandes-Koepf, as ELK places large views; coordinates rounded so straight edges are exact.
    const gap = (a: number, b: number) => width(a) / 2 + width(b) / 2 +
        (isDummy(a) && isDummy(b) ? spacing.edgeEdge : isDummy(a) || isDummy(b) ? spacing.edgeNode : spacing.nodeNode);
    const centre = brandesKoepf({ layers, isDummy, width, gap, up: upSegs, down: downSegs, offFrom, offTo });
    for (const layer of layers) {
        // Rounding, and a guard: neighbours in a layer never closer than their spacing.
        layer.forEach((v, i) => { centre[v] = Math.round(i === 0 ? centre[v] : Math.max(centre[v], centre[layer[i - 1]] + gap(layer[i - 1], v))); });
    }
    for (const s of segments) {
        s.xFrom = centre[s.from] + offFrom(s);
        s.xTo = centre[s.to] + offTo(s);
    }

    // ---- y, layer by layer: nodes top-aligned; below a layer, the labels of edges leaving it, then
    // the tracks of horizontal runs, then room for labels of edges that go up into the next layer.
    const top = new Float64Array(layers.length);
    const track = new Map<Segment, number>();
    const labelAt = new Map<number, Point>();
    const nodeRect = (v: number): Rect => ({ x: centre[v] - width(v) / 2, y: top[layerOfVertex[v]], width: width(v), height: nodes[v].height });
    let y = spacing.padding.top;
    for (let l = 0; l < layers.length; l++) {
        top[l] = y;
        const real = layers[l].filter(v => !isDummy(v));
        const bottom = y + real.reduce((h, v) => Math.max(h, nodes[v].height), 0);
        // Labels of edges whose source is in this layer and that go down: below the source, beside the edge.
        const placed: Rect[] = [];
        const obstacles = real.map(nodeRect);
        let labelBottom = bottom;
        for (const v of real) {
            for (const s of [...downSegs[v]].sort((a, b) => a.xFrom - b.xFrom)) {
                const label = edges[s.edge].label;
                if (!label || order.upwards[s.edge]) continue;
                const r = freeSpot(s.xFrom, y + nodes[v].height + spacing.edgeLabel, label, 1, spacing.edgeLabel, obstacles, placed);
                placed.push(r);
                labelAt.set(s.edge, { x: r.x, y: r.y });
                labelBottom = Math.max(labelBottom, r.y + r.height);
            }
        }
        if (l === layers.length - 1) { y = labelBottom; break; }
        // Tracks for the horizontal runs to the next layer.
        const runs = layers[l].flatMap(v => downSegs[v]).filter(s => s.xFrom !== s.xTo);
        const slots = assignTracks(runs, spacing.edgeEdge);
        const trackCount = runs.length ? maxOf(slots) + 1 : 0;
        const firstTrack = labelBottom + spacing.edgeNodeBetweenLayers;
        runs.forEach((s, i) => track.set(s, firstTrack + slots[i] * spacing.edgeEdgeBetweenLayers));
        // Labels of edges that go up, whose source is in the next layer: above the source.
        const next = layers[l + 1].filter(v => !isDummy(v));
        const rising: { edge: number; x: number; v: number }[] = [];
        for (const v of next) for (const s of upSegs[v]) if (order.upwards[s.edge] && edges[s.edge].label) rising.push({ edge: s.edge, x: s.xTo, v });
        const risingPlaced: Rect[] = [];
        let above = 0;
        for (const r of rising.sort((a, b) => a.x - b.x)) {
            // Placed relative to the next layer's top (at 0), upwards.
            const label = edges[r.edge].label!;
            const spot = freeSpot(r.x, -spacing.edgeLabel - label.height, label, -1, spacing.edgeLabel, [], risingPlaced);
            risingPlaced.push(spot);
            labelAt.set(r.edge, { x: spot.x, y: spot.y });
            above = Math.max(above, -spot.y);
        }
        const afterTracks = trackCount ? firstTrack + (trackCount - 1) * spacing.edgeEdgeBetweenLayers + spacing.edgeNodeBetweenLayers : labelBottom;
        y = Math.max(bottom + spacing.betweenLayers, afterTracks + above + (above ? spacing.edgeLabel : 0));
        for (const r of rising) { const p = labelAt.get(r.edge)!; labelAt.set(r.edge, { x: p.x, y: p.y + y }); }
    }

    // ---- Routes: down the chain; a horizontal run on its track wherever the x changes.
    const route = new Map<string, { points: Point[]; label?: Point }>();
    const segsOf: Segment[][] = chains.map(() => []);
    for (const s of segments) segsOf[s.edge].push(s);
    chains.forEach((chain, e) => {
        const first = chain[0], last = chain[chain.length - 1];
        const segs = segsOf[e];
        const points: Point[] = [{ x: segs[0].xFrom, y: top[layerOfVertex[first]] + nodes[first].height }];
        for (const s of segs) {
            const t = track.get(s);
            if (t !== undefined) points.push({ x: s.xFrom, y: t }, { x: s.xTo, y: t });
        }
        points.push({ x: segs[segs.length - 1].xTo, y: top[layerOfVertex[last]] });
        if (order.upwards[e]) points.reverse();
        route.set(edges[e].id, { points, label: labelAt.get(e) });
    });

    // ---- Shift everything so that the drawing starts at the padding.
    let minX = Infinity, maxX = -Infinity;
    for (let v = 0; v < total; v++) { minX = Math.min(minX, centre[v] - width(v) / 2); maxX = Math.max(maxX, centre[v] + width(v) / 2); }
    for (const [e, p] of labelAt) { minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x + edges[e].label!.width); }
    const dx = spacing.padding.left - minX;
    const placedNodes = new Map<string, Point>();
    nodes.forEach((node, v) => placedNodes.set(node.id, { x: centre[v] - width(v) / 2 + dx, y: top[layerOfVertex[v]] }));
    for (const r of route.values()) {
        for (const p of r.points) p.x += dx;
        if (r.label) r.label = { x: r.label.x + dx, y: r.label.y };
    }
    return {
        nodes: placedNodes,
        edges: route,
        width: maxX - minX + spacing.padding.left + spacing.padding.right,
        height: y + spacing.padding.bottom,
    };
}

/**
 * Slots for the horizontal runs between two layers (slot 0 is the top). Where one order of two
 * overlapping runs crosses fewer of the other's vertical parts, that order is kept (ELK's orthogonal
 * router does the same); conflicts among those preferences are broken depth first. Then each run,
 * in an order that respects them, takes the first slot below the runs it must lie under that no
 * overlapping run holds, so runs that need not be stacked share slots.
 */
export function assignTracks(runs: { xFrom: number; xTo: number }[], spacing: number): number[] {
    const m = runs.length;
    const left = runs.map(r => Math.min(r.xFrom, r.xTo)), right = runs.map(r => Math.max(r.xFrom, r.xTo));
    const inside = (x: number, j: number) => x > left[j] && x < right[j];
    // Crossings when i runs above j: i's drop to its lower end crosses j's run, j's rise from its upper
    // end crosses i's run. A drop and a rise at (nearly) the same x would overlap: worse still.
    const cost = (i: number, j: number) => (inside(runs[i].xTo, j) ? 1 : 0) + (inside(runs[j].xFrom, i) ? 1 : 0) +
        (Math.abs(runs[i].xTo - runs[j].xFrom) < spacing / 2 ? 4 : 0);
    // Runs closer than the spacing may not share a slot.
    const overlapping: number[][] = runs.map(() => []);
    const below: number[][] = runs.map(() => []);
    const byLeft = runs.map((_, i) => i).sort((a, b) => left[a] - left[b] || a - b);
    for (let p = 0; p < m; p++) {
        const a = byLeft[p];
        for (let q = p + 1; q < m && left[byLeft[q]] < right[a] + spacing; q++) {
            const b = byLeft[q];
            overlapping[a].push(b);
            overlapping[b].push(a);
            const ab = cost(a, b), ba = cost(b, a);
            if (ab < ba) below[a].push(b);
            else if (ba < ab) below[b].push(a);
        }
    }
    // Break cycles of preferences (depth first, in index order): an edge back to the stack is dropped.
    const keep = withoutBackEdges(below);
    const slot = new Array<number>(m).fill(-1);
    const least = new Int32Array(m);
    const indeg = new Int32Array(m);
    for (let v = 0; v < m; v++) for (const w of keep[v]) indeg[w]++;
    const queue: number[] = [];
    for (let v = 0; v < m; v++) if (indeg[v] === 0) queue.push(v);
    for (let q = 0; q < queue.length; q++) {
        const v = queue[q];
        const taken = new Set(overlapping[v].map(w => slot[w]));
        let s = least[v];
        while (taken.has(s)) s++;
        slot[v] = s;
        for (const w of keep[v]) {
            least[w] = Math.max(least[w], s + 1);
            if (--indeg[w] === 0) queue.push(w);
        }
    }
    return slot;
}

/**
 * The first place for a label of `size` beside the vertical line at x, from y on and moving away in
 * `direction` (1 down, -1 up) a label height at a time, right of the line or else left of it, that
 * overlaps no obstacle and no label placed before.
 */
function freeSpot(x: number, y: number, size: { width: number; height: number }, direction: 1 | -1, gap: number,
    obstacles: Rect[], placed: Rect[]): Rect {
    for (let k = 0; ; k++) {
        const ly = y + direction * k * (size.height + 2);
        for (const lx of [x + gap, x - gap - size.width]) {
            const r = { x: lx, y: ly, width: size.width, height: size.height };
            if (!obstacles.some(o => rectsOverlap(o, r)) && !placed.some(o => rectsOverlap(o, r))) return r;
        }
    }
}

interface BkSegment { edge: number; from: number; to: number }
interface BkInput {
    layers: number[][];
    isDummy: (v: number) => boolean;
    width: (v: number) => number;
    /** Least distance between the centres of a and b when a lies just left of b. */
    gap: (a: number, b: number) => number;
    up: BkSegment[][];
    down: BkSegment[][];
    /** Where a segment leaves its upper vertex and enters its lower one, from the vertex's centre. */
    offFrom: (s: BkSegment) => number;
    offTo: (s: BkSegment) => number;
}

/**
 * Brandes and Koepf's horizontal coordinate assignment ("Fast and Simple Horizontal Coordinate
 * Assignment", 2001) with ELK's refinements for nodes of different widths and ports off centre: each
 * vertex is aligned with a median neighbour above (or below) into vertical blocks, long edges first
 * (their inner segments win conflicts), blocks are packed left (or right), and of the four results
 * the narrowest is kept. Returns each vertex's centre.
 */
function brandesKoepf(g: BkInput): Float64Array {
    const total = g.up.length;
    const pos = new Int32Array(total);
    g.layers.forEach(layer => layer.forEach((v, i) => { pos[v] = i; }));
    const inner = (s: BkSegment) => g.isDummy(s.from) && g.isDummy(s.to);
    // Type 1 conflicts: a segment that is not inner crossing an inner one is never aligned.
    const marked = new Set<BkSegment>();
    for (let l = 0; l + 1 < g.layers.length; l++) {
        const upper = g.layers[l], lower = g.layers[l + 1];
        let k0 = 0, scan = 0;
        lower.forEach((v, i) => {
            const innerUp = g.up[v].find(inner);
            if (i === lower.length - 1 || innerUp) {
                const k1 = innerUp ? pos[innerUp.from] : upper.length - 1;
                for (; scan <= i; scan++) {
                    for (const s of g.up[lower[scan]]) if (!inner(s) && (pos[s.from] < k0 || pos[s.from] > k1)) marked.add(s);
                }
                k0 = k1;
            }
        });
    }

    let best: Float64Array | undefined, bestWidth = Infinity;
    for (const downwards of [true, false]) {
        for (const rightwards of [true, false]) {
            const x = bkVariant(g, pos, marked, downwards, rightwards);
            let min = Infinity, max = -Infinity;
            for (let v = 0; v < total; v++) { min = Math.min(min, x[v] - g.width(v) / 2); max = Math.max(max, x[v] + g.width(v) / 2); }
            if (max - min < bestWidth - 1e-6) { best = x; bestWidth = max - min; }
        }
    }
    return best!;
}

/**
 * One of the four runs: `downwards` aligns with neighbours above (layers top to bottom), else with
 * neighbours below; `rightwards` scans each layer left to right and packs left, else mirrored.
 */
function bkVariant(g: BkInput, pos: Int32Array, marked: Set<BkSegment>, downwards: boolean, rightwards: boolean): Float64Array {
    const total = g.up.length;
    // Mirror so that the run is always "align with the layer before, scan and pack towards the start".
    const layers = (downwards ? g.layers : [...g.layers].reverse()).map(l => rightwards ? l : [...l].reverse());
    const p = new Int32Array(total);
    layers.forEach(layer => layer.forEach((v, i) => { p[v] = i; }));
    const before = downwards ? g.up : g.down;
    const other = (s: BkSegment) => downwards ? s.from : s.to;
    const sign = rightwards ? 1 : -1;
    // Offset of a segment's end at v (the vertex being aligned) and at its other end, mirrored.
    const ownOff = (s: BkSegment) => sign * (downwards ? g.offTo(s) : g.offFrom(s));
    const otherOff = (s: BkSegment) => sign * (downwards ? g.offFrom(s) : g.offTo(s));
    const gap = (a: number, b: number) => rightwards ? g.gap(a, b) : g.gap(b, a);

    // Vertical alignment.
    const root = new Int32Array(total), align = new Int32Array(total);
    const innerShift = new Float64Array(total);
    for (let v = 0; v < total; v++) { root[v] = v; align[v] = v; }
    for (let l = 1; l < layers.length; l++) {
        let r = -1;
        for (const v of layers[l]) {
            const segs = [...before[v]].sort((a, b) => p[other(a)] - p[other(b)] || a.edge - b.edge);
            const d = segs.length;
            if (d === 0) continue;
            for (const m of new Set([Math.floor((d - 1) / 2), Math.ceil((d - 1) / 2)])) {
                if (align[v] !== v) break;
                const s = segs[m], u = other(s);
                if (marked.has(s) || r >= p[u]) continue;
                align[u] = v;
                root[v] = root[u];
                align[v] = root[v];
                // v's end of s lies right below u's end.
                innerShift[v] = innerShift[u] + otherOff(s) - ownOff(s);
                r = p[u];
            }
        }
    }

    // Horizontal compaction: blocks packed towards the start, within classes; then classes packed.
    const x = new Float64Array(total);
    const sink = new Int32Array(total);
    for (let v = 0; v < total; v++) sink[v] = v;
    const layerOf = new Int32Array(total);
    layers.forEach((layer, l) => layer.forEach(v => { layerOf[v] = l; }));
    const classEdges: { from: number; to: number; space: number }[] = [];
    // Blocks in an order where a block comes after the blocks just before its vertices (a topological
    // order of "lies left of", which the alignment keeps acyclic), rather than by recursion.
    const blockOrder: number[] = [];
    const waiting = new Int32Array(total);
    const after = new Map<number, number[]>();
    for (const layer of layers) {
        for (let i = 1; i < layer.length; i++) {
            const u = root[layer[i - 1]], v = root[layer[i]];
            waiting[v]++;
            if (!after.has(u)) after.set(u, []);
            after.get(u)!.push(v);
        }
    }
    for (const layer of layers) for (const v of layer) if (root[v] === v && waiting[v] === 0) blockOrder.push(v);
    for (let q = 0; q < blockOrder.length; q++) {
        for (const v of after.get(blockOrder[q]) ?? []) if (--waiting[v] === 0) blockOrder.push(v);
    }
    for (const v of blockOrder) {
        x[v] = 0;
        let first = true;
        const otherClass: { u: number; need: number }[] = [];
        let w = v;
        do {
            if (p[w] > 0) {
                const left = layers[layerOf[w]][p[w] - 1];
                const u = root[left];
                if (sink[v] === v) sink[v] = sink[u];
                const need = x[u] + innerShift[left] + gap(left, w) - innerShift[w];
                if (sink[v] === sink[u]) {
                    x[v] = first ? need : Math.max(x[v], need);
                    first = false;
                } else {
                    otherClass.push({ u, need });
                }
            }
            w = align[w];
        } while (w !== v);
        // With x[v] final: the class of v must lie at least this far after the class of u.
        for (const { u, need } of otherClass) classEdges.push({ from: sink[u], to: sink[v], space: need - x[v] });
    }
    // Classes: longest path from the first one.
    const shift = new Float64Array(total);
    const outgoing = new Map<number, { to: number; space: number }[]>();
    const indeg = new Int32Array(total);
    for (const e of classEdges) {
        if (!outgoing.has(e.from)) outgoing.set(e.from, []);
        outgoing.get(e.from)!.push(e);
        indeg[e.to]++;
    }
    const queue: number[] = [];
    for (let v = 0; v < total; v++) if (sink[v] === v && indeg[v] === 0) queue.push(v);
    for (let q = 0; q < queue.length; q++) {
        const c = queue[q];
        for (const e of outgoing.get(c) ?? []) {
            shift[e.to] = Math.max(shift[e.to], shift[c] + e.space);
            if (--indeg[e.to] === 0) queue.push(e.to);
        }
    }
    const out = new Float64Array(total);
    for (let v = 0; v < total; v++) out[v] = sign * (x[root[v]] + shift[sink[root[v]]] + innerShift[v]);
    return out;
}
