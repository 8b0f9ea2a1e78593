// Facts about the whole workspace that several rules need (who refers to whom, duplicates, initiative
// cycles, coverage). Each document's part is read from its own AST (document-facts.ts) and kept until that
// document is parsed again; the workspace's facts are merged from the parts once per change, each map only
// when a rule first asks for it. So a workspace-wide rule costs a map look-up per element, and an edit costs
// one document's part and a merge, not a rescan (or relink) of the workspace.
import type { AstNode, LangiumDocument, LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import type { DocumentExtractions } from '../document-extraction.js';
import { domainOf } from '../labels.js';
import { computeDocumentFacts, type DocumentFacts, type NamedEdge } from './document-facts.js';
import type { ViewInput } from '../view-rules.js';
import { NameIndex } from '../name-index.js';

export interface IndicatorTargetRef { node: ast.TargetTahunan; indicator: number; initiative: ast.Inisiatif }

export interface WorkspaceFacts {
    /** The user's declarations of a name (codes as `kode X`) declared more than once; undefined for the others. */
    readonly duplicates: { get(name: string): readonly AstNode[] | undefined };
    readonly agencies: readonly ast.Instansi[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly elements: readonly ast.Elemen[];
    readonly initiatives: readonly ast.Inisiatif[];
    /** Elements and initiatives that refer to an element (any relation, any initiative verb). */
    referrersOf(element: ast.Elemen): readonly AstNode[];
    /** Initiatives that realize (`mewujudkan`) / retire (`menghentikan`) an element. */
    realizersOf(element: ast.Elemen): readonly ast.Inisiatif[];
    retirersOf(element: ast.Elemen): readonly ast.Inisiatif[];
    /** Initiatives that change (`mengubah`) an element. */
    changersOf(element: ast.Elemen): readonly ast.Inisiatif[];
    /** Applications that are not retired and are an instance (`umum X`) of the Aplikasi Umum named. */
    sharedAppInstances(name: string): readonly ast.Aplikasi[];
    /** For each unit in a loop of `induk` links, the units of its loop (in order). */
    readonly unitCycles: ReadonlyMap<ast.Unit, ast.Unit[]>;
    /** For each workspace reference set in a loop of `basis` links, the sets of its loop (in order). */
    readonly referenceSetCycles: ReadonlyMap<ast.Referensi, ast.Referensi[]>;
    /** The earliest year an initiative starts in, if any has years. */
    readonly firstInitiativeYear: number | undefined;
    /** Services delivered through an application (`layanan ... melalui App`). */
    servicesVia(app: ast.Aplikasi): readonly ast.Layanan[];
    /** Processes that produce (`menghasilkan`) a data set. */
    producersOf(data: ast.Data): readonly ast.Proses[];
    /** For each initiative in a dependency cycle, the initiatives of its cycle (in order). */
    readonly cycles: ReadonlyMap<ast.Inisiatif, ast.Inisiatif[]>;
    readonly domains: ReadonlySet<string>;
    readonly muatan: ReadonlySet<string>;
    /** For a target that is lower than an earlier year's target of the same indicator: that earlier target. */
    readonly decreases: ReadonlyMap<ast.TargetTahunan, IndicatorTargetRef>;
    /**
     * The rule set a roadmap target belongs to, its indicator numbers and the highest of them: the one it names
     * (`indikator N aturan X`), else the agency's (`instansi { aturan-indeks X }`), else the one the latest
     * assessment names, else PermenPANRB 59/2020. Undefined when that rule set does not exist (a linking error).
     */
    targetRuleSet(target: ast.TargetIndikator): { name: string; indicators: ReadonlySet<number>; max: number } | undefined;
    /** The rule set an assessment belongs to: the one it names, else the agency's, else PermenPANRB 59/2020. */
    assessmentRuleSet(assessment: ast.Penilaian): string;
    /** An index rule set by name (a workspace's own before a built-in one). */
    ruleSetNamed(name: string): ast.AturanIndeks | undefined;
    /** The user's assessments (`penilaian`). */
    readonly assessments: readonly ast.Penilaian[];
    /** The first assessment of the same year under the same rule set as `node`, and how many there are. */
    sameAssessments(node: ast.Penilaian): { first: ast.Penilaian; count: number } | undefined;
    /** The workspace as the view resolver reads it (language/view-rules.ts), by the names written. */
    readonly viewInput: ViewInput;
}

/** The rule set roadmap targets are read against when no assessment names one (what Malang was scored under). */
export const DEFAULT_INDEX_RULE_SET = 'permenpanrb-59-2020';

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, WorkspaceFacts>;
    /** Each document's part, until its AST is replaced (a new parse). */
    private readonly parts = new WeakMap<AstNode, DocumentFacts>();

    constructor(shared: LangiumSharedCoreServices, private readonly extractions: DocumentExtractions) {
        this.documents = shared.workspace.LangiumDocuments;
        // Evicted on every update (a change, a deletion, or a build of new documents). The parts do not
        // depend on linking, so a merge is all that is redone.
        this.cache = new WorkspaceCache(shared);
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => {
            const byUri = this.partsByUri();
            return new MergedFacts([...byUri.values()], (key, make) => {
                const index = this.index(key, make);
                return () => index.of(byUri);
            });
        });
    }

    /** The name indexes kept across changes (see KeptIndex), one per kind of fact, made when first asked for. */
    private readonly kept = new Map<string, KeptIndex<object>>();
    private index<V extends object>(key: string, make: () => KeptIndex<V>): KeptIndex<V> {
        let index = this.kept.get(key) as KeptIndex<V> | undefined;
        if (!index) this.kept.set(key, (index = make()) as KeptIndex<object>);
        return index;
    }

    /** One document's part (computed from its extraction on first use). */
    part(document: LangiumDocument): DocumentFacts | undefined {
        const root = document.parseResult?.value;
        const extraction = root && this.extractions.of(document);
        if (!root || !extraction) return undefined;
        let part = this.parts.get(root);
        if (!part) this.parts.set(root, part = computeDocumentFacts(extraction));
        return part;
    }

    /** The parts of every document, in URI order (so "the first agency" does not depend on load order). */
    allParts(): DocumentFacts[] {
        return [...this.partsByUri().values()];
    }

    private partsByUri(): Map<string, DocumentFacts> {
        const docs = this.documents.all.toArray().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
        const parts = new Map<string, DocumentFacts>();
        for (const doc of docs) {
            const part = this.part(doc);
            if (part) parts.set(doc.uri.toString(), part);
        }
        return parts;
    }
}

/**
 * Values by name across the workspace, in workspace order (the documents' URI order), kept from change to
 * change by the facts provider: a change re-indexes only the documents whose facts changed (a new parse).
 * Rebuilding the index of every document's edges cost ~30 ms per index per keystroke in a 20,000-element
 * workspace, for an edit whose validation asks for the edited file's few hundred names.
 */
export class KeptIndex<V extends object> {
    private readonly names = new NameIndex<V>((a, b) => a.localeCompare(b)); // the comparison allParts sorts with
    private readonly indexed = new Map<string, DocumentFacts>();
    private syncedTo?: ReadonlyMap<string, DocumentFacts>;

    /** `entries`: a part's values by name, the same value objects every time it is asked. */
    constructor(private readonly entries: (part: DocumentFacts) => Iterable<readonly [string, V]>) {}

    /** The index of exactly these parts (URI -> part); a facts object asks with its own, so stale ones stay right. */
    of(parts: ReadonlyMap<string, DocumentFacts>): this {
        if (this.syncedTo === parts) return this;
        for (const [uri, part] of [...this.indexed]) {
            if (parts.get(uri) === part) continue;
            this.names.remove(this.entries(part));
            this.indexed.delete(uri);
        }
        for (const [uri, part] of parts) {
            if (this.indexed.has(uri)) continue;
            this.names.add(uri, this.entries(part));
            this.indexed.set(uri, part);
        }
        this.syncedTo = parts;
        return this;
    }

    get(name: string): readonly V[] {
        return this.names.get(name);
    }
}

type Declared = DocumentFacts['declared'][number];
type EdgeKind = 'refers' | 'realizes' | 'retires' | 'via' | 'produces' | 'changes';
const edgeIndex = (kind: EdgeKind) => new KeptIndex<NamedEdge>(part => (part[kind] as readonly NamedEdge[]).map(e => [e.target, e] as const));
const declaredIndex = () => new KeptIndex<Declared>(part => part.declared.map(d => [d[0], d] as const));

/** Name-keyed edges, looked up for a node of a given type (a reference to `Elemen` matches any element). */
class EdgeIndex<T extends AstNode> {
    constructor(private readonly byTarget: () => KeptIndex<NamedEdge>) {}

    of(node: AstNode & { name?: string }): T[] {
        if (!node.name) return [];
        const out: T[] = [];
        for (const e of this.byTarget().get(node.name)) if (e.type === 'Elemen' || e.type === node.$type) out.push(e.from as T);
        return out;
    }
}

/** The names declared more than once in the workspace, asked name by name. */
class Duplicates {
    // One list per name declared more than once, however often it is asked: each of 5,000 declarations of
    // one name asks for it.
    private readonly asked = new Map<string, readonly AstNode[]>();
    constructor(private readonly byName: () => KeptIndex<Declared>) {}

    get(name: string): readonly AstNode[] | undefined {
        const known = this.asked.get(name);
        if (known) return known;
        const all = this.byName().get(name);
        if (all.length < 2) return undefined;
        const nodes = all.map(([, node]) => node);
        this.asked.set(name, nodes);
        return nodes;
    }
}

class MergedFacts implements WorkspaceFacts {
    constructor(private readonly parts: readonly DocumentFacts[],
        private readonly kept: <V extends object>(key: string, make: () => KeptIndex<V>) => () => KeptIndex<V>) {}

    // Lists of the whole workspace, made when a rule first reads them (most keystrokes read none of them).
    get agencies(): readonly ast.Instansi[] { return this.lazy('_agencies', () => this.parts.flatMap(p => p.agencies)); }
    get roadmaps(): readonly ast.PetaRencana[] { return this.lazy('_roadmaps', () => this.parts.flatMap(p => p.roadmaps)); }
    get elements(): readonly ast.Elemen[] { return this.lazy('_elements', () => this.parts.flatMap(p => p.elements)); }
    get initiatives(): readonly ast.Inisiatif[] { return this.lazy('_initiatives', () => this.parts.flatMap(p => p.initiatives)); }

    // Each index is built when a rule first needs it.
    private lazy<T>(key: string, make: () => T): T {
        const self = this as unknown as Record<string, T>;
        return key in self ? self[key] : (self[key] = make());
    }

    /** The kept index of one kind of edge, as the lookups below read it. */
    private edges<T extends AstNode>(kind: EdgeKind): EdgeIndex<T> {
        return this.lazy(`_${kind}`, () => new EdgeIndex<T>(this.kept(kind, () => edgeIndex(kind))));
    }
    private get referrers() { return this.edges('refers'); }
    private get realizers() { return this.edges<ast.Inisiatif>('realizes'); }
    private get retirers() { return this.edges<ast.Inisiatif>('retires'); }
    private get via() { return this.edges<ast.Layanan>('via'); }
    private get producers() { return this.edges<ast.Proses>('produces'); }
    private get changers() { return this.edges<ast.Inisiatif>('changes'); }

    referrersOf(element: ast.Elemen): readonly AstNode[] { return this.referrers.of(element); }
    realizersOf(element: ast.Elemen): readonly ast.Inisiatif[] { return this.realizers.of(element); }
    retirersOf(element: ast.Elemen): readonly ast.Inisiatif[] { return this.retirers.of(element); }
    servicesVia(app: ast.Aplikasi): readonly ast.Layanan[] { return this.via.of(app); }
    producersOf(data: ast.Data): readonly ast.Proses[] { return this.producers.of(data); }
    changersOf(element: ast.Elemen): readonly ast.Inisiatif[] { return this.changers.of(element); }

    sharedAppInstances(name: string): readonly ast.Aplikasi[] {
        const byApp = this.lazy('_sharedApps', () => {
            const map = new Map<string, ast.Aplikasi[]>();
            for (const e of this.elements) {
                const app = ast.isAplikasi(e) && e.status !== 'dihentikan' ? e.umum?.$refText : undefined;
                if (!app) continue;
                const list = map.get(app);
                if (list) list.push(e as ast.Aplikasi); else map.set(app, [e as ast.Aplikasi]);
            }
            return map;
        });
        return byApp.get(name) ?? [];
    }

    get unitCycles(): ReadonlyMap<ast.Unit, ast.Unit[]> {
        return this.lazy('_unitCycles', () => findParentLoops(this.parts.flatMap(p => p.units), u => u.induk?.$refText));
    }

    get referenceSetCycles(): ReadonlyMap<ast.Referensi, ast.Referensi[]> {
        return this.lazy('_referenceSetCycles', () => findParentLoops(this.parts.flatMap(p => p.referenceSets), r => r.basis?.$refText));
    }

    get firstInitiativeYear(): number | undefined {
        return this.lazy('_firstInitiativeYear', () => {
            let first: number | undefined;
            for (const i of this.initiatives) if (i.tahun && Number.isFinite(i.tahun.mulai) && (first === undefined || i.tahun.mulai < first)) first = i.tahun.mulai;
            return first;
        });
    }

    get duplicates(): { get(name: string): readonly AstNode[] | undefined } {
        return this.lazy('_duplicates', () => new Duplicates(this.kept('declared', declaredIndex)));
    }

    get viewInput(): ViewInput {
        return this.lazy('_viewInput', () => viewInputOf(this.parts));
    }

    get cycles(): ReadonlyMap<ast.Inisiatif, ast.Inisiatif[]> {
        return this.lazy('_cycles', () => findCycles(this.initiatives));
    }

    get decreases(): ReadonlyMap<ast.TargetTahunan, IndicatorTargetRef> {
        return this.lazy('_decreases', () => findDecreases(this.initiatives, ind => ind.aturan?.$refText ?? this.targetDefault));
    }

    get domains(): ReadonlySet<string> {
        return this.lazy('_domains', () => new Set<string>(this.elements.map(domainOf)));
    }

    get muatan(): ReadonlySet<string> {
        return this.lazy('_muatan', () => { const out = new Set<string>(); for (const i of this.initiatives) if (i.muatan) out.add(i.muatan); return out; });
    }

    get assessments(): readonly ast.Penilaian[] {
        return this.lazy('_assessments', () => this.parts.flatMap(p => p.assessments));
    }

    sameAssessments(node: ast.Penilaian): { first: ast.Penilaian; count: number } | undefined {
        const byKey = this.lazy('_sameAssessments', () => {
            const map = new Map<string, { first: ast.Penilaian; count: number }>();
            for (const a of this.assessments) {
                const key = this.assessmentKey(a);
                const entry = map.get(key);
                if (entry) entry.count++; else map.set(key, { first: a, count: 1 });
            }
            return map;
        });
        return byKey.get(this.assessmentKey(node));
    }

    /** An assessment's year and its rule set (its own, else the agency's, else the default). */
    private assessmentKey(node: ast.Penilaian): string {
        return `${node.tahun}|${this.assessmentRuleSet(node)}`;
    }

    private get ruleSets(): Map<string, ast.AturanIndeks> {
        return this.lazy('_ruleSets', () => {
            const ruleSets = new Map<string, ast.AturanIndeks>();
            for (const p of this.parts) for (const s of p.ruleSets) if (!ruleSets.has(s.name) || !p.builtin) ruleSets.set(s.name, s);
            return ruleSets;
        });
    }

    ruleSetNamed(name: string): ast.AturanIndeks | undefined {
        return this.ruleSets.get(name);
    }

    /** The agency's own default rule set (`aturan-indeks X` on the first instansi), as written. */
    private get agencyRuleSet(): string | undefined {
        return this.agencies[0]?.aturanIndeks?.$refText || undefined;
    }

    /** Targets without a rule set of their own: the agency's, else the one the latest assessment names, else the default. */
    private get targetDefault(): string {
        return this.lazy('_targetDefault', () => {
            const ruleSets = this.ruleSets;
            const named = this.assessments
                .filter(a => a.aturan?.$refText && ruleSets.has(a.aturan.$refText))
                .sort((a, b) => b.tahun - a.tahun)[0]?.aturan?.$refText;
            return this.agencyRuleSet ?? named ?? DEFAULT_INDEX_RULE_SET;
        });
    }

    private indicatorsOf(name: string): { name: string; indicators: ReadonlySet<number>; max: number } | undefined {
        const cache = this.lazy('_indicatorsOf', () => new Map<string, { name: string; indicators: ReadonlySet<number>; max: number } | undefined>());
        if (!cache.has(name)) {
            const ruleSet = this.ruleSets.get(name);
            if (ruleSet) {
                const indicators = new Set(ruleSet.indikator.map(i => i.nomor));
                let max = -Infinity;
                for (const n of indicators) if (n > max) max = n;
                cache.set(name, { name: ruleSet.name, indicators, max });
            } else cache.set(name, undefined);
        }
        return cache.get(name);
    }

    targetRuleSet(target: ast.TargetIndikator): { name: string; indicators: ReadonlySet<number>; max: number } | undefined {
        return this.indicatorsOf(target.aturan ? target.aturan.$refText : this.targetDefault);
    }

    assessmentRuleSet(assessment: ast.Penilaian): string {
        return assessment.aturan?.$refText || this.agencyRuleSet || DEFAULT_INDEX_RULE_SET;
    }
}

/**
 * Loops in a "parent" relation where each node names at most one parent (a unit's `induk`, a reference set's
 * `basis`), by name as written: each node is walked once (colouring), so the whole search is linear.
 */
function findParentLoops<T extends AstNode & { name?: string }>(nodes: readonly T[], parentOf: (node: T) => string | undefined): Map<T, T[]> {
    const byName = new Map<string, T>();
    for (const n of nodes) if (n.name && !byName.has(n.name)) byName.set(n.name, n);
    const state = new Map<T, 'walking' | 'done'>();
    const result = new Map<T, T[]>();
    for (const start of nodes) {
        if (state.has(start)) continue;
        const path: T[] = [];
        let node: T | undefined = start;
        while (node && !state.has(node)) {
            state.set(node, 'walking');
            path.push(node);
            const parent = parentOf(node);
            node = parent ? byName.get(parent) : undefined;
        }
        // Reached a node of this walk again: the path from it on is a loop.
        if (node && state.get(node) === 'walking') {
            const loop = path.slice(path.indexOf(node));
            for (const n of loop) result.set(n, loop);
        }
        for (const n of path) state.set(n, 'done');
    }
    return result;
}

/** Units, elements, relations and initiatives by the names written (unresolved ones simply match nothing). */
function viewInputOf(parts: readonly DocumentFacts[]): ViewInput {
    const named = <T extends { name?: string }>(list: readonly T[]) => list.filter(n => typeof n.name === 'string' && n.name.length > 0);
    const written = (r: { $refText?: string } | undefined) => r?.$refText || undefined;
    return {
        units: parts.flatMap(p => named(p.units).map(u => ({ id: u.name, parent: written(u.induk) }))),
        elements: parts.flatMap(p => named(p.elements).map(e => ({
            id: e.name, domain: domainOf(e), owner: written(e.pemilik), status: e.status ?? 'aktif',
            code: e.kode?.$refText ? { code: e.kode.$refText } : undefined,
        }))),
        relations: parts.flatMap(p => p.relations.flatMap(r => {
            const to = written(r.target);
            return r.from.name && to ? [{ from: r.from.name, to, kind: r.kind, via: written(r.via) }] : [];
        })),
        roadmap: {
            initiatives: parts.flatMap(p => named(p.initiatives).map(i => ({
                id: i.name, muatan: i.muatan, owner: written(i.pelaksana), start: i.tahun?.mulai, end: i.tahun ? i.tahun.selesai ?? i.tahun.mulai : undefined,
                status: i.status, predecessors: i.pendahulu.map(written).filter((n): n is string => n !== undefined),
                creates: i.mewujudkan.map(written).filter((n): n is string => n !== undefined),
                changes: i.mengubah.map(written).filter((n): n is string => n !== undefined),
                retires: i.menghentikan.map(written).filter((n): n is string => n !== undefined),
            }))),
        },
    };
}

/** Tarjan's strongly connected components over `setelah` edges; every component of 2+ (or a self-loop) is a cycle. */
function findCycles(initiatives: readonly ast.Inisiatif[]): Map<ast.Inisiatif, ast.Inisiatif[]> {
    const result = new Map<ast.Inisiatif, ast.Inisiatif[]>();
    const index = new Map<ast.Inisiatif, number>();
    const low = new Map<ast.Inisiatif, number>();
    const onStack = new Set<ast.Inisiatif>();
    const stack: ast.Inisiatif[] = [];
    let counter = 0;
    // Predecessors by name (as written), like every workspace fact: see document-facts.ts.
    const byName = new Map<string, ast.Inisiatif>();
    for (const i of initiatives) if (i.name && !byName.has(i.name)) byName.set(i.name, i);
    const memo = new Map<ast.Inisiatif, ast.Inisiatif[]>();
    const successors = (i: ast.Inisiatif) => {
        let list = memo.get(i);
        if (!list) memo.set(i, list = i.pendahulu.map(p => byName.get(p.$refText)).filter((p): p is ast.Inisiatif => p !== undefined));
        return list;
    };
    // Iterative to survive long chains in large workspaces.
    for (const root of initiatives) {
        if (index.has(root)) continue;
        const work: { node: ast.Inisiatif; next: number }[] = [{ node: root, next: 0 }];
        index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const succ = successors(frame.node);
            if (frame.next < succ.length) {
                const w = succ[frame.next++];
                if (!index.has(w)) {
                    index.set(w, counter); low.set(w, counter++); stack.push(w); onStack.add(w);
                    work.push({ node: w, next: 0 });
                } else if (onStack.has(w)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
                }
                continue;
            }
            work.pop();
            if (work.length) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: ast.Inisiatif[] = [];
                let w: ast.Inisiatif;
                do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== frame.node);
                const selfLoop = component.length === 1 && successors(component[0]).includes(component[0]);
                if (component.length > 1 || selfLoop) {
                    const ordered = component.reverse();
                    for (const c of ordered) result.set(c, ordered);
                }
            }
        }
    }
    return result;
}

/** For each indicator of a rule set, a target lower than the highest target of an earlier year is a decrease. */
function findDecreases(initiatives: readonly ast.Inisiatif[], ruleSetOf: (target: ast.TargetIndikator) => string): Map<ast.TargetTahunan, IndicatorTargetRef> {
    const byIndicator = new Map<string, IndicatorTargetRef[]>();
    for (const initiative of initiatives) {
        for (const ind of initiative.indikator) {
            if (ind.nomor === undefined) continue; // parts lost to a syntax error are not compared
            const key = `${ruleSetOf(ind)} ${ind.nomor}`;
            for (const target of ind.target) {
                if (target.tahun === undefined || target.level === undefined) continue;
                const list = byIndicator.get(key) ?? [];
                list.push({ node: target, indicator: ind.nomor, initiative });
                byIndicator.set(key, list);
            }
        }
    }
    const result = new Map<ast.TargetTahunan, IndicatorTargetRef>();
    for (const targets of byIndicator.values()) {
        targets.sort((a, b) => a.node.tahun - b.node.tahun);
        let best: IndicatorTargetRef | undefined;
        for (let i = 0; i < targets.length; i++) {
            const t = targets[i];
            if (best && best.node.tahun < t.node.tahun && t.node.level < best.node.level) result.set(t.node, best);
            // Only targets of strictly earlier years count as "earlier": advance after each year group.
            const nextYear = targets[i + 1]?.node.tahun;
            if (nextYear !== t.node.tahun) {
                for (let j = i; j >= 0 && targets[j].node.tahun === t.node.tahun; j--) {
                    if (!best || targets[j].node.level > best.node.level) best = targets[j];
                }
            }
        }
    }
    return result;
}
