// Sub-models of a built workspace for the diagram benchmarks: an architecture view of N elements (the
// elements of one organisation group, every domain represented, with the relations among them) and a
// roadmap of N initiatives (with the dependencies among them). Plain copies of the semantic model.

/**
 * `count` connected elements of one group (file folder), as a view of one directorate shows them:
 * breadth first over the relations from the group's first service, and the relations among them.
 */
export function architectureSubset(model, count) {
    const folderOf = (e) => e.source.uri.split('/').slice(0, -1).join('/');
    const byFolder = new Map();
    for (const e of model.elements) {
        if (!byFolder.has(folderOf(e))) byFolder.set(folderOf(e), []);
        byFolder.get(folderOf(e)).push(e);
    }
    // The group with the most elements other than the one holding the shared infrastructure.
    const group = [...byFolder.values()].sort((a, b) => b.length - a.length)[1] ?? model.elements;
    const inGroup = new Map(group.map(e => [e.id, e]));
    const neighbours = new Map();
    for (const r of model.relations) {
        if (!inGroup.has(r.from) || !inGroup.has(r.to)) continue;
        for (const [a, b] of [[r.from, r.to], [r.to, r.from]]) {
            if (!neighbours.has(a)) neighbours.set(a, []);
            neighbours.get(a).push(b);
        }
    }
    const chosen = new Set();
    const queue = [];
    for (const seed of group.filter(e => e.domain === 'layanan').concat(group)) {
        if (chosen.size >= count) break;
        if (chosen.has(seed.id)) continue;
        queue.push(seed.id);
        while (queue.length && chosen.size < count) {
            const id = queue.shift();
            if (chosen.has(id)) continue;
            chosen.add(id);
            for (const n of neighbours.get(id) ?? []) if (!chosen.has(n)) queue.push(n);
        }
    }
    return {
        ...model,
        elements: group.filter(e => chosen.has(e.id)),
        relations: model.relations.filter(r => chosen.has(r.from) && chosen.has(r.to)),
        roadmap: { initiatives: [], milestones: [] },
        findings: [],
    };
}

/**
 * `count` initiatives with their dependency chains: the latest-starting initiatives and, depth first,
 * what they wait for, so the subset has the long `setelah` chains a real roadmap view shows.
 */
export function roadmapSubset(model, count) {
    const byId = new Map(model.roadmap.initiatives.map(i => [i.id, i]));
    const latestFirst = [...model.roadmap.initiatives].sort((a, b) => (b.start ?? 0) - (a.start ?? 0) || a.id.localeCompare(b.id));
    const chosen = new Set();
    for (const start of latestFirst) {
        const stack = [start];
        while (stack.length && chosen.size < count) {
            const i = stack.pop();
            if (!i || chosen.has(i.id)) continue;
            chosen.add(i.id);
            for (const p of i.predecessors) stack.push(byId.get(p));
        }
        if (chosen.size >= count) break;
    }
    const initiatives = model.roadmap.initiatives.filter(i => chosen.has(i.id));
    return {
        ...model,
        roadmap: {
            initiatives: initiatives.map(i => ({ ...i, predecessors: i.predecessors.filter(p => chosen.has(p)) })),
            milestones: model.roadmap.milestones.filter(m => !m.initiative || chosen.has(m.initiative)),
        },
        findings: [],
    };
}
