// The reference index (which document references which), kept as Langium keeps it but cheaper to
// build and to query; both run for dozens of documents on every keystroke in a national-scale workspace.
import type { AstNode, LangiumDocument, Reference, ReferenceDescription } from 'langium';
import { Cancellation, CstUtils, DefaultIndexManager, DefaultReferenceDescriptionProvider, UriUtils, interruptAndCheck } from 'langium';

/**
 * Describes the resolved references of a document. Langium walks every AST node and every property of
 * it to find references; the linker has already collected them in `document.references`, so this reads
 * that list (same descriptions, without the walk) and computes each container's path once.
 */
export class SpbeReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        const sourceUri = document.uri;
        const paths = new Map<AstNode, string>();
        const out: ReferenceDescription[] = [];
        for (const ref of document.references as Reference[]) {
            if (ref.error || !ref.$refNode) continue;
            const target = ref.$nodeDescription;
            const container = ref.$refNode.astNode;
            if (!target || !container) continue;
            let sourcePath = paths.get(container);
            if (sourcePath === undefined) paths.set(container, sourcePath = this.nodeLocator.getAstNodePath(container));
            out.push({
                sourceUri,
                sourcePath,
                targetUri: target.documentUri,
                targetPath: target.path,
                segment: CstUtils.toDocumentSegment(ref.$refNode),
                local: UriUtils.equals(target.documentUri, sourceUri),
            });
        }
        return out;
    }
}

/** Answers "does this document reference a changed one?" from a set of target URIs built once per document. */
export class SpbeIndexManager extends DefaultIndexManager {
    private readonly targets = new WeakMap<ReferenceDescription[], Set<string>>();

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const references = this.referenceIndex.get(document.uri.toString());
        if (!references) return false;
        let targets = this.targets.get(references);
        if (!targets) {
            targets = new Set();
            for (const ref of references) if (!ref.local) targets.add(ref.targetUri.toString());
            this.targets.set(references, targets);
        }
        for (const uri of changedUris) if (targets.has(uri)) return true;
        return false;
    }
}
