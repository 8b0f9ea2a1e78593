// Diagnostics of the file being edited first. Langium rebuilds a changed document together with every
// document that references it, phase by phase over the whole set, so in a national-scale workspace the
// edited file's diagnostics wait until dozens of other files are relinked (every file references the
// units, most reference another group's elements). Here the documents open in the editor are built to
// the end first, then the rest; the second build is cancelled as usual by the next keystroke.
import type { BuildOptions, LangiumDocument, Reference } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState } from 'langium';

export class SpbeDocumentBuilder extends DefaultDocumentBuilder {
    // Whether a document's resolved references include a linking error, remembered per references array
    // (the linker replaces it when it unlinks a document, and only appends to it while resolving).
    private readonly linkingErrors = new WeakMap<unknown[], { checked: number; error: boolean }>();

    /**
     * As Langium's: relink documents with linking errors (the edit may have resolved them) and documents
     * that reference a changed one. Langium checks every reference of every document for errors on each
     * keystroke (100,000 references in a national workspace); this checks each reference once.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const refs = document.references as Reference[];
        let seen = this.linkingErrors.get(refs);
        if (!seen) this.linkingErrors.set(refs, seen = { checked: 0, error: false });
        for (; seen.checked < refs.length && !seen.error; seen.checked++) {
            if (refs[seen.checked].error !== undefined) seen.error = true;
        }
        return seen.error || this.indexManager.isAffected(document, changedUris);
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
        await super.buildDocuments(rest, options, cancelToken);
    }
}
