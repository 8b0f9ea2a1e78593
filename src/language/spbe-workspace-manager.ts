// The language server's workspace: the files of the open folders plus the built-in national library.
import type { LangiumDocument, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { ensureBuiltinLibrary } from '../reference/builtin-library.js';

export class SpbeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.shared = services;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(ensureBuiltinLibrary(this.shared));
    }
}
