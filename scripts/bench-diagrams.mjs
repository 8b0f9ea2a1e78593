// Diagram layout benchmark: median time to lay out and draw the Kota Malang example (ELK) and a
// synthetic model of 300 elements (large-layout.ts). Run: npm run bench:diagrams [-- --runs N --elements N]
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadWorkspace } from '../out/cli/load.js';
import { buildArchitectureGraph, buildRoadmapGraph, layoutGraph, renderArchitectureSvg, renderRoadmapSvg } from '../out/diagram/index.js';
import { syntheticModel } from './synthetic-model.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, elements: { type: 'string', default: '300' } } });
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
for (const [label, model] of [['Kota Malang', malang], [`synthetic`, synthetic]]) {
    const arch = buildArchitectureGraph(model);
    const road = buildRoadmapGraph(model);
    console.log(`${label}: ${arch.children.length} elements, ${arch.edges.length} relations; ${road.children.length} bars+milestones, ${road.edges.length} arrows`);
    console.log(`  architecture graph + layoutGraph ${await time(() => layoutGraph(buildArchitectureGraph(model)))}`);
    console.log(`  architecture SVG, end to end     ${await time(() => renderArchitectureSvg(model))}`);
    console.log(`  roadmap SVG, end to end          ${await time(() => renderRoadmapSvg(model, { today: '2026-06-30' }))}`);
}
