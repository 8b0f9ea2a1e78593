// The effective reference catalog of a workspace: the national set the agency follows (built in,
// or a workspace's own `referensi` set with its `basis` chain), overridden by codes the agency defines.
// Code look-ups are map look-ups; the table is rebuilt only when a document changes.
import type { LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import type { AplikasiUmum, KodeReferensi, Model, Referensi } from './generated/ast.js';
import { isAplikasiUmum, isInstansi, isKodeReferensi, isModel, isReferensi } from './generated/ast.js';
import { DEFAULT_REFERENCE_SET } from '../reference/builtin-library.js';
import { codeAncestry, codeLevel, parentCode } from '../reference/codes.js';
import type { CodeEntry } from '../reference/search.js';

export interface CatalogTable {
    /** The reference set the workspace follows. */
    readonly referenceSet: string;
    readonly codes: ReadonlyMap<string, KodeReferensi>;
    /** The codes of the reference set chain alone, before the agency's own codes are applied. */
    readonly national: ReadonlyMap<string, KodeReferensi>;
    readonly aplikasiUmum: ReadonlyMap<string, AplikasiUmum>;
    /** Children of each code (national and agency-defined), in declaration order. */
    readonly children: ReadonlyMap<string, KodeReferensi[]>;
}

export class ReferenceCatalog {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, CatalogTable>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    table(): CatalogTable {
        return this.cache.get('table', () => this.compute());
    }

    lookup(code: string): KodeReferensi | undefined {
        return this.table().codes.get(code);
    }

    children(code: string): KodeReferensi[] {
        return this.table().children.get(code) ?? [];
    }

    /** The known ancestors of a code, outermost first, including the code itself when known. */
    path(code: string): KodeReferensi[] {
        const codes = this.table().codes;
        return codeAncestry(code).map(c => codes.get(c)).filter((k): k is KodeReferensi => k !== undefined);
    }

    /** What each document contributes, kept until its AST is replaced (a new parse). */
    private readonly parts = new WeakMap<Model, CatalogPart>();
    /** The last table and what it was made of: made again only when one of these changed. */
    private last?: { referenceSet: string; chain: Referensi[]; agencyCodes: KodeReferensi[]; table: CatalogTable };

    /** A document's reference sets, its own codes and the set its first agency follows, in the order written. */
    private partOf(root: Model): CatalogPart {
        let part = this.parts.get(root);
        if (part) return part;
        part = { sets: [], codes: [] };
        for (const decl of root.declarations) {
            if (isReferensi(decl)) part.sets.push(decl);
            else if (isKodeReferensi(decl)) part.codes.push(decl);
            else if (isInstansi(decl) && decl.referensi?.$refText && !part.chosen) part.chosen = decl.referensi.$refText;
        }
        this.parts.set(root, part);
        return part;
    }

    // Each keystroke evicts the table; every declaration of every document was read again to remake it (22,000
    // in a 20,000-element workspace). Now a document is read once per parse, and the maps are remade only when
    // the sets followed or the agency's codes changed.
    private compute(): CatalogTable {
        const sets = new Map<string, Referensi>();
        const agencyCodes: KodeReferensi[] = [];
        let chosen: string | undefined;
        for (const doc of this.documents.all) {
            const root = doc.parseResult?.value;
            if (!isModel(root)) continue;
            const part = this.partOf(root as Model);
            for (const decl of part.sets) {
                // A workspace set of the same name as a built-in one wins over it.
                if (!sets.has(decl.name) || doc.uri.scheme === 'file') sets.set(decl.name, decl);
            }
            for (const decl of part.codes) agencyCodes.push(decl);
            if (part.chosen && !chosen) chosen = part.chosen;
        }
        const referenceSet = chosen && sets.has(chosen) ? chosen : DEFAULT_REFERENCE_SET;
        // Walk the basis chain from the set followed down to its root, then apply root first.
        const chain: Referensi[] = [];
        const seen = new Set<string>();
        let current = sets.get(referenceSet);
        while (current && !seen.has(current.name)) {
            seen.add(current.name);
            chain.unshift(current);
            current = current.basis?.$refText ? sets.get(current.basis.$refText) : undefined;
        }
        const last = this.last;
        if (last && last.referenceSet === referenceSet && same(last.chain, chain) && same(last.agencyCodes, agencyCodes)) return last.table;
        const table = tableOf(referenceSet, chain, agencyCodes);
        this.last = { referenceSet, chain, agencyCodes, table };
        return table;
    }
}

interface CatalogPart { sets: Referensi[]; codes: KodeReferensi[]; chosen?: string }

function same<T>(a: readonly T[], b: readonly T[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The catalog of a reference set chain (root first) and the agency's own codes (the same nodes give the same table). */
function tableOf(referenceSet: string, chain: readonly Referensi[], agencyCodes: readonly KodeReferensi[]): CatalogTable {
    const codes = new Map<string, KodeReferensi>();
    const aplikasiUmum = new Map<string, AplikasiUmum>();
    for (const set of chain) {
        // A code whose name was lost to a syntax error (`kode XYZ.01` in a set) is not in the catalog; its syntax
        // error says what is wrong (it crashed `spbe check` with an internal error, reading the parent of no code).
        for (const k of set.kode) if (isKodeReferensi(k) && k.name) codes.set(k.name, k);
        for (const a of set.aplikasiUmum) if (isAplikasiUmum(a)) aplikasiUmum.set(a.name, a);
    }
    const national = new Map(codes);
    for (const k of agencyCodes) if (k.name) codes.set(k.name, k);
    const children = new Map<string, KodeReferensi[]>();
    for (const [code, node] of codes) {
        const parent = parentCode(code);
        if (!parent) continue;
        let list = children.get(parent);
        if (!list) children.set(parent, list = []);
        list.push(node);
    }
    return { referenceSet, codes, national, aplikasiUmum, children };
}

/** The effective codes as plain entries for searchCodes (reference/search.ts): national, then the agency's own. */
export function codeEntries(table: CatalogTable): CodeEntry[] {
    return [...table.codes.values()].filter(k => k.name).map(k => ({
        code: k.name, name: k.title ?? '', level: codeLevel(k.name), parent: parentCode(k.name),
        agencyDefined: table.national.get(k.name) !== k, status: k.status, description: k.deskripsi,
    }));
}
