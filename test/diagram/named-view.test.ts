// A named view drawn by the diagram module: the options its resolver gives (model/views.ts) select the
// nodes, hide the arrows it excludes and title the diagram; the filters a panel or the CLI add narrow it.
import { describe, expect, test } from 'vitest';
import { buildArchitectureGraph, buildRoadmapGraph, renderArchitectureSvg, renderRoadmapSvg } from '../../src/diagram/index.js';
import { findView, viewContents, viewOptions } from '../../src/model/views.js';
import type { ArchitectureViewOptions, RoadmapViewOptions } from '../../src/common/view-options.js';
import { kotaMalang, modelOf } from './fixtures.js';

const nodeIds = (g: { children?: { id: string }[] }) => g.children!.map(c => c.id).sort();

describe('named views in the diagrams', () => {
    test('the complaint chain of Kota Malang: exactly the elements the view selects, under its title', async () => {
        const model = await kotaMalang();
        const view = findView(model, 'RantaiPengaduan')!;
        const options = viewOptions(model, view) as ArchitectureViewOptions;
        expect(nodeIds(buildArchitectureGraph(model, options))).toEqual([...viewContents(model, view).ids].sort());
        expect(nodeIds(buildArchitectureGraph(model, options))).toEqual(
            ['DataPengaduan', 'Lapor', 'LayananPengaduan', 'MalangMbois', 'PengelolaanPengaduan', 'PusatDataNasional', 'SplpMalang'].sort());
        const svg = await renderArchitectureSvg(model, options);
        expect(svg).toContain('>Rantai Pengaduan Publik SP4N-LAPOR!</text>');
        expect(svg).not.toContain('data-id="Srikandi"');
    });

    test('the filters narrow a named view: a domain, a focus inside it', async () => {
        const model = await kotaMalang();
        const options = viewOptions(model, findView(model, 'RantaiPengaduan')!) as ArchitectureViewOptions;
        expect(nodeIds(buildArchitectureGraph(model, { ...options, domains: ['aplikasi'] }))).toEqual(['Lapor', 'MalangMbois']);
        expect(nodeIds(buildArchitectureGraph(model, { ...options, focus: 'DataPengaduan', depth: 1 }))).toEqual(['DataPengaduan', 'Lapor', 'PengelolaanPengaduan']);
    });

    test('an excluded relation has no arrow; the elements stay', async () => {
        const model = await modelOf({ 'm.spbe': `aplikasi A "A" { berjalan-di S terintegrasi-dengan B }
aplikasi B "B" { berjalan-di S }
infrastruktur S "S"
tampilan V "V" { sertakan semua kecualikan relasi berjalan-di }` });
        const options = viewOptions(model, model.views[0]) as ArchitectureViewOptions;
        const graph = buildArchitectureGraph(model, options);
        expect(nodeIds(graph)).toEqual(['A', 'B', 'S']);
        expect(graph.edges!.map(e => [e.sources[0], e.targets[0]])).toEqual([['A', 'B']]);
        expect(buildArchitectureGraph(model, {}).edges).toHaveLength(3);
    });

    test('an architecture view pada-tahun draws the architecture of that year', async () => {
        const model = await modelOf({ 'm.spbe': `aplikasi Lama "Lama"
aplikasi Baru "Baru" { status rencana }
peta-rencana { inisiatif Ganti "Ganti" { tahun 2025 mewujudkan Baru menghentikan Lama } }
tampilan Sebelum "Sebelum" { pada-tahun 2024 sertakan semua }
tampilan Sesudah "Sesudah" { pada-tahun 2026 sertakan semua }` });
        const [before, after] = model.views.map(v => nodeIds(buildArchitectureGraph(model, viewOptions(model, v) as ArchitectureViewOptions)));
        expect(before).toEqual(['Lama']);
        expect(after).toEqual(['Baru']);
    });

    test('a roadmap view draws its initiatives in the lanes they fill, and the filters narrow it', async () => {
        const model = await kotaMalang();
        const options = viewOptions(model, findView(model, 'PetaKeamanan')!) as RoadmapViewOptions;
        // The graph's nodes are the bars (no milestone of this view).
        expect(nodeIds(buildRoadmapGraph(model, options))).toEqual(['AuditSpbe', 'PembentukanCsirt', 'PenerapanSmki', 'TimAuditTik']);
        expect(nodeIds(buildRoadmapGraph(model, { ...options, units: ['Inspektorat'] }))).toEqual(['AuditSpbe', 'TimAuditTik']);
        const svg = await renderRoadmapSvg(model, { ...options, today: '2025-06-30' });
        expect(svg).toContain('>Peta Rencana Keamanan dan Audit TIK</text>');
        // Two lanes (keamanan and audit TIK), not seven.
        expect(svg).toContain('Keamanan SPBE');
        expect(svg).not.toContain('Tata Kelola SPBE');
    });
});
