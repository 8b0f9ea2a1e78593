// Installs the offline VS Code of the end-to-end tests (code-server + playwright-core, see
// test/e2e/tools/package.json) into test/e2e/tools/node_modules, once: a stamp with the hash of the
// package files makes later runs skip it. Kept apart from the main install so `npm ci` stays light.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const TOOLS = path.join(ROOT, 'test/e2e/tools');
export const CHROMIUM = process.env.SPBE_E2E_CHROMIUM ?? '/usr/bin/chromium';

function fail(message) {
    console.error(`e2e: ${message}`);
    process.exit(1);
}

/** code-server's @vscode/ripgrep downloads ripgrep from GitHub unless it finds this cached archive. */
function seedRipgrepCache() {
    const cacheDir = path.join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
    const archive = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
    if (existsSync(archive)) return;
    if (!existsSync('/usr/bin/rg')) fail('ripgrep is missing: apt-get install -y ripgrep');
    mkdirSync(cacheDir, { recursive: true });
    const staging = mkdtempSync(path.join(tmpdir(), 'spbe-rg-'));
    copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
    execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
    rmSync(staging, { recursive: true, force: true });
}

export function ensureTools() {
    if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set SPBE_E2E_CHROMIUM)`);
    const hash = createHash('sha256');
    for (const f of ['package.json', 'package-lock.json']) {
        const file = path.join(TOOLS, f);
        if (existsSync(file)) hash.update(readFileSync(file));
    }
    hash.update(process.version);
    const stamp = path.join(TOOLS, 'node_modules/.spbe-stamp');
    const digest = hash.digest('hex');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
    seedRipgrepCache();
    console.log('e2e: installing code-server and playwright-core into test/e2e/tools (once)…');
    const started = Date.now();
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: TOOLS, stdio: 'inherit',
        env: {
            ...process.env,
            // code-server's postinstall refuses to run as root without this, and node-pty's runs `npx node-gyp`.
            npm_config_unsafe_perm: 'true', npm_config_yes: 'true',
            // Its install scripts build native modules (and install VS Code's own dependencies, whose
            // scripts must run too); this folder holds only these two pinned packages.
            npm_config_dangerously_allow_all_scripts: 'true'
        }
    });
    writeFileSync(stamp, digest);
    console.log(`e2e: tools installed in ${Math.round((Date.now() - started) / 1000)} s`);
}
