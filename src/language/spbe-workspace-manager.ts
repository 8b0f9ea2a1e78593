// The language server's workspace: the files of the open folders plus the built-in national library,
// and the rule settings of the first folder's spbe.json (read when the workspace is loaded, and again when
// the file changes: see watchRuleFile in validation/revalidate.ts).
import type { FileSystemProvider, LangiumDocument, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, URI, UriUtils } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { ensureBuiltinLibrary } from './builtin-document.js';
import { parseRuleOverrides, type RuleSettings } from './validation/rule-settings.js';
import { isSized } from './document-limits.js';

/** An spbe.json larger than this is not read (a real one is a few hundred bytes). */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export class SpbeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;
    private readonly files: FileSystemProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.shared = services;
        this.files = services.workspace.FileSystemProvider;
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(ensureBuiltinLibrary(this.shared));
        if (folders.length > 0) await this.loadRuleSettings(URI.parse(folders[0].uri));
    }

    /** The spbe.json whose rules apply: the first workspace folder's. */
    ruleFile(): URI | undefined {
        const folder = this.workspaceFolders?.[0];
        return folder ? UriUtils.joinPath(URI.parse(folder.uri), 'spbe.json') : undefined;
    }

    /** Reads spbe.json again (after it changed); without one, the default severities apply. */
    async reloadRuleSettings(): Promise<void> {
        const folder = this.workspaceFolders?.[0];
        if (folder) await this.loadRuleSettings(URI.parse(folder.uri));
    }

    private async loadRuleSettings(folder: URI): Promise<void> {
        let text: string;
        const file = UriUtils.joinPath(folder, 'spbe.json');
        const size = isSized(this.files) ? await this.files.size(file).catch(() => undefined) : undefined;
        if (size !== undefined && size > MAX_SETTINGS_BYTES) {
            console.error(`spbe.json: too large (${(size / 1024 / 1024).toFixed(1)} MB), not read; default rule settings apply`);
            return;
        }
        try {
            text = await this.files.readFile(file);
        } catch {
            this.setOverrides({}); // no spbe.json: default severities
            return;
        }
        try {
            const { overrides, problems } = parseRuleOverrides(JSON.parse(text).rules);
            if (problems.length) console.error(`spbe.json: ${problems.join('; ')}`);
            this.setOverrides(overrides);
        } catch (err) {
            // Half-typed JSON: keep the rules that applied before until the file parses again.
            console.error(`spbe.json: not valid JSON (${(err as Error).message})`);
        }
    }

    private setOverrides(overrides: ReturnType<typeof parseRuleOverrides>['overrides']): void {
        for (const services of this.shared.ServiceRegistry.all) {
            (services as { validation: { RuleSettings?: RuleSettings } }).validation.RuleSettings?.setWorkspaceOverrides(overrides);
        }
    }
}
