// Wraps wide domain bands into rows, so that no view becomes a strip: a band of sixty applications
// side by side is 10,000 px wide and unreadable at fit. Each band's nodes are cut into rows of at most
// M nodes, M chosen for the whole view so that its estimated shape is closest to the panel's; a node
// never lies in an earlier row than a node of its band that has an edge to it (in layout direction),
// so edges inside a band still run downwards. Each row is a partition of its own for the layout.
import { withoutBackEdges } from './acyclic.js';

export interface RowNode { id: string; band: number; width: number; height: number }
export interface RowEdge { source: string; target: string }

export interface RowSpacing {
    /** Horizontal room per node besides its width. */
    nodeGap: number;
    /** Vertical room per row besides its nodes' height (edges and their labels). */
    rowGap: number;
    /** Fixed width beside the nodes (band titles, padding). */
    extraWidth: number;
    /** Fixed height (title, legend). */
    extraHeight: number;
}

/** The width : height the layout aims at (a 1600 x 1000 panel). */
export const TARGET_ASPECT = 1.6;

export interface BandRows {
    /** Partition of each node: bands top to bottom, rows within a band top to bottom. */
    partition: Map<string, number>;
    /** Nodes in a row at most. */
    perRow: number;
}

/** Cuts bands into rows of at most `maxPerRow` nodes (default: as the estimate of the view's shape suggests). */
export function bandRows(nodes: RowNode[], edges: RowEdge[], spacing: RowSpacing, maxPerRow?: number, target = TARGET_ASPECT): BandRows {
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    // In-band depth: longest path along in-band edges (cycles broken depth first in node order).
    const succ: number[][] = nodes.map(() => []);
    for (const e of edges) {
        const s = index.get(e.source), t = index.get(e.target);
        if (s !== undefined && t !== undefined && s !== t && nodes[s].band === nodes[t].band) succ[s].push(t);
    }
    const acyclic = withoutBackEdges(succ);
    const depth = new Int32Array(nodes.length);
    const indeg = new Int32Array(nodes.length);
    for (const list of acyclic) for (const w of list) indeg[w]++;
    const queue: number[] = [];
    for (let v = 0; v < nodes.length; v++) if (indeg[v] === 0) queue.push(v);
    for (let q = 0; q < queue.length; q++) {
        const v = queue[q];
        for (const w of acyclic[v]) {
            depth[w] = Math.max(depth[w], depth[v] + 1);
            if (--indeg[w] === 0) queue.push(w);
        }
    }
    const bands = [...new Set(nodes.map(n => n.band))].sort((a, b) => a - b);
    const members = new Map<number, number[]>(bands.map(b => [b, []]));
    nodes.forEach((n, v) => members.get(n.band)!.push(v));
    for (const list of members.values()) list.sort((a, b) => depth[a] - depth[b] || a - b);
    const widest = Math.max(1, ...[...members.values()].map(l => l.length));
    const meanWidth = nodes.reduce((s, n) => s + n.width, 0) / Math.max(1, nodes.length);
    const maxHeight = (list: number[]) => list.reduce((h, v) => Math.max(h, nodes[v].height), 0);

    const rowsOf = (list: number[], m: number): number[][] => {
        // Rows of equal size; a chain of in-band edges needs a row per step anyway.
        const layers = list.length ? depth[list[list.length - 1]] + 1 : 0;
        const count = Math.max(Math.ceil(list.length / m), 1);
        const per = Math.ceil(list.length / count);
        const rows: number[][] = [];
        for (let i = 0; i < list.length; i += per) rows.push(list.slice(i, i + per));
        return rows.length >= layers ? rows : [list];
    };
    const estimate = (m: number) => {
        let height = spacing.extraHeight, width = 0;
        for (const list of members.values()) {
            const rows = rowsOf(list, m);
            const layers = rows.length === 1 && list.length ? depth[list[list.length - 1]] + 1 : rows.length;
            height += layers * (maxHeight(list) + spacing.rowGap);
            for (const row of rows) width = Math.max(width, row.length * (meanWidth + spacing.nodeGap));
        }
        return (width + spacing.extraWidth) / height;
    };
    let best = widest, bestScore = Infinity;
    for (let m = widest; m >= 1; m--) {
        const score = Math.abs(Math.log(estimate(m) / target));
        if (score < bestScore - 1e-9) { best = m; bestScore = score; }
    }
    if (maxPerRow !== undefined) best = Math.max(1, Math.min(best, maxPerRow));
    const partition = new Map<string, number>();
    let next = 0;
    for (const b of bands) {
        const rows = rowsOf(members.get(b)!, best);
        rows.forEach((row, r) => { for (const v of row) partition.set(nodes[v].id, next + r); });
        next += rows.length;
    }
    return { partition, perRow: best };
}
