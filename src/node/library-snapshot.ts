// The built-in library's serialised AST beside the CLI bundle (dist/builtin-library.ast.json, written by
// scripts/bundle.mjs with that bundle): the CLI revives it instead of parsing the library at every start.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createSpbeServices } from '../language/spbe-module.js';
import { serializeBuiltinLibrary } from '../language/builtin-document.js';
import { SpbeNodeFileSystem } from './file-system.js';

const FILE = 'builtin-library.ast.json';

/** The snapshot beside this module, if there is one; SPBE_LIBRARY_SNAPSHOT=0 parses the library instead. */
export function readLibrarySnapshot(): string | undefined {
    if (process.env.SPBE_LIBRARY_SNAPSHOT === '0') return undefined;
    try {
        return readFileSync(new URL(`./${FILE}`, import.meta.url), 'utf8');
    } catch {
        return undefined; // not built (out/, a development run): the library is parsed
    }
}

/** Writes the snapshot into `dir` whole (a temporary file renamed over it). */
export async function writeLibrarySnapshot(dir: string): Promise<void> {
    const { Spbe } = createSpbeServices(SpbeNodeFileSystem);
    const file = `${dir}/${FILE}`;
    writeFileSync(`${file}.tmp`, await serializeBuiltinLibrary(Spbe));
    renameSync(`${file}.tmp`, file);
}
