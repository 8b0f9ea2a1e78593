// The driven UI test: a person's view of the extension. Opens the Kota Malang example in code-server,
// opens a file through Quick Open and the architecture panel through the command palette, waits for the
// diagram inside the webview and saves docs/images/extension.png (the README's screenshot).
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';
import { makeWorkspace } from './prepare.mjs';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';

export async function runUiTest({ output = path.join(ROOT, 'docs/images/extension.png') } = {}) {
    const workspace = makeWorkspace();
    const server = await startCodeServer({ settings: { 'workbench.colorTheme': 'Default Light Modern' } });
    const browser = await launchBrowser({ width: 1600, height: 1000 });
    const { page } = browser;
    const started = Date.now();
    try {
        await page.goto(workbenchUrl(server, workspace, { extensionPath: ROOT }));
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
        await frame.locator('#stage svg [data-id]').first().waitFor({ timeout: 90000 });
        const nodes = await frame.locator('#stage svg [data-id]').count();
        if (nodes < 5) throw new Error(`the architecture panel shows only ${nodes} nodes`);
        await page.waitForTimeout(500);
        mkdirSync(path.dirname(output), { recursive: true });
        await page.screenshot({ path: output });
        console.log(`e2e ui: architecture panel with ${nodes} nodes; screenshot ${path.relative(ROOT, output)} (${Math.round((Date.now() - started) / 1000)} s)`);
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
