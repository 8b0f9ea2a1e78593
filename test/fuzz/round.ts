// A fuzz round: generates seeded inputs from the example models and runs each through the harness.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { ROOT, readExample } from '../helpers/services.js';
import { FuzzHarness, type Finding } from './harness.js';
import { createRandom, mutate, tenMegabytes, type Random } from './mutators.js';

export interface FuzzInput {
    index: number;
    description: string;
    files: Record<string, string>;
    mutated: string[];
}

export interface RoundFinding extends Finding {
    input: number;
    description: string;
    /** Where the input was saved (long round only), to turn it into a regression test. */
    savedAs?: string;
}

export interface RoundReport {
    seed: number;
    inputs: number;
    featureCalls: number;
    totalMs: number;
    totalCpuMs: number;
    /** Median CPU time per input. */
    medianCpuMs: number;
    /** CPU time of the warm-up (the unmutated examples, run before the timed inputs; not counted above). */
    warmUpCpuMs: number;
    /** Diagram layouts ELK ran, and layouts of graphs already laid out earlier in the round (see layout-memo.ts). */
    layoutsRun: number;
    layoutsReused: number;
    /** CPU time of the slowest input. */
    slowestMs: number;
    slowestInput: string;
    findings: RoundFinding[];
}

function bases(): { name: string; files: Record<string, string> }[] {
    const minimal = fs.readFileSync(path.join(ROOT, 'examples', 'minimal.spbe'), 'utf8');
    return [{ name: 'kota-malang', files: readExample('kota-malang') }, { name: 'minimal', files: { 'minimal.spbe': minimal } }];
}

/** Inputs that are not mutations but fixed hostile files, run first in every round. */
function specialInputs(kotaMalang: Record<string, string>): Omit<FuzzInput, 'index'>[] {
    const all = Object.values(kotaMalang).join('\n');
    return [
        { description: 'a 10 MB file beside the example', files: { ...kotaMalang, 'besar.spbe': tenMegabytes(all) }, mutated: [] },
        { description: 'an empty file', files: { 'kosong.spbe': '' }, mutated: ['kosong.spbe'] },
        { description: 'only a byte-order mark and blank lines', files: { 'bom.spbe': '\uFEFF\n\n\r\n' }, mutated: ['bom.spbe'] },
        { description: 'every example file concatenated into one', files: { 'semua.spbe': all }, mutated: ['semua.spbe'] },
        { description: 'the example twice (every name declared twice)', files: { ...kotaMalang, 'salinan.spbe': all }, mutated: ['salinan.spbe'] },
    ];
}

export function generateInput(index: number, rnd: Random): FuzzInput {
    const [kota, minimal] = bases();
    // Every fifth input (0, 5, 10, ...) is one of the fixed hostile files, until they are all used.
    const specials = specialInputs(kota.files);
    if (index % 5 === 0 && index / 5 < specials.length) return { index, ...specials[index / 5] };
    const base = rnd.chance(0.7) ? kota : minimal;
    const names = Object.keys(base.files);
    const files = { ...base.files };
    const mutated = [rnd.pick(names)];
    if (names.length > 1 && rnd.chance(0.3)) mutated.push(rnd.pick(names.filter(n => n !== mutated[0])));
    const applied: string[] = [];
    for (const name of mutated) {
        const others = names.filter(n => n !== name).map(n => base.files[n]);
        const result = mutate(files[name], rnd, { others });
        files[name] = result.text;
        applied.push(`${name}: ${result.applied.join(', ')}`);
    }
    return { index, description: `${base.name} | ${applied.join(' | ')}`, files, mutated };
}

/** The mutated files of an input, and what it is, in `dir` (replaced). */
function saveInput(dir: string, input: FuzzInput): void {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(input.files)) if (input.mutated.includes(name)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'input.json'), JSON.stringify({ index: input.index, description: input.description, mutated: input.mutated }, null, 2));
}

export interface RoundOptions {
    seed: number;
    inputs: number;
    positions?: number;
    /** Folder where inputs with findings are saved (long round). */
    saveDir?: string;
    log?: (line: string) => void;
}

export async function runRound(services: SpbeServices, options: RoundOptions): Promise<RoundReport> {
    const harness = new FuzzHarness(services);
    const report: RoundReport = {
        seed: options.seed, inputs: 0, featureCalls: 0, totalMs: 0, totalCpuMs: 0, medianCpuMs: 0, warmUpCpuMs: 0,
        layoutsRun: 0, layoutsReused: 0, slowestMs: 0, slowestInput: '', findings: [],
    };
    // Warm-up: the unmutated examples once, untimed. Otherwise the first input paid for compiling the
    // parser, the validators and ELK (the example alone took 3.2 s of CPU cold, 1.1-1.8 s warm).
    for (const base of bases()) {
        const result = await harness.run(base.files, Object.keys(base.files).slice(0, 1), createRandom(options.seed), 1);
        report.warmUpCpuMs += result.cpuMs;
        for (const f of result.findings.filter(f => f.kind !== 'slow')) report.findings.push({ ...f, input: -1, description: `warm-up: ${base.name} unmutated` });
    }
    const cpuPerInput: number[] = [];
    for (let index = 0; index < options.inputs; index++) {
        // One generator per input, seeded from the round seed and the index: input n is the same
        // whatever the round length, so "seed 7, input 412" can be replayed alone.
        const rnd = createRandom(options.seed * 1_000_003 + index);
        const input = generateInput(index, rnd);
        // Written before the input runs: if it kills the process (V8 aborts on a runaway array, which no
        // try/catch sees: seed 1 input 849), fuzz.mjs names the input and its files are already saved.
        if (options.saveDir) saveInput(path.join(options.saveDir, 'current'), input);
        const result = await harness.run(input.files, input.mutated, rnd, options.positions);
        report.inputs++;
        report.featureCalls += result.featureCalls;
        report.totalMs += result.ms;
        report.totalCpuMs += result.cpuMs;
        report.layoutsRun += result.layoutsRun;
        report.layoutsReused += result.layoutsReused;
        cpuPerInput.push(result.cpuMs);
        if (result.cpuMs > report.slowestMs) { report.slowestMs = result.cpuMs; report.slowestInput = `#${index} ${input.description}`; }
        let savedAs: string | undefined;
        if (result.findings.length > 0 && options.saveDir) {
            savedAs = path.join(options.saveDir, `seed${options.seed}-input${index}`);
            saveInput(savedAs, input);
            fs.writeFileSync(path.join(savedAs, 'findings.json'), JSON.stringify({ description: input.description, findings: result.findings }, null, 2));
        }
        for (const f of result.findings) {
            report.findings.push({ ...f, input: index, description: input.description, savedAs });
            options.log?.(`#${index} ${f.kind} in ${f.feature}: ${f.message.slice(0, 300)}`);
        }
        if ((index + 1) % 25 === 0) {
            for (const f of await harness.checkResponsive()) report.findings.push({ ...f, input: index, description: 'health check after input' });
            options.log?.(`${index + 1} inputs, ${report.findings.length} findings, ${Math.round(report.totalMs / 1000)} s`);
        }
    }
    if (options.saveDir) fs.rmSync(path.join(options.saveDir, 'current'), { recursive: true, force: true });
    for (const f of await harness.checkResponsive()) report.findings.push({ ...f, input: options.inputs, description: 'health check at the end' });
    cpuPerInput.sort((a, b) => a - b);
    const mid = cpuPerInput.length >> 1;
    report.medianCpuMs = cpuPerInput.length === 0 ? 0 : cpuPerInput.length % 2 ? cpuPerInput[mid] : (cpuPerInput[mid - 1] + cpuPerInput[mid]) / 2;
    return report;
}
