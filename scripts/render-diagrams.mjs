// Draws both diagrams of a model folder, as SVG and PNG, through the spbe CLI:
//   node scripts/render-diagrams.mjs <model folder> <output folder> [--today YYYY-MM-DD]
// Used by `npm start` (diagrams/ with today's date) and `npm run docs:images` (docs/images/ with a
// fixed date, so the images committed for the README only change when the drawing does).
import * as path from 'node:path';
import { main } from '../out/cli/main.js';

const [modelDir, outDir, ...rest] = process.argv.slice(2);
if (!modelDir || !outDir) {
    console.error('usage: node scripts/render-diagrams.mjs <model folder> <output folder> [--today YYYY-MM-DD]');
    process.exit(2);
}
const name = path.basename(path.resolve(modelDir));
const jobs = [
    ['arsitektur', 'svg'], ['arsitektur', 'png'], ['peta-rencana', 'svg'], ['peta-rencana', 'png'],
];
for (const [view, format] of jobs) {
    const file = path.join(outDir, `${name}-${view}.${format}`);
    const extra = view === 'peta-rencana' ? rest : [];
    const code = await main(['render', modelDir, '--view', view, '--format', format, '-o', file, ...extra]);
    if (code !== 0) process.exit(code);
}
console.log(`Diagrams of ${modelDir} are in ${path.resolve(outDir)}/`);
