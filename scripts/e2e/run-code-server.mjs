// `npm run test:e2e`: runs the end-to-end Mocha suites (test/e2e/suite) inside real VS Code offline
// (code-server 4.100.3 = VS Code 1.100.3, driven by Debian's Chromium through playwright-core), then the
// driven UI test that saves docs/images/extension.png, then the browser build's test (run-browser.mjs: the
// language server's web worker in Chromium). Exits with the tests' result; fails on a time-out.
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { ensureTools, ROOT } from './tools.mjs';
import { bundleSuites, makeWorkspace } from './prepare.mjs';
import { launchBrowser, startCodeServer, watchdog, workbenchUrl } from './code-server.mjs';
import { runUiTest } from './ui-screenshot.mjs';
import { runPanelLayoutTest } from './ui-panel-layout.mjs';
import { runViewsDrillTest } from './ui-views-drill.mjs';
import { runBrowserTest } from './run-browser.mjs';
import { runWebExtensionTest } from './web-extension.mjs';

const SUITE_TIMEOUT_MS = 8 * 60 * 1000;
const verbose = process.env.SPBE_E2E_VERBOSE === '1';
const skipUi = process.argv.includes('--no-ui');
const skipBrowser = process.argv.includes('--no-browser');

async function runSuites() {
    const testsPath = bundleSuites();
    const workspace = makeWorkspace();
    const server = await startCodeServer({ log: verbose ? s => process.stdout.write(s) : () => {} });
    const browser = await launchBrowser();
    const started = Date.now();
    try {
        const exitCode = new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`the suites did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`)), SUITE_TIMEOUT_MS);
            void browser.page.exposeFunction('codeAutomationExit', code => { clearTimeout(timer); resolve(code); });
        });
        // In order: each message's arguments are fetched from the page asynchronously.
        let printed = Promise.resolve();
        browser.page.on('console', msg => { printed = printed.then(() => forwardConsole(msg)); });
        browser.page.on('pageerror', err => verbose && console.error(`[page] ${err.message}`));
        await browser.page.goto(workbenchUrl(server, workspace, { extensionPath: ROOT, testsPath }));
        let code;
        try {
            code = await exitCode;
        } catch (err) {
            await saveFailureScreenshot(browser.page);
            throw err;
        }
        await printed;
        if (code !== 0) await saveFailureScreenshot(browser.page);
        console.log(`e2e: suites finished with exit code ${code} in ${Math.round((Date.now() - started) / 1000)} s`);
        return code;
    } finally {
        await browser.close();
        server.stop();
        rmSync(workspace, { recursive: true, force: true });
    }
}

const NOISE = /ENOTFOUND|open-vsx|Resolving connection token|Resolved connection token|Creating a socket|Service Worker|ChatSessionStore|Updating additional builtin|vsda|marketplace|gallery/i;

/** Prints what the extension host logs (the Mocha reporter), formatted like Node's console. */
async function forwardConsole(msg) {
    let args;
    try {
        args = await Promise.all(msg.args().map(a => a.jsonValue()));
    } catch {
        args = [msg.text()];
    }
    // Drop the %c markers and their CSS arguments, then format the rest.
    if (typeof args[0] === 'string') {
        const rest = args.slice(1);
        const kept = [];
        for (const [token] of args[0].matchAll(/%[csdifoO]/g)) {
            const value = rest.shift();
            if (token !== '%c') kept.push(value);
        }
        args = [args[0].replace(/%c/g, ''), ...kept, ...rest];
    }
    // The workbench prefixes the extension host's own format string (Mocha's "%s (%dms)") with a label.
    const inner = args.findIndex((a, i) => i > 0 && typeof a === 'string' && /%[sdifoOj]/.test(a));
    const text = (inner > 0 ? format(...args.slice(inner)) : format(...args)).replace(/^\s*(INFO|WARN|ERROR)\s?/, '');
    if (!verbose && (msg.type() !== 'log' && msg.type() !== 'info' && msg.type() !== 'error' || NOISE.test(text))) return;
    console.log(text);
}

async function saveFailureScreenshot(page) {
    const file = path.join(ROOT, 'out-e2e/failure.png');
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file }).catch(() => {});
    console.error(`e2e: screenshot of the failure in ${path.relative(ROOT, file)}`);
}

ensureTools();
// About 4 minutes on an idle machine; a hang anywhere ends the run here rather than at CI's limit.
watchdog(30, 'e2e');
let code = 1;
try {
    code = await runSuites();
    if (code === 0 && !skipUi) code = await runUiTest();
    if (code === 0 && !skipUi) code = await runPanelLayoutTest();
    if (code === 0 && !skipUi) code = await runViewsDrillTest();
    if (code === 0 && !skipBrowser) code = await runBrowserTest();
    if (code === 0 && !skipBrowser) code = await runWebExtensionTest();
} catch (err) {
    console.error(`e2e: ${err.stack ?? err}`);
    code = 1;
}
process.exit(code);
