// Shared by both runners: bundles the suites and makes a fresh copy of the Kota Malang example
// as the test workspace (the suites add, edit and delete files in it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from './tools.mjs';

export function bundleSuites() {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'test/e2e/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/bundle.mjs', '--e2e'], { cwd: ROOT, stdio: 'inherit' });
    return path.join(ROOT, 'out-e2e/suite/index.cjs');
}

export function makeWorkspace() {
    const dir = mkdtempSync(path.join(tmpdir(), 'spbe-e2e-workspace-'));
    cpSync(path.join(ROOT, 'examples/kota-malang'), dir, { recursive: true });
    return dir;
}
