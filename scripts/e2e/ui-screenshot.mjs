// The driven UI test: a person's view of the extension. Opens the Kota Malang example in code-server,
// opens a file through Quick Open and the architecture panel through the command palette, waits for the
// diagram inside the webview, focuses it through the panel's toolbar and saves docs/images/extension.png
// (the README's screenshot); then clicks a node, checks the editor cursor moved to its definition, and
// reloads the window to check the panel comes back (WebviewPanelSerializer).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';
import { makeWorkspace } from './prepare.mjs';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';

async function waitUntil(what, probe, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (await probe().catch(() => false)) return;
        await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
}

/**
 * With `vsix`, the packaged extension is installed into code-server instead of loading the working tree
 * as a development extension: the check that the VSIX (bundles only, no node_modules) works.
 */
export async function runUiTest({ output = path.join(ROOT, 'docs/images/extension.png'), vsix } = {}) {
    const workspace = makeWorkspace();
    const server = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Light Modern' }, vsix });
    const browser = await launchBrowser({ width: 1600, height: 1000 });
    const { page } = browser;
    const started = Date.now();
    try {
        await page.goto(workbenchUrl(server, workspace, vsix ? {} : { extensionPath: ROOT }));
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
        // Quick Open: the application file.
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('aplikasi.spbe');
        await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.tab.active', { hasText: 'aplikasi.spbe' }).waitFor({ timeout: 30000 });
        // Command palette: the architecture diagram.
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('SPBE: Show Architecture Diagram');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Architecture Diagram' }).first().waitFor({ timeout: 30000 });
        await page.keyboard.press('Enter');
        // The webview is an iframe inside an iframe; the diagram is an <svg> with data-id nodes.
        const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
        const nodes = frame.locator('#stage svg g.node[data-id]');
        await nodes.first().waitFor({ timeout: 90000 });
        const all = await nodes.count();
        if (all < 30) throw new Error(`the architecture panel shows only ${all} nodes`);
        // Narrow the view through the panel's own toolbar: focus on the super app and its neighbours.
        await page.keyboard.press('Control+B'); // more room: hide the side bar
        // At this width some of the toolbar is in its "more" menu (the toolbar never wraps).
        const menu = !(await frame.locator('#filter-focus').isVisible());
        if (menu) await frame.locator('#toolbar-more').click();
        await frame.locator('#filter-focus').selectOption('MalangMbois');
        if (menu) {
            await frame.locator('#viewport').click({ position: { x: 5, y: 5 } });
            await frame.locator('#toolbar-overflow').waitFor({ state: 'hidden', timeout: 5000 });
        }
        await waitUntil('the focused view', async () => (await nodes.count()) < all && (await frame.locator('#stage svg g.node[data-id="MalangMbois"]').count()) === 1);
        await frame.locator('#fit').click();
        await page.waitForTimeout(300);
        mkdirSync(path.dirname(output), { recursive: true });
        await page.screenshot({ path: output });
        const focused = await nodes.count();
        // A real click on a node moves the editor's cursor to its definition (status bar: "Ln N, Col 1").
        const line = readFileSync(path.join(workspace, 'aplikasi.spbe'), 'utf8').split('\n').findIndex(l => l.startsWith('aplikasi MalangMbois ')) + 1;
        await frame.locator('#stage svg g.node[data-id="MalangMbois"]').click();
        const position = page.locator('.statusbar-item[id="status.editor.selection"]');
        await waitUntil(`the cursor on line ${line}`, async () => (await position.textContent())?.includes(`Ln ${line}, Col 1`));
        // After a window reload the serializer brings the panel back with its filter.
        // (The workbench's own reload, so it saves the panel's state first, as on a user's "Reload Window".)
        await page.waitForTimeout(1000);
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('Developer: Reload Window');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Window' }).first().waitFor({ timeout: 30000 });
        await Promise.all([page.waitForEvent('framenavigated', { timeout: 60000 }), page.keyboard.press('Enter')]);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
        await nodes.first().waitFor({ timeout: 90000 });
        const restoredFocus = await frame.locator('#filter-focus').inputValue();
        if (restoredFocus !== 'MalangMbois') throw new Error(`after the reload the panel's focus is '${restoredFocus}'`);
        console.log(`e2e ui: architecture panel with ${all} nodes, ${focused} when focused on MalangMbois; clicking it moved the cursor to line ${line}; ` +
            `the panel survived a reload; screenshot ${path.relative(ROOT, output)} (${Math.round((Date.now() - started) / 1000)} s)`);
        return 0;
    } catch (err) {
        const failure = path.join(ROOT, 'out-e2e/ui-failure.png');
        mkdirSync(path.dirname(failure), { recursive: true });
        await page.screenshot({ path: failure }).catch(() => {});
        console.error(`e2e ui: ${err.message} (screenshot ${path.relative(ROOT, failure)})`);
        return 1;
    } finally {
        await browser.close();
        server.stop();
        rmSync(workspace, { recursive: true, force: true });
    }
}
