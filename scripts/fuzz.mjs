#!/usr/bin/env node
// The long fuzz round: `npm run fuzz -- [inputs] [seed]` (default 2000 inputs, seed 1).
// Runs test/fuzz/fuzz.test.ts with a larger round, saves every input that produced a finding under
// .fuzz/<seed>/ (mutated files + findings.json) and prints the figures.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isInteger(inputs) || inputs <= 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [inputs] [seed]\n');
    process.exit(2);
}
const saveDir = path.join(root, '.fuzz', String(seed));
const reportFile = path.join(root, '.fuzz', `report-${seed}.json`);
fs.mkdirSync(saveDir, { recursive: true });
fs.rmSync(reportFile, { force: true });

const loadBefore = os.loadavg();
const started = Date.now();
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts'], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SPBE_FUZZ_INPUTS: String(inputs), SPBE_FUZZ_SEED: String(seed), SPBE_FUZZ_REPORT: reportFile, SPBE_FUZZ_SAVE: saveDir },
});
const wall = (Date.now() - started) / 1000;
if (!fs.existsSync(reportFile)) {
    const current = path.join(saveDir, 'current', 'input.json');
    const last = fs.existsSync(current) ? JSON.parse(fs.readFileSync(current, 'utf8')) : undefined;
    process.stderr.write(`fuzz: the round did not finish (vitest exit ${run.status}); see the output above\n`
        + (last ? `fuzz: it died on input #${last.index} (${last.description}); its files are in ${path.relative(root, path.dirname(current))}/\n` : ''));
    process.exit(1);
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const byKind = {};
for (const f of report.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
const inputsWithFindings = new Set(report.findings.map(f => f.input)).size;
process.stdout.write([
    '',
    `fuzz round: seed ${report.seed}`,
    `  inputs run:          ${report.inputs}`,
    `  editor/output calls: ${report.featureCalls}`,
    `  wall time:           ${wall.toFixed(1)} s (inputs: ${(report.totalMs / 1000).toFixed(1)} s wall, ${(report.totalCpuMs / 1000).toFixed(1)} s CPU; mean ${(report.totalCpuMs / report.inputs).toFixed(0)} ms CPU per input)`,
    `  CPU per input:       mean ${(report.totalCpuMs / report.inputs).toFixed(0)} ms, median ${report.medianCpuMs.toFixed(0)} ms, max ${report.slowestMs.toFixed(0)} ms (warm-up, not counted: ${(report.warmUpCpuMs / 1000).toFixed(1)} s)`,
    `  diagram layouts:     ${report.layoutsRun} run by ELK, ${report.layoutsReused} identical graphs reused`,
    `  slowest input:       ${report.slowestMs.toFixed(0)} ms CPU — ${report.slowestInput.slice(0, 160)}`,
    `  findings:            ${report.findings.length} in ${inputsWithFindings} inputs ${JSON.stringify(byKind)}`,
    `  load average:        ${loadBefore.map(n => n.toFixed(2)).join(' ')} at the start, ${os.loadavg().map(n => n.toFixed(2)).join(' ')} at the end (1, 5, 15 min; ${os.cpus().length} CPUs)`,
    report.findings.length ? `  saved under:         ${path.relative(root, saveDir)}/` : '',
    '',
].join('\n'));
process.exit(report.findings.length === 0 ? 0 : 1);
