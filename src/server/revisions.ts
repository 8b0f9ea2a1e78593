// The model of a git revision of a workspace folder, for the architecture panel's diff view. The revision's
// .spbe files come from an injected source (git, in the Node server; none in the browser) and are built with
// language services of their own, so the workspace's documents are untouched. One model per commit is kept.
import { URI } from 'langium';
import type { SemanticModel } from '../model/types.js';

import type { GitCommit } from '../common/protocol.js';

/** Where revisions come from (git in the Node server). */
export interface RevisionSource {
    commits(folder: string, count: number): Promise<GitCommit[]>;
    /** The commit a revision names (checked on every request: HEAD moves). */
    resolve(folder: string, revision: string): Promise<string>;
    /** The .spbe files under `folder` at a commit. */
    files(folder: string, commit: string): Promise<{ path: string; text: string }[]>;
}

/** Builds a model from in-memory files (language services of its own). */
export type ModelBuilder = (files: { uri: string; text: string }[]) => Promise<SemanticModel>;

export class RevisionModels {
    private readonly cache = new Map<string, Promise<SemanticModel>>();

    constructor(private readonly source: RevisionSource, private readonly build: ModelBuilder) {}

    commits(folder: string, count = 30): Promise<GitCommit[]> {
        return this.source.commits(folder, count);
    }

    async model(folder: string, revision: string): Promise<{ model: SemanticModel; commit: string }> {
        const commit = await this.source.resolve(folder, revision);
        const key = `${folder}\n${commit}`;
        let model = this.cache.get(key);
        if (!model) {
            model = this.source.files(folder, commit).then(files => this.build(files.map(f => ({ uri: URI.file(f.path).toString(), text: f.text }))));
            this.cache.set(key, model);
            model.catch(() => this.cache.delete(key));
            // Keep the last few revisions only: each is a whole model.
            while (this.cache.size > 3) this.cache.delete(this.cache.keys().next().value!);
        }
        return { model: await model, commit };
    }
}
