// The ELK graph of the architecture view: a node per element (where they fit), an edge per drawn
// relation, domains as bands of partitions in the national order with keamanan last, edges against
// that order reversed for layout only, edges of one kind into one target meeting at one port.
import { describe, expect, test } from 'vitest';
import { buildArchitectureGraph, renderArchitectureSvg } from '../../src/diagram/index.js';
import { buildArchitectureView, BAND_ORDER, labelSize } from '../../src/diagram/architecture-graph.js';
import { kotaMalang } from './fixtures.js';

/** Kota Malang's elements all at once: its default view (45 elements) shows some of them in groups. */
const ALL = { allElements: true } as const;

const partition = (n: { layoutOptions?: Record<string, string> }) => Number(n.layoutOptions?.['elk.partitioning.partition']);
/** The node an edge end belongs to (an end at a port is the port's node). */
const nodeOf = (end: string) => end.split('#')[0];

describe('architecture ELK graph', () => {
    test('one node per element and one edge per relation, integrations through their bus as two legs', async () => {
        const model = await kotaMalang();
        const graph = buildArchitectureGraph(model, ALL);
        expect(graph.layoutOptions?.['elk.algorithm']).toBe('layered');
        expect(graph.layoutOptions?.['elk.partitioning.activate']).toBe('true');
        expect(graph.children!.map(c => c.id).sort()).toEqual(model.elements.map(e => e.id).sort());
        const drawn = new Set<string>();
        for (const r of model.relations) {
            if (r.kind === 'terintegrasi-dengan' && r.via) { drawn.add(`${r.from}->${r.via}`); drawn.add(`${r.via}->${r.to}`); }
            else drawn.add(`${r.from}->${r.to}`);
        }
        const view = buildArchitectureView(model, ALL);
        expect(view.edges.map(e => `${e.from}->${e.to}`).sort()).toEqual([...drawn].sort());
        expect(graph.edges).toHaveLength(drawn.size);
        const pdn = graph.edges!.filter(e => nodeOf(e.targets[0]) === 'PusatDataNasional');
        expect(pdn.length).toBeGreaterThanOrEqual(6);    // every national shared app runs on PDN
        for (const n of graph.children!) expect(n.width! > 0 && n.height! > 0).toBe(true);
    });

    test('domains are bands in the national order, keamanan last in a band of its own', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model, ALL);
        const byId = new Map(view.graph.children!.map(c => [c.id, c]));
        for (const e of model.elements) {
            expect(view.nodes.get(e.id)!.band).toBe(BAND_ORDER.indexOf(e.domain));
            expect(partition(byId.get(e.id)!)).toBe(view.nodes.get(e.id)!.partition);
        }
        expect(BAND_ORDER).toEqual(['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur', 'keamanan']);
        // Partitions follow the bands: every row of a band comes before every row of the next band.
        const nodes = [...view.nodes.values()];
        for (const a of nodes) for (const b of nodes) if (a.band < b.band) expect(a.partition).toBeLessThan(b.partition);
        // StandarSmki protects data sets and the CSIRT applications, yet both stay in the keamanan band.
        expect(view.nodes.get('StandarSmki')!.band).toBe(BAND_ORDER.indexOf('keamanan'));
        expect(view.nodes.get('CsirtMalang')!.band).toBe(BAND_ORDER.indexOf('keamanan'));
    });

    test('relations run one way for layout: aplikasi -mendukung-> proses is laid out proses -> aplikasi', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model, ALL);
        const mendukung = view.edges.find(e => e.from === 'Sipd' && e.kind === 'mendukung')!;
        expect(mendukung.reversed).toBe(true);
        const elk = view.graph.edges!.find(e => e.id === mendukung.id)!;
        expect(elk.sources.map(nodeOf)).toEqual([mendukung.to]);
        expect(elk.targets.map(nodeOf)).toEqual(['Sipd']);
        const melalui = view.edges.find(e => e.kind === 'melalui')!;
        expect(melalui.reversed).toBe(false);
        // Every laid-out edge goes from a partition to the same or a later one.
        const p = new Map(view.graph.children!.map(c => [c.id, partition(c)]));
        for (const e of view.graph.edges!) expect(p.get(nodeOf(e.sources[0]))!).toBeLessThanOrEqual(p.get(nodeOf(e.targets[0]))!);
    });

    test('edges carry their relation as a label; a bundle into one target meets at one port', async () => {
        const view = buildArchitectureView(await kotaMalang(), ALL);
        expect(view.edges.find(e => e.id === 'MalangMbois->SplpMalang:terintegrasi-dengan:hub')!.label).toBe('integrasi');
        expect(view.edges.find(e => e.from === 'PendataanKesos' && e.to === 'DataKesos')!.label).toBe('menghasilkan');
        for (const e of view.edges) expect(labelSize(e).width).toBeGreaterThan(20);
        const intoPdn = view.graph.edges!.filter(e => nodeOf(e.targets[0]) === 'PusatDataNasional' && e.id.endsWith(':berjalan-di'));
        expect(new Set(intoPdn.map(e => e.targets[0])).size).toBe(1);
        const pdn = view.graph.children!.find(c => c.id === 'PusatDataNasional')!;
        expect(pdn.ports!.map(p => p.id)).toContain(intoPdn[0].targets[0]);
    });

    test('an edge\'s tooltip is a sentence of element names, the bus last', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model, ALL);
        // Drawn through the bus: the leg from the app to the bus names every integration it stands for.
        const leg = view.edges.find(e => e.id === 'MalangMbois->SplpMalang:terintegrasi-dengan:hub')!;
        expect(leg.title.split('\n'))
            .toContain('Malang Mbois (super app) terintegrasi dengan SP4N-LAPOR! melalui Sistem Penghubung Layanan Pemerintah Kota Malang');
        // The bus left out of the view: the edge runs app to app and its label names the bus.
        const withoutBus = buildArchitectureView(model, { elements: model.elements.map(e => e.id).filter(id => id !== 'SplpMalang'), allElements: true });
        const direct = withoutBus.edges.find(e => e.from === 'MalangMbois' && e.to === 'Lapor')!;
        expect(direct.label).toBe('terintegrasi melalui SplpMalang');
        expect(direct.title).toBe('Malang Mbois (super app) terintegrasi dengan SP4N-LAPOR! melalui Sistem Penghubung Layanan Pemerintah Kota Malang');
        const svg = await renderArchitectureSvg(model, ALL);
        expect(svg).toMatch(/<title>[^<]*Malang Mbois \(super app\) terintegrasi dengan SP4N-LAPOR! melalui Sistem Penghubung Layanan Pemerintah Kota Malang[^<]*<\/title>/);
        expect(svg).not.toContain('dengan via');
    });

    test('node height grows with a long name instead of cutting it off', async () => {
        const model = await kotaMalang();
        const view = buildArchitectureView(model, ALL);
        const long = view.nodes.get('DataPerencanaan')!;   // "Dokumen Perencanaan Pembangunan Daerah (RPJMD, RKPD, Renja)"
        const short = view.nodes.get('DataPengadaan')!;
        expect(long.nameLines.join(' ')).toBe(long.element.name);
        expect(long.nameLines.length).toBeGreaterThan(short.nameLines.length);
        const h = (id: string) => view.graph.children!.find(c => c.id === id)!.height!;
        expect(h('DataPerencanaan')).toBeGreaterThan(h('DataPengadaan'));
    });
});
