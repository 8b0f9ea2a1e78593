// Scoping: which names a cross-reference can see.
// - Top-level declarations, roadmap initiatives/milestones and Aplikasi Umum are global (across files).
// - Reference codes come from the workspace's effective catalog (see catalog.ts), so the
//   national set the agency follows, and the codes it defines itself, are the only valid codes.
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeComputation, EMPTY_SCOPE, DefaultScopeProvider, MapScope, WorkspaceCache, interruptAndCheck, Cancellation, stream } from 'langium';
import { KodeReferensi, isKodeReferensi, isPetaRencana, isReferensi, type Model } from './generated/ast.js';
import type { SpbeServices } from './spbe-module.js';
import type { ReferenceCatalog } from './catalog.js';
import type { SpbeIndexManager } from './spbe-index.js';

export class SpbeScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as Model;
        const exports: AstNodeDescription[] = [];
        for (const decl of root.declarations ?? []) {
            await interruptAndCheck(cancelToken);
            // Codes are resolved through the catalog, not the global index.
            if (isKodeReferensi(decl)) continue;
            this.addExportedSymbol(decl, exports, document);
            if (isPetaRencana(decl)) {
                for (const item of [...decl.inisiatif, ...decl.tonggak]) this.addExportedSymbol(item, exports, document);
            } else if (isReferensi(decl)) {
                for (const app of decl.aplikasiUmum) this.addExportedSymbol(app, exports, document);
            }
        }
        return exports;
    }
}

export class SpbeScopeProvider extends DefaultScopeProvider {
    private readonly catalog: ReferenceCatalog;
    private readonly codeScopeCache: WorkspaceCache<string, Scope>;

    private readonly index: SpbeIndexManager;

    constructor(services: SpbeServices) {
        super(services);
        this.catalog = services.reference.Catalog;
        this.codeScopeCache = new WorkspaceCache(services.shared);
        this.index = services.shared.workspace.IndexManager as SpbeIndexManager;
    }

    /**
     * One name index of every exported symbol, shared by all reference types and kept up to date by the
     * index manager per changed document, instead of Langium's one map per reference type (the Elemen type
     * alone is every element) rebuilt on every change.
     */
    protected override getGlobalScope(referenceType: string): Scope {
        return this.globalScopeCache.get(referenceType, () => new NamedScope(this.index.symbolsByName, referenceType, this.reflection, EMPTY_SCOPE,
            () => this.index.allElements()));
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === KodeReferensi.$type) {
            return this.codeScopeCache.get('codes', () => {
                const descriptions = [...this.catalog.table().codes.values()]
                    .map(node => this.descriptions.createDescription(node, node.name));
                return new MapScope(descriptions);
            });
        }
        // As Langium's default (local symbols of each enclosing container, innermost first, then the
        // global scope), but the local symbols are looked up by name: the default scans every symbol of
        // the container per reference, which is quadratic in a file of a few hundred declarations.
        let result = this.getGlobalScope(referenceType);
        const local = AstUtils.getDocument(context.container).localSymbols;
        if (!local) return result;
        const chain: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (local.has(node)) chain.push(node);
        }
        for (let i = chain.length - 1; i >= 0; i--) {
            result = new NamedScope(this.symbolsByName(local, chain[i]), referenceType, this.reflection, result);
        }
        return result;
    }

    // Keyed by the LocalSymbols object, which the builder replaces whenever it recomputes a document's scopes.
    private readonly byName = new WeakMap<LocalSymbols, Map<AstNode, Map<string, AstNodeDescription[]>>>();

    private symbolsByName(local: LocalSymbols, container: AstNode): Map<string, AstNodeDescription[]> {
        let perContainer = this.byName.get(local);
        if (!perContainer) this.byName.set(local, perContainer = new Map());
        let map = perContainer.get(container);
        if (!map) {
            map = new Map();
            for (const desc of local.getStream(container)) {
                const list = map.get(desc.name);
                if (list) list.push(desc); else map.set(desc.name, [desc]);
            }
            perContainer.set(container, map);
        }
        return map;
    }
}

/** Symbols of one reference type looked up by name (a container's local ones, or all global ones), in front of an outer scope. */
class NamedScope implements Scope {
    constructor(
        private readonly symbols: ReadonlyMap<string, readonly AstNodeDescription[]>,
        private readonly type: string,
        private readonly reflection: { isSubtype(sub: string, sup: string): boolean },
        private readonly outer: Scope,
        /** All symbols in declaration order, when the map's order is not that (the global index's). */
        private readonly all: () => Iterable<AstNodeDescription> = () => stream(this.symbols.values()).flatMap(list => list),
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.symbols.get(name)?.find(d => this.reflection.isSubtype(d.type, this.type)) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const own = (this.symbols.get(name) ?? []).filter(d => this.reflection.isSubtype(d.type, this.type));
        return stream(own).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.all()).filter(d => this.reflection.isSubtype(d.type, this.type))
            .concat(this.outer.getAllElements());
    }
}
