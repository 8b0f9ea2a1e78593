// The architecture diagram's diff view: with the `diff` option, what was added, removed and changed against
// another version carries its mark in the SVG (and the legend explains them); without it nothing changes.
import { beforeAll, describe, expect, test } from 'vitest';
import { renderArchitectureSvg } from '../../src/diagram/index.js';
import { diffModels, overlayModel } from '../../src/diff/index.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import { changedExample } from '../diff/versions.js';

let before: SemanticModel;
let after: SemanticModel;
beforeAll(async () => {
    const services = await createTestServices();
    before = (await buildFiles(services, readExample('kota-malang'))).model;
    after = (await buildFiles(services, changedExample())).model;
});

const attr = (svg: string, selector: RegExp) => [...svg.matchAll(selector)].map(m => m[1].replace(/&gt;/g, '>')).sort();

describe('architecture diagram diff view', () => {
    test('nodes and edges carry their marks, removed ones drawn ghosted', async () => {
        const { model, marks } = overlayModel(before, after, diffModels(before, after));
        // The domains where the changes are (the layout of the whole example would only cost time).
        const svg = await renderArchitectureSvg(model, { diff: marks, domains: ['proses', 'aplikasi', 'infrastruktur'] });
        expect(attr(svg, /<g class="node" data-id="([^"]+)"[^>]*data-diff="added"/g)).toEqual(['SiPedas']);
        expect(attr(svg, /<g class="node" data-id="([^"]+)"[^>]*data-diff="removed"/g)).toEqual(['ManajemenKeamananInformasi']);
        expect(attr(svg, /<g class="node" data-id="([^"]+)"[^>]*data-diff="changed"/g)).toEqual(['Lapor', 'MalangMbois', 'Pdktsam', 'Srikandi']);
        expect(svg).toMatch(/<g class="node" data-id="ManajemenKeamananInformasi"[^>]*data-diff="removed" opacity="0.45"/);
        expect(attr(svg, /<g class="edge" data-id="([^"]+)"[^>]*data-diff="removed"/g)).toEqual(['Pdktsam->PusatDataKota:berjalan-di']);
        expect(attr(svg, /<g class="edge" data-id="([^"]+)"[^>]*data-diff="added"/g)).toEqual(
            ['MalangMbois->Siasn:terintegrasi-dengan', 'Pdktsam->PusatDataNasional:berjalan-di', 'SiPedas->PusatDataNasional:berjalan-di']);
        for (const label of ['ditambah', 'dihapus', 'diubah']) expect(svg).toContain(`>${label}</text>`);
        expect(svg).toContain('perbandingan: 1 ditambah, 1 dihapus, 4 diubah');
    });

    test('without the option the diagram has no marks', async () => {
        const svg = await renderArchitectureSvg(after, { domains: ['aplikasi'] });
        expect(svg).toContain('data-id="SiPedas"');
        expect(svg).not.toContain('data-diff');
        expect(svg).not.toContain('>ditambah</text>');
    });
});
