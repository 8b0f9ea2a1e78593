// Roadmap arrows that can each be followed from predecessor to successor, on the generated 200-initiative
// roadmap (bench/generate.mjs medium) and on Kota Malang: every arrow attached to its two bars, through
// no bar, and never on top of or crowded against another arrow (only arrows leaving the same bar or
// entering the same bar share their first or last stretch).
import { describe, expect, test } from 'vitest';
import { layoutGraph, type ElkNode } from '../../src/diagram/index.js';
import { buildRoadmapView, TRACK_SPACING } from '../../src/diagram/roadmap-graph.js';
import type { Point } from '../../src/diagram/geometry.js';
import type { SemanticModel } from '../../src/model/types.js';
import { generatedRoadmap, kotaMalang, modelOf } from './fixtures.js';
import { edgePoints, isOrthogonal, nodesCrossed, rectOf } from './invariants.js';

interface Arrow { id: string; from: string; to: string; points: Point[] }
interface Segment { arrow: Arrow; index: number; last: boolean; a: Point; b: Point }

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
    Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));

/** Everything that would make an arrow hard or impossible to follow; empty when each can be traced. */
function untraceable(laid: ElkNode): string[] {
    const problems: string[] = [];
    const nodes = laid.children!;
    const byId = new Map(nodes.map(n => [n.id, n]));
    const arrows: Arrow[] = laid.edges!.map(e => ({ id: e.id, from: e.sources[0], to: e.targets[0], points: edgePoints(e) }));
    for (const a of arrows) {
        const from = rectOf(byId.get(a.from)!), to = rectOf(byId.get(a.to)!);
        const [start, end] = [a.points[0], a.points[a.points.length - 1]];
        if (!isOrthogonal(a.points)) problems.push(`${a.id}: not orthogonal`);
        if (start.x !== from.x + from.width || !(start.y > from.y && start.y < from.y + from.height)) problems.push(`${a.id}: does not leave its predecessor's right end`);
        if (end.x !== to.x || !(end.y > to.y && end.y < to.y + to.height)) problems.push(`${a.id}: does not enter its successor's left end`);
        const crossed = nodesCrossed(a.points, nodes);
        if (crossed.length) problems.push(`${a.id}: passes through ${crossed.join(', ')}`);
    }
    const segments: Segment[] = arrows.flatMap(arrow => arrow.points.slice(1).map((b, i) => ({ arrow, index: i, last: i === arrow.points.length - 2, a: arrow.points[i], b })));
    const vertical = segments.filter(s => s.a.x === s.b.x && s.a.y !== s.b.y), horizontal = segments.filter(s => s.a.y === s.b.y && s.a.x !== s.b.x);
    // The one stretch two arrows may share: the stub out of their common predecessor, or into their common successor.
    const mayShare = (s: Segment, t: Segment) => (s.arrow.from === t.arrow.from && s.index === 0 && t.index === 0) || (s.arrow.to === t.arrow.to && s.last && t.last);
    for (let i = 0; i < vertical.length; i++) {
        for (let j = i + 1; j < vertical.length; j++) {
            const [s, t] = [vertical[i], vertical[j]];
            if (s.arrow === t.arrow || overlap(s.a.y, s.b.y, t.a.y, t.b.y) <= 0) continue;
            if (Math.abs(s.a.x - t.a.x) < TRACK_SPACING - 0.01) problems.push(`${s.arrow.id} and ${t.arrow.id} run down together at x ${s.a.x} / ${t.a.x}`);
        }
    }
    for (let i = 0; i < horizontal.length; i++) {
        for (let j = i + 1; j < horizontal.length; j++) {
            const [s, t] = [horizontal[i], horizontal[j]];
            if (s.arrow === t.arrow || overlap(s.a.x, s.b.x, t.a.x, t.b.x) <= 0 || mayShare(s, t)) continue;
            if (Math.abs(s.a.y - t.a.y) < 4) problems.push(`${s.arrow.id} and ${t.arrow.id} run across together at y ${s.a.y} / ${t.a.y}`);
        }
    }
    return problems;
}

async function laidRoadmap(model: SemanticModel) {
    const view = buildRoadmapView(model, { today: '2026-06-30' });
    return { view, laid: await layoutGraph(view.graph) };
}

describe('roadmap arrows can each be traced', () => {
    test('the generated 200-initiative roadmap: every arrow on its own track, attached to its bars, through no bar', async () => {
        const model = await generatedRoadmap();
        expect(model.roadmap.initiatives).toHaveLength(200);
        const { view, laid } = await laidRoadmap(model);
        const links = model.roadmap.initiatives.reduce((n, i) => n + i.predecessors.length, 0);
        expect(laid.edges!.length).toBe(links);
        expect(links).toBeGreaterThan(100);
        expect(untraceable(laid)).toEqual([]);
        // The channels widen for their arrows, the years stay equally wide: bars still span exactly their years.
        expect(view.gutter).toBeGreaterThan(16);
        for (const [id, bar] of view.bars) {
            const n = laid.children!.find(c => c.id === id)!;
            expect(n.x).toBeCloseTo(view.axisLeft + (bar.start - view.years[0]) * view.yearWidth + view.gutter / 2, 6);
            expect(n.x! + n.width!).toBeCloseTo(view.axisLeft + (bar.end + 1 - view.years[0]) * view.yearWidth - view.gutter / 2, 6);
        }
    });

    test('Kota Malang: every arrow on its own track, attached to its bars, through no bar', async () => {
        const { laid } = await laidRoadmap(await kotaMalang());
        expect(laid.edges!.length).toBe(8);
        expect(untraceable(laid)).toEqual([]);
    });

    test('a bar with many successors and many predecessors in neighbouring rows: exits and entries kept apart', async () => {
        // Hub ends 2026 and is followed by six initiatives of 2027; six of 2025-2026 lead into Tail, which
        // starts 2027 in Hub's row: Hub's exits and Tail's entries meet in the same channel.
        const succ = Array.from({ length: 6 }, (_, k) => `inisiatif S${k} "Penerus ${k}" { muatan ${['layanan', 'aplikasi', 'keamanan'][k % 3]} tahun 2027 setelah Hub }`);
        const pred = Array.from({ length: 6 }, (_, k) => `inisiatif P${k} "Pendahulu ${k}" { muatan ${['manajemen', 'infrastruktur', 'audit-tik'][k % 3]} tahun 2025 - 2026 }`);
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2029 }
                peta-rencana {
                    inisiatif Hub "Simpul" { muatan tata-kelola tahun 2025 - 2026 }
                    inisiatif Tail "Ujung" { muatan tata-kelola tahun 2027 setelah ${pred.map((_, k) => `P${k}`).join(', ')} }
                    ${succ.join('\n')}
                    ${pred.join('\n')}
                }`,
        });
        const { view, laid } = await laidRoadmap(model);
        expect(laid.edges!.length).toBe(12);
        expect(untraceable(laid)).toEqual([]);
        // Hub and Tail share a row; Hub's exits leave below its middle or Tail's entries arrive above theirs.
        const hub = laid.children!.find(c => c.id === 'Hub')!, tail = laid.children!.find(c => c.id === 'Tail')!;
        expect(hub.y).toBe(tail.y);
        const exitY = laid.edges!.find(e => e.id === 'Hub->S0')!.sections![0].startPoint.y;
        const entryY = laid.edges!.find(e => e.id === 'P0->Tail')!.sections![0].endPoint.y;
        expect(Math.abs(exitY - entryY)).toBeGreaterThanOrEqual(4);
        expect(view.arrows.every(a => a.points.length >= 2)).toBe(true);
    });
});
