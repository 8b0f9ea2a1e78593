// The driven UI test of the architecture overview and of named views, as a person sees them in code-server
// (1600 x 1000, the panel given the whole editor area): a generated city of 300 elements (bench/generate.mjs)
// opens as an overview of groups that reads (its smallest text at least 8 px on screen); a click on the
// largest group opens that level of the drill-down, fitted and readable, with a breadcrumb; the breadcrumb
// leads back to the overview; and a named view (a `tampilan` the test adds) picked from the panel's view
// picker shows exactly its elements under its title.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';

/** The same city as test/diagram/architecture-views.test.ts: 300 elements, 2 departments of 12 units. */
const CITY = { elements: 300, relations: 600, initiatives: 10, groups: 2, unitsPerGroup: 12, roadmapFiles: 1, kind: 'pemerintah-daerah' };
const VIEW = { id: 'InfrastrukturKota', title: 'Infrastruktur Kota' };
const MIN_PX = 8;

function makeCity() {
    const dir = mkdtempSync(path.join(tmpdir(), 'spbe-e2e-city-'));
    const { files } = generateWorkspace(CITY, 3);
    writeWorkspace(dir, files);
    writeFileSync(path.join(dir, 'tampilan.spbe'),
        `tampilan ${VIEW.id} "${VIEW.title}" {\n    deskripsi "Pusat data dan jaringan kedua dinas"\n    sertakan domain infrastruktur\n}\n`);
    const infrastructure = Object.values(files).flatMap(text => [...text.matchAll(/^infrastruktur (\w+) /gm)].map(m => m[1]));
    return { dir, infrastructure };
}

async function waitUntil(what, probe, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        try {
            if (await probe()) return;
        } catch (err) {
            last = err;
        }
        await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

/**
 * Runs a command from the palette. The palette lists the commands known when it opens, and with no file
 * open the extension may still be starting: the palette is opened again until the command is listed.
 */
async function command(page, title) {
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^[^:]+: /, '') }).first();
    for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type(title);
        try {
            await row.waitFor({ timeout: 10000 });
            break;
        } catch (err) {
            if (attempt === 6) throw err;
            await page.keyboard.press('Escape');
        }
    }
    await page.keyboard.press('Enter');
}

/**
 * The diagram as shown: whether it is fitted (inside the panel, touching two opposite margins), the
 * smallest text on screen (font size times the scale it is drawn at), its drill-down level and title.
 */
async function shown(frame) {
    return frame.locator('#viewport').evaluate(viewport => {
        const svg = viewport.querySelector('#stage svg');
        const r = svg.getBoundingClientRect(), v = viewport.getBoundingClientRect();
        const inside = r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
        const fills = r.width >= v.width - 2 * 16 - 2 || r.height >= v.height - 2 * 16 - 2;
        const scale = r.width / svg.viewBox.baseVal.width;
        const fonts = [...svg.querySelectorAll('[font-size]')].map(el => Number(el.getAttribute('font-size')));
        return {
            fitted: inside && fills, minPx: Math.min(...fonts) * scale, panel: `${Math.round(v.width)} x ${Math.round(v.height)}`,
            level: svg.getAttribute('data-drill-level') ?? '', title: svg.querySelector('text')?.textContent ?? '',
            groups: [...svg.querySelectorAll('g.node.group:not([data-context])')].map(g => ({ id: g.getAttribute('data-drill'), count: Number(g.getAttribute('data-count')) })),
            elements: [...svg.querySelectorAll('g.node:not(.group):not([data-context])')].map(g => ({ id: g.getAttribute('data-id'), kind: g.getAttribute('data-kind') })),
            crumbs: [...svg.querySelectorAll('.crumb[data-drill]')].map(c => c.getAttribute('data-drill')),
        };
    });
}

function expectReadable(what, s) {
    if (!s.fitted) throw new Error(`${what} is not fitted to the panel`);
    if (s.minPx < MIN_PX) throw new Error(`${what}: its smallest text is ${s.minPx.toFixed(2)} px on screen in a ${s.panel} panel (at least ${MIN_PX})`);
}

/** Opens the toolbar's "more" menu when `id` is in it (a user would), runs `act`, closes the menu again. */
async function inToolbar(frame, id, act) {
    const menu = !(await frame.locator(`#${id}`).isVisible());
    if (menu) {
        await frame.locator('#toolbar-more').click();
        await frame.locator(`#toolbar-overflow #${id}`).waitFor({ state: 'visible', timeout: 5000 });
    }
    await act(frame.locator(`#${id}`));
    if (menu && await frame.locator('#toolbar-overflow').isVisible()) {
        await frame.locator('#viewport').click({ position: { x: 5, y: 5 } });
        await frame.locator('#toolbar-overflow').waitFor({ state: 'hidden', timeout: 5000 });
    }
}

export async function runViewsDrillTest() {
    const city = makeCity();
    const server = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    const browser = await launchBrowser({ width: 1600, height: 1000 });
    const { page } = browser;
    const started = Date.now();
    try {
        await page.goto(workbenchUrl(server, city.dir, { extensionPath: ROOT }));
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
        // No file open: the panel has the whole editor area (the side bar hidden), as when presenting.
        await page.keyboard.press('Control+B');
        await command(page, 'SPBE: Show Architecture Diagram');
        const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        await frame.locator('#stage svg g.node.group[data-drill]').first().waitFor({ timeout: 120000 });

        // The overview: groups (every element is inside one), readable at fit.
        let overview;
        await waitUntil('the overview fitted to the whole editor area', async () => (overview = await shown(frame)).fitted && Number(overview.panel.split(' x ')[0]) > 1200);
        if (overview.level !== '' || overview.groups.length < 4) throw new Error(`the overview shows ${overview.groups.length} groups at level '${overview.level}'`);
        const grouped = overview.groups.reduce((n, g) => n + g.count, 0) + overview.elements.length;
        if (grouped !== CITY.elements) throw new Error(`the overview's groups and elements hold ${grouped} elements, not ${CITY.elements}`);
        expectReadable('the overview', overview);

        // A click on the largest group: that level, fitted and readable, with the way back.
        const largest = [...overview.groups].sort((a, b) => b.count - a.count)[0];
        await frame.locator(`#stage svg g.node.group[data-drill="${largest.id}"]:not([data-context])`).click();
        let level;
        await waitUntil(`the level ${largest.id}`, async () => (level = await shown(frame)).level === largest.id && level.fitted);
        expectReadable(`the level ${largest.id}`, level);
        const inside = level.elements.length + level.groups.reduce((n, g) => n + g.count, 0);
        if (inside !== largest.count) throw new Error(`the level ${largest.id} holds ${inside} elements, its group said ${largest.count}`);
        if (!level.crumbs.includes('')) throw new Error(`the level ${largest.id} has no breadcrumb back to the overview`);
        // Back up through the breadcrumb.
        await frame.locator('#stage svg .crumb[data-drill=""]').click();
        await waitUntil('the overview again', async () => (await shown(frame)).level === '');

        // The named view, picked from the view picker: its title, exactly its elements.
        await inToolbar(frame, 'view-picker', picker => picker.selectOption(VIEW.id));
        let named;
        await waitUntil(`the named view ${VIEW.id}`, async () => (named = await shown(frame)).title === VIEW.title && named.fitted);
        expectReadable(`the named view ${VIEW.id}`, named);
        const ids = named.elements.map(e => e.id).sort();
        if (named.groups.length > 0 || JSON.stringify(ids) !== JSON.stringify([...city.infrastructure].sort())) {
            throw new Error(`the named view shows ${ids.length} elements and ${named.groups.length} groups; the model has ${city.infrastructure.length} infrastructure elements`);
        }
        console.log(`e2e ui: overview of ${overview.groups.length} groups in a ${overview.panel} panel, smallest text ${overview.minPx.toFixed(1)} px; ` +
            `drilled into ${largest.id} (${largest.count} elements, ${level.minPx.toFixed(1)} px) and back; named view ${VIEW.id} from the picker ` +
            `(${ids.length} elements, ${named.minPx.toFixed(1)} px) (${Math.round((Date.now() - started) / 1000)} s)`);
        return 0;
    } catch (err) {
        const failure = path.join(ROOT, 'out-e2e/ui-views-failure.png');
        mkdirSync(path.dirname(failure), { recursive: true });
        await page.screenshot({ path: failure }).catch(() => {});
        console.error(`e2e ui (overview, drill-down, named view): ${err.message} (screenshot ${path.relative(ROOT, failure)})`);
        return 1;
    } finally {
        await browser.close();
        server.stop();
        rmSync(city.dir, { recursive: true, force: true });
    }
}

// `node scripts/e2e/ui-views-drill.mjs` runs this test alone (after `npm run build`).
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
    const { ensureTools } = await import('./tools.mjs');
    ensureTools();
    process.exit(await runViewsDrillTest());
}
