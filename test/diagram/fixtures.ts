// Models for the diagram tests: the Kota Malang example built once, and small hand-made models.
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
// @ts-expect-error plain ESM script without type declarations
import { generateWorkspace } from '../../bench/generate.mjs';

let malang: Promise<SemanticModel> | undefined;

/** The semantic model of examples/kota-malang (built once per test file). */
export function kotaMalang(): Promise<SemanticModel> {
    malang ??= (async () => {
        const services = await createTestServices();
        return (await buildFiles(services, readExample('kota-malang'))).model;
    })();
    return malang;
}

/** Builds a model from .spbe sources (name -> text). */
export async function modelOf(files: Record<string, string>): Promise<SemanticModel> {
    const services = await createTestServices();
    return (await buildFiles(services, files)).model;
}

let generated: Promise<SemanticModel> | undefined;

/**
 * The roadmap of the benchmark's medium workspace (bench/generate.mjs, seed 1): 200 initiatives over five
 * years, 135 predecessor links, most of them between lanes. Only its agency and roadmap files are built,
 * without the lines naming the 2,000 elements the initiatives change (the roadmap draws none of them).
 */
export function generatedRoadmap(): Promise<SemanticModel> {
    generated ??= (async () => {
        const { files } = generateWorkspace('medium', 1) as { files: Record<string, string> };
        const roadmap = files['peta-rencana.spbe'].replace(/^\s*(mewujudkan|mengubah|menghentikan) .*\n/gm, '');
        return modelOf({ 'instansi.spbe': files['instansi.spbe'], 'peta-rencana.spbe': roadmap });
    })();
    return generated;
}
