// Small geometry helpers shared by the router and the layout checks.

export interface Rect { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

/** Whether an axis-parallel segment a-b passes through the inside of `r` (touching its border does not count). */
export function segmentCrossesRect(a: Point, b: Point, r: Rect): boolean {
    const x1 = Math.min(a.x, b.x), x2 = Math.max(a.x, b.x), y1 = Math.min(a.y, b.y), y2 = Math.max(a.y, b.y);
    return x1 < r.x + r.width && x2 > r.x && y1 < r.y + r.height && y2 > r.y;
}

export function pointInRect(p: Point, r: Rect): boolean {
    return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
