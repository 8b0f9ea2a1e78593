// Layout quality of a laid-out ELK graph with orthogonal routes, for the diagram benchmark.

/** Crossings between edges (a horizontal and a vertical segment of two edges crossing inside both) and ink length. */
export function routeQuality(laid) {
    const horizontal = [], vertical = [];
    (laid.edges ?? []).forEach((e, edge) => {
        const s = e.sections?.[0];
        if (!s) return;
        const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
        for (let i = 1; i < points.length; i++) {
            const a = points[i - 1], b = points[i];
            if (Math.abs(a.y - b.y) < 1e-6 && a.x !== b.x) horizontal.push({ edge, at: a.y, lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x) });
            else if (Math.abs(a.x - b.x) < 1e-6 && a.y !== b.y) vertical.push({ edge, at: a.x, lo: Math.min(a.y, b.y), hi: Math.max(a.y, b.y) });
        }
    });
    // Crossings, counted once per pair of crossing segments (edges sharing a stretch cross the same
    // segment once each: a merged bundle is not counted once per member).
    const seen = new Set();
    let crossings = 0;
    const byX = [...vertical].sort((p, q) => p.at - q.at);
    for (const h of horizontal) {
        let lo = 0, hi = byX.length;
        while (lo < hi) { const m = (lo + hi) >> 1; if (byX[m].at <= h.lo + 1e-6) lo = m + 1; else hi = m; }
        for (let i = lo; i < byX.length && byX[i].at < h.hi - 1e-6; i++) {
            const v = byX[i];
            if (v.edge === h.edge || !(h.at > v.lo + 1e-6 && h.at < v.hi - 1e-6)) continue;
            const key = `${h.at},${h.lo},${h.hi}|${v.at},${v.lo},${v.hi}`;
            if (seen.has(key)) continue;
            seen.add(key);
            crossings++;
        }
    }
    const ink = segments => {
        const byLine = new Map();
        for (const s of segments) { const k = Math.round(s.at * 100); if (!byLine.has(k)) byLine.set(k, []); byLine.get(k).push([s.lo, s.hi]); }
        let total = 0;
        for (const list of byLine.values()) {
            list.sort((p, q) => p[0] - q[0]);
            let [from, to] = list[0];
            for (const [a, b] of list.slice(1)) { if (a > to) { total += to - from; from = a; to = b; } else to = Math.max(to, b); }
            total += to - from;
        }
        return total;
    };
    return { crossings, length: Math.round(ink(horizontal) + ink(vertical)) };
}

