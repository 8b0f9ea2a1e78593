// What a named view (`tampilan`) shows: its rules as plain data, and the one resolver that turns them into
// the elements or initiatives shown and the options the diagram module takes. The semantic model carries
// the rules (model/types.ts); the diagrams, the document export and the CLI resolve them against the model,
// and the validator against the same facts read from the AST, so what the editor warns about ("shows
// nothing", "cancelled by a later rule") is what gets drawn. No Langium here.
//
// Rules apply in the order written, as in LikeC4: `sertakan` adds what it selects, `kecualikan` removes
// it, and a view starts empty. A rule's selectors joined by `dan` must all match; `sekitar ... kedalaman N`
// widens what they match by N relation steps (either direction; an integration's service bus is one step
// from both applications) or, in a roadmap view, by N `setelah` links. An exclusion made only of `relasi`
// selectors hides those relations' arrows instead of removing elements.
import type { ArchitectureViewOptions, RoadmapViewOptions, ViewKind } from '../common/view-options.js';
import type { Domain, ElementStatus, InitiativeStatus, Muatan } from '../common/vocabulary.js';
import type { RelationKind } from './relations.js';

export type ViewSelector =
    | { kind: 'all' }
    | { kind: 'elements'; ids: string[] }
    | { kind: 'domains'; domains: Domain[] }
    | { kind: 'units'; units: string[] }
    | { kind: 'codes'; codes: { code: string; descendants: boolean }[] }
    | { kind: 'statuses'; statuses: (ElementStatus | InitiativeStatus)[] }
    | { kind: 'relations'; relations: RelationKind[] }
    | { kind: 'muatan'; muatan: Muatan[] }
    | { kind: 'initiatives'; ids: string[] }
    | { kind: 'years'; start: number; end: number };

export type SelectorKind = ViewSelector['kind'];

export interface ViewRule {
    include: boolean;
    selectors: ViewSelector[];
    /** `sekitar ... kedalaman N`: what the selectors match, widened by N steps. */
    around?: number;
}

export interface ViewDefinition {
    kind: ViewKind;
    rules: readonly ViewRule[];
    /** `pada-tahun N`: the architecture as of the end of year N. */
    year?: number;
    title?: string;
}

/** The selectors each kind of view understands (the validator reports the others). */
export const SELECTORS_BY_KIND: Record<ViewKind, readonly SelectorKind[]> = {
    architecture: ['all', 'elements', 'domains', 'units', 'codes', 'statuses', 'relations'],
    roadmap: ['all', 'elements', 'units', 'statuses', 'muatan', 'initiatives', 'years'],
};

/** Steps of `sekitar` when no `kedalaman` is given, and the most a view may ask for. */
export const AROUND_DEPTH = { default: 1, max: 20 } as const;

/** What the resolver reads. The semantic model has this shape; the validator builds the same from the AST. */
export interface ViewInput {
    readonly units: readonly { readonly id: string; readonly parent?: string }[];
    readonly elements: readonly ViewInputElement[];
    readonly relations: readonly { readonly from: string; readonly to: string; readonly kind: RelationKind; readonly via?: string }[];
    readonly roadmap: { readonly initiatives: readonly ViewInputInitiative[] };
}
export interface ViewInputElement {
    readonly id: string;
    readonly domain: Domain;
    readonly owner?: string;
    readonly status: ElementStatus;
    readonly code?: { readonly code: string };
}
export interface ViewInputInitiative {
    readonly id: string;
    readonly muatan?: Muatan;
    readonly owner?: string;
    readonly start?: number;
    readonly end?: number;
    readonly status?: InitiativeStatus;
    readonly predecessors: readonly string[];
    readonly creates: readonly string[];
    readonly changes: readonly string[];
    readonly retires: readonly string[];
}

/** What one rule did. */
export interface RuleEffect {
    /** Items the rule matched (for an arrow-hiding exclusion: 0). */
    matched: number;
    /** Items it added (`sertakan`) or removed (`kecualikan`). */
    changed: number;
    /** A `sertakan` that added items of which none is shown in the end: the later `kecualikan` rules that removed them (indexes). */
    cancelledBy?: number[];
}

export interface ResolvedView {
    /** Element ids (architecture) or initiative ids (roadmap), in model order. */
    ids: string[];
    /** Relation kinds whose arrows an exclusion hides (architecture). */
    hiddenRelations: RelationKind[];
    effects: RuleEffect[];
}

/** An exclusion made only of `relasi` selectors (and no `sekitar`) hides arrows rather than elements. */
export function hidesArrows(rule: ViewRule): boolean {
    return !rule.include && rule.around === undefined && rule.selectors.length > 0 && rule.selectors.every(s => s.kind === 'relations');
}

export function resolveView(input: ViewInput, view: Pick<ViewDefinition, 'kind' | 'rules'>): ResolvedView {
    return view.kind === 'roadmap' ? resolveRoadmap(input, view.rules) : resolveArchitecture(input, view.rules);
}

/** The options the diagram module takes for a view: what it shows, as of which year, under which title. */
export function namedViewOptions(input: ViewInput, view: ViewDefinition & { kind: 'architecture' }): ArchitectureViewOptions;
export function namedViewOptions(input: ViewInput, view: ViewDefinition & { kind: 'roadmap' }): RoadmapViewOptions;
export function namedViewOptions(input: ViewInput, view: ViewDefinition): ArchitectureViewOptions | RoadmapViewOptions;
export function namedViewOptions(input: ViewInput, view: ViewDefinition): ArchitectureViewOptions | RoadmapViewOptions {
    const resolved = resolveView(input, view);
    const title = view.title !== undefined ? { title: view.title } : {};
    if (view.kind === 'roadmap') return { initiatives: resolved.ids, ...title };
    const options: ArchitectureViewOptions = { elements: resolved.ids, ...title };
    if (resolved.hiddenRelations.length) options.hiddenRelations = resolved.hiddenRelations;
    if (view.year !== undefined) options.year = view.year;
    return options;
}

// ---------------------------------------------------------------- resolving

type Matcher = (id: string) => boolean;

function resolveArchitecture(input: ViewInput, rules: readonly ViewRule[]): ResolvedView {
    const byId = firstById(input.elements);
    let adjacency: Map<string, string[]> | undefined;
    const neighbours = () => adjacency ??= elementAdjacency(input);
    let members: Map<RelationKind, Set<string>> | undefined;
    const inRelation = (kind: RelationKind) => (members ??= relationMembers(input)).get(kind) ?? EMPTY;
    const predicate = (s: ViewSelector): Matcher => {
        switch (s.kind) {
            case 'all': return () => true;
            case 'elements': return inSet(s.ids);
            case 'domains': return id => s.domains.includes(byId.get(id)!.domain);
            case 'units': return ownedBy(withSubUnits(input, s.units), id => byId.get(id)!.owner);
            case 'codes': return id => {
                const code = byId.get(id)!.code?.code;
                return code !== undefined && s.codes.some(c => code === c.code || (c.descendants && code.startsWith(c.code + '.')));
            };
            case 'statuses': return id => (s.statuses as string[]).includes(byId.get(id)!.status);
            case 'relations': { const sets = s.relations.map(inRelation); return id => sets.some(set => set.has(id)); }
            default: return () => false; // a roadmap selector (the validator reports it)
        }
    };
    const { shown, effects } = applyRules([...byId.keys()], rules, predicate, neighbours);
    const hidden = new Set<RelationKind>();
    for (const rule of rules) {
        if (!hidesArrows(rule)) continue;
        for (const s of rule.selectors) if (s.kind === 'relations') for (const k of s.relations) hidden.add(k);
    }
    return { ids: [...byId.keys()].filter(id => shown.has(id)), hiddenRelations: [...hidden], effects };
}

function resolveRoadmap(input: ViewInput, rules: readonly ViewRule[]): ResolvedView {
    const byId = firstById(input.roadmap.initiatives);
    let adjacency: Map<string, string[]> | undefined;
    const neighbours = () => adjacency ??= dependencyAdjacency(byId);
    const predicate = (s: ViewSelector): Matcher => {
        switch (s.kind) {
            case 'all': return () => true;
            case 'initiatives': return inSet(s.ids);
            case 'muatan': return id => { const m = byId.get(id)!.muatan; return m !== undefined && s.muatan.includes(m); };
            case 'units': return ownedBy(withSubUnits(input, s.units), id => byId.get(id)!.owner);
            // An initiative without a status is drawn as not started, and selected as such.
            case 'statuses': return id => (s.statuses as string[]).includes(byId.get(id)!.status ?? 'belum-mulai');
            case 'years': return id => {
                const i = byId.get(id)!;
                const start = i.start ?? i.end, end = i.end ?? i.start;
                return start !== undefined && end !== undefined && start <= s.end && end >= s.start;
            };
            case 'elements': {
                const set = new Set(s.ids);
                return id => { const i = byId.get(id)!; return [i.creates, i.changes, i.retires].some(list => list.some(e => set.has(e))); };
            }
            default: return () => false;
        }
    };
    const { shown, effects } = applyRules([...byId.keys()], rules, predicate, neighbours);
    return { ids: [...byId.keys()].filter(id => shown.has(id)), hiddenRelations: [], effects };
}

const EMPTY: ReadonlySet<string> = new Set();

/** A name declared twice is one item: the first declaration (as in the diagrams). */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
    const out = new Map<string, T>();
    for (const item of items) if (!out.has(item.id)) out.set(item.id, item);
    return out;
}

function inSet(ids: readonly string[]): Matcher {
    const set = new Set(ids);
    return id => set.has(id);
}

function ownedBy(units: ReadonlySet<string>, owner: (id: string) => string | undefined): Matcher {
    return id => { const o = owner(id); return o !== undefined && units.has(o); };
}

/** The units named and every unit below them. */
function withSubUnits(input: ViewInput, units: readonly string[]): Set<string> {
    const children = new Map<string, string[]>();
    for (const u of input.units) if (u.parent) (children.get(u.parent) ?? children.set(u.parent, []).get(u.parent)!).push(u.id);
    const result = new Set(units);
    const work = [...result];
    while (work.length) for (const c of children.get(work.pop()!) ?? []) if (!result.has(c)) { result.add(c); work.push(c); }
    return result;
}

function applyRules(ids: readonly string[], rules: readonly ViewRule[], predicate: (s: ViewSelector) => Matcher,
    neighbours: () => Map<string, string[]>): { shown: Set<string>; effects: RuleEffect[] } {
    const shown = new Set<string>();
    const added: Set<string>[] = [];
    const removed: Set<string>[] = [];
    const effects = rules.map((rule, r): RuleEffect => {
        added[r] = new Set(); removed[r] = new Set();
        if (hidesArrows(rule)) return { matched: 0, changed: 0 };
        const matched = matches(ids, rule, predicate, neighbours);
        for (const id of matched) {
            if (rule.include) { if (!shown.has(id)) { shown.add(id); added[r].add(id); } }
            else if (shown.delete(id)) removed[r].add(id);
        }
        return { matched: matched.length, changed: rule.include ? added[r].size : removed[r].size };
    });
    rules.forEach((rule, r) => {
        if (!rule.include || added[r].size === 0 || [...added[r]].some(id => shown.has(id))) return;
        effects[r].cancelledBy = rules.map((_, j) => j).filter(j => j > r && [...removed[j]].some(id => added[r].has(id)));
    });
    return { shown, effects };
}

/** What a rule's selectors all match, widened by `sekitar`. */
function matches(ids: readonly string[], rule: ViewRule, predicate: (s: ViewSelector) => Matcher, neighbours: () => Map<string, string[]>): string[] {
    if (rule.selectors.length === 0) return [];
    const parts = rule.selectors.map(predicate);
    const matched = ids.filter(id => parts.every(p => p(id)));
    if (rule.around === undefined || matched.length === 0) return matched;
    const known = new Set(ids);
    const reached = widen(matched, Math.min(rule.around, AROUND_DEPTH.max), neighbours());
    return ids.filter(id => reached.has(id) && known.has(id));
}

function widen(start: readonly string[], depth: number, adjacency: Map<string, string[]>): Set<string> {
    const seen = new Set(start);
    let frontier = [...start];
    for (let step = 0; step < depth && frontier.length; step++) {
        const next: string[] = [];
        for (const id of frontier) for (const n of adjacency.get(id) ?? []) if (!seen.has(n)) { seen.add(n); next.push(n); }
        frontier = next;
    }
    return seen;
}

function link(adjacency: Map<string, string[]>, a: string, b: string): void {
    if (a === b) return;
    (adjacency.get(a) ?? adjacency.set(a, []).get(a)!).push(b);
    (adjacency.get(b) ?? adjacency.set(b, []).get(b)!).push(a);
}

function elementAdjacency(input: ViewInput): Map<string, string[]> {
    const adjacency = new Map<string, string[]>();
    for (const r of input.relations) {
        link(adjacency, r.from, r.to);
        if (r.via) { link(adjacency, r.from, r.via); link(adjacency, r.via, r.to); }
    }
    return adjacency;
}

function dependencyAdjacency(initiatives: ReadonlyMap<string, ViewInputInitiative>): Map<string, string[]> {
    const adjacency = new Map<string, string[]>();
    for (const i of initiatives.values()) for (const p of i.predecessors) link(adjacency, p, i.id);
    return adjacency;
}

function relationMembers(input: ViewInput): Map<RelationKind, Set<string>> {
    const out = new Map<RelationKind, Set<string>>();
    for (const r of input.relations) {
        const set = out.get(r.kind) ?? out.set(r.kind, new Set()).get(r.kind)!;
        set.add(r.from);
        set.add(r.to);
    }
    return out;
}
