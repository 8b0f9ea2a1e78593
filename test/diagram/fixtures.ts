// Models for the diagram tests: the Kota Malang example built once, and small hand-made models.
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

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
