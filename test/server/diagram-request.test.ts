// The server side of the diagram panels: request validation, the rendered view with its source map,
// and messages instead of empty diagrams.
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDiagramParams, renderDiagram } from '../../src/server/diagram-request.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => {
    services = await createTestServices();
});

describe('parseDiagramParams', () => {
    test('accepts a well-formed request and defaults the theme', () => {
        expect(parseDiagramParams({ view: 'roadmap', filters: { muatan: ['aplikasi'] }, theme: 'purple', today: '2025-06-01' }))
            .toEqual({ view: 'roadmap', filters: { muatan: ['aplikasi'] }, theme: 'light', today: '2025-06-01' });
    });
    test('rejects unknown views and malformed filters', () => {
        expect(parseDiagramParams({ view: 'gantt', filters: {} })).toBeUndefined();
        expect(parseDiagramParams({ view: 'architecture', filters: { depth: 'x' } })).toBeUndefined();
        expect(parseDiagramParams(null)).toBeUndefined();
    });
});

describe('renderDiagram', () => {
    test('renders the Kota Malang architecture with a source range for every element node', async () => {
        const built = await buildFiles(services, readExample('kota-malang'));
        const response = await renderDiagram({ view: 'architecture', filters: {}, theme: 'dark' }, built);
        expect(response.error).toBeUndefined();
        expect(response.svg).toMatch(/^<svg /);
        // The overview draws some elements and groups the rest; each group's drill-down level draws its own.
        const nodeIds = (svg: string) => [...svg.matchAll(/class="node" data-id="([^"]+)"/g)].map(m => m[1]);
        const drawn = new Set(nodeIds(response.svg!));
        for (const id of drawn) expect(response.sources[id]?.uri, id).toMatch(/\.spbe$/);
        for (const group of [...response.svg!.matchAll(/data-drill="([^"]+)"/g)].map(m => m[1])) {
            const level = await renderDiagram({ view: 'architecture', filters: { drill: group }, theme: 'dark' }, built);
            expect(level.error).toBeUndefined();
            for (const id of nodeIds(level.svg!)) {
                expect(level.sources[id]?.uri, id).toMatch(/\.spbe$/);
                drawn.add(id);
            }
        }
        expect([...drawn].sort()).toEqual(built.model.elements.map(e => e.id).sort());
        expect(response.choices.domains).toContain('aplikasi');
        expect(response.choices.units.map(u => u.id)).toContain('Diskominfo');
        expect(response.choices.period).toEqual({ start: 2023, end: 2027 });
    });

    test('renders the roadmap filtered by muatan', async () => {
        const built = await buildFiles(services, readExample('kota-malang'));
        const all = await renderDiagram({ view: 'roadmap', filters: {}, theme: 'light' }, built);
        const apps = await renderDiagram({ view: 'roadmap', filters: { muatan: ['aplikasi'] }, theme: 'light' }, built);
        const bars = (svg: string) => [...svg.matchAll(/class="bar" data-id="[^"]+" data-kind="inisiatif" data-muatan="([^"]+)"/g)].map(m => m[1]);
        expect(bars(all.svg!).length).toBe(built.model.roadmap.initiatives.length);
        expect(bars(apps.svg!).length).toBeGreaterThan(0);
        expect(new Set(bars(apps.svg!))).toEqual(new Set(['aplikasi']));
    });

    test('an empty workspace and an unknown focus give a message instead of a diagram', async () => {
        const empty = await buildFiles(services, { 'a.spbe': 'unit Diskominfo "Dinas"\n' });
        const architecture = await renderDiagram({ view: 'architecture', filters: {}, theme: 'light' }, empty);
        expect(architecture.svg).toBeUndefined();
        expect(architecture.error).toMatch(/No architecture elements yet/);
        const roadmap = await renderDiagram({ view: 'roadmap', filters: {}, theme: 'light' }, empty);
        expect(roadmap.error).toMatch(/No roadmap yet/);

        const built = await buildFiles(services, readExample('kota-malang'));
        const focused = await renderDiagram({ view: 'architecture', filters: { focus: 'TidakAda' }, theme: 'light' }, built);
        expect(focused.svg).toBeUndefined();
        expect(focused.error).toMatch(/The chosen filters cannot be shown: unknown element 'TidakAda'/);
    });

    test('files with syntax errors are named in a notice above what could be drawn', async () => {
        const files = readExample('kota-malang');
        files['rusak.spbe'] = 'aplikasi Rusak "Rusak" {\n    pemilik\n';
        const built = await buildFiles(services, files);
        const response = await renderDiagram({ view: 'architecture', filters: {}, theme: 'light' }, built);
        expect(response.svg).toBeDefined();
        expect(response.notice).toMatch(/Syntax errors in rusak\.spbe/);
    });
});
