// Scoping: which names a cross-reference can see.
// - Top-level declarations, roadmap initiatives/milestones and Aplikasi Umum are global (across files).
// - Reference codes come from the workspace's effective catalog (see reference/catalog.ts), so the
//   national set the agency follows, and the codes it defines itself, are the only valid codes.
import type { AstNodeDescription, LangiumDocument, ReferenceInfo, Scope } from 'langium';
import { DefaultScopeComputation, DefaultScopeProvider, MapScope, WorkspaceCache, interruptAndCheck, Cancellation } from 'langium';
import { KodeReferensi, isKodeReferensi, isPetaRencana, isReferensi, type Model } from './generated/ast.js';
import type { SpbeServices } from './spbe-module.js';
import type { ReferenceCatalog } from '../reference/catalog.js';

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

    constructor(services: SpbeServices) {
        super(services);
        this.catalog = services.reference.Catalog;
        this.codeScopeCache = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        if (this.reflection.getReferenceType(context) === KodeReferensi.$type) {
            return this.codeScopeCache.get('codes', () => {
                const descriptions = [...this.catalog.table().codes.values()]
                    .map(node => this.descriptions.createDescription(node, node.name));
                return new MapScope(descriptions);
            });
        }
        return super.getScope(context);
    }
}
