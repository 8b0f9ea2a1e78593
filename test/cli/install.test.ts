// Installing without building: `npm pack` makes the CLI package, `npm install -g` of the tarball into a
// temporary prefix gives a working `spbe`, run from a folder outside the repository on a copy of the
// example. One test, because each step is a process (about 20 s in all).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-install-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// npm's own settings from the `npm test` that runs this (npm_config_*) must not steer the install.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });

test('npm pack yields a package that, installed globally elsewhere, runs spbe --version, --help and check', () => {
    // The tarball, from the bundle the build made (prepack, which rebuilds the bundle, is for people packing
    // by hand; here it would rewrite generated sources under the feet of the other tests).
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT))[0];
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(packed.filename).toBe(`spbe-architect-${version}.tgz`);
    expect(packed.files.map((f: { path: string }) => f.path).sort()).toEqual(['README.md', 'bin/spbe.js', 'bin/startup-snapshot.mjs', 'dist/builtin-library.ast.json', 'dist/cli.cjs', 'package.json']);

    const prefix = path.join(dir, 'prefix');
    npm(['install', '-g', '--prefix', prefix, path.join(dir, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'], dir);
    const installed = path.join(prefix, 'lib', 'node_modules', 'spbe-architect');
    expect(fs.existsSync(path.join(installed, 'out'))).toBe(false);
    expect(fs.existsSync(path.join(installed, 'node_modules', 'elkjs'))).toBe(true);

    // A folder that has nothing to do with the repository, holding a copy of the example.
    const work = path.join(dir, 'work');
    fs.cpSync(path.join(ROOT, 'examples', 'kota-malang'), path.join(work, 'kota-malang'), { recursive: true });
    // Without the start-up snapshot, which the first run would start building in the background
    // (test/cli/startup-snapshot.test.ts tests that): each run here takes the same path.
    const spbe = (args: string[]) => spawnSync(path.join(prefix, 'bin', 'spbe'), args, { cwd: work, env: { ...env, SPBE_LANG: 'en', SPBE_SNAPSHOT: '0' }, encoding: 'utf8', timeout: 60_000 });

    const v = spbe(['--version']);
    expect([v.status, v.stdout]).toEqual([0, `spbe ${version}\n`]);
    const help = spbe(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: spbe <command>/);
    for (const command of ['check', 'export', 'index', 'render', 'kode']) expect(help.stdout).toContain(`\n  ${command} `);
    const check = spbe(['check', 'kota-malang']);
    expect(check.stderr).toBe('');
    // Every model file of the example (named views brought a tenth), all clean.
    const files = fs.readdirSync(path.join(work, 'kota-malang')).filter(f => f.endsWith('.spbe')).length;
    expect([check.status, check.stdout]).toEqual([0, `${files} files checked: 0 errors, 0 warnings, 0 info.\n`]);
}, 180_000);
