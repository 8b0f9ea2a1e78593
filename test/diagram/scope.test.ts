// Scoped architecture views: focus and depth, domain and unit filters, the architecture as of a year;
// roadmap filters by muatan and unit.
import { describe, expect, test } from 'vitest';
import { buildArchitectureGraph, buildRoadmapGraph, DiagramOptionError } from '../../src/diagram/index.js';
import { kotaMalang } from './fixtures.js';

const nodeIds = (g: { children?: { id: string }[] }) => g.children!.map(c => c.id).sort();

describe('architecture scope', () => {
    test('focus with depth 1 shows the element and its direct neighbours, both directions', async () => {
        const model = await kotaMalang();
        const ids = nodeIds(buildArchitectureGraph(model, { focus: 'DataKesos' }));
        // DataKesos: produced by PendataanKesos, used by PengelolaanStatistik, processed by Pdktsam, protected by
        // the security policy in force and the planned SMKI standard.
        expect(ids).toEqual(['DataKesos', 'PendataanKesos', 'Pdktsam', 'PengelolaanStatistik', 'KebijakanKeamananInformasi', 'StandarSmki'].sort());
    });

    test('depth 0 is the element alone; a larger depth reaches further', async () => {
        const model = await kotaMalang();
        expect(nodeIds(buildArchitectureGraph(model, { focus: 'DataKesos', depth: 0 }))).toEqual(['DataKesos']);
        const d1 = nodeIds(buildArchitectureGraph(model, { focus: 'DataKesos', depth: 1 }));
        const d2 = nodeIds(buildArchitectureGraph(model, { focus: 'DataKesos', depth: 2 }));
        expect(d2.length).toBeGreaterThan(d1.length);
        expect(d2).toContain('LayananKesos');       // LayananKesos -didukung-oleh-> PendataanKesos -menghasilkan-> DataKesos
        expect(d1).not.toContain('LayananKesos');
    });

    test('edges are kept only between shown elements', async () => {
        const model = await kotaMalang();
        const g = buildArchitectureGraph(model, { focus: 'DataKesos' });
        const ids = new Set(nodeIds(g));
        // An end may be a port of its node (edges merged into one shared end): `<node>#<bundle>#<side>`.
        const node = (end: string) => end.split('#')[0];
        for (const e of g.edges!) expect(ids.has(node(e.sources[0])) && ids.has(node(e.targets[0]))).toBe(true);
        expect(g.edges!.length).toBeGreaterThan(0);
    });

    test('domain filter', async () => {
        const model = await kotaMalang();
        const g = buildArchitectureGraph(model, { domains: ['aplikasi', 'infrastruktur'] });
        const expected = model.elements.filter(e => e.domain === 'aplikasi' || e.domain === 'infrastruktur').map(e => e.id).sort();
        expect(nodeIds(g)).toEqual(expected);
        expect(g.edges!.every(e => !e.id.includes(':mendukung'))).toBe(true);
    });

    test('unit filter includes sub-units', async () => {
        const model = await kotaMalang();
        // BagianPbj and BagianHukum are sub-units of Setda: SPSE and JDIH with their services, processes and data.
        const ids = nodeIds(buildArchitectureGraph(model, { units: ['Setda'] }));
        expect(ids).toEqual(['DataPengadaan', 'DataProdukHukum', 'Jdih', 'LayananJdih', 'LayananPengadaan', 'PembentukanProdukHukum', 'PengadaanBarangJasa', 'Spse']);
    });

    test('as of a year: the roadmap creates and retires elements', async () => {
        const model = await kotaMalang();
        const at = (year: number) => nodeIds(buildArchitectureGraph(model, { year, allElements: true }));
        // The SMKI standard is created by PenerapanSmki (2024-2026), SPLP by PembangunanSplp (2024-2025),
        // the city server room is retired by MigrasiPdn (2026-2027); SRIKANDI is active from the start.
        expect(at(2023)).toContain('Srikandi');
        expect(at(2025)).not.toContain('StandarSmki');
        expect(at(2026)).toContain('StandarSmki');
        expect(at(2024)).not.toContain('SplpMalang');
        expect(at(2025)).toContain('SplpMalang');
        expect(at(2026)).toContain('PusatDataKota');
        expect(at(2027)).not.toContain('PusatDataKota');
        expect(at(2027).length).toBe(model.elements.length - 1);
    });

    test('an element created by the roadmap is shown as aktif once it exists', async () => {
        const model = await kotaMalang();
        expect(model.elements.find(e => e.id === 'SplpMalang')!.status).toBe('rencana');
        const { buildArchitectureView } = await import('../../src/diagram/architecture-graph.js');
        expect(buildArchitectureView(model, { year: 2025, allElements: true }).nodes.get('SplpMalang')!.status).toBe('aktif');
        expect(buildArchitectureView(model, { allElements: true }).nodes.get('SplpMalang')!.status).toBe('rencana');
    });

    test('bad options are reported clearly', async () => {
        const model = await kotaMalang();
        expect(() => buildArchitectureGraph(model, { focus: 'Pdktsm' })).toThrow(DiagramOptionError);
        expect(() => buildArchitectureGraph(model, { focus: 'Pdktsm' })).toThrow(/unknown element 'Pdktsm'.*'Pdktsam'/);
        expect(() => buildArchitectureGraph(model, { focus: 'StandarSmki', year: 2023 })).toThrow(/not in this view/);
        expect(() => buildArchitectureGraph(model, { units: ['Nobody'] })).toThrow(/unknown unit 'Nobody'/);
        expect(() => buildArchitectureGraph(model, { domains: ['apps' as never] })).toThrow(/unknown domain 'apps'/);
        expect(() => buildArchitectureGraph(model, { depth: -1, focus: 'Sipd' })).toThrow(/depth/);
    });
});

describe('roadmap scope', () => {
    test('muatan filter keeps the lanes asked for', async () => {
        const model = await kotaMalang();
        const g = buildRoadmapGraph(model, { muatan: ['keamanan', 'audit-tik'] });
        const expected = model.roadmap.initiatives.filter(i => i.muatan === 'keamanan' || i.muatan === 'audit-tik').map(i => i.id).sort();
        expect(nodeIds(g)).toEqual(expected);
    });

    test('unit filter keeps initiatives carried out by the unit', async () => {
        const model = await kotaMalang();
        const ids = nodeIds(buildRoadmapGraph(model, { units: ['Inspektorat'] }));
        expect(ids).toEqual(['AuditSpbe', 'ManajemenRisiko', 'TimAuditTik']);
    });
});
