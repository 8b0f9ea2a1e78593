// The build's fast path: scripts/bundle.mjs skips a bundle whose inputs are all older than its last build
// (npm test builds first, and most runs change nothing bundled). Skipping must never leave a stale bundle:
// a changed input rebuilds it, and the rebuilt bundle and library snapshot are those a full build writes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const outdir = tempDirs('spbe-bundle-')();
const stamp = path.join(ROOT, 'node_modules/.cache/spbe-bundle', path.resolve(outdir, 'cli.cjs').replace(/[\\/:]/g, '_') + '.json');
afterAll(() => fs.rmSync(stamp, { force: true }));

const bundleCli = () => execFileSync(process.execPath, ['scripts/bundle.mjs', '--cli', '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
const state = () => ['cli.cjs', 'builtin-library.ast.json'].map(f => {
    const file = path.join(outdir, f);
    return { mtime: fs.statSync(file).mtimeMs, text: fs.readFileSync(file, 'utf8') };
});

test('an unchanged CLI bundle is skipped; a changed input rebuilds it, the same as a full build', { timeout: 60_000 }, () => {
    bundleCli();
    const first = state();
    expect(first[1].text).toMatch(/^spbe-library [0-9a-f]+ \d+\n\{"\$type":"Model"/);

    bundleCli();
    const skipped = state();
    expect(skipped.map(s => s.mtime)).toEqual(first.map(s => s.mtime));

    // An input newer than the last build (as after an edit): both files are written again, with what a full
    // build writes from the same sources.
    const input = path.join(ROOT, 'src/cli/load.ts');
    const now = new Date();
    fs.utimesSync(input, now, now);
    bundleCli();
    const rebuilt = state();
    for (const [i, s] of rebuilt.entries()) {
        expect(s.mtime).toBeGreaterThan(first[i].mtime);
        expect(s.text).toBe(first[i].text);
    }
});
