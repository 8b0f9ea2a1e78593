// Draws both diagrams of a model folder, as SVG and PNG, through the spbe CLI:
//   node scripts/render-diagrams.mjs <model folder> <output folder> [--today YYYY-MM-DD] [--scale N]
// Used by `npm start` (diagrams/ with today's date) and `npm run docs:images` (docs/images/ with a
// fixed date, so the images committed for the README only change when the drawing does).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../out/cli/main.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { today: { type: 'string' }, scale: { type: 'string' } } });
const [modelDir, outDir] = positionals;
if (!modelDir || !outDir) {
    console.error('usage: node scripts/render-diagrams.mjs <model folder> <output folder> [--today YYYY-MM-DD] [--scale N]');
    process.exit(2);
}
const name = path.basename(path.resolve(modelDir));
const jobs = [
    ['arsitektur', 'svg'], ['arsitektur', 'png'], ['peta-rencana', 'svg'], ['peta-rencana', 'png'],
];
for (const [view, format] of jobs) {
    const file = path.join(outDir, `${name}-${view}.${format}`);
    const extra = [
        ...(view === 'peta-rencana' && values.today ? ['--today', values.today] : []),
        ...(format === 'png' && values.scale ? ['--scale', values.scale] : []),
    ];
    const code = await main(['render', modelDir, '--view', view, '--format', format, '-o', file, ...extra]);
    if (code !== 0) process.exit(code);
}
console.log(`Diagrams of ${modelDir} are in ${path.resolve(outDir)}/`);
