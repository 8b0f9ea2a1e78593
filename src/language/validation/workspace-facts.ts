// Facts about the whole workspace that several rules need (who refers to whom, duplicates, initiative
// cycles, coverage). Computed once per build from the linked ASTs of the user's documents and cached
// until the next change, so a workspace-wide rule costs a map look-up per element, not a rescan.
import type { AstNode, LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import { isBuiltinUri } from '../../reference/builtin-library.js';

/** A named declaration that lives in the global scope (where a duplicate name makes links ambiguous). */
export interface Named { node: AstNode & { name?: string }; name: string }

export interface IndicatorTargetRef { node: ast.TargetTahunan; indicator: number; initiative: ast.Inisiatif }

export interface WorkspaceFacts {
    /** The user's declarations by name (codes by code), only names declared more than once. */
    readonly duplicates: ReadonlyMap<string, AstNode[]>;
    readonly agencies: readonly ast.Instansi[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly elements: readonly ast.Elemen[];
    readonly initiatives: readonly ast.Inisiatif[];
    /** Elements and initiatives that refer to an element (any relation, any initiative verb). */
    readonly referrers: ReadonlyMap<ast.Elemen, AstNode[]>;
    /** Initiatives that realize (`mewujudkan`) / retire (`menghentikan`) an element. */
    readonly realizedBy: ReadonlyMap<ast.Elemen, ast.Inisiatif[]>;
    readonly retiredBy: ReadonlyMap<ast.Elemen, ast.Inisiatif[]>;
    /** Services delivered through an application (`layanan ... melalui App`). */
    readonly servicesVia: ReadonlyMap<ast.Aplikasi, ast.Layanan[]>;
    /** Processes that produce (`menghasilkan`) a data set. */
    readonly producers: ReadonlyMap<ast.Data, ast.Proses[]>;
    /** For each initiative in a dependency cycle, the initiatives of its cycle (in order). */
    readonly cycles: ReadonlyMap<ast.Inisiatif, ast.Inisiatif[]>;
    readonly domains: ReadonlySet<string>;
    readonly muatan: ReadonlySet<string>;
    /** For a target that is lower than an earlier year's target of the same indicator: that earlier target. */
    readonly decreases: ReadonlyMap<ast.TargetTahunan, IndicatorTargetRef>;
    /** Indicator numbers of the index rule set roadmap targets refer to, and its name. */
    readonly indexRuleSet: { name: string; indicators: ReadonlySet<number> } | undefined;
}

const ELEMENT_DOMAIN: Record<string, string> = {
    Proses: 'proses', Data: 'data', Layanan: 'layanan', Aplikasi: 'aplikasi', Infrastruktur: 'infrastruktur', Keamanan: 'keamanan'
};

/** The rule set roadmap targets are read against when no assessment names one (what Malang was scored under). */
export const DEFAULT_INDEX_RULE_SET = 'permenpanrb-59-2020';

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, WorkspaceFacts>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        // Evicted whenever a build has linked documents (and on deletions): facts read linked references.
        // Evicted on every update (a change, a deletion, or a build of new documents), not on every Linked
        // phase: SpbeDocumentBuilder builds an edit in two passes (the open file, then the documents that
        // reference it), and the facts the first pass computes already resolve the other documents'
        // references (lazily, to the same targets the second pass links), so recomputing them after the
        // second pass (a scan of the whole workspace per keystroke) would give the same facts.
        this.cache = new WorkspaceCache(shared);
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => this.compute());
    }

    private compute(): WorkspaceFacts {
        const names = new Map<string, AstNode[]>();
        const agencies: ast.Instansi[] = [];
        const roadmaps: ast.PetaRencana[] = [];
        const elements: ast.Elemen[] = [];
        const initiatives: ast.Inisiatif[] = [];
        const ruleSets = new Map<string, ast.AturanIndeks>();
        const assessments: ast.Penilaian[] = [];
        const declare = (name: string | undefined, node: AstNode) => {
            if (!name) return;
            const list = names.get(name);
            if (list) list.push(node); else names.set(name, [node]);
        };
        const docs = this.documents.all.toArray().sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
        for (const doc of docs) {
            const root = doc.parseResult?.value;
            if (!ast.isModel(root)) continue;
            const builtin = isBuiltinUri(doc.uri);
            for (const decl of root.declarations) {
                if (ast.isAturanIndeks(decl)) {
                    if (!ruleSets.has(decl.name) || !builtin) ruleSets.set(decl.name, decl);
                }
                if (builtin) continue;
                if (ast.isPenilaian(decl)) { assessments.push(decl); continue; }
                if (ast.isReferensi(decl)) continue; // a workspace set may reuse a built-in name on purpose
                if (ast.isKodeReferensi(decl)) { declare('kode ' + decl.name, decl); continue; }
                declare(decl.name, decl);
                if (ast.isInstansi(decl)) agencies.push(decl);
                else if (ast.isElemen(decl)) elements.push(decl);
                else if (ast.isPetaRencana(decl)) {
                    roadmaps.push(decl);
                    for (const i of decl.inisiatif) { declare(i.name, i); initiatives.push(i); }
                    for (const m of decl.tonggak) declare(m.name, m);
                }
            }
        }
        const duplicates = new Map([...names].filter(([, nodes]) => nodes.length > 1));

        const referrers = new Map<ast.Elemen, AstNode[]>();
        const realizedBy = new Map<ast.Elemen, ast.Inisiatif[]>();
        const retiredBy = new Map<ast.Elemen, ast.Inisiatif[]>();
        const servicesVia = new Map<ast.Aplikasi, ast.Layanan[]>();
        const producers = new Map<ast.Data, ast.Proses[]>();
        const push = <K, V>(map: Map<K, V[]>, key: K | undefined, value: V) => {
            if (key === undefined) return;
            const list = map.get(key);
            if (list) { if (!list.includes(value)) list.push(value); } else map.set(key, [value]);
        };
        const refer = (from: AstNode, refs: ({ ref?: ast.Elemen } | undefined)[]) => {
            for (const r of refs) if (r?.ref && r.ref !== from) push(referrers, r.ref, from);
        };
        const domains = new Set<string>();
        for (const e of elements) {
            domains.add(ELEMENT_DOMAIN[e.$type]);
            if (ast.isProses(e)) {
                refer(e, [...e.menghasilkan, ...e.menggunakan]);
                for (const d of e.menghasilkan) push(producers, d.ref, e);
            } else if (ast.isLayanan(e)) {
                refer(e, [...e.didukungOleh, ...e.melalui]);
                for (const a of e.melalui) push(servicesVia, a.ref, e);
            } else if (ast.isAplikasi(e)) {
                refer(e, [...e.mendukung, ...e.memproses, ...e.berjalanDi, ...e.integrasi.map(i => i.target), ...e.integrasi.map(i => i.bus)]);
            } else if (ast.isInfrastruktur(e)) {
                refer(e, e.terhubungKe);
            } else if (ast.isKeamanan(e)) {
                refer(e, e.melindungi);
            }
        }
        const muatan = new Set<string>();
        for (const i of initiatives) {
            if (i.muatan) muatan.add(i.muatan);
            refer(i, [...i.mewujudkan, ...i.mengubah, ...i.menghentikan]);
            for (const r of i.mewujudkan) push(realizedBy, r.ref, i);
            for (const r of i.menghentikan) push(retiredBy, r.ref, i);
        }

        // The index rule set: the one the latest assessment names, else the default.
        const named = assessments.filter(a => a.aturan?.ref).sort((a, b) => b.tahun - a.tahun)[0]?.aturan?.ref;
        const ruleSet = named ?? ruleSets.get(DEFAULT_INDEX_RULE_SET);
        const indexRuleSet = ruleSet ? { name: ruleSet.name, indicators: new Set(ruleSet.indikator.map(i => i.nomor)) } : undefined;

        return {
            duplicates, agencies, roadmaps, elements, initiatives, referrers, realizedBy, retiredBy, servicesVia, producers,
            cycles: findCycles(initiatives), domains, muatan, decreases: findDecreases(initiatives), indexRuleSet
        };
    }
}

/** Tarjan's strongly connected components over `setelah` edges; every component of 2+ (or a self-loop) is a cycle. */
function findCycles(initiatives: readonly ast.Inisiatif[]): Map<ast.Inisiatif, ast.Inisiatif[]> {
    const result = new Map<ast.Inisiatif, ast.Inisiatif[]>();
    const index = new Map<ast.Inisiatif, number>();
    const low = new Map<ast.Inisiatif, number>();
    const onStack = new Set<ast.Inisiatif>();
    const stack: ast.Inisiatif[] = [];
    let counter = 0;
    const successors = (i: ast.Inisiatif) => i.pendahulu.map(p => p.ref).filter((p): p is ast.Inisiatif => p !== undefined);
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
            for (const target of ind.target) {
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
