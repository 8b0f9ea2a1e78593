// `npm run docs:images`: the README's figures in docs/images/, through the spbe CLI (run `npm run build`
// first). Kota Malang's two views (fixed today date, so the committed images change only when the drawing
// does), one of its named views, and the overview of a generated agency of 300 elements (bench/generate.mjs,
// the same city as the diagram tests) with one level of its drill-down: the largest group of the overview
// whose level shows the neighbours around it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../out/cli/main.js';
import { generateWorkspace, writeWorkspace } from '../bench/generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/images');
const MALANG = path.join(ROOT, 'examples/kota-malang');
const AGENCY = { elements: 300, relations: 600, initiatives: 10, groups: 2, unitsPerGroup: 12, roadmapFiles: 1, kind: 'pemerintah-daerah' };

async function render(model, name, args) {
    for (const format of ['svg', 'png']) {
        const code = await main(['render', model, ...args, '--format', format, '-o', path.join(OUT, `${name}.${format}`), ...(format === 'png' ? ['--scale', '1'] : [])]);
        if (code !== 0) process.exit(code);
    }
}

await render(MALANG, 'kota-malang-arsitektur', ['--view', 'arsitektur']);
await render(MALANG, 'kota-malang-peta-rencana', ['--view', 'peta-rencana', '--today', '2025-06-30']);
await render(MALANG, 'kota-malang-rantai-pengaduan', ['--view', 'RantaiPengaduan']);

const city = mkdtempSync(path.join(tmpdir(), 'spbe-docs-city-'));
try {
    writeWorkspace(city, generateWorkspace(AGENCY, 3).files);
    // The agency's name in the titles: a generated one, said to be so.
    const instansi = path.join(city, 'instansi.spbe');
    writeFileSync(instansi, readFileSync(instansi, 'utf8').replace(/^(instansi \w+ )"[^"]*"/m, '$1"Pemerintah Kabupaten Contoh: 300 elemen buatan bench/generate.mjs"'));
    await render(city, 'kabupaten-contoh-ikhtisar', ['--view', 'arsitektur']);
    const overview = readFileSync(path.join(OUT, 'kabupaten-contoh-ikhtisar.svg'), 'utf8');
    const groups = [...overview.matchAll(/<g class="node group"[^>]*?data-drill="([^"]*)"[^>]*?data-count="(\d+)"/g)]
        .filter(m => !m[0].includes('data-context')).sort((a, b) => Number(b[2]) - Number(a[2]) || (a[1] < b[1] ? -1 : 1));
    if (groups.length === 0) throw new Error("the generated agency's overview has no groups");
    // The largest group whose level shows its neighbours around it (else the largest).
    let level = groups[0][1];
    for (const [, id] of groups) {
        await render(city, 'kabupaten-contoh-rinci', ['--view', 'arsitektur', '--drill', id]);
        if (readFileSync(path.join(OUT, 'kabupaten-contoh-rinci.svg'), 'utf8').includes('data-context="true"')) { level = id; break; }
    }
    await render(city, 'kabupaten-contoh-rinci', ['--view', 'arsitektur', '--drill', level]);
    console.log(`The README's figures are in ${path.relative(ROOT, OUT)}/ (the generated agency's drill-down level: ${level})`);
} finally {
    rmSync(city, { recursive: true, force: true });
}
