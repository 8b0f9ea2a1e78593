// The public surface of src/diagram: both views render Kota Malang with every element/initiative linked by data-id.
import { describe, expect, test } from 'vitest';
import { renderArchitectureSvg, renderRoadmapSvg } from '../../src/diagram/index.js';
import { kotaMalang } from './fixtures.js';

describe('diagram API on Kota Malang', () => {
    test('architecture SVG has a node per element, carrying its id and domain', async () => {
        const model = await kotaMalang();
        const svg = await renderArchitectureSvg(model, { allElements: true });
        expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
        for (const e of model.elements) expect(svg).toContain(`class="node" data-id="${e.id}" data-kind="${e.domain}"`);
    });

    test('roadmap SVG has a bar per initiative and a diamond per milestone', async () => {
        const model = await kotaMalang();
        const svg = await renderRoadmapSvg(model, { today: '2025-06-30' });
        for (const i of model.roadmap.initiatives) expect(svg).toContain(`class="bar" data-id="${i.id}" data-kind="inisiatif"`);
        for (const m of model.roadmap.milestones) expect(svg).toContain(`class="milestone" data-id="${m.id}" data-kind="tonggak"`);
        expect(svg).toContain('data-date="2025-06-30"');
    });
});
