// Driving code-server's workbench through its UI, shared by the driven tests (ui-screenshot.mjs,
// ui-panel-layout.mjs, web-extension.mjs): waiting on the page, Quick Open and the command palette.

/** Polls `probe` until it resolves truthy; fails after `timeoutMs`, with the probe's last error if it threw. */
export async function waitUntil(what, probe, timeoutMs = 30000) {
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

/** Opens a workspace file through Quick Open and waits for its editor tab. */
export async function quickOpen(page, name) {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(name);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30000 });
}

/** Runs a command through the command palette; `label` is what its row shows (default: the title after "Category: "). */
export async function runCommand(page, title, label = title.replace(/^[^:]*: /, '')) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
}

/**
 * Opens the architecture panel through the command palette and waits for its diagram (the webview is an
 * iframe inside an iframe; the diagram is an <svg> with data-id nodes). Fails with fewer than `minimum` nodes.
 */
// The default is Kota Malang's overview: elements where they read, groups (one click away) for the rest.
export async function openArchitecturePanel(page, minimum = 15) {
    await runCommand(page, 'SPBE: Show Architecture Diagram');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const nodes = frame.locator('#stage svg g.node[data-id]');
    await nodes.first().waitFor({ timeout: 90000 });
    const count = await nodes.count();
    if (count < minimum) throw new Error(`the architecture panel shows only ${count} nodes`);
    return { frame, nodes, count };
}
