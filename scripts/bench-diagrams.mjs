// Diagram benchmark: time to lay out and draw the Kota Malang example and a synthetic model of 300
// elements, and the quality of their architecture layouts: edge crossings and total edge length (the
// ink: where edges share a stretch, as merged edges do, it counts once), for the default view (what
// `spbe render` draws) and for every element at once (--all-elements; large views are laid out by
// large-layout.ts; with --compare-elk, measured against ELK's layered algorithm on the same graph, which
// takes minutes at 300 elements). Run: npm run bench:diagrams [-- --runs N --elements N --compare-elk]
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadWorkspace } from '../out/cli/load.js';
import { buildArchitectureGraph, buildRoadmapGraph, drawArchitectureView, layoutGraph, renderArchitectureSvg, renderRoadmapSvg } from '../out/diagram/index.js';
import { buildArchitectureView } from '../out/diagram/architecture-graph.js';
import { syntheticModel } from './synthetic-model.mjs';
import { routeQuality } from './lib/route-quality.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, elements: { type: 'string', default: '300' }, 'compare-elk': { type: 'boolean' } } });
const runs = Number(values.runs), elements = Number(values.elements);

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// Wall-clock time, and the process's CPU time, which varies less when other work shares the cores.
async function time(fn) {
    const ms = [], cpu = [];
    for (let i = 0; i < runs; i++) {
        const t = performance.now(), c = process.cpuUsage();
        await fn();
        ms.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
    }
    return `median ${median(ms).toFixed(0)} ms wall (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}), median ${median(cpu).toFixed(0)} ms CPU, ${runs} runs`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-bench-'));
for (const [name, text] of Object.entries(syntheticModel(elements))) writeFileSync(path.join(dir, name), text);
const synthetic = (await loadWorkspace([dir])).model;
rmSync(dir, { recursive: true, force: true });
const malang = (await loadWorkspace([path.join(import.meta.dirname, '..', 'examples', 'kota-malang')])).model;

await layoutGraph(buildArchitectureGraph(malang));   // warm up ELK (its first run initialises the GWT runtime)
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map(l => l.toFixed(1)).join(' ')}`);
const fmtQ = (laid, nodes) => { const q = routeQuality(laid); return `${nodes} nodes, ${laid.edges.length} edges: ${q.crossings} crossings, edge length ${q.length.toLocaleString('en')} px, ${Math.round(laid.width)} x ${Math.round(laid.height)}`; };
for (const [label, model] of [['Kota Malang', malang], [`synthetic`, synthetic]]) {
    const road = buildRoadmapGraph(model);
    console.log(`${label}: ${model.elements.length} elements, ${model.relations.length} relations; ${road.children.length} bars+milestones, ${road.edges.length} arrows`);
    const overview = await drawArchitectureView(model);
    console.log(`  default view     ${fmtQ(overview.laid, overview.view.nodes.size)}`);
    const all = buildArchitectureView(model, { allElements: true });
    console.log(`  every element    ${fmtQ(all.laid ?? await layoutGraph(all.graph), all.nodes.size)}${all.laid ? ' (large-layout.ts)' : ' (ELK)'}`);
    if (all.laid && values['compare-elk']) {
        // The same graph (rows as partitions) laid out by ELK's layered algorithm, for comparison.
        const elk = buildArchitectureView(model, { allElements: true, layoutHere: false });
        console.log(`    same by ELK    ${fmtQ(await layoutGraph(elk.graph), elk.nodes.size)}`);
    }
    console.log(`  architecture graph + layoutGraph ${await time(() => layoutGraph(buildArchitectureGraph(model)))}`);
    console.log(`  architecture SVG, end to end     ${await time(() => renderArchitectureSvg(model))}`);
    console.log(`  roadmap SVG, end to end          ${await time(() => renderRoadmapSvg(model, { today: '2026-06-30' }))}`);
}
