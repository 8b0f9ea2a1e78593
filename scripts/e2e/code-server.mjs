// Starts code-server (VS Code's server + web workbench) on a free loopback port with a throw-away
// profile, and Debian's Chromium through playwright-core, as /work/shared/vscode-e2e.md describes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CHROMIUM, TOOLS } from './tools.mjs';

const require = createRequire(path.join(TOOLS, 'package.json'));

const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
    'editor.minimap.enabled': false
};

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function waitForHttp(url, timeoutMs, child) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
        try {
            const res = await fetch(url);
            if (res.ok) return;
        } catch { /* not up yet */ }
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

const running = new Set();
// However the run ends (a watchdog's exit included), no code-server is left behind holding the machine.
process.on('exit', () => { for (const pid of running) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });

/**
 * Ends the whole run with exit 1 if it has not finished within `minutes`: whatever hangs (a browser, a
 * socket, a suite) fails CI in minutes, with a line saying so, instead of using up its time limit.
 */
export function watchdog(minutes, what) {
    setTimeout(() => {
        console.error(`${what}: did not finish within ${minutes} minutes; stopping (exit 1)`);
        process.exit(1);
    }, minutes * 60000).unref();
}

/** Starts code-server; `stop()` kills its whole process group and removes the profile. */
export async function startCodeServer({ settings = {}, log = () => {}, vsix } = {}) {
    const home = mkdtempSync(path.join(tmpdir(), 'spbe-e2e-home-'));
    const userData = path.join(home, 'user-data');
    const extensions = path.join(home, 'extensions');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    mkdirSync(extensions, { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
    const port = await freePort();
    const entry = require.resolve('code-server/out/node/entry.js');
    if (vsix) {
        // Installs a packaged extension the way a user would (code-server --install-extension).
        execFileSync(process.execPath, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
            { env: { ...process.env, HOME: home }, stdio: 'ignore' });
    }
    const child = spawn(process.execPath, [entry,
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', userData, '--extensions-dir', extensions
    ], { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share') }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child.pid);
    child.stdout.on('data', d => log(`[code-server] ${d}`));
    child.stderr.on('data', d => log(`[code-server] ${d}`));
    const base = `http://127.0.0.1:${port}`;
    const stop = () => {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
        running.delete(child.pid);
        rmSync(home, { recursive: true, force: true, maxRetries: 3 });
    };
    try {
        await waitForHttp(`${base}/healthz`, 60000, child);
    } catch (err) {
        stop();
        throw err;
    }
    return { port, base, stop };
}

/** Bounds a promise that might never settle (a wedged browser, a socket that stays open). */
export function within(ms, promise, what) {
    let timer;
    const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms); });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Launches headless Chromium with a fresh profile and returns { context, page, close, died }. With a
 * logger for 'browser', Playwright appends Chromium's own output to the error of a browser that dies
 * mid-test; `died()` is the reason when it did (the page crashed or the browser went away), else undefined.
 */
export async function launchBrowser({ width = 1600, height = 1000 } = {}) {
    const { chromium } = require('playwright-core');
    const profile = mkdtempSync(path.join(tmpdir(), 'spbe-e2e-chromium-'));
    const logger = { isEnabled: name => name === 'browser', log: () => {} };
    const context = await within(120000, chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, viewport: { width, height }, logger,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    }), 'starting Chromium');
    let death;
    let closing = false;
    context.on('close', () => { if (!closing) death ??= 'the browser closed (its process ended)'; });
    const page = context.pages()[0] ?? await context.newPage();
    page.on('crash', () => { death ??= 'the page crashed'; });
    const close = async () => {
        closing = true;
        await within(20000, context.close(), 'closing Chromium').catch(() => {});
        rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    };
    return { context, page, close, died: () => death };
}

/** The workbench URL that opens `folder` and, with a payload, loads a development extension and its tests. */
export function workbenchUrl(server, folder, { extensionPath, testsPath } = {}) {
    const remote = p => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [];
    if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    const query = new URLSearchParams({ folder });
    if (payload.length) query.set('payload', JSON.stringify(payload));
    return `${server.base}/?${query}`;
}
