// The ELK graph of the architecture view: a node per element, an edge per relation, domains as
// partitions in the national order, edges against that order reversed for layout only.
import { describe, expect, test } from 'vitest';
import { buildArchitectureGraph, renderArchitectureSvg } from '../../src/diagram/index.js';
import { buildArchitectureView, BAND_ORDER } from '../../src/diagram/architecture-graph.js';
import { kotaMalang } from './fixtures.js';

const partition = (n: { layoutOptions?: Record<string, string> }) => Number(n.layoutOptions?.['elk.partitioning.partition']);

describe('architecture ELK graph', () => {
    test('one node per element and one edge per relation, ids kept', async () => {
        const model = await kotaMalang();
        const graph = buildArchitectureGraph(model);
        expect(graph.layoutOptions?.['elk.algorithm']).toBe('layered');
        expect(graph.layoutOptions?.['elk.partitioning.activate']).toBe('true');
        expect(graph.children!.map(c => c.id).sort()).toEqual(model.elements.map(e => e.id).sort());
        expect(graph.edges).toHaveLength(model.relations.length);
        const pdn = graph.edges!.filter(e => e.targets[0] === 'PusatDataNasional');
        expect(pdn.length).toBeGreaterThanOrEqual(6);    // every national shared app runs on PDN
        for (const n of graph.children!) expect(n.width! > 0 && n.height! > 0).toBe(true);
    });

    test('domains are partitions in the national order; keamanan joins the band it protects most', async () => {
        const model = await kotaMalang();
        const graph = buildArchitectureGraph(model);
        const byId = new Map(graph.children!.map(c => [c.id, c]));
        for (const e of model.elements.filter(e => e.domain !== 'keamanan')) {
            expect(partition(byId.get(e.id)!)).toBe(BAND_ORDER.indexOf(e.domain));
        }
        // StandarSmki protects three data sets; the CSIRT protects three applications and one server room.
        expect(partition(byId.get('StandarSmki')!)).toBe(BAND_ORDER.indexOf('data'));
        expect(partition(byId.get('CsirtMalang')!)).toBe(BAND_ORDER.indexOf('aplikasi'));
        expect(BAND_ORDER.slice(0, 5)).toEqual(['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur']);
    });

    test('relations run one way for layout: aplikasi -mendukung-> proses is laid out proses -> aplikasi', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model);
        const mendukung = view.edges.find(e => e.relation.from === 'Sipd' && e.relation.kind === 'mendukung')!;
        expect(mendukung.reversed).toBe(true);
        const elk = view.graph.edges!.find(e => e.id === mendukung.id)!;
        expect(elk.sources).toEqual([mendukung.relation.to]);
        expect(elk.targets).toEqual(['Sipd']);
        const melalui = view.edges.find(e => e.relation.kind === 'melalui')!;
        expect(melalui.reversed).toBe(false);
        // Every laid-out edge goes from a band to the same or a later band.
        const p = new Map(view.graph.children!.map(c => [c.id, partition(c)]));
        for (const e of view.graph.edges!) expect(p.get(e.sources[0])!).toBeLessThanOrEqual(p.get(e.targets[0])!);
    });

    test('edges carry their relation as a sized label', async () => {
        const graph = buildArchitectureGraph(await kotaMalang());
        const integration = graph.edges!.find(e => e.id === 'MalangMbois->Lapor:terintegrasi-dengan')!;
        expect(integration.labels![0].text).toBe('terintegrasi melalui SplpMalang');
        for (const e of graph.edges!) expect(e.labels![0].width).toBeGreaterThan(20);
    });

    test('an edge\'s tooltip is a sentence of element names, the bus last', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model);
        expect(view.edges.find(e => e.id === 'MalangMbois->Lapor:terintegrasi-dengan')!.title)
            .toBe('Malang Mbois (super app) terintegrasi dengan SP4N-LAPOR! melalui Sistem Penghubung Layanan Pemerintah Kota Malang');
        const svg = await renderArchitectureSvg(model);
        expect(svg).toContain('<title>Malang Mbois (super app) terintegrasi dengan SP4N-LAPOR! melalui Sistem Penghubung Layanan Pemerintah Kota Malang</title>');
        expect(svg).not.toContain('dengan via');
    });

    test('node height grows with a long name instead of cutting it off', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model);
        const long = view.nodes.get('DataPerencanaan')!;   // "Dokumen Perencanaan Pembangunan Daerah (RPJMD, RKPD, Renja)"
        const short = view.nodes.get('DataPengadaan')!;
        expect(long.nameLines.join(' ')).toBe(long.element.name);
        expect(long.nameLines.length).toBeGreaterThan(short.nameLines.length);
        const h = (id: string) => view.graph.children!.find(c => c.id === id)!.height!;
        expect(h('DataPerencanaan')).toBeGreaterThan(h('DataPengadaan'));
    });
});
