// The architecture view as an ELK graph. What it shows comes from architecture-plan.ts: elements, or
// (where the elements would not read at fit) groups of them to drill into, with counted edges. Domains
// are bands top to bottom in the national order, keamanan last, in a band of its own; a band too
// wide for the panel is wrapped into rows (band-rows.ts). Each band row is an ELK partition, so the
// layered algorithm runs top-down through the bands. Edges that would point "up" the order are
// reversed for layout only (relations then flow one way) and drawn with the arrowhead at the real
// target. Edges of one kind into one shared end meet at one port (a hyperedge) and carry one label.
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api.js';
import type { ArchElement, Domain, ElementStatus, OrgUnit, Relation, RelationKind, SemanticModel } from '../model/types.js';
import { assertViewOptions, type ArchitectureDiffMarks, type ArchitectureViewOptions } from './options.js';
import { ArchitecturePlanner, drawnRelations, elementsBelow, type DrawnRelation, type PlanEdge, type ViewPlan } from './architecture-plan.js';
import { bandRows } from './band-rows.js';
import type { Group } from './groups.js';
import { layoutLarge, type LargeSpacing } from './large-layout.js';
import { scopeArchitecture } from './scope.js';
import { DOMAIN_NAMES } from './theme.js';
import { textWidth, wrapText } from './svg-util.js';

/** Domains that form bands, top to bottom, in the national order; keamanan has the last band. */
export const BAND_ORDER: readonly Domain[] = ['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur', 'keamanan'];

export const NODE_WIDTH = 140;
export const GROUP_WIDTH = 176;
/** A group is drawn as a stack of two shapes, the one behind offset by this much. */
export const STACK = 5;
export const NODE_PAD_X = 10;
export const NODE_PAD_TOP = 8;
export const NODE_PAD_BOTTOM = 8;
export const NAME_SIZE = 11;
export const NAME_LINE = 14;
export const DETAIL_SIZE = 10;
export const DETAIL_LINE = 13;
export const EDGE_LABEL_SIZE = 10;
export const EDGE_LABEL_HEIGHT = 14;
/** Name lines of an element node at most (the full name is in its tooltip). */
const NAME_LINES = 5;
/** Above this many nodes, the view is laid out by large-layout.ts rather than by ELK. */
export const LARGE_VIEW = 120;
/** Width : height a large view's graph is laid out within (svg-architecture.ts pads the drawing to MAX_ASPECT if need be). */
const LARGE_ASPECT = 2.9;
/** Left margin of the graph where band titles go. */
export const BAND_LABEL_WIDTH = 128;
/** Spacings of the layout, by ELK (small views) or large-layout.ts (large ones). */
const SPACING: LargeSpacing = {
    nodeNode: 10, edgeNode: 8, edgeEdge: 8, betweenLayers: 34, edgeNodeBetweenLayers: 18, edgeEdgeBetweenLayers: 8, edgeLabel: 4,
    padding: { top: 14, left: BAND_LABEL_WIDTH + 12, bottom: 12, right: 16 },
};

export interface ArchNodeInfo {
    id: string;
    kind: 'element' | 'group';
    domain: Domain;
    /** Band (index in BAND_ORDER) and the layout partition of its row. */
    band: number;
    partition: number;
    /** Outside the group being looked at: a neighbour shown for context. */
    context: boolean;
    element?: ArchElement;
    /** The element's status, or for a group the most common one. */
    status: ElementStatus;
    group?: Group;
    /** For a group: its elements and how many are planned or retired. */
    counts?: { total: number; rencana: number; dihentikan: number };
    nameLines: string[];
    detailLines: string[];
    errors: number;
    warnings: number;
    tooltip: string;
    /** The group a click on this node opens. */
    drill?: string;
}

export interface ArchEdgeInfo {
    id: string;
    /** Node ids, in the relation's direction. */
    from: string;
    to: string;
    /** The relation, when the edge is one relation between two elements. */
    relation?: Relation;
    /** Its kind, when all relations it stands for have one kind. */
    kind?: RelationKind;
    /** Relations it stands for. */
    count: number;
    /** The model's relations it stands for (an integration through a bus stands behind both of its legs). */
    relations: Relation[];
    /** Laid out from `to` to `from` (the arrowhead goes at the start of the routed path). */
    reversed: boolean;
    label: string;
    /**
     * For the tooltip: each relation as a sentence of element names, the bus last ("Malang Mbois terintegrasi
     * dengan SP4N-LAPOR! melalui SPLP"), or for a counted edge the two ends and the kinds.
     */
    title: string;
    /** Edges with the same bundle share their shared end (a port) and one label. */
    bundle?: string;
    /** Edges with the same port meet at one point of their shared end (a hyperedge). */
    port?: string;
}

export interface ArchitectureView {
    graph: ElkNode;
    /** The graph laid out, when that was done here (large views); otherwise ELK lays out `graph`. */
    laid?: ElkNode;
    nodes: Map<string, ArchNodeInfo>;
    edges: ArchEdgeInfo[];
    title: string;
    subtitle: string;
    /** Groups from the overview to the one shown, for the breadcrumb (empty on the overview). */
    trail: { id: string; title: string }[];
    plan: ViewPlan;
    /** The diff view's marks, when the view compares two versions. */
    diff?: ArchitectureDiffMarks;
}

export const RELATION_LABELS: Record<RelationKind, string> = {
    'didukung-oleh': 'didukung oleh', 'melalui': 'melalui', 'menghasilkan': 'menghasilkan', 'menggunakan': 'menggunakan',
    'mendukung': 'mendukung', 'memproses': 'memproses', 'berjalan-di': 'berjalan di',
    'terintegrasi-dengan': 'terintegrasi dengan', 'terhubung-ke': 'terhubung ke', 'melindungi': 'melindungi',
};

/** How a count of a domain's elements reads: "12 aplikasi". */
const DOMAIN_NOUNS: Record<Domain, string> = {
    layanan: 'layanan', proses: 'proses bisnis', data: 'data', aplikasi: 'aplikasi', infrastruktur: 'infrastruktur', keamanan: 'keamanan',
};

export interface BuildOptions extends ArchitectureViewOptions {
    /** Items the view may hold when opening groups beyond what two clicks need. */
    show?: number;
    /** Edges the view may hold when opening groups beyond what two clicks need. */
    maxEdges?: number;
    /** Show the neighbours of a drilled-down group (default true). */
    context?: boolean;
    /** Draw the edges (default true; without them a view of many groups always reads at fit). */
    edges?: boolean;
    /** The overview shows groups even where all elements would fit one view (architecture-plan.ts). */
    groupsFirst?: boolean;
    /** Nodes in one row of a band at most (default: as the view's estimated shape suggests). */
    perRow?: number;
    /** Lay out here (large-layout.ts) rather than by ELK (default: above LARGE_VIEW nodes). */
    layoutHere?: boolean;
}

/** What every view of one scope shares: the elements in it, their status, the relations drawn, the hierarchy. */
export interface PreparedArchitecture {
    statusOf: Map<string, ElementStatus>;
    planner: ArchitecturePlanner;
}

export function prepareArchitecture(model: SemanticModel, options: ArchitectureViewOptions = {}): PreparedArchitecture {
    assertViewOptions('architecture', options);
    const scoped = scopeArchitecture(model, options);
    const statusOf = new Map(scoped.map(s => [s.element.id, s.status]));
    // A named view's `kecualikan relasi ...`: those kinds have no arrows.
    const hidden = new Set(options.hiddenRelations ?? []);
    const relations = drawnRelations(model.relations.filter(r => !hidden.has(r.kind)), new Set(statusOf.keys()));
    const planner = new ArchitecturePlanner(scoped.map(s => s.element), model.units, relations);
    planner.focusOf(options.drill);   // an unknown group is an error before any layout
    return { statusOf, planner };
}

/** Label of a drawn relation between two elements. */
function relationLabel(r: DrawnRelation): string {
    if (r.hub) return 'integrasi';
    // The bus not drawn: an integration through it reads "terintegrasi melalui <bus>" (not "terintegrasi dengan via").
    if (r.via) return `terintegrasi melalui ${r.via}`;
    return RELATION_LABELS[r.kind];
}

export function buildArchitectureView(model: SemanticModel, options: BuildOptions = {},
    prepared: PreparedArchitecture = prepareArchitecture(model, options)): ArchitectureView {
    const { statusOf, planner } = prepared;
    const plan = planner.plan({
        drill: options.drill, allElements: options.allElements, show: options.show ?? 40, maxEdges: options.maxEdges ?? 80,
        context: options.context ?? true, groupsFirst: options.groupsFirst,
    });
    const unitName = new Map<string, OrgUnit>(model.units.map(u => [u.id, u]));

    // ---- nodes
    const nodes = new Map<string, ArchNodeInfo>();
    for (const n of plan.nodes) {
        if (n.kind === 'element') {
            const e = n.element;
            const status = statusOf.get(e.id) ?? e.status;
            const text = NODE_WIDTH - 2 * NODE_PAD_X;
            const nameLines = wrapText(e.name || e.id, text, NAME_SIZE, true, NAME_LINES);
            const code = e.code ? e.code.code : undefined;
            const detailLines = wrapText(code ?? e.id, text, DETAIL_SIZE, false, 1);
            const owner = e.owner ? unitName.get(e.owner)?.name ?? e.owner : undefined;
            const tooltip = [`${e.name} (${e.id})`, code && `${code}${e.code?.name ? ` ${e.code.name}` : ''}`, owner && `pemilik: ${owner}`,
                status !== 'aktif' && `status: ${status}`, e.description].filter(Boolean).join('\n');
            nodes.set(n.id, {
                id: n.id, kind: 'element', domain: e.domain, band: BAND_ORDER.indexOf(e.domain), partition: 0, context: n.context,
                element: e, status, nameLines, detailLines, errors: e.errors, warnings: e.warnings, tooltip,
            });
        } else {
            const g = n.group;
            const domain = g.domain!;
            const text = GROUP_WIDTH - STACK - 2 * NODE_PAD_X;
            const members = elementsBelow(g);
            const counts = { total: members.length, rencana: 0, dihentikan: 0 };
            let errors = 0, warnings = 0;
            for (const id of members) {
                const s = statusOf.get(id);
                if (s === 'rencana') counts.rencana++;
                if (s === 'dihentikan') counts.dihentikan++;
                const e = plan.hierarchy.elements.get(id)!;
                errors += e.errors;
                warnings += e.warnings;
            }
            const title = groupTitle(g, plan.focus);
            const nameLines = wrapText(title, text, NAME_SIZE, true, 2);
            const detailLines = g.subtitle && g.kind !== 'bagian' ? wrapText(g.subtitle, text, DETAIL_SIZE, false, 2) : [];
            const extra = [counts.rencana && `${counts.rencana} rencana`, counts.dihentikan && `${counts.dihentikan} dihentikan`].filter(Boolean);
            detailLines.push(...wrapText([`${counts.total} ${DOMAIN_NOUNS[domain]}`, ...extra].join(' \u00b7 '), text, DETAIL_SIZE, false, 2));
            if (options.diff) {
                // The diff view: what changed inside the group.
                const marks = members.map(id => options.diff!.elements[id]).filter(Boolean);
                const changes = (['added', 'removed', 'changed'] as const).map(m => [m, marks.filter(x => x === m).length] as const).filter(([, n]) => n > 0)
                    .map(([m, n]) => `${n} ${m === 'added' ? 'ditambah' : m === 'removed' ? 'dihapus' : 'diubah'}`);
                if (changes.length) detailLines.push(...wrapText(changes.join(' \u00b7 '), text, DETAIL_SIZE, false, 2));
            }
            const tooltip = [`${title}${g.subtitle ? ` \u2014 ${g.subtitle}` : ''}`, `${counts.total} elemen ${DOMAIN_NAMES[domain]}`,
                'Klik untuk merinci', `--drill ${g.id}`].join('\n');
            nodes.set(n.id, {
                id: n.id, kind: 'group', domain, band: BAND_ORDER.indexOf(domain), partition: 0, context: n.context,
                group: g, counts, status: counts.rencana + counts.dihentikan > counts.total / 2 ? (counts.rencana >= counts.dihentikan ? 'rencana' : 'dihentikan') : 'aktif',
                nameLines, detailLines, errors, warnings, tooltip, drill: g.id,
            });
        }
    }

    // ---- edges, reversed where they point up the band order
    const edges: ArchEdgeInfo[] = [];
    // Element names for the edges' tooltips, looked up once per view (the first of a name declared twice).
    const names = new Map<string, string>();
    for (const e of model.elements) if (!names.has(e.id)) names.set(e.id, e.name);
    const nameOf = (id: string) => names.get(id) || id;
    if (options.edges !== false) for (const pe of plan.edges) edges.push(edgeInfo(pe, nodes, nameOf));
    // ---- rows and partitions
    const size = (n: ArchNodeInfo) => ({ width: n.kind === 'group' ? GROUP_WIDTH : NODE_WIDTH, height: nodeHeight(n) });
    const rowInput = [...nodes.values()].map(n => ({ id: n.id, band: n.band, ...size(n) }));
    const rowEdges = edges.map(e => e.reversed ? { source: e.to, target: e.from } : { source: e.from, target: e.to });
    const rowSpacing = { nodeGap: SPACING.nodeNode + 8, rowGap: SPACING.betweenLayers + 40, extraWidth: BAND_LABEL_WIDTH + 40, extraHeight: 160 };
    let rows = bandRows(rowInput, rowEdges, rowSpacing, options.perRow);
    for (const n of nodes.values()) n.partition = rows.partition.get(n.id)!;
    for (const e of edges) e.reversed = nodes.get(e.from)!.partition > nodes.get(e.to)!.partition;
    const large = options.layoutHere ?? nodes.size > LARGE_VIEW;
    // Bundles meet at ports, which only ELK lays out.
    if (!large) bundle(edges, nodes);

    // ---- the ELK graph
    const children: ElkNode[] = [];
    const ordered = [...nodes.values()].sort((a, b) => a.partition - b.partition);
    const ports = new Map<string, ElkPort[]>();
    const elkEdges: ElkExtendedEdge[] = [];
    for (const e of edges) {
        let source = e.reversed ? e.to : e.from, target = e.reversed ? e.from : e.to;
        if (e.port) {
            // The shared end gets one port; edges of the bundle meet there.
            const shared = e.port.startsWith('>') ? e.to : e.from;
            const atTarget = shared === target;
            const port = `${shared}#${e.port}#${atTarget ? 'N' : 'S'}`;
            const list = ports.get(shared) ?? [];
            if (!list.some(p => p.id === port)) list.push({ id: port, width: 0, height: 0, layoutOptions: { 'elk.port.side': atTarget ? 'NORTH' : 'SOUTH' } });
            ports.set(shared, list);
            if (atTarget) target = port; else source = port;
        }
        elkEdges.push({ id: e.id, sources: [source], targets: [target] });
    }
    for (const n of ordered) {
        const p = ports.get(n.id);
        children.push({
            id: n.id, ...size(n),
            layoutOptions: { 'elk.partitioning.partition': String(n.partition), ...(p ? { 'elk.portConstraints': 'FIXED_SIDE' } : {}) },
            ...(p ? { ports: p } : {}),
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
            'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
            'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
            'elk.layered.spacing.edgeNodeBetweenLayers': String(SPACING.edgeNodeBetweenLayers),
            'elk.layered.spacing.edgeEdgeBetweenLayers': String(SPACING.edgeEdgeBetweenLayers),
            'elk.spacing.nodeNode': String(SPACING.nodeNode),
            'elk.spacing.edgeNode': String(SPACING.edgeNode),
            'elk.spacing.edgeEdge': String(SPACING.edgeEdge),
            'elk.padding': `[top=${SPACING.padding.top},left=${SPACING.padding.left},bottom=${SPACING.padding.bottom},right=${SPACING.padding.right}]`,
        },
        children,
        edges: elkEdges,
    };
    let laid: ElkNode | undefined;
    if (large) {
        const edgeById = new Map(edges.map(e => [e.id, e]));
        // Laid out here in milliseconds: narrower rows until the drawing is within the aspect limit.
        for (let attempt = 0; ; attempt++) {
            laid = layOutHere(structuredClone(graph), nodes, edges);
            const aspect = laid.width! / Math.max(1, laid.height!);
            if (aspect <= LARGE_ASPECT || rows.perRow === 1 || attempt === 8) break;
            rows = bandRows(rowInput, rowEdges, rowSpacing, Math.max(1, Math.floor(rows.perRow * 0.9 * Math.min(0.8, LARGE_ASPECT / aspect))));
            for (const n of nodes.values()) n.partition = rows.partition.get(n.id)!;
            for (const e of edges) e.reversed = nodes.get(e.from)!.partition > nodes.get(e.to)!.partition;
            for (const c of graph.children!) c.layoutOptions!['elk.partitioning.partition'] = String(nodes.get(c.id)!.partition);
            for (const ge of graph.edges!) {
                const e = edgeById.get(ge.id)!;
                ge.sources = [e.reversed ? e.to : e.from];
                ge.targets = [e.reversed ? e.from : e.to];
            }
        }
        graph.children = laid.children; graph.edges = laid.edges; graph.width = laid.width; graph.height = laid.height; graph.layoutOptions = laid.layoutOptions;
    }

    const title = options.title ?? (model.agency ? `Arsitektur SPBE \u2014 ${model.agency.name}` : 'Arsitektur SPBE');
    const scopeText: string[] = [];
    if (options.focus) scopeText.push(`fokus: ${options.focus} (kedalaman ${options.depth ?? 1})`);
    if (options.domains?.length) scopeText.push(`domain: ${options.domains.join(', ')}`);
    if (options.units?.length) scopeText.push(`unit: ${options.units.join(', ')}`);
    if (options.year !== undefined) scopeText.push(`keadaan akhir tahun ${options.year}`);
    const members = new Set(elementsBelow(plan.focus));
    if (options.diff) {
        // What changed among the elements of the view (inside its groups too).
        const marks = [...members].map(id => options.diff!.elements[id]).filter(Boolean);
        const count = (m: string) => marks.filter(x => x === m).length;
        scopeText.push(`perbandingan: ${count('added')} ditambah, ${count('removed')} dihapus, ${count('changed')} diubah`);
    }
    const inFocus = [...nodes.values()].filter(n => !n.context);
    const groups = inFocus.filter(n => n.kind === 'group').length;
    // Relations of the model (an integration through a bus is one, though drawn as two legs).
    const inside = new Set<Relation>(), across = new Set<Relation>();
    for (const r of planner.relations) {
        const ends = (members.has(r.from) ? 1 : 0) + (members.has(r.to) ? 1 : 0);
        for (const m of r.relations) (ends === 2 ? inside : ends === 1 ? across : undefined)?.add(m);
    }
    for (const m of inside) across.delete(m);
    const what = groups > 0
        ? `${members.size} elemen: ${groups} kelompok${inFocus.length > groups ? ` dan ${inFocus.length - groups} elemen` : ''} (klik kelompok untuk merinci)`
        : `${members.size} elemen, ${inside.size} relasi${plan.focus !== plan.hierarchy.root ? ` di dalam, ${across.size} ke luar` : ''}`;
    const unshown = options.edges === false && plan.edges.length > 0 ? ` \u00b7 ${plan.edges.length} garis relasi antarkelompok tidak digambar (terlalu banyak untuk terbaca): rinci per kelompok` : '';
    const subtitle = what + unshown + (scopeText.length ? ` \u00b7 ${scopeText.join(' \u00b7 ')}` : '');
    const trail = plan.trail.map(g => ({ id: g.id, title: groupTitle(g, g.parent) }));
    return { graph, laid, nodes, edges, title, subtitle, trail, plan, diff: options.diff };
}

/**
 * A group's name in a node: the unit (abbreviation or id), the code or the part; a code group whose unit
 * is not the group being looked at is prefixed with that unit ("Bkad \u00b7 RAA.02").
 */
function groupTitle(g: Group, focus: Group | undefined): string {
    if (g.kind !== 'kode') return g.title;
    for (let p = g.parent; p && p !== focus; p = p.parent) if (p.kind === 'unit') return `${p.title} \u00b7 ${g.title}`;
    return g.title;
}

export function nodeHeight(n: Pick<ArchNodeInfo, 'kind' | 'nameLines' | 'detailLines'>): number {
    return Math.max(44, NODE_PAD_TOP + n.nameLines.length * NAME_LINE + n.detailLines.length * DETAIL_LINE + NODE_PAD_BOTTOM) + (n.kind === 'group' ? STACK : 0);
}

function edgeInfo(pe: PlanEdge, nodes: Map<string, ArchNodeInfo>, nameOf: (id: string) => string): ArchEdgeInfo {
    const from = nodes.get(pe.from)!, to = nodes.get(pe.to)!;
    // By band for now; by row once the rows are known.
    const reversed = from.band > to.band;
    const kinds = new Map<RelationKind, number>();
    let count = 0;
    for (const r of pe.relations) {
        const n = Math.max(1, r.relations.length);
        // A leg through a bus stands for every integration through it; count relations, not legs.
        count += r.kind === 'terintegrasi-dengan' ? n : 1;
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + (r.kind === 'terintegrasi-dengan' ? n : 1));
    }
    const single = from.kind === 'element' && to.kind === 'element';
    const kind = kinds.size === 1 ? [...kinds.keys()][0] : undefined;
    let label: string;
    if (single) {
        const r = pe.relations[0];
        label = relationLabel(r);
    } else {
        // Counted: the number reads at a glance, the kinds are in the tooltip.
        label = count === 1 ? relationLabel(pe.relations[0]) : String(count);
    }
    const name = (n: ArchNodeInfo) => n.element ? n.element.name || n.element.id : n.nameLines.join(' ');
    // Each relation as a sentence of names, the bus last (a leg to a bus stands for every integration through it).
    const title = single
        ? pe.relations[0].relations.map(r => `${nameOf(r.from)} ${RELATION_LABELS[r.kind]} ${nameOf(r.to)}${r.via ? ` melalui ${nameOf(r.via)}` : ''}`).join('\n')
        : `${name(from)} \u2192 ${name(to)}\n` + [...kinds].map(([k, n]) => `${n}\u00d7 ${RELATION_LABELS[k]}`).join('\n');
    return {
        id: pe.id, from: pe.from, to: pe.to, relation: single ? pe.relations[0].relations[0] : undefined, kind, count,
        relations: [...new Set(pe.relations.flatMap(r => r.relations))], reversed, label, title,
    };
}

/**
 * Edges between elements of one kind into one shared target (or, failing that, out of one shared
 * source) form a bundle: they meet at one port of the shared end and carry one label. Counted edges
 * into one shared target meet at one port too, each keeping its own count.
 */
function bundle(edges: ArchEdgeInfo[], nodes: Map<string, ArchNodeInfo>): void {
    const single = (e: ArchEdgeInfo) => e.relation !== undefined;
    const by = (which: (e: ArchEdgeInfo) => boolean, key: (e: ArchEdgeInfo) => string) => {
        const m = new Map<string, ArchEdgeInfo[]>();
        for (const e of edges) if (which(e) && !e.port) { const k = key(e); m.set(k, [...m.get(k) ?? [], e]); }
        return [...m].filter(([, list]) => list.length > 1);
    };
    for (const [k, list] of by(single, e => `>${e.to}:${e.label}`)) for (const e of list) e.bundle = e.port = k;
    for (const [k, list] of by(single, e => `<${e.from}:${e.label}`)) for (const e of list) e.bundle = e.port = k;
    for (const [k, list] of by(e => !single(e), e => `>${e.to}:${nodes.get(e.from)!.partition < nodes.get(e.to)!.partition ? 'N' : 'S'}`)) for (const e of list) e.port = k;
}

/**
 * Large views: laid out by large-layout.ts. The graph keeps the result as positions and routes for
 * ELK's "fixed" algorithm (so layoutGraph() returns it as it is) and is itself the laid-out graph to
 * draw, without a round trip through ELK.
 */
function layOutHere(graph: ElkNode, nodes: Map<string, ArchNodeInfo>, edges: ArchEdgeInfo[]): ElkNode {
    const children = graph.children!, elkEdges = graph.edges!;
    const info = new Map(edges.map(e => [e.id, e]));
    // Labels are placed along the routes when drawn (edge-labels.ts); the layout keeps room for them.
    const layout = layoutLarge(
        children.map(c => ({ id: c.id, width: c.width!, height: c.height!, band: nodes.get(c.id)!.partition })),
        elkEdges.map(e => ({ id: e.id, source: e.sources[0], target: e.targets[0], label: labelSize(info.get(e.id)!) })),
        SPACING);
    for (const c of children) {
        Object.assign(c, layout.nodes.get(c.id)!);
        delete c.layoutOptions;
    }
    for (const e of elkEdges) {
        const { points } = layout.edges.get(e.id)!;
        e.sections = [{ id: `${e.id}:route`, startPoint: points[0], endPoint: points[points.length - 1], bendPoints: points.slice(1, -1) }];
    }
    graph.width = layout.width;
    graph.height = layout.height;
    // Keep the size computed here: ELK's fixed algorithm would add the left padding twice.
    graph.layoutOptions = { 'elk.algorithm': 'org.eclipse.elk.fixed', 'elk.nodeSize.fixedGraphSize': 'true' };
    return graph;
}

export function labelSize(e: Pick<ArchEdgeInfo, 'label'>): { width: number; height: number } {
    return { width: Math.ceil(textWidth(e.label, EDGE_LABEL_SIZE)) + 8, height: EDGE_LABEL_HEIGHT };
}
