// Diagnostics of the file being edited first. Langium rebuilds a changed document together with every
// document that references it, phase by phase over the whole set, so in a national-scale workspace the
// edited file's diagnostics wait until dozens of other files are relinked (every file references the
// units, most reference another group's elements). Here the documents open in the editor are built to
// the end first, then the rest; the second build is cancelled as usual by the next keystroke.
//
// No document is left behind by a cancelled build. Every build runs under the workspace lock, and a new
// write cancels the running one; Langium's `update` then rebuilds whatever is unfinished, but a build of
// chosen documents (the re-validation after a change of workspace facts, revalidate.ts) did not. So when
// that re-validation cancelled an update that had just marked an edited file Changed, the file stayed
// unparsed while the workspace counted as validated: every request for it failed ("Document state of ...
// is Changed, requiring Parsed, but workspace state is already Validated", -32803) and the Outline stayed
// empty until the next edit; replacing an open file on disk (a change, then the file watcher's event) did
// it. Now every build also takes the unfinished documents, and a request that still finds its document
// behind the workspace waits for a catch-up build instead of failing.
import type { AstNode, BuildOptions, LangiumDocument, LangiumSharedCoreServices, Reference, URI, WorkspaceLock } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState } from 'langium';

export class SpbeDocumentBuilder extends DefaultDocumentBuilder {
    private readonly lock: WorkspaceLock;
    private catchingUp?: Promise<void>;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.lock = services.workspace.WorkspaceLock;
        // Look for linking errors as each document is linked (for the documents that refer to an edited one,
        // in the background after the edited file's diagnostics are out), not on the next keystroke's path.
        this.onDocumentPhase(DocumentState.Linked, document => { this.hasLinkingError(document); });
    }

    /** As Langium's, plus every document a cancelled build left unfinished. */
    override async build<T extends AstNode>(documents: LangiumDocument<T>[], options: BuildOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const chosen = new Set<LangiumDocument>(documents);
        const unfinished = this.langiumDocuments.all.filter(doc => !chosen.has(doc) && this.isUnfinished(doc)).toArray();
        return super.build([...documents, ...unfinished] as LangiumDocument<T>[], options, cancelToken);
    }

    private isUnfinished(doc: LangiumDocument): boolean {
        return doc.state < DocumentState.Validated && this.buildState.get(doc.uri.toString())?.completed !== true
            || doc.state < DocumentState.IndexedReferences;
    }

    /**
     * A request waits until its document reaches the state it needs. Langium fails the request when the
     * workspace is already past that state (the document was left out of the build); here the unfinished
     * documents are built first, and then the request is answered (or fails as before, should the document
     * still not get there: one catch-up, never a wait without end).
     */
    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (document && document.state < state && this.currentState >= state && !cancelToken.isCancellationRequested) {
            await this.catchUp();
        }
        return super.awaitDocumentState(state, uri, cancelToken);
    }

    private catchUp(): Promise<void> {
        this.catchingUp ??= this.lock.write(token => this.update([], [], token)).then(() => undefined, () => undefined)
            .finally(() => { this.catchingUp = undefined; });
        return this.catchingUp;
    }
    // Whether a document's resolved references include a linking error, remembered per references array
    // (the linker replaces it when it unlinks a document, and only appends to it while resolving).
    private readonly linkingErrors = new WeakMap<unknown[], { checked: number; error: boolean }>();

    /**
     * As Langium's: relink documents with linking errors (the edit may have resolved them) and documents
     * that reference a changed one. Langium checks every reference of every document for errors on each
     * keystroke (100,000 references in a national workspace); this checks each reference once.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.hasLinkingError(document) || this.indexManager.isAffected(document, changedUris);
    }

    private hasLinkingError(document: LangiumDocument): boolean {
        const refs = document.references as Reference[];
        let seen = this.linkingErrors.get(refs);
        if (!seen) this.linkingErrors.set(refs, seen = { checked: 0, error: false });
        for (; seen.checked < refs.length && !seen.error; seen.checked++) {
            if (refs[seen.checked].error !== undefined) seen.error = true;
        }
        return seen.error;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const open = documents.filter(doc => this.textDocuments?.get(doc.uri.toString()) !== undefined);
        const openSet = new Set(open);
        const rest = documents.filter(doc => !openSet.has(doc));
        // Only safe when every other document's symbols are already in the index (an edit, not the
        // first build of the workspace): then the open documents link exactly as they would together.
        const othersIndexed = rest.every(doc => doc.state >= DocumentState.IndexedContent);
        if (open.length === 0 || rest.length === 0 || !othersIndexed) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        await super.buildDocuments(open, options, cancelToken);
        // The workspace is only as far as the least built of the rest: a request for one of them waits for it.
        let least: DocumentState = DocumentState.Validated;
        for (const doc of rest) if (doc.state < least) least = doc.state;
        this.currentState = least;
        await super.buildDocuments(rest, options, cancelToken);
    }
}
