// The architecture view as an ELK graph: one node per element, one edge per relation, laid out by
// ELK's layered algorithm top-down. Domains become ELK partitions in the national order (layanan,
// proses, data, aplikasi, infrastruktur), so each domain occupies a band of consecutive layers;
// a keamanan element joins the band of the domain it mostly protects, so it sits beside it.
// Edges that would point "up" the national order are reversed for layout only (relations then flow
// one way) and drawn with the arrowhead at the real target.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { ArchElement, Domain, ElementStatus, Relation, SemanticModel } from '../model/types.js';
import { assertViewOptions, type ArchitectureDiffMarks, type ArchitectureViewOptions } from './options.js';
import { layoutLarge, type LargeSpacing } from './large-layout.js';
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
/** Above this many nodes, the view is laid out by large-layout.ts rather than by ELK. */
export const LARGE_VIEW = 120;
/** Left margin of the graph where band titles go. */
export const BAND_LABEL_WIDTH = 150;
/** Spacings of the layout, by ELK (small views) or large-layout.ts (large ones). */
const SPACING: LargeSpacing = {
    nodeNode: 28, edgeNode: 16, edgeEdge: 10, betweenLayers: 44, edgeNodeBetweenLayers: 18, edgeEdgeBetweenLayers: 10, edgeLabel: 4,
    padding: { top: 24, left: BAND_LABEL_WIDTH + 16, bottom: 24, right: 24 },
};

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
    /** The relation as a sentence of element names, for the tooltip: "Malang Mbois terintegrasi dengan SP4N-LAPOR! melalui SPLP". */
    title: string;
}

export interface ArchitectureView {
    graph: ElkNode;
    /** The graph laid out, when that was done here (large views); otherwise ELK lays out `graph`. */
    laid?: ElkNode;
    nodes: Map<string, ArchNodeInfo>;
    edges: ArchEdgeInfo[];
    title: string;
    subtitle: string;
    /** The diff view's marks, when the view compares two versions. */
    diff?: ArchitectureDiffMarks;
}

const RELATION_LABELS: Record<Relation['kind'], string> = {
    'didukung-oleh': 'didukung oleh', 'melalui': 'melalui', 'menghasilkan': 'menghasilkan', 'menggunakan': 'menggunakan',
    'mendukung': 'mendukung', 'memproses': 'memproses', 'berjalan-di': 'berjalan di',
    'terintegrasi-dengan': 'terintegrasi dengan', 'terhubung-ke': 'terhubung ke', 'melindungi': 'melindungi',
};

export function buildArchitectureView(model: SemanticModel, options: ArchitectureViewOptions = {}): ArchitectureView {
    assertViewOptions('architecture', options);
    const scoped = scopeArchitecture(model, options);
    const shown = new Set(scoped.map(s => s.element.id));
    // The same relation stated twice (a name declared twice with its relations, or a target listed twice)
    // is one arrow: two identical arrows on top of each other doubled the layout time of such a model.
    const drawn = new Set<string>();
    const hidden = new Set(options.hiddenRelations ?? []);
    const relations = model.relations.filter(r => {
        if (hidden.has(r.kind)) return false;
        if (!shown.has(r.from) || !shown.has(r.to) || r.from === r.to) return false;
        const key = `${r.from}\n${r.to}\n${r.kind}\n${r.via ?? ''}`;
        if (drawn.has(key)) return false;
        drawn.add(key);
        return true;
    });
    const byId = new Map(scoped.map(s => [s.element.id, s]));
    const unitLabel = new Map(model.units.map(u => [u.id, u.abbreviation ?? u.id]));

    // A keamanan element's band: the domain it protects most (ties: the earlier in the national order).
    const protectedBands = new Map<string, Map<number, number>>();
    for (const r of relations) {
        if (r.kind !== 'melindungi') continue;
        const target = byId.get(r.to)!.element;
        if (target.domain === 'keamanan') continue;
        const counts = protectedBands.get(r.from) ?? new Map<number, number>();
        const p = BAND_ORDER.indexOf(target.domain);
        counts.set(p, (counts.get(p) ?? 0) + 1);
        protectedBands.set(r.from, counts);
    }
    const partitionOf = (e: ArchElement): number => {
        if (e.domain !== 'keamanan') return BAND_ORDER.indexOf(e.domain);
        let best = BAND_ORDER.indexOf('keamanan'), most = 0;
        for (const [p, n] of [...protectedBands.get(e.id) ?? []].sort((a, b) => a[0] - b[0])) if (n > most) { best = p; most = n; }
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
    const names = new Map<string, string>();
    for (const e of model.elements) if (!names.has(e.id)) names.set(e.id, e.name);
    const nameOf = (id: string) => names.get(id) || id;
    for (const relation of relations) {
        let id = `${relation.from}->${relation.to}:${relation.kind}`;
        for (let n = 2; usedIds.has(id); n++) id = `${relation.from}->${relation.to}:${relation.kind}#${n}`;
        usedIds.add(id);
        const reversed = nodes.get(relation.from)!.partition > nodes.get(relation.to)!.partition;
        // An integration through a bus reads "terintegrasi melalui <bus>" on the edge (not "terintegrasi dengan via <bus>").
        const label = relation.via ? `terintegrasi melalui ${relation.via}` : RELATION_LABELS[relation.kind];
        const title = `${nameOf(relation.from)} ${RELATION_LABELS[relation.kind]} ${nameOf(relation.to)}${relation.via ? ` melalui ${nameOf(relation.via)}` : ''}`;
        edges.push({ id, relation, reversed, label, title });
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
            'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
            'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
            'elk.layered.spacing.edgeNodeBetweenLayers': String(SPACING.edgeNodeBetweenLayers),
            'elk.layered.spacing.edgeEdgeBetweenLayers': String(SPACING.edgeEdgeBetweenLayers),
            'elk.spacing.nodeNode': String(SPACING.nodeNode),
            'elk.spacing.edgeNode': String(SPACING.edgeNode),
            'elk.spacing.edgeEdge': String(SPACING.edgeEdge),
            'elk.spacing.edgeLabel': String(SPACING.edgeLabel),
            'elk.padding': `[top=${SPACING.padding.top},left=${SPACING.padding.left},bottom=${SPACING.padding.bottom},right=${SPACING.padding.right}]`,
        },
        children,
        edges: elkEdges,
    };
    const laid = large ? layOutHere(graph, nodes) : undefined;

    const title = options.title ?? (model.agency ? `Arsitektur SPBE \u2014 ${model.agency.name}` : 'Arsitektur SPBE');
    const scopeText: string[] = [];
    if (options.focus) scopeText.push(`fokus: ${options.focus} (kedalaman ${options.depth ?? 1})`);
    if (options.domains?.length) scopeText.push(`domain: ${options.domains.join(', ')}`);
    if (options.units?.length) scopeText.push(`unit: ${options.units.join(', ')}`);
    if (options.year !== undefined) scopeText.push(`keadaan akhir tahun ${options.year}`);
    if (options.diff) {
        const shownMarks = [...nodes.keys()].map(id => options.diff!.elements[id]).filter(Boolean);
        const count = (m: string) => shownMarks.filter(x => x === m).length;
        scopeText.push(`perbandingan: ${count('added')} ditambah, ${count('removed')} dihapus, ${count('changed')} diubah`);
    }
    const subtitle = `${nodes.size} elemen, ${edges.length} relasi` + (scopeText.length ? ` \u00b7 ${scopeText.join(' \u00b7 ')}` : '');
    return { graph, laid, nodes, edges, title, subtitle, diff: options.diff };
}

/**
 * Large views: laid out by large-layout.ts. The graph keeps the result as positions, routes and label
 * positions for ELK's "fixed" algorithm (so layoutGraph() returns it as it is) and is itself the
 * laid-out graph to draw, without a round trip through ELK.
 */
function layOutHere(graph: ElkNode, nodes: Map<string, ArchNodeInfo>): ElkNode {
    const children = graph.children!, edges = graph.edges!;
    const layout = layoutLarge(
        children.map(c => ({ id: c.id, width: c.width!, height: c.height!, band: nodes.get(c.id)!.partition })),
        edges.map(e => ({ id: e.id, source: e.sources[0], target: e.targets[0], label: e.labels?.[0] && { width: e.labels[0].width!, height: e.labels[0].height! } })),
        SPACING);
    for (const c of children) {
        Object.assign(c, layout.nodes.get(c.id)!);
        delete c.layoutOptions;
    }
    for (const e of edges) {
        const { points, label } = layout.edges.get(e.id)!;
        e.sections = [{ id: `${e.id}:route`, startPoint: points[0], endPoint: points[points.length - 1], bendPoints: points.slice(1, -1) }];
        if (label && e.labels?.[0]) Object.assign(e.labels[0], label);
        for (const l of e.labels ?? []) delete l.layoutOptions;
    }
    graph.width = layout.width;
    graph.height = layout.height;
    // Keep the size computed here: ELK's fixed algorithm would add the left padding twice.
    graph.layoutOptions = { 'elk.algorithm': 'org.eclipse.elk.fixed', 'elk.nodeSize.fixedGraphSize': 'true' };
    return graph;
}
