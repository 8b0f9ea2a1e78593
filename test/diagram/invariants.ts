// Checks on laid-out diagrams, shared by the layout tests.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { rectsOverlap, segmentCrossesRect, type Point, type Rect } from '../../src/diagram/geometry.js';

export function rectOf(n: ElkNode): Rect {
    return { x: n.x!, y: n.y!, width: n.width!, height: n.height! };
}

/** Pairs of child nodes whose boxes overlap. */
export function overlappingPairs(nodes: ElkNode[]): [string, string][] {
    const out: [string, string][] = [];
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            if (rectsOverlap(rectOf(nodes[i]), rectOf(nodes[j]))) out.push([nodes[i].id, nodes[j].id]);
        }
    }
    return out;
}

export function edgePoints(edge: { sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[] }): Point[] {
    const s = edge.sections![0];
    return [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
}

/** Ids of nodes (other than the edge's own ends, when given) that a polyline passes through. */
export function nodesCrossed(points: Point[], nodes: ElkNode[], except: string[] = []): string[] {
    const hit = new Set<string>();
    for (let i = 1; i < points.length; i++) {
        for (const n of nodes) {
            if (!except.includes(n.id) && segmentCrossesRect(points[i - 1], points[i], rectOf(n))) hit.add(n.id);
        }
    }
    return [...hit];
}

/** Whether `p` lies on the border of `r` (within `tolerance`). */
export function onBorder(p: Point, r: Rect, tolerance = 0.5): boolean {
    const withinX = p.x >= r.x - tolerance && p.x <= r.x + r.width + tolerance;
    const withinY = p.y >= r.y - tolerance && p.y <= r.y + r.height + tolerance;
    const onVertical = Math.abs(p.x - r.x) <= tolerance || Math.abs(p.x - r.x - r.width) <= tolerance;
    const onHorizontal = Math.abs(p.y - r.y) <= tolerance || Math.abs(p.y - r.y - r.height) <= tolerance;
    return (onVertical && withinY) || (onHorizontal && withinX);
}

/** Every segment horizontal or vertical (ELK's coordinates carry float noise, hence the tolerance). */
export function isOrthogonal(points: Point[]): boolean {
    const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
    return points.every((p, i) => i === 0 || same(p.x, points[i - 1].x) || same(p.y, points[i - 1].y));
}
