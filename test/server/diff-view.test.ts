// The server side of the architecture panel's diff view: a git revision's model (from an injected source,
// built once per commit), and the diagram response that marks what changed against it.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDiagramParams, renderDiagram } from '../../src/server/diagram-request.js';
import { RevisionModels } from '../../src/server/revisions.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import { changedExample } from '../diff/versions.js';

let services: SpbeServices;
let before: SemanticModel;
beforeAll(async () => {
    services = await createTestServices();
    before = (await buildFiles(services, readExample('kota-malang'))).model;
});

describe('diff view requests', () => {
    test('a comparison is accepted only with a plausible revision and folder', () => {
        const base = { view: 'architecture', filters: {}, theme: 'light' };
        expect(parseDiagramParams({ ...base, compare: { revision: 'HEAD~1', folder: '/ws' } })?.compare).toEqual({ revision: 'HEAD~1', folder: '/ws' });
        for (const revision of ['--output=/tmp/x', 'a b', '', 'x'.repeat(300), 42]) {
            expect(parseDiagramParams({ ...base, compare: { revision, folder: '/ws' } })?.compare, String(revision)).toBeUndefined();
        }
    });

    test('the architecture is drawn with the marks and a notice saying what is compared', async () => {
        const built = await buildFiles(services, changedExample());
        // Two domains keep the layout quick; the marks of both are asserted.
        const response = await renderDiagram({ view: 'architecture', filters: { domains: ['proses', 'aplikasi'] }, theme: 'light', compare: { revision: 'HEAD~1', folder: '/ws' } }, built,
            { label: 'HEAD~1 (abc1234)', model: before });
        expect(response.error).toBeUndefined();
        expect(response.svg).toMatch(/<g class="node" data-id="ManajemenKeamananInformasi"[^>]*data-diff="removed"/);
        expect(response.svg).toMatch(/<g class="node" data-id="SiPedas"[^>]*data-diff="added"/);
        // The counts are the whole diff's, not only what the filter shows.
        expect(response.notice).toBe('Compared with HEAD~1 (abc1234): 1 added, 1 removed, 4 changed (green, red, amber). Run "Compare with git revision…" again to stop.');
        // A removed element is drawn but has no place to reveal in the current files.
        expect(response.sources.ManajemenKeamananInformasi).toBeUndefined();
        expect(response.sources.SiPedas).toBeDefined();
    });

    test('a revision that cannot be read leaves the plain diagram and says why', async () => {
        const built = await buildFiles(services, readExample('kota-malang'));
        const response = await renderDiagram({ view: 'architecture', filters: { domains: ['infrastruktur'] }, theme: 'light' }, built, { label: 'v9', error: "unknown revision 'v9'" });
        expect(response.svg).toContain('data-kind="infrastruktur"');
        expect(response.svg).not.toContain('data-diff');
        expect(response.notice).toBe("Cannot compare with v9: unknown revision 'v9'");
    });
});

describe('RevisionModels', () => {
    test('builds a revision once per commit and resolves the revision on every request', async () => {
        let head = 'a'.repeat(40);
        const calls = { resolve: 0, files: 0, build: 0 };
        const models = new RevisionModels({
            commits: async () => [],
            resolve: async () => { calls.resolve++; return head; },
            files: async (folder, commit) => { calls.files++; return [{ path: `${folder}/a.spbe`, text: `proses P${commit.slice(0, 1)}` }]; },
        }, async files => { calls.build++; return { ...before, files: files.map(f => f.uri) }; });
        const first = await models.model('/ws', 'HEAD');
        expect(first.commit).toBe(head);
        expect(first.model.files).toEqual(['file:///ws/a.spbe']);
        await models.model('/ws', 'HEAD');
        expect(calls).toEqual({ resolve: 2, files: 1, build: 1 });
        head = 'b'.repeat(40);
        await models.model('/ws', 'HEAD');
        expect(calls).toEqual({ resolve: 3, files: 2, build: 2 });
    });
});
