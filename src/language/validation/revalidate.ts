// When the editor's `spbe.rules` setting changes, validate every document again so the new severities show.
import { DocumentState } from 'langium';
import type { SpbeServices } from '../spbe-module.js';

export function watchRuleSettings(services: SpbeServices): void {
    const shared = services.shared;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') return;
        void shared.workspace.WorkspaceLock.write(async token => {
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            for (const doc of documents) {
                if (doc.state >= DocumentState.Validated) shared.workspace.DocumentBuilder.resetToState(doc, DocumentState.IndexedReferences);
            }
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    });
}
