// The reference index (which document references which), kept as Langium keeps it but cheaper to
// build and to query; both run for dozens of documents on every keystroke in a national-scale workspace.
import type { AstNode, AstNodeDescription, DocumentSegment, LangiumDocument, NameProvider, Reference, ReferenceDescription, URI } from 'langium';
import { AstUtils, Cancellation, CstUtils, DefaultAstNodeDescriptionProvider, DefaultAstNodeLocator, DefaultIndexManager, DefaultReferenceDescriptionProvider, UriUtils, interruptAndCheck } from 'langium';
import { NameIndex } from './name-index.js';

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

/**
 * Answers "does this document reference a changed one?" from a set of target URIs built once per document,
 * and keeps every exported symbol by name (`symbolsByName`), updated per document as its exports change:
 * the global scope looks names up there. Rebuilding that map from all symbols took ~40 ms of every
 * keystroke in a workspace of 20,000 elements.
 */
export class SpbeIndexManager extends DefaultIndexManager {
    private readonly targets = new WeakMap<ReferenceDescription[], Set<string>>();
    // Ordered as `symbolIndex`'s insertion order, which is the order of `allElements()`: a document's place is
    // kept while it changes and is the last one when it comes back after removeContent (as Map.set does).
    private readonly order = new Map<string, number>();
    private nextOrder = 0;
    private readonly names = new NameIndex<AstNodeDescription>((a, b) => this.order.get(a)! - this.order.get(b)!);

    /** Every exported symbol by name, in `allElements()` order; the live map, not a copy. */
    get symbolsByName(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.names.map;
    }

    override removeContent(uri: URI): void {
        const key = uri.toString();
        this.names.remove(byName(this.symbolIndex.get(key)));
        super.removeContent(uri);
        this.order.delete(key);
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const key = document.uri.toString();
        const before = this.symbolIndex.get(key);
        await super.updateContent(document, cancelToken);
        const after = this.symbolIndex.get(key);
        if (before === after) return;
        this.names.remove(byName(before));
        if (!this.order.has(key)) this.order.set(key, this.nextOrder++);
        this.names.add(key, byName(after));
    }

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

function* byName(descriptions: readonly AstNodeDescription[] | undefined): Iterable<readonly [string, AstNodeDescription]> {
    for (const d of descriptions ?? []) yield [d.name, d];
}

/**
 * Describes a named node as Langium's DefaultAstNodeDescriptionProvider does, as an instance of a class: Langium
 * returns an object literal with a getter, which V8 keeps as a hash table (~430 bytes, with two closures) for
 * each of the ~47,000 symbols of a 20,000-element workspace.
 */
export class SpbeAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new NodeDescription(node, name, path, doc.uri, this.nameProvider);
    }
}

class NodeDescription implements AstNodeDescription {
    // Own properties in the order of Langium's literal; its `nameSegment` getter, and here `selectionSegment`
    // too, are the prototype's, each made when first read (the CLI reads neither: ~250 ms of a large check).
    readonly node: AstNode;
    readonly name: string;
    readonly type: string;
    readonly documentUri: URI;
    readonly path: string;
    readonly #nameProvider: NameProvider;
    #nameSegment: DocumentSegment | undefined;
    #selectionSegment: DocumentSegment | undefined;

    constructor(node: AstNode, name: string, path: string, documentUri: URI, nameProvider: NameProvider) {
        this.node = node;
        this.name = name;
        this.type = node.$type;
        this.documentUri = documentUri;
        this.path = path;
        this.#nameProvider = nameProvider;
    }

    /** The name's place (Langium's description finds it when first read too). */
    get nameSegment(): DocumentSegment | undefined {
        return this.#nameSegment ??= CstUtils.toDocumentSegment(this.#nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    /** The node's place. A node's text does not change (an edit makes a new AST), so it is the same made later. */
    get selectionSegment(): DocumentSegment | undefined {
        return this.#selectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

/**
 * Paths as Langium's DefaultAstNodeLocator writes them (`/declarations@12/relasi@3`), as one flat string: built
 * by concatenation, each was a tree of ~8 string pieces that the 140,000 symbols and reference descriptions of a
 * 20,000-element workspace kept alive (~25 MB).
 */
export class SpbeAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [];
        for (let n: AstNode = node; n.$container; n = n.$container) segments.push(this.getPathSegment(n));
        if (segments.length === 0) return '';
        // Langium's path starts with the separator: '' + '/' + the outermost segment.
        segments.push('');
        return segments.reverse().join(this.segmentSeparator);
    }
}
