// Test helpers: services with an in-memory file system, and a way to build several files as one workspace.
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments } from 'langium/test';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { createSpbeServerServices } from '../../src/server/server-module.js';
import { buildWorkspace, type BuiltWorkspace } from '../../src/model/build-workspace.js';
import { ensureBuiltinLibrary } from '../../src/language/builtin-document.js';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Services with the built-in national library already built (as the language server has them, with its code lenses). */
export async function createTestServices(): Promise<SpbeServices> {
    // Messages are asserted in English unless a test chooses otherwise.
    const services = createSpbeServerServices({ ...EmptyFileSystem, language: 'en' }).Spbe;
    const library = ensureBuiltinLibrary(services.shared);
    await services.shared.workspace.DocumentBuilder.build([library]);
    return services;
}

/** Builds the given files (name -> text) as one workspace, replacing whatever was built before. */
export async function buildFiles(services: SpbeServices, files: Record<string, string>): Promise<BuiltWorkspace> {
    await clearDocuments(services.shared, services.shared.workspace.LangiumDocuments.all
        .filter(d => d.uri.scheme !== 'spbe-builtin').toArray());
    return buildWorkspace(services, Object.entries(files).map(([name, text]) => ({ uri: URI.file(path.resolve('/ws', name)).toString(), text })));
}

export const ROOT = path.resolve(__dirname, '../..');

/** Reads the files of an example folder as name -> text. */
export function readExample(folder: string): Record<string, string> {
    const dir = path.join(ROOT, 'examples', folder);
    const out: Record<string, string> = {};
    for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.spbe')).sort()) out[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    return out;
}
