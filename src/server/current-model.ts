// The semantic model of every document the server knows, shared by the features that read it (the SPBE
// index code lens, the diagram panels). Built once per change rather than per request: on a national-scale
// workspace a model costs a few hundred milliseconds, and the editor asks for code lenses after each edit.
import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import { collect, type BuiltWorkspace } from '../model/build-workspace.js';
import type { SpbeServices } from '../language/spbe-module.js';

export class CurrentModel {
    private cached?: BuiltWorkspace;

    constructor(private readonly services: SpbeServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        // A change makes the model stale at once; a finished validation brings new diagnostics.
        builder.onUpdate(() => this.invalidate());
        builder.onBuildPhase(DocumentState.Validated, () => this.invalidate());
    }

    invalidate(): void {
        this.cached = undefined;
    }

    /** The model of the documents as they are now. */
    now(): BuiltWorkspace {
        if (!this.cached) {
            const all: LangiumDocument[] = this.services.shared.workspace.LangiumDocuments.all.toArray();
            this.cached = collect(this.services, all);
        }
        return this.cached;
    }

    /** The model once the workspace is loaded and every document is validated. */
    async settled(): Promise<BuiltWorkspace> {
        await this.services.shared.workspace.WorkspaceManager.ready;
        await this.services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        return this.now();
    }
}
