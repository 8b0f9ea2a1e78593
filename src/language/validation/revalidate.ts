// Keeps the editor's findings current when settings or other files change:
// - when the `spbe.rules` setting or the workspace's spbe.json changes, every document is validated again
//   with the new severities;
// - workspace-wide rules (an element nothing refers to, duplicate ids, coverage, cycles, ...) depend on other
//   files, which Langium does not re-validate when only this file changed. After each build, each document's
//   facts signature is compared with the previous one; when one changed, the documents the build did not
//   validate are validated again.
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { SpbeWorkspaceManager } from '../spbe-workspace-manager.js';
import { isBuiltinUri } from '../../reference/builtin-library.js';
import type { SpbeServices } from '../spbe-module.js';

export function watchRuleSettings(services: SpbeServices): void {
    const shared = services.shared;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') return;
        revalidate(services, shared.workspace.LangiumDocuments.all.toArray());
    });
}

/** When spbe.json changes on disk (the server watches every file of the workspace), its rules apply at once. */
export function watchRuleFile(services: SpbeServices): void {
    const shared = services.shared;
    const manager = shared.workspace.WorkspaceManager as SpbeWorkspaceManager;
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange?.(params => {
        const ruleFile = manager.ruleFile()?.toString();
        if (!ruleFile || !params.changes.some(c => URI.parse(c.uri).toString() === ruleFile)) return;
        void manager.reloadRuleSettings().then(() => revalidate(services, shared.workspace.LangiumDocuments.all.toArray()));
    });
}

/** Builds that re-validate on our own account: the facts watcher ignores them (no feedback loop). */
let ownBuilds = 0;

function revalidate(services: SpbeServices, documents: LangiumDocument[], done?: (completed: boolean) => void): void {
    const shared = services.shared;
    void shared.workspace.WorkspaceLock.write(async token => {
        ownBuilds++;
        try {
            for (const doc of documents) {
                if (doc.state >= DocumentState.Validated) shared.workspace.DocumentBuilder.resetToState(doc, DocumentState.IndexedReferences);
            }
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        } finally {
            ownBuilds--;
            done?.(!token.isCancellationRequested);
        }
    });
}

/**
 * What other documents' findings depend on: each document's facts signature (document-facts.ts), by URI.
 * A document's part is kept until it is parsed again, so this costs a look-up per document.
 */
export function factsSignatures(services: SpbeServices, which: 'signature' | 'viewSignature' = 'signature'): Map<string, string> {
    const facts = services.validation.WorkspaceFacts;
    const out = new Map<string, string>();
    for (const doc of services.shared.workspace.LangiumDocuments.all) {
        const part = facts.part(doc);
        if (part) out.set(doc.uri.toString(), part[which]());
    }
    return out;
}

function sameSignatures(a: Map<string, string>, b: Map<string, string>): boolean {
    if (a.size !== b.size) return false;
    for (const [uri, signature] of a) if (b.get(uri) !== signature) return false;
    return true;
}

export function watchWorkspaceFacts(services: SpbeServices): void {
    const shared = services.shared;
    let last: Map<string, string> | undefined, lastViews: Map<string, string> | undefined;
    let pending = false;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
        const signatures = factsSignatures(services);
        const viewSignatures = factsSignatures(services, 'viewSignature');
        const changed = last !== undefined && !sameSignatures(signatures, last);
        // Only what named views read changed: only the documents that hold views need validating again.
        const viewsChanged = !changed && lastViews !== undefined && !sameSignatures(viewSignatures, lastViews);
        last = signatures;
        lastViews = viewSignatures;
        if (ownBuilds > 0 || (!changed && !viewsChanged && !pending)) return;
        const validated = new Set(built.map(d => d.uri.toString()));
        const holdsViews = (d: LangiumDocument) => (services.validation.WorkspaceFacts.part(d)?.views.length ?? 0) > 0;
        const others = shared.workspace.LangiumDocuments.all
            .filter(d => !isBuiltinUri(d.uri) && !validated.has(d.uri.toString()) && d.state >= DocumentState.Validated)
            .filter(d => changed || pending || holdsViews(d)).toArray();
        if (others.length === 0) { pending = false; return; }
        // After the current build has released the workspace lock. A cancelled re-validation (the user typed
        // again) is redone after the next build.
        pending = true;
        setTimeout(() => revalidate(services, others, completed => { pending = !completed; }), 0);
    });
}
