// The architecture view as an ELK graph: one node per element, one edge per relation, laid out by
// ELK's layered algorithm top-down. Domains become ELK partitions in the national order (layanan,
// proses, data, aplikasi, infrastruktur), so each domain occupies a band of consecutive layers;
// a keamanan element joins the band of the domain it mostly protects, so it sits beside it.
// Edges that would point "up" the national order are reversed for layout only (relations then flow
// one way) and drawn with the arrowhead at the real target.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ArchElement, Domain, ElementStatus, Relation, SemanticModel } from '../model/types.js';
import type { ArchitectureViewOptions } from './options.js';
import { layerAndOrder } from './layer-order.js';
import { scopeArchitecture } from './scope.js';
import { textWidth, wrapText } from './svg-util.js';

/** Domains that form bands, top to bottom. Keamanan comes last: used only when it protects nothing shown. */
export const BAND_ORDER: readonly Domain[] = ['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur', 'keamanan'];

export const NODE_WIDTH = 220;
export const NODE_PAD_X = 18;
export const NODE_PAD_TOP = 14;
export const NODE_PAD_BOTTOM = 10;
export const NAME_SIZE = 12;
export const NAME_LINE = 15;
export const DETAIL_SIZE = 10;
export const DETAIL_LINE = 13;
export const EDGE_LABEL_SIZE = 10;
/** Above this many nodes, layers and their order are computed here and ELK only places and routes. */
export const LARGE_VIEW = 120;
/** Left margin of the graph where band titles go. */
export const BAND_LABEL_WIDTH = 150;

export interface ArchNodeInfo {
    element: ArchElement;
    status: ElementStatus;
    partition: number;
    nameLines: string[];
    detailLines: string[];
}

export interface ArchEdgeInfo {
    id: string;
    relation: Relation;
    /** Laid out from `to` to `from` (the arrowhead goes at the start of the routed path). */
    reversed: boolean;
    label: string;
}

export interface ArchitectureView {
    graph: ElkNode;
    nodes: Map<string, ArchNodeInfo>;
    edges: ArchEdgeInfo[];
    title: string;
    subtitle: string;
}

const RELATION_LABELS: Record<Relation['kind'], string> = {
    'didukung-oleh': 'didukung oleh', 'melalui': 'melalui', 'menghasilkan': 'menghasilkan', 'menggunakan': 'menggunakan',
    'mendukung': 'mendukung', 'memproses': 'memproses', 'berjalan-di': 'berjalan di',
    'terintegrasi-dengan': 'terintegrasi dengan', 'terhubung-ke': 'terhubung ke', 'melindungi': 'melindungi',
};

export function buildArchitectureView(model: SemanticModel, options: ArchitectureViewOptions = {}): ArchitectureView {
    const scoped = scopeArchitecture(model, options);
    const shown = new Set(scoped.map(s => s.element.id));
    // The same relation stated twice (a name declared twice with its relations, or a target listed twice)
    // is one arrow: two identical arrows on top of each other doubled the layout time of such a model.
    const drawn = new Set<string>();
    const relations = model.relations.filter(r => {
        if (!shown.has(r.from) || !shown.has(r.to) || r.from === r.to) return false;
        const key = `${r.from}\n${r.to}\n${r.kind}\n${r.via ?? ''}`;
        if (drawn.has(key)) return false;
        drawn.add(key);
        return true;
    });
    const byId = new Map(scoped.map(s => [s.element.id, s]));
    const unitLabel = new Map(model.units.map(u => [u.id, u.abbreviation ?? u.id]));

    // A keamanan element's band: the domain it protects most (ties: the earlier in the national order).
    const partitionOf = (e: ArchElement): number => {
        if (e.domain !== 'keamanan') return BAND_ORDER.indexOf(e.domain);
        const counts = new Map<number, number>();
        for (const r of relations) {
            if (r.from === e.id && r.kind === 'melindungi') {
                const target = byId.get(r.to)!.element;
                if (target.domain === 'keamanan') continue;
                const p = BAND_ORDER.indexOf(target.domain);
                counts.set(p, (counts.get(p) ?? 0) + 1);
            }
        }
        let best = BAND_ORDER.indexOf('keamanan'), most = 0;
        for (const [p, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n > most) { best = p; most = n; }
        return best;
    };

    const nodes = new Map<string, ArchNodeInfo>();
    const children: ElkNode[] = [];
    // Model order within a band keeps the layout stable when unrelated text changes.
    const ordered = [...scoped].sort((a, b) => partitionOf(a.element) - partitionOf(b.element));
    for (const { element, status } of ordered) {
        const partition = partitionOf(element);
        const textWidthMax = NODE_WIDTH - 2 * NODE_PAD_X;
        const nameLines = wrapText(element.name || element.id, textWidthMax, NAME_SIZE, true);
        const detailLines: string[] = [];
        const code = element.code ? element.code.code : undefined;
        detailLines.push(...wrapText(code ? `${code} \u00b7 ${element.id}` : element.id, textWidthMax, DETAIL_SIZE));
        if (element.owner) detailLines.push(...wrapText(`pemilik: ${unitLabel.get(element.owner) ?? element.owner}`, textWidthMax, DETAIL_SIZE));
        if (status !== 'aktif') detailLines.push(`status: ${status}`);
        const height = NODE_PAD_TOP + nameLines.length * NAME_LINE + detailLines.length * DETAIL_LINE + NODE_PAD_BOTTOM;
        nodes.set(element.id, { element, status, partition, nameLines, detailLines });
        children.push({
            id: element.id,
            width: NODE_WIDTH,
            height: Math.max(52, height),
            layoutOptions: { 'elk.partitioning.partition': String(partition) },
        });
    }

    const large = children.length > LARGE_VIEW;
    const edges: ArchEdgeInfo[] = [];
    const elkEdges: ElkExtendedEdge[] = [];
    const usedIds = new Set<string>();
    for (const relation of relations) {
        let id = `${relation.from}->${relation.to}:${relation.kind}`;
        for (let n = 2; usedIds.has(id); n++) id = `${relation.from}->${relation.to}:${relation.kind}#${n}`;
        usedIds.add(id);
        const reversed = nodes.get(relation.from)!.partition > nodes.get(relation.to)!.partition;
        const label = RELATION_LABELS[relation.kind] + (relation.via ? ` via ${relation.via}` : '');
        edges.push({ id, relation, reversed, label });
        elkEdges.push({
            id,
            sources: [reversed ? relation.to : relation.from],
            targets: [reversed ? relation.from : relation.to],
            // Labels at the edge's tail (near the source, read "source <relation> target"). Centre labels
            // would become dummy nodes: a fifth wider on Kota Malang and several times slower at 300 elements.
            labels: [{
                id: `${id}:label`, text: label, width: Math.ceil(textWidth(label, EDGE_LABEL_SIZE)) + 6, height: 14,
                layoutOptions: { 'elk.edgeLabels.placement': 'TAIL' },
            }],
        });
    }

    const graph: ElkNode = {
        id: 'arsitektur',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'DOWN',
            'elk.edgeRouting': 'ORTHOGONAL',
            'elk.partitioning.activate': 'true',
            // Unconnected elements must stay in their domain's band, not be packed aside as separate components.
            'elk.separateConnectedComponents': 'false',
            'elk.randomSeed': '1',
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
            'elk.layered.nodePlacement.strategy': large ? 'BRANDES_KOEPF' : 'NETWORK_SIMPLEX',
            'elk.layered.spacing.nodeNodeBetweenLayers': '44',
            'elk.layered.spacing.edgeNodeBetweenLayers': '18',
            'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
            'elk.spacing.nodeNode': '28',
            'elk.spacing.edgeNode': '16',
            'elk.spacing.edgeEdge': '10',
            'elk.spacing.edgeLabel': '4',
            'elk.padding': `[top=24,left=${BAND_LABEL_WIDTH + 16},bottom=24,right=24]`,
        },
        children,
        edges: elkEdges,
    };
    if (large) presetLayersAndOrder(graph, nodes);

    const title = model.agency ? `Arsitektur SPBE \u2014 ${model.agency.name}` : 'Arsitektur SPBE';
    const scopeText: string[] = [];
    if (options.focus) scopeText.push(`fokus: ${options.focus} (kedalaman ${options.depth ?? 1})`);
    if (options.domains?.length) scopeText.push(`domain: ${options.domains.join(', ')}`);
    if (options.units?.length) scopeText.push(`unit: ${options.units.join(', ')}`);
    if (options.year !== undefined) scopeText.push(`keadaan akhir tahun ${options.year}`);
    const subtitle = `${nodes.size} elemen, ${edges.length} relasi` + (scopeText.length ? ` \u00b7 ${scopeText.join(' \u00b7 ')}` : '');
    return { graph, nodes, edges, title, subtitle };
}

/**
 * Large views: layers and in-layer order from layer-order.ts, handed to ELK as positions (nodes) and
 * bend points (edges' dummy nodes), which its interactive layering, cycle breaking and crossing
 * minimisation keep. ELK reads a node's layer from its y and its order from its x; a dummy's order
 * from the edge's hint section, whose points ELK reads untransposed (x along the layers, y across).
 * layoutGraph() drops what is left of a hint when ELK routes an edge without bends.
 */
function presetLayersAndOrder(graph: ElkNode, nodes: Map<string, ArchNodeInfo>): void {
    const children = graph.children!, edges = graph.edges!;
    const order = layerAndOrder(children.map(c => c.id), new Map([...nodes].map(([id, n]) => [id, n.partition])),
        edges.map(e => ({ id: e.id, source: e.sources[0], target: e.targets[0] })));
    // Layers far enough apart that no node reaches into the next; order slots wider than any node.
    const layerGap = Math.max(...children.map(c => c.height!)) + 100;
    const slot = 2 * NODE_WIDTH;
    const byId = new Map(children.map(c => [c.id, c]));
    // ELK's position of a layer for dummies: the mean centre of the layer's nodes.
    const centre = new Array<number>(order.layerCount).fill(0), count = new Array<number>(order.layerCount).fill(0);
    for (const c of children) {
        const l = order.layerOf.get(c.id)!;
        c.x = order.rank.get(c.id)! * slot;
        c.y = (l + 1) * layerGap;
        centre[l] += c.y + c.height! / 2;
        count[l]++;
        delete c.layoutOptions;
    }
    for (let l = 0; l < order.layerCount; l++) centre[l] /= count[l];
    for (const e of edges) {
        const ranks = order.dummyRanks.get(e.id)!;
        if (ranks.length === 0) continue;
        const s = byId.get(e.sources[0])!, t = byId.get(e.targets[0])!;
        const sl = order.layerOf.get(s.id)!, tl = order.layerOf.get(t.id)!;
        const top = Math.min(sl, tl);
        let bends = ranks.map((r, k) => ({ x: centre[top + 1 + k], y: r * slot + NODE_WIDTH / 2 }));
        if (sl > tl) bends = bends.reverse();
        e.sections = [{
            id: `${e.id}:hint`,
            startPoint: { x: centre[sl], y: s.x! + NODE_WIDTH / 2 },
            endPoint: { x: centre[tl], y: t.x! + NODE_WIDTH / 2 },
            bendPoints: bends,
        }];
    }
    Object.assign(graph.layoutOptions!, {
        'elk.partitioning.activate': 'false',
        'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
        'elk.layered.layering.strategy': 'INTERACTIVE',
        'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
        'elk.layered.considerModelOrder.strategy': 'NONE',
    });
}
