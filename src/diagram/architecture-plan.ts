// What one architecture view shows: which groups and elements (the "items"), which neighbours outside
// the group being looked at (the "context"), and the edges between them. Relations between two
// elements shown are edges of their kind; relations touching a group are counted into one edge per
// pair of nodes. Integrations through a service bus in the view are drawn through the bus as a hub
// (app -> bus -> app), not app to app.
import type { ArchElement, OrgUnit, Relation, RelationKind } from '../model/types.js';
import { buildHierarchy, contains, Levels, type Group, type Hierarchy, type Item } from './groups.js';
import { DiagramOptionError } from './theme.js';

/** Items one view holds at most when it must (every element within two clicks of the overview). */
export const VIEW_BUDGET = 40;
/** Neighbouring groups shown around a drilled-down group at most (beyond that, by domain). */
export const CONTEXT_BUDGET = 10;

/** A relation as drawn: an integration through a bus becomes two legs, element -> bus -> element. */
export interface DrawnRelation {
    from: string;
    to: string;
    kind: RelationKind;
    /** The bus of an integration drawn directly (the bus is not in the view). */
    via?: string;
    /** The bus this leg of an integration runs to or from (the bus is in the view). */
    hub?: string;
    /** The relations this one stands for (two integrations through one bus share a leg). */
    relations: Relation[];
}

export function drawnRelations(relations: Relation[], shown: Set<string>): DrawnRelation[] {
    const byKey = new Map<string, DrawnRelation>();
    const add = (from: string, to: string, kind: RelationKind, relation: Relation, via?: string, hub?: string) => {
        if (from === to) return;
        const key = `${from}\n${to}\n${kind}\n${via ?? ''}\n${hub ?? ''}`;
        const known = byKey.get(key);
        if (known) { if (!known.relations.includes(relation)) known.relations.push(relation); return; }
        byKey.set(key, { from, to, kind, via, hub, relations: [relation] });
    };
    for (const r of relations) {
        if (!shown.has(r.from) || !shown.has(r.to)) continue;
        if (r.kind === 'terintegrasi-dengan' && r.via !== undefined && r.via !== r.from && r.via !== r.to && shown.has(r.via)) {
            add(r.from, r.via, r.kind, r, undefined, r.via);
            add(r.via, r.to, r.kind, r, undefined, r.via);
        } else {
            add(r.from, r.to, r.kind, r, r.kind === 'terintegrasi-dengan' ? r.via : undefined);
        }
    }
    return [...byKey.values()];
}

export type PlanNode =
    | { kind: 'element'; id: string; element: ArchElement; context: boolean }
    | { kind: 'group'; id: string; group: Group; context: boolean };

export interface PlanEdge {
    id: string;
    from: string;
    to: string;
    /** The drawn relations it stands for: one when both ends are elements, else all between the two nodes. */
    relations: DrawnRelation[];
}

export interface ViewPlan {
    hierarchy: Hierarchy;
    focus: Group;
    /** Groups from the overview down to the focus (the focus last; empty for the overview). */
    trail: Group[];
    nodes: PlanNode[];
    edges: PlanEdge[];
    /** Whether the view shows every element of the focus (no groups). */
    allElements: boolean;
}

export const groupNodeId = (g: Group) => `kelompok:${g.id}`;

export interface PlanOptions {
    /** The group to show (its id), else the overview. */
    drill?: string;
    /** Items the view may hold when opening groups beyond what is needed (fewer for a smaller view). */
    show: number;
    /** Edges between the items the view may hold when opening groups beyond what is needed. */
    maxEdges: number;
    /** Show the neighbours of a drilled-down group (groups or elements outside it). */
    context: boolean;
    /** Show every element, without groups. */
    allElements?: boolean;
    /**
     * The overview shows groups even where all elements would fit one view (for when they do not read
     * at fit after all); elements are then one click away instead of none.
     */
    groupsFirst?: boolean;
}

/**
 * Plans views of one scope: the hierarchy and the relations are computed once and every view of the
 * drill-down (and every attempt at a smaller one) is planned from them.
 */
export class ArchitecturePlanner {
    readonly hierarchy: Hierarchy;
    private readonly levels = new Levels(VIEW_BUDGET);
    /** Indices of the relations touching each element. */
    private readonly touching = new Map<string, number[]>();
    private readonly overviews = new Map<string, Item[]>();

    constructor(elements: ArchElement[], units: OrgUnit[], readonly relations: DrawnRelation[]) {
        this.hierarchy = buildHierarchy(elements, units);
        relations.forEach((r, i) => {
            for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
                const list = this.touching.get(end);
                if (list) list.push(i); else this.touching.set(end, [i]);
            }
        });
    }

    focusOf(drill: string | undefined): Group {
        if (drill === undefined || drill === '') return this.hierarchy.root;
        const g = this.hierarchy.byId.get(drill);
        if (!g) throw new DiagramOptionError(`unknown group '${drill}' to drill into${suggestGroup(drill, this.hierarchy)}`);
        return g;
    }

    plan(options: PlanOptions): ViewPlan {
        const h = this.hierarchy;
        const focus = this.focusOf(options.drill);
        const items = options.allElements ? this.levels.items(focus, 0) : this.chooseItems(focus, options);
        const repOf = new Map<string, string>();   // element -> node id
        const nodes: PlanNode[] = [];
        for (const item of items) {
            const id = itemId(item);
            if ('element' in item) {
                nodes.push({ kind: 'element', id, element: h.elements.get(item.element)!, context: false });
                repOf.set(item.element, id);
            } else {
                nodes.push({ kind: 'group', id, group: item.group, context: false });
                for (const e of elementsBelow(item.group)) repOf.set(e, id);
            }
        }
        if (focus !== h.root && options.context) this.addContext(focus, options, repOf, nodes);
        const trail: Group[] = [];
        for (let g: Group | undefined = focus; g && g !== h.root; g = g.parent) trail.unshift(g);
        const elementNodes = new Set(nodes.filter(n => n.kind === 'element').map(n => n.id));
        return {
            hierarchy: h, focus, trail: shownTrail(trail), nodes, edges: planEdges(this.relations, repOf, elementNodes),
            allElements: nodes.every(n => n.kind === 'element'),
        };
    }

    /**
     * Neighbours outside the focus: the overview's node that holds them, unless that node holds the
     * focus too; then the group beside the focus's branch. Beyond CONTEXT_BUDGET nodes, always the latter.
     */
    private addContext(focus: Group, options: PlanOptions, repOf: Map<string, string>, nodes: PlanNode[]): void {
        const h = this.hierarchy;
        const key = `${options.show}/${options.maxEdges}`;
        let overview = this.overviews.get(key);
        if (!overview) this.overviews.set(key, overview = this.chooseItems(h.root, options));
        const overviewRep = new Map<string, Item>();
        for (const item of overview) {
            if ('element' in item) overviewRep.set(item.element, item);
            else for (const e of elementsBelow(item.group)) overviewRep.set(e, item);
        }
        const outside = new Set<string>();
        for (const r of this.relations) {
            if (repOf.has(r.from) && !repOf.has(r.to)) outside.add(r.to);
            if (repOf.has(r.to) && !repOf.has(r.from)) outside.add(r.from);
        }
        const branch = (e: string): Group => {
            // The child of the lowest common ancestor of the focus and e, on e's side.
            let g = h.groupOf.get(e)!;
            while (g.parent && !contains(g.parent, focus)) g = g.parent;
            return g;
        };
        const pick = (e: string, coarse: boolean): Item => {
            if (!coarse) {
                const o = overviewRep.get(e);
                if (o && ('element' in o || !contains(o.group, focus))) return o;
            }
            return { group: branch(e) };
        };
        let chosen = new Map<string, Item>();
        for (const coarse of [false, true]) {
            chosen = new Map([...outside].sort().map(e => [e, pick(e, coarse)]));
            if (new Set([...chosen.values()].map(itemId)).size <= CONTEXT_BUDGET) break;
        }
        const added = new Set<string>();
        for (const [e, item] of chosen) {
            const id = itemId(item);
            repOf.set(e, id);
            if (added.has(id)) continue;
            added.add(id);
            nodes.push('element' in item
                ? { kind: 'element', id, element: h.elements.get(item.element)!, context: true }
                : { kind: 'group', id, group: item.group, context: true });
        }
    }

    /**
     * The items of the view of `focus`: what two clicks (or as few as possible) need, then groups
     * opened further, largest first, while the view stays within `show` items and `maxEdges` edges
     * between them.
     */
    private chooseItems(focus: Group, options: PlanOptions): Item[] {
        let level = this.levels.level(focus);
        if (options.groupsFirst && level === 0 && focus === this.hierarchy.root) level = 1;
        let items = this.levels.items(focus, level);
        if (options.show <= items.length) return items;
        // Edges between items, as counts per pair of items, kept up to date as groups open.
        const rep = new Map<string, string>();
        for (const item of items) for (const e of itemElements(item)) rep.set(e, itemId(item));
        const pairs = new Map<string, number>();
        const pairOf = (r: DrawnRelation, repFor: (e: string) => string | undefined) => {
            const a = repFor(r.from), b = repFor(r.to);
            return a === undefined || b === undefined || a === b ? undefined : `${a}\n${b}`;
        };
        for (const r of this.relations) {
            const k = pairOf(r, e => rep.get(e));
            if (k) pairs.set(k, (pairs.get(k) ?? 0) + 1);
        }
        let edgeCount = pairs.size;
        for (let opened = true; opened;) {
            opened = false;
            const candidates = items.map((item, i) => ({ item, i })).filter(c => 'group' in c.item)
                .sort((a, b) => (b.item as { group: Group }).group.size - (a.item as { group: Group }).group.size || a.i - b.i);
            for (const { item, i } of candidates) {
                // A group opens into its elements: opening it into smaller groups would scatter it.
                const children = elementsBelow((item as { group: Group }).group).map(element => ({ element }));
                if (items.length - 1 + children.length > options.show) continue;
                // The change in edges if this group opened into its children.
                const newRep = new Map<string, string>();
                for (const c of children) for (const e of itemElements(c)) newRep.set(e, itemId(c));
                const touched = new Set<number>();
                for (const e of newRep.keys()) for (const k of this.touching.get(e) ?? []) touched.add(k);
                const delta = new Map<string, number>();
                for (const k of touched) {
                    const r = this.relations[k];
                    const before = pairOf(r, e => rep.get(e));
                    const after = pairOf(r, e => newRep.get(e) ?? rep.get(e));
                    if (before) delta.set(before, (delta.get(before) ?? 0) - 1);
                    if (after) delta.set(after, (delta.get(after) ?? 0) + 1);
                }
                let change = 0;
                for (const [k, d] of delta) {
                    const was = pairs.get(k) ?? 0;
                    change += (was + d > 0 ? 1 : 0) - (was > 0 ? 1 : 0);
                }
                if (edgeCount + change > options.maxEdges) continue;
                for (const [k, d] of delta) {
                    const now = (pairs.get(k) ?? 0) + d;
                    if (now > 0) pairs.set(k, now); else pairs.delete(k);
                }
                for (const [e, id] of newRep) rep.set(e, id);
                edgeCount += change;
                items = [...items.slice(0, i), ...children, ...items.slice(i + 1)];
                opened = true;
                break;
            }
        }
        return items;
    }
}

const itemId = (item: Item) => 'element' in item ? item.element : groupNodeId(item.group);
const itemElements = (item: Item) => 'element' in item ? [item.element] : elementsBelow(item.group);

/** The trail without groups hidden inside single-child chains (a click never lands on them). */
function shownTrail(trail: Group[]): Group[] {
    const hidden = (g: Group) => g.parent !== undefined && g.parent.kind !== 'semua' && g.parent.groups.length === 1 && g.parent.elements.length === 0;
    return trail.filter(g => !hidden(g));
}

const elementsCache = new WeakMap<Group, string[]>();
export function elementsBelow(g: Group): string[] {
    let list = elementsCache.get(g);
    if (!list) {
        list = [...g.elements];
        for (const c of g.groups) list.push(...elementsBelow(c));
        elementsCache.set(g, list);
    }
    return list;
}

function planEdges(relations: DrawnRelation[], repOf: Map<string, string>, elementNodes: Set<string>): PlanEdge[] {
    const edges = new Map<string, PlanEdge>();
    for (const r of relations) {
        const a = repOf.get(r.from), b = repOf.get(r.to);
        if (a === undefined || b === undefined || a === b) continue;
        // Between two elements: one edge per relation kind. Otherwise: one edge per pair of nodes.
        const single = elementNodes.has(a) && elementNodes.has(b);
        const key = single ? `${a}->${b}:${r.kind}${r.via ? `:${r.via}` : ''}${r.hub ? ':hub' : ''}` : `${a}->${b}`;
        const known = edges.get(key);
        if (known) known.relations.push(r);
        else edges.set(key, { id: key, from: a, to: b, relations: [r] });
    }
    return [...edges.values()];
}

/** The groups that exist where `id` stops matching: the children of its longest known prefix. */
function suggestGroup(id: string, h: Hierarchy): string {
    const parts = id.split('/');
    let known = h.root;
    for (let i = parts.length - 1; i > 0; i--) {
        const g = h.byId.get(parts.slice(0, i).join('/'));
        if (g) { known = g; break; }
    }
    const ids = known.groups.map(g => g.id);
    if (ids.length === 0) return '';
    const shown = ids.slice(0, 6).map(c => `'${c}'`).join(', ') + (ids.length > 6 ? `, ... (${ids.length} in all)` : '');
    return known === h.root ? ` (a group id starts with a domain: ${shown})` : ` (the groups in '${known.id}': ${shown})`;
}
