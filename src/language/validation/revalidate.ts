// Keeps the editor's findings current when settings or other files change:
// - when the `spbe.rules` setting changes, every document is validated again with the new severities;
// - workspace-wide rules (an element nothing refers to, duplicate ids, coverage, cycles, ...) depend on other
//   files, which Langium does not re-validate when only this file changed. After each build, a signature of
//   the workspace facts is compared with the previous one; when it changed, the documents the build did not
//   validate are validated again.
import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import { isBuiltinUri } from '../../reference/builtin-library.js';
import type { SpbeServices } from '../spbe-module.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function watchRuleSettings(services: SpbeServices): void {
    const shared = services.shared;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') return;
        revalidate(services, shared.workspace.LangiumDocuments.all.toArray());
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

/** What other documents' findings depend on, as one string (names only; computed in one pass). */
export function factsSignature(facts: WorkspaceFacts): string {
    const names = (nodes: Iterable<{ name?: string }>) => [...nodes].map(n => n.name ?? '').sort().join(',');
    return [
        names(facts.referrers.keys()), names(facts.realizedBy.keys()), names(facts.retiredBy.keys()),
        names(facts.servicesVia.keys()), names(facts.producers.keys()), names(facts.cycles.keys()),
        [...facts.duplicates.keys()].sort().join(','), [...facts.domains].sort().join(','), [...facts.muatan].sort().join(','),
        names(facts.agencies), names(facts.roadmaps), String(facts.decreases.size), facts.indexRuleSet?.name ?? '',
        facts.agencies[0]?.periode ? `${facts.agencies[0].periode.mulai}-${facts.agencies[0].periode.selesai}` : '',
    ].join('|');
}

export function watchWorkspaceFacts(services: SpbeServices): void {
    const shared = services.shared;
    let last: string | undefined;
    let pending = false;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, built => {
        const signature = factsSignature(services.validation.WorkspaceFacts.get());
        const changed = last !== undefined && signature !== last;
        last = signature;
        if (ownBuilds > 0 || (!changed && !pending)) return;
        const validated = new Set(built.map(d => d.uri.toString()));
        const others = shared.workspace.LangiumDocuments.all
            .filter(d => !isBuiltinUri(d.uri) && !validated.has(d.uri.toString()) && d.state >= DocumentState.Validated).toArray();
        if (others.length === 0) { pending = false; return; }
        // After the current build has released the workspace lock. A cancelled re-validation (the user typed
        // again) is redone after the next build.
        pending = true;
        setTimeout(() => revalidate(services, others, completed => { pending = !completed; }), 0);
    });
}
