// Layers and the order within each layer for large architecture views (large-layout.ts). With
// domains as ELK partitions, ELK connects every node of a band to every node of the next (thousands
// of edges at 300 elements) and then runs network simplex over them, and its model-order sort
// compares the nodes of a layer pairwise with a transitive closure (cubic in the layer's width, and a
// band of 70 elements is one layer wide). Here the layering is the same as ELK's (bands in the
// national order, in-band relations one layer apart, top-aligned) and the order comes from
// layer-sweep barycenters with adjacent swaps, keeping the order with the fewest crossings.
import { withoutBackEdges } from './acyclic.js';

export interface OrderEdge {
    id: string;
    source: string;
    target: string;
}

/**
 * A proper layered graph in its chosen order. Vertices 0 .. nodes.length - 1 are the nodes (in the
 * order given), the others dummies: an edge spanning k layers passes k - 1 of them.
 */
export interface LayeredOrder {
    layerCount: number;
    /** The vertices of each layer, left to right. */
    layers: number[][];
    layerOfVertex: number[];
    /** Per edge (in the order given): its vertices from its upper end down, dummies included. */
    chains: number[][];
    /** Per edge: whether it runs upwards (its source lies in a lower layer than its target). */
    upwards: boolean[];
    /** Edge crossings between consecutive layers of the chosen order (for tests and tuning). */
    crossings: number;
}

/** Barycenter sweeps tried; the best order seen is kept. */
const SWEEPS = 16;

/**
 * `nodes` in model order; `band` maps a node to its band (0 at the top). Edges run from a band to
 * the same or a later one. Within a band, a node lies one layer below every node that has an edge
 * to it (cycles are broken depth first in model order), as ELK's network simplex layering does.
 */
export function layerAndOrder(nodes: string[], band: Map<string, number>, edges: OrderEdge[]): LayeredOrder {
    const index = new Map(nodes.map((id, i) => [id, i]));
    const n = nodes.length;

    // In-band edges, with cycles broken: a back edge of a depth-first search does not push layers.
    const inBand: number[][] = nodes.map(() => []);
    for (const e of edges) {
        const s = index.get(e.source)!, t = index.get(e.target)!;
        if (s !== t && band.get(e.source) === band.get(e.target)) inBand[s].push(t);
    }
    const succ = withoutBackEdges(inBand);
    // Longest path from the band's sources, in a topological order of the acyclic in-band graph.
    const depth = new Int32Array(n);
    const indeg = new Int32Array(n);
    for (const list of succ) for (const w of list) indeg[w]++;
    const queue: number[] = [];
    for (let v = 0; v < n; v++) if (indeg[v] === 0) queue.push(v);
    for (let q = 0; q < queue.length; q++) {
        const v = queue[q];
        for (const w of succ[v]) {
            depth[w] = Math.max(depth[w], depth[v] + 1);
            if (--indeg[w] === 0) queue.push(w);
        }
    }
    const bandHeight = new Map<number, number>();
    nodes.forEach((id, v) => bandHeight.set(band.get(id)!, Math.max(bandHeight.get(band.get(id)!) ?? 0, depth[v] + 1)));
    const bandTop = new Map<number, number>();
    let layerCount = 0;
    for (const b of [...bandHeight.keys()].sort((x, y) => x - y)) {
        bandTop.set(b, layerCount);
        layerCount += bandHeight.get(b)!;
    }
    const layerOfV: number[] = nodes.map((id, v) => bandTop.get(band.get(id)!)! + depth[v]);

    // The proper layered graph: an edge spanning k layers gets k - 1 dummy vertices (ids from n on).
    const up: number[][] = nodes.map(() => []);
    const down: number[][] = nodes.map(() => []);
    const chains: number[][] = [];
    const upwards: boolean[] = [];
    for (const e of edges) {
        let s = index.get(e.source)!, t = index.get(e.target)!;
        upwards.push(layerOfV[s] > layerOfV[t]);
        if (layerOfV[s] > layerOfV[t]) [s, t] = [t, s];
        const chain: number[] = [s];
        let prev = s;
        for (let l = layerOfV[s] + 1; l < layerOfV[t]; l++) {
            const d = layerOfV.length;
            layerOfV.push(l);
            up.push([prev]);
            down.push([]);
            down[prev].push(d);
            chain.push(d);
            prev = d;
        }
        down[prev].push(t);
        up[t].push(prev);
        chain.push(t);
        chains.push(chain);
    }
    const total = layerOfV.length;
    const layers: number[][] = Array.from({ length: layerCount }, () => []);
    for (let v = 0; v < total; v++) layers[layerOfV[v]].push(v);
    const pos = new Float64Array(total);
    const place = (layer: number[]) => layer.forEach((v, i) => { pos[v] = i; });

    // Initial order: layer by layer, each vertex under the mean of its upper neighbours; vertices
    // without any keep their model order, spread over the width of the layer above.
    place(layers[0]);
    for (let l = 1; l < layerCount; l++) {
        const layer = layers[l];
        const scale = layers[l - 1].length / Math.max(1, layer.length);
        const key = new Float64Array(total);
        layer.forEach((v, i) => { key[v] = up[v].length ? mean(up[v], pos) : i * scale; });
        layer.sort((a, b) => key[a] - key[b] || a - b);
        place(layer);
    }

    const countBetween = (l: number): number => {
        // Inversions among the edges between layer l and l + 1, sorted by their upper end (Fenwick tree).
        const pairs: number[] = [];
        for (const v of layers[l]) for (const w of down[v]) pairs.push(pos[v] * total + pos[w]);
        pairs.sort((a, b) => a - b);
        const width = layers[l + 1].length;
        const tree = new Int32Array(width + 1);
        let crossings = 0;
        pairs.forEach((p, seen) => {
            const q = p % total;
            let atMost = 0;
            for (let i = q + 1; i > 0; i -= i & -i) atMost += tree[i];
            crossings += seen - atMost;
            for (let i = q + 1; i <= width; i += i & -i) tree[i]++;
        });
        return crossings;
    };
    const countAll = () => {
        let c = 0;
        for (let l = 0; l + 1 < layerCount; l++) c += countBetween(l);
        return c;
    };

    // Crossings among the edges of u and of v towards `neighbours` when u lies left of v.
    const pairCrossings = (nu: number[], nv: number[]): number => {
        let c = 0;
        for (const a of nu) for (const b of nv) if (pos[a] > pos[b]) c++;
        return c;
    };
    // Adjacent swaps while they remove crossings (the "transpose" step of Gansner et al.).
    const transpose = () => {
        for (let round = 0; round < 4; round++) {
            let improved = false;
            for (const layer of layers) {
                for (let i = 0; i + 1 < layer.length; i++) {
                    const u = layer[i], v = layer[i + 1];
                    const now = pairCrossings(up[u], up[v]) + pairCrossings(down[u], down[v]);
                    const swapped = pairCrossings(up[v], up[u]) + pairCrossings(down[v], down[u]);
                    if (swapped < now) {
                        layer[i] = v; layer[i + 1] = u;
                        pos[v] = i; pos[u] = i + 1;
                        improved = true;
                    }
                }
            }
            if (!improved) break;
        }
    };
    const sweep = (downwards: boolean) => {
        const key = new Float64Array(total);
        for (let k = 1; k < layerCount; k++) {
            const l = downwards ? k : layerCount - 1 - k;
            const layer = layers[l];
            // Vertices with no neighbour in the layer just ordered keep their slot.
            const movable = layer.filter(v => (downwards ? up[v] : down[v]).length > 0);
            for (const v of movable) key[v] = mean(downwards ? up[v] : down[v], pos);
            movable.sort((a, b) => key[a] - key[b] || pos[a] - pos[b]);
            let j = 0;
            for (let i = 0; i < layer.length; i++) if ((downwards ? up[layer[i]] : down[layer[i]]).length > 0) layer[i] = movable[j++];
            place(layer);
        }
    };

    transpose();
    let best = countAll();
    let bestLayers = layers.map(l => [...l]);
    for (let s = 0; s < SWEEPS && best > 0; s++) {
        sweep(s % 2 === 0);
        transpose();
        const c = countAll();
        if (c < best) { best = c; bestLayers = layers.map(l => [...l]); }
    }
    return { layerCount, layers: bestLayers, layerOfVertex: layerOfV, chains, upwards, crossings: best };
}

function mean(vs: number[], pos: Float64Array): number {
    let sum = 0;
    for (const v of vs) sum += pos[v];
    return sum / vs.length;
}
