// The web extension (package.json `browser`) inside VS Code for the Web, offline: code-server's workbench in
// Chromium, with the extension told to run in the browser's web worker extension host (the setting
// `remote.extensionKind`), as on vscode.dev; its language server is then a web worker started by the
// extension. Driven through the UI: the extension runs in the web worker host, an edit gives a finding,
// a file changed on disk reaches the server, and the architecture panel draws the whole workspace.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';
import { makeWorkspace } from './prepare.mjs';
import { launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';
import { openArchitecturePanel, quickOpen, runCommand, waitUntil } from './workbench.mjs';

const EXTENSION_ID = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).publisher + '.spbe-architect';

export async function runWebExtensionTest() {
    const workspace = makeWorkspace();
    const server = await startCodeServer({ settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } });
    const browser = await launchBrowser();
    const { page } = browser;
    const started = Date.now();
    const logged = [];
    page.on('console', msg => logged.push(`[${msg.type()}] ${msg.text()}`));
    try {
        await page.goto(workbenchUrl(server, workspace, { extensionPath: ROOT }));
        await page.locator('.explorer-folders-view').waitFor({ timeout: 60000 });
        await quickOpen(page, 'aplikasi.spbe');

        // It runs in the web worker extension host, as on vscode.dev.
        await runCommand(page, 'Developer: Show Running Extensions');
        const row = page.locator('.monaco-list-row', { hasText: EXTENSION_ID });
        await row.waitFor({ timeout: 30000 });
        await waitUntil('the extension listed as running in the web worker', async () => /web worker/i.test(await row.textContent()));
        await page.keyboard.press('Control+W');

        // An edit: the finding comes back from the worker and the status bar counts it.
        const status = page.locator('.statusbar-item').filter({ hasText: /\d+\D+\d+\D*SPBE/ }).first();
        await waitUntil('the SPBE status bar item', async () => /^\D*0\D+0\D*SPBE/.test((await status.textContent()).trim()));
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\naplikasi Rusak "Rusak" { kode RAA.99.99 }\n');
        const errors = async () => Number(/(\d+)\D+\d+\D*SPBE/.exec(await status.textContent())?.[1]);
        await waitUntil('one error in the status bar after the edit', async () => await errors() >= 1, 60000);
        const afterEdit = await errors();

        // A file changed on disk (not open): the extension sends it, the server finds its error.
        const data = path.join(workspace, 'data.spbe');
        writeFileSync(data, `${readFileSync(data, 'utf8')}\ndata Rusak2 "Rusak" { wali-data TidakAda }\n`);
        await waitUntil('the error of the file changed on disk', async () => await errors() > afterEdit, 60000);

        // The architecture panel: the worker lays out the whole workspace, the edit included.
        const { frame, count } = await openArchitecturePanel(page);
        // The overview groups a domain whose elements would not read at fit: open the aplikasi group (the
        // drill-down) as a user would, when the new application is inside it.
        const rusak = frame.locator('#stage svg g.node[data-id="Rusak"]');
        const group = frame.locator('#stage svg g.node[data-id="kelompok:aplikasi"]');
        if (await rusak.count() === 0 && await group.count() > 0) await group.click();
        await rusak.waitFor({ timeout: 30000 });
        console.log(`web extension: ran in the web worker extension host; an edit and a change on disk gave findings; the architecture panel drew ${count} nodes (${Math.round((Date.now() - started) / 1000)} s)`);
        return 0;
    } catch (err) {
        const failure = path.join(ROOT, 'out-e2e/web-extension-failure.png');
        await page.screenshot({ path: failure }).catch(() => {});
        console.error(`web extension: FAILED: ${err.message} (screenshot ${path.relative(ROOT, failure)})`);
        console.error(logged.filter(l => /spbe|error/i.test(l)).slice(-20).join('\n'));
        return 1;
    } finally {
        await browser.close();
        server.stop();
        rmSync(workspace, { recursive: true, force: true });
    }
}
