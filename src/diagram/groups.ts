// The drill-down hierarchy of an architecture view: the elements in scope grouped by domain, then by
// the owner's unit (its top-level unit first, then the sub-units down to the owner), then by the
// national reference code's levels (RAB.09 -> RAB.09.06 -> ...). A group with more children than fit
// one view is cut into parts ("bagian") of consecutive children, so no view is ever asked to show
// more than FANOUT of them. Group ids are the keys on the way down joined by '/', e.g. `aplikasi`,
// `aplikasi/Diskominfo`, `proses/Setda/BagianPbj/RAB.09`, `data/-` (no owner), `data/Bkad/~2` (a part):
// they depend only on the model, so a CLI flag or a click can name a group.
import type { ArchElement, Domain, OrgUnit } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { DOMAIN_NAMES } from './theme.js';

const COLLATOR = new Intl.Collator('id', { numeric: true });

/** Children of one group at most (the rest go into parts). */
export const FANOUT = 36;
/** The key of elements without an owner. */
export const NO_OWNER = '-';

export type GroupKind = 'semua' | 'domain' | 'unit' | 'tanpa-pemilik' | 'kode' | 'bagian';

export interface Group {
    /** '' for the whole scope. */
    id: string;
    kind: GroupKind;
    /** Every group below the root lies in one domain. */
    domain?: Domain;
    /** What the group is called in a node: domain name, unit abbreviation or id, code, part range. */
    title: string;
    /** Longer description: the unit's full name, the code's name. */
    subtitle?: string;
    parent?: Group;
    groups: Group[];
    /** Element ids directly in this group, by name. */
    elements: string[];
    /** Elements in this group and below. */
    size: number;
}

export interface Hierarchy {
    root: Group;
    byId: Map<string, Group>;
    /** The innermost group of each element. */
    groupOf: Map<string, Group>;
    elements: Map<string, ArchElement>;
}

/** The chain of units from the top-level unit down to `owner` (a unit cycle, an error reported elsewhere, is cut). */
function unitChain(owner: string, parentOf: Map<string, string | undefined>): string[] {
    const chain = [owner];
    const seen = new Set(chain);
    for (let u = parentOf.get(owner); u !== undefined && !seen.has(u) && parentOf.has(u); u = parentOf.get(u)) {
        chain.unshift(u);
        seen.add(u);
    }
    return chain;
}

export function buildHierarchy(elements: ArchElement[], units: OrgUnit[], fanout = FANOUT): Hierarchy {
    const parentOf = new Map<string, string | undefined>();
    const unitById = new Map<string, OrgUnit>();
    for (const u of units) {
        if (unitById.has(u.id)) continue;
        unitById.set(u.id, u);
        parentOf.set(u.id, u.parent);
    }
    const root: Group = { id: '', kind: 'semua', domain: undefined, title: 'Ikhtisar', subtitle: undefined, parent: undefined, groups: [], elements: [], size: 0 };
    const byId = new Map<string, Group>([['', root]]);
    const child = (parent: Group, key: string, kind: GroupKind, domain: Domain, title: string, subtitle?: string): Group => {
        const id = parent.id ? `${parent.id}/${key}` : key;
        let g = byId.get(id);
        if (!g) {
            g = { id, kind, domain, title, subtitle, parent, groups: [], elements: [], size: 0 };
            parent.groups.push(g);
            byId.set(id, g);
        }
        return g;
    };
    const groupOf = new Map<string, Group>();
    const byElement = new Map<string, ArchElement>();
    for (const e of elements) {
        if (byElement.has(e.id)) continue;
        byElement.set(e.id, e);
        let g = child(root, e.domain, 'domain', e.domain, DOMAIN_NAMES[e.domain]);
        if (e.owner) {
            for (const u of unitChain(e.owner, parentOf)) {
                const unit = unitById.get(u);
                g = child(g, u, 'unit', e.domain, unit?.abbreviation ?? u, unit && unit.name !== unit.abbreviation ? unit.name : undefined);
            }
        } else {
            g = child(g, NO_OWNER, 'tanpa-pemilik', e.domain, 'tanpa pemilik');
        }
        for (const level of e.code?.known ? e.code.path : []) {
            if (level.code.includes('/')) break;
            g = child(g, level.code, 'kode', e.domain, level.code, level.name);
        }
        g.elements.push(e.id);
        groupOf.set(e.id, g);
    }
    const name = (id: string) => byElement.get(id)!.name || id;
    const compare = (a: string, b: string) => COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
    const finish = (g: Group): number => {
        // Domains keep the national order; other groups and elements go by name.
        if (g.kind === 'semua') g.groups.sort((a, b) => DOMAINS.indexOf(a.domain!) - DOMAINS.indexOf(b.domain!));
        else g.groups.sort((a, b) => compare(a.title, b.title) || compare(a.id, b.id));
        g.elements.sort((a, b) => compare(name(a), name(b)) || compare(a, b));
        g.size = g.elements.length + g.groups.reduce((n, c) => n + finish(c), 0);
        if (g.groups.length + g.elements.length > fanout && g.kind !== 'semua') cutIntoParts(g, fanout, byId, groupOf, name);
        return g.size;
    };
    finish(root);
    return { root, byId, groupOf, elements: byElement };
}

/** Replaces the children of `g` by parts of at most `fanout` consecutive children (parts of parts if need be). */
function cutIntoParts(g: Group, fanout: number, byId: Map<string, Group>, groupOf: Map<string, Group>, name: (id: string) => string): void {
    type Child = { group: Group } | { element: string };
    let children: Child[] = [...g.groups.map(group => ({ group })), ...g.elements.map(element => ({ element }))];
    const label = (c: Child) => 'group' in c ? c.group.title : name(c.element);
    let depth = 0;
    while (children.length > fanout) {
        const count = Math.ceil(children.length / fanout);
        const per = Math.ceil(children.length / count);
        const parts: Child[] = [];
        for (let i = 0; i < count; i++) {
            const slice = children.slice(i * per, (i + 1) * per);
            if (slice.length === 0) continue;
            const key = `~${depth > 0 ? `${depth}.` : ''}${i + 1}`;
            const part: Group = {
                id: `${g.id}/${key}`, kind: 'bagian', domain: g.domain, parent: g,
                title: `${g.title} (${i + 1}/${count})`, subtitle: `${label(slice[0])} \u2013 ${label(slice[slice.length - 1])}`,
                groups: [], elements: [], size: 0,
            };
            for (const c of slice) {
                if ('group' in c) { c.group.parent = part; part.groups.push(c.group); part.size += c.group.size; }
                else { part.elements.push(c.element); groupOf.set(c.element, part); part.size++; }
            }
            byId.set(part.id, part);
            parts.push({ group: part });
        }
        children = parts;
        depth++;
    }
    g.groups = children.map(c => (c as { group: Group }).group);
    g.elements = [];
}

/** A single-child chain is shown as its top group; opening it shows the children at its bottom. */
export function opened(g: Group): Group {
    while (g.groups.length === 1 && g.elements.length === 0) g = g.groups[0];
    return g;
}

export type Item = { element: string } | { group: Group };

export function childItems(g: Group): Item[] {
    const o = opened(g);
    return [...o.groups.map(group => ({ group })), ...o.elements.map(element => ({ element }))];
}

/** Every element of `g`. */
export function elementsOf(g: Group): string[] {
    const out: string[] = [];
    const walk = (x: Group) => { out.push(...x.elements); x.groups.forEach(walk); };
    walk(g);
    return out;
}

/** `a` is `b` or contains it. */
export function contains(a: Group, b: Group): boolean {
    for (let g: Group | undefined = b; g; g = g.parent) if (g === a) return true;
    return false;
}

/**
 * How many clicks a view of each group needs to reach all its elements, within `budget` items per view:
 * 0 when all its elements fit one view, k when its children (or, where a child needs more than k - 1
 * clicks, that child's children, and so on) fit one view and each needs at most k - 1 clicks.
 */
export class Levels {
    private readonly memo = new Map<Group, Map<number, number>>();
    constructor(readonly budget: number) {}

    /** Items of the view of `g` that need at most `k - 1` clicks each (k >= 1). */
    count(g: Group, k: number): number {
        let byK = this.memo.get(g);
        if (!byK) this.memo.set(g, byK = new Map());
        const known = byK.get(k);
        if (known !== undefined) return known;
        let n = 0;
        for (const c of childItems(g)) n += 'element' in c || this.within(c.group, k - 1) ? 1 : this.count(c.group, k);
        byK.set(k, n);
        return n;
    }

    within(g: Group, k: number): boolean {
        return k === 0 ? g.size <= this.budget : this.count(g, k) <= this.budget;
    }

    /** The fewest clicks for `g` (bounded: FANOUT parts make every level shrink). */
    level(g: Group): number {
        for (let k = 0; ; k++) if (this.within(g, k) || k > 8) return k;
    }

    /** The items of the view of `g` at `level`: children, opened further where they would need too many clicks. */
    items(g: Group, level: number): Item[] {
        if (level === 0) return elementsOf(g).map(element => ({ element }));
        const out: Item[] = [];
        for (const c of childItems(g)) {
            if ('element' in c || this.within(c.group, level - 1)) out.push(c);
            else out.push(...this.items(c.group, level));
        }
        return out;
    }
}
