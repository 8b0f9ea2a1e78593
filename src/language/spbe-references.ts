// Finding references, and highlighting them, for a name used very often. Langium adds the references it
// finds with `push(...references)`, one call argument per reference, so a name referred to some 120,000
// times (`menghasilkan D, D, D, ...`: a legal 600 KB file) overflowed the stack in find references, rename
// and document highlight. Here they are added one by one; the results are the same.
import type { AstNode, FindReferencesOptions, LangiumDocument, ReferenceDescription, Stream } from 'langium';
import { AstUtils, CstUtils, DefaultReferences, stream, UriUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver';

export class SpbeReferences extends DefaultReferences {
    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const refs: ReferenceDescription[] = options.includeDeclaration ? this.getSelfReferences(targetNode) : [];
        let indexReferences = this.index.findAllReferences(targetNode, this.nodeLocator.getAstNodePath(targetNode));
        if (options.documentUri) indexReferences = indexReferences.filter(ref => UriUtils.equals(ref.sourceUri, options.documentUri!));
        for (const ref of indexReferences) refs.push(ref);
        return stream(refs);
    }
}

export class SpbeDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    constructor(services: LangiumServices) {
        super(services);
    }

    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const rootNode = document.parseResult.value.$cstNode;
        if (!rootNode) return undefined;
        const selected = CstUtils.findDeclarationNodeAtOffset(rootNode, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!selected) return undefined;
        const highlights: DocumentHighlight[] = [];
        for (const target of this.references.findDeclarations(selected)) {
            const includeDeclaration = UriUtils.equals(AstUtils.getDocument(target).uri, document.uri);
            for (const ref of this.references.findReferences(target, { documentUri: document.uri, includeDeclaration })) highlights.push(this.createDocumentHighlight(ref));
        }
        return highlights;
    }
}
