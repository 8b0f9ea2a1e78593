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

export interface IndicatorTargetRef { node: ast.TargetTahunan; indicator: number; initiative: ast.Inisiatif }

export interface WorkspaceFacts {
    /** The user's declarations by name (codes as `kode X`), only names declared more than once. */
    readonly duplicates: ReadonlyMap<string, AstNode[]>;
    readonly agencies: readonly ast.Instansi[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly elements: readonly ast.Elemen[];
    readonly initiatives: readonly ast.Inisiatif[];
    /** Elements and initiatives that refer to an element (any relation, any initiative verb). */
    referrersOf(element: ast.Elemen): readonly AstNode[];
    /** Initiatives that realize (`mewujudkan`) / retire (`menghentikan`) an element. */
    realizersOf(element: ast.Elemen): readonly ast.Inisiatif[];
    retirersOf(element: ast.Elemen): readonly ast.Inisiatif[];
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
    /** Indicator numbers of the index rule set roadmap targets refer to, the highest of them, and its name. */
    readonly indexRuleSet: { name: string; indicators: ReadonlySet<number>; max: number } | undefined;
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
        return this.cache.get('facts', () => new MergedFacts(this.allParts()));
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
        const docs = this.documents.all.toArray().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
        return docs.map(d => this.part(d)).filter((p): p is DocumentFacts => p !== undefined);
    }
}

/** Name-keyed edges, looked up for a node of a given type (a reference to `Elemen` matches any element). */
class EdgeIndex<T extends AstNode> {
    private readonly byName = new Map<string, NamedEdge<T>[]>();
    constructor(parts: readonly DocumentFacts[], edges: (p: DocumentFacts) => readonly NamedEdge<T>[]) {
        for (const p of parts) for (const e of edges(p)) {
            const list = this.byName.get(e.target);
            if (list) list.push(e); else this.byName.set(e.target, [e]);
        }
    }
    of(node: AstNode & { name?: string }): T[] {
        const list = node.name ? this.byName.get(node.name) : undefined;
        return list ? list.filter(e => e.type === 'Elemen' || e.type === node.$type).map(e => e.from) : [];
    }
}

class MergedFacts implements WorkspaceFacts {
    readonly agencies: readonly ast.Instansi[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly elements: readonly ast.Elemen[];
    readonly initiatives: readonly ast.Inisiatif[];

    constructor(private readonly parts: readonly DocumentFacts[]) {
        this.agencies = parts.flatMap(p => p.agencies);
        this.roadmaps = parts.flatMap(p => p.roadmaps);
        this.elements = parts.flatMap(p => p.elements);
        this.initiatives = parts.flatMap(p => p.initiatives);
    }

    // Each index is built when a rule first needs it.
    private lazy<T>(key: string, make: () => T): T {
        const self = this as unknown as Record<string, T>;
        return key in self ? self[key] : (self[key] = make());
    }

    private get referrers() { return this.lazy('_referrers', () => new EdgeIndex(this.parts, p => p.refers)); }
    private get realizers() { return this.lazy('_realizers', () => new EdgeIndex(this.parts, p => p.realizes)); }
    private get retirers() { return this.lazy('_retirers', () => new EdgeIndex(this.parts, p => p.retires)); }
    private get via() { return this.lazy('_via', () => new EdgeIndex(this.parts, p => p.via)); }
    private get producers() { return this.lazy('_producers', () => new EdgeIndex(this.parts, p => p.produces)); }

    referrersOf(element: ast.Elemen): readonly AstNode[] { return this.referrers.of(element); }
    realizersOf(element: ast.Elemen): readonly ast.Inisiatif[] { return this.realizers.of(element); }
    retirersOf(element: ast.Elemen): readonly ast.Inisiatif[] { return this.retirers.of(element); }
    servicesVia(app: ast.Aplikasi): readonly ast.Layanan[] { return this.via.of(app); }
    producersOf(data: ast.Data): readonly ast.Proses[] { return this.producers.of(data); }

    get duplicates(): ReadonlyMap<string, AstNode[]> {
        return this.lazy('_duplicates', () => {
            const names = new Map<string, AstNode[]>();
            for (const p of this.parts) for (const [name, node] of p.declared) {
                const list = names.get(name);
                if (list) list.push(node); else names.set(name, [node]);
            }
            return new Map([...names].filter(([, nodes]) => nodes.length > 1));
        });
    }

    get viewInput(): ViewInput {
        return this.lazy('_viewInput', () => viewInputOf(this.parts));
    }

    get cycles(): ReadonlyMap<ast.Inisiatif, ast.Inisiatif[]> {
        return this.lazy('_cycles', () => findCycles(this.initiatives));
    }

    get decreases(): ReadonlyMap<ast.TargetTahunan, IndicatorTargetRef> {
        return this.lazy('_decreases', () => findDecreases(this.initiatives));
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
                const entry = map.get(assessmentKey(a));
                if (entry) entry.count++; else map.set(assessmentKey(a), { first: a, count: 1 });
            }
            return map;
        });
        return byKey.get(assessmentKey(node));
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

    /** The rule set the latest assessment names (workspace sets before built-in ones), else the default. */
    get indexRuleSet(): { name: string; indicators: ReadonlySet<number>; max: number } | undefined {
        return this.lazy('_indexRuleSet', () => {
            const ruleSets = this.ruleSets;
            const named = this.assessments
                .filter(a => a.aturan?.$refText && ruleSets.has(a.aturan.$refText))
                .sort((a, b) => b.tahun - a.tahun)[0]?.aturan?.$refText;
            const ruleSet = ruleSets.get(named ?? DEFAULT_INDEX_RULE_SET);
            if (!ruleSet) return undefined;
            const indicators = new Set(ruleSet.indikator.map(i => i.nomor));
            let max = -Infinity;
            for (const n of indicators) if (n > max) max = n;
            return { name: ruleSet.name, indicators, max };
        });
    }
}

/** An assessment's year and the name of its rule set (the default one when it names none). */
export function assessmentKey(node: ast.Penilaian): string {
    return `${node.tahun}|${node.aturan?.$refText ?? DEFAULT_INDEX_RULE_SET}`;
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

/** For each indicator, a target lower than the highest target of an earlier year is a decrease. */
function findDecreases(initiatives: readonly ast.Inisiatif[]): Map<ast.TargetTahunan, IndicatorTargetRef> {
    const byIndicator = new Map<number, IndicatorTargetRef[]>();
    for (const initiative of initiatives) {
        for (const ind of initiative.indikator) {
            if (ind.nomor === undefined) continue; // parts lost to a syntax error are not compared
            for (const target of ind.target) {
                if (target.tahun === undefined || target.level === undefined) continue;
                const list = byIndicator.get(ind.nomor) ?? [];
                list.push({ node: target, indicator: ind.nomor, initiative });
                byIndicator.set(ind.nomor, list);
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
