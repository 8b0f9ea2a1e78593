// The driven UI test of the roadmap panel's layout, as a person sees it in code-server (1600 x 1000):
// the panel opened beside the editor keeps its toolbar on one row (what does not fit is in a menu), the
// roadmap is fitted to the panel with today's line, the initiative under the editor's cursor stands out
// while the rest is dimmed, a resize re-fits the roadmap unless the user zoomed, and after a window
// reload the roadmap is fitted again (it used to come back off to the right, cut off).
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';
import { makeWorkspace } from './prepare.mjs';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';

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

async function command(page, title) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^[^:]+: /, '') }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
}

/** Where the diagram is in the panel: its box and the viewport's, in the webview's pixels. */
async function placement(frame) {
    return frame.locator('#viewport').evaluate(viewport => {
        const box = r => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
        return { svg: box(viewport.querySelector('#stage svg').getBoundingClientRect()), viewport: box(viewport.getBoundingClientRect()) };
    });
}

/** The whole diagram is inside the panel and as large as it fits (it touches two opposite margins). */
function fitted({ svg, viewport }) {
    const inside = svg.left >= viewport.left - 1 && svg.right <= viewport.right + 1 && svg.top >= viewport.top - 1 && svg.bottom <= viewport.bottom + 1;
    const fills = svg.width >= viewport.width - 2 * 16 - 2 || svg.height >= viewport.height - 2 * 16 - 2;
    return inside && fills;
}

export async function runPanelLayoutTest() {
    const workspace = makeWorkspace();
    const server = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    const browser = await launchBrowser({ width: 1600, height: 1000 });
    const { page } = browser;
    const started = Date.now();
    const today = (d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`)(new Date());
    try {
        await page.goto(workbenchUrl(server, workspace, { extensionPath: ROOT }));
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('peta-rencana.spbe');
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.tab.active', { hasText: 'peta-rencana.spbe' }).waitFor({ timeout: 30000 });
        await command(page, 'SPBE: Show Roadmap');
        const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        const bars = frame.locator('#stage svg g.bar[data-id]');
        await bars.first().waitFor({ timeout: 90000 });
        const width = await frame.locator('body').evaluate(b => b.clientWidth);

        // The toolbar: one row at half the window, every tool in it or in the "more" menu.
        const toolbar = await frame.locator('.toolbar').evaluate(t => {
            const buttonHeight = t.querySelector('#fit').getBoundingClientRect().height;
            const right = t.getBoundingClientRect().right;
            const shown = [...t.children].filter(el => !el.hidden && getComputedStyle(el).display !== 'none' && !el.classList.contains('sep'));
            return {
                height: t.getBoundingClientRect().height, buttonHeight,
                cut: shown.filter(el => el.getBoundingClientRect().right > right + 0.5).map(el => el.id || el.textContent),
                more: !document.getElementById('toolbar-more').hidden,
                inMenu: [...document.getElementById('toolbar-overflow').querySelectorAll('button, select')].map(el => el.id),
            };
        });
        if (toolbar.height > 2 * toolbar.buttonHeight) throw new Error(`the toolbar is ${toolbar.height} px high at a panel ${width} px wide: it wrapped`);
        if (toolbar.cut.length) throw new Error(`toolbar items cut off: ${toolbar.cut.join(', ')}`);
        if (toolbar.more !== toolbar.inMenu.length > 0) throw new Error(`the "more" button is ${toolbar.more ? 'shown' : 'hidden'} with ${toolbar.inMenu.length} tools in its menu`);
        if (toolbar.more) {
            await frame.locator('#toolbar-more').click();
            await frame.locator(`#toolbar-overflow #${toolbar.inMenu[toolbar.inMenu.length - 1]}`).waitFor({ state: 'visible', timeout: 5000 });
            await frame.locator('#viewport').click({ position: { x: 5, y: 5 } });
            await frame.locator('#toolbar-overflow').waitFor({ state: 'hidden', timeout: 5000 });
        }

        // Fitted, with the line of today's date when it falls within the period (2023-2027 in the example).
        await waitUntil('the roadmap fitted to the panel', async () => fitted(await placement(frame)));
        const year = Number(today.slice(0, 4));
        if (year >= 2023 && year <= 2027) await frame.locator(`#stage svg g.today[data-date="${today}"]`).waitFor({ timeout: 10000 });

        // The editor's cursor on an initiative: its bar stands out, the others are dimmed.
        await frame.locator('#stage svg g.bar[data-id="PenetapanArsitektur"]').click();
        await page.mouse.move(5, 500);   // away from the panel: the emphasis is the cursor's, not the pointer's
        await waitUntil('the initiative under the cursor emphasised', () => frame.locator('#stage svg').evaluate(svg => {
            const on = svg.querySelector('g.bar[data-id="PenetapanArsitektur"]');
            const other = svg.querySelector('g.bar[data-id="AuditSpbe"]');
            return svg.classList.contains('spbe-emphasis') && on.classList.contains('spbe-on') &&
                Number(getComputedStyle(on).opacity) === 1 && Number(getComputedStyle(other).opacity) < 1;
        }));

        // A smaller window: the roadmap is fitted again.
        await page.setViewportSize({ width: 1200, height: 800 });
        await waitUntil('the roadmap fitted after a resize', async () => fitted(await placement(frame)));
        // Zoomed by the user: a resize keeps their zoom.
        const box = await frame.locator('#viewport').boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -300);
        await waitUntil('the roadmap zoomed in', async () => !fitted(await placement(frame)));
        const zoomedIn = (await placement(frame)).svg.width;
        await page.setViewportSize({ width: 1600, height: 1000 });
        await page.waitForTimeout(800);
        const kept = (await placement(frame)).svg.width;
        if (Math.abs(kept - zoomedIn) > 1) throw new Error(`the user's zoom was not kept across a resize (${zoomedIn} -> ${kept} px wide)`);
        // Fit to window, then a reload: the roadmap comes back fitted.
        await frame.locator('#fit').click();
        await waitUntil('the roadmap fitted again', async () => fitted(await placement(frame)));
        await page.waitForTimeout(1000);
        // (The workbench's own reload, so it saves the panel's state first, as on a user's "Reload Window".)
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('Developer: Reload Window');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Window' }).first().waitFor({ timeout: 30000 });
        await Promise.all([page.waitForEvent('framenavigated', { timeout: 60000 }), page.keyboard.press('Enter')]);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await bars.first().waitFor({ timeout: 90000 });
        await waitUntil('the roadmap fitted after the reload', async () => fitted(await placement(frame)), 30000);
        console.log(`e2e ui: roadmap panel ${width} px wide: toolbar on one row (${toolbar.inMenu.length} tools in its menu), roadmap fitted, ` +
            `cursor emphasis, re-fitted after a resize, zoom kept when zoomed, fitted after a reload (${Math.round((Date.now() - started) / 1000)} s)`);
        return 0;
    } catch (err) {
        const failure = path.join(ROOT, 'out-e2e/ui-panel-failure.png');
        await page.screenshot({ path: failure }).catch(() => {});
        console.error(`e2e ui (panel layout): ${err.message} (screenshot ${path.relative(ROOT, failure)})`);
        return 1;
    } finally {
        await browser.close();
        server.stop();
        rmSync(workspace, { recursive: true, force: true });
    }
}
