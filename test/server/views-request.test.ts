// The server side of the panels' view picker: the `spbe/views` request, and the diagram request drawing the
// named view a panel chose (narrowed by its other filters), or saying why it cannot.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseViewsParams } from '../../src/common/protocol.js';
import { parseDiagramParams, renderDiagram } from '../../src/server/diagram-request.js';
import { listViews } from '../../src/server/views-request.js';
import type { BuiltWorkspace } from '../../src/model/build-workspace.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

let built: BuiltWorkspace;
beforeAll(async () => {
    built = await buildFiles(await createTestServices(), readExample('kota-malang'));
});

const nodes = (svg: string) => [...new Set([...svg.matchAll(/class="node" data-id="([^"]+)"/g)].map(m => m[1]))].sort();

describe('spbe/views', () => {
    test('lists the named views of a kind, with title, description and how much each shows', () => {
        const roadmap = listViews(built.model, { view: 'roadmap' });
        expect(roadmap.map(v => v.id)).toEqual(['PetaKeamanan', 'PetaDiskominfo']);
        expect(roadmap[0]).toEqual({ id: 'PetaKeamanan', title: 'Peta Rencana Keamanan dan Audit TIK', view: 'roadmap',
            description: 'Inisiatif keamanan SPBE dan audit TIK beserta ketergantungannya', shows: 4 });
        const all = listViews(built.model, {});
        expect(all.map(v => v.id)).toEqual(built.model.views.map(v => v.id));
        expect(all.find(v => v.id === 'RantaiPengaduan')).toMatchObject({ view: 'architecture', shows: 7 });
    });

    test('checks its parameters: they come from another process', () => {
        expect(parseViewsParams(undefined)).toEqual({});
        expect(parseViewsParams({ view: 'architecture' })).toEqual({ view: 'architecture' });
        expect(parseViewsParams({ view: 'gantt' })).toBeUndefined();
        expect(parseViewsParams('architecture')).toBeUndefined();
    });
});

describe('the diagram of a named view', () => {
    test('the chosen view, narrowed by the panel\'s other filters', async () => {
        const params = parseDiagramParams({ view: 'architecture', filters: { view: 'RantaiPengaduan' }, theme: 'light' })!;
        expect(params.filters).toEqual({ view: 'RantaiPengaduan' });
        const chain = await renderDiagram(params, built);
        expect(chain.error).toBeUndefined();
        expect(nodes(chain.svg!)).toEqual(['DataPengaduan', 'Lapor', 'LayananPengaduan', 'MalangMbois', 'PengelolaanPengaduan', 'PusatDataNasional', 'SplpMalang']);
        const apps = await renderDiagram({ view: 'architecture', filters: { view: 'RantaiPengaduan', domains: ['aplikasi'] }, theme: 'light' }, built);
        expect(nodes(apps.svg!)).toEqual(['Lapor', 'MalangMbois']);
    });

    test('a view that is gone, of the other kind, or showing nothing: a message instead of a diagram', async () => {
        const gone = await renderDiagram({ view: 'architecture', filters: { view: 'Hilang' }, theme: 'light' }, built);
        expect(gone.svg).toBeUndefined();
        expect(gone.error).toBe("The view 'Hilang' is not in the model (any more). Choose another view in the view list.");
        const other = await renderDiagram({ view: 'architecture', filters: { view: 'PetaKeamanan' }, theme: 'light' }, built);
        expect(other.error).toBe("The view 'PetaKeamanan' is not an architecture view. Choose another view in the view list.");
        const empty = await buildFiles(await createTestServices(), { 'm.spbe': 'aplikasi A "A"\ntampilan V "V" { sertakan domain data }' });
        const nothing = await renderDiagram({ view: 'architecture', filters: { view: 'V' }, theme: 'light' }, empty);
        expect(nothing.error).toMatch(/^The view 'V' shows nothing in the model as it is now/);
        expect(parseDiagramParams({ view: 'architecture', filters: { view: 42 } })).toBeUndefined();
    });
});
