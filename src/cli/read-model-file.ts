// Reads one model file for the CLI: rejects what is not a text model (binary, UTF-16, huge) with a
// one-line message naming the file, and warns about bytes that are not UTF-8 (a file saved as
// Windows-1252 by a spreadsheet) instead of silently changing them.
import { promises as fs } from 'node:fs';
import { collectSpbeFiles } from './files.js';
import { describeFsError, shown, UsageError } from './errors.js';
import { MAX_MODEL_FILE_BYTES } from '../common/size-limits.js';

/** Files beyond this are refused as not being a text model at all (exit 2). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export interface ModelFileText {
    /**
     * The text; undefined for a file too large to analyse (over MAX_MODEL_FILE_BYTES), which is not read:
     * the language layer reports it from its size, as the language server does.
     */
    text: string | undefined;
    /** A one-line warning to print, if the file was readable but not clean UTF-8. */
    warning?: string;
}


export interface ModelSources {
    /** The paths given on the command line. */
    paths: string[];
    /** Absolute paths of the model files, sorted. */
    files: string[];
    /** undefined: too large to analyse, not read (see ModelFileText). */
    texts: (string | undefined)[];
}

/**
 * Finds and reads the model files under the command-line paths. It needs no language services, so
 * every problem with the paths is reported before the (slower) language layer is even loaded.
 */
export async function readModelSources(paths: string[], warn: (message: string) => void): Promise<ModelSources> {
    const files = await collectSpbeFiles(paths);
    const texts: (string | undefined)[] = [];
    for (const file of files) {
        const { text, warning } = await readModelFile(file);
        if (warning) warn(warning);
        texts.push(text);
    }
    return { paths, files, texts };
}

export async function readModelFile(file: string): Promise<ModelFileText> {
    let bytes: Buffer;
    try {
        const stat = await fs.stat(file);
        if (stat.size > MAX_READ_BYTES) {
            throw new UsageError(`${shown(file)}: file too large (${(stat.size / 1024 / 1024).toFixed(0)} MB), not a .spbe text model`);
        }
        if (stat.size > MAX_MODEL_FILE_BYTES) return { text: undefined };
        bytes = await fs.readFile(file);
    } catch (err) {
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${shown(file)}: cannot read file (${describeFsError(err)})`);
    }
    return decodeModelBytes(bytes, shown(file));
}

export function decodeModelBytes(bytes: Uint8Array, name: string): ModelFileText {
    if ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF)) {
        throw new UsageError(`${name}: UTF-16 text; save the file as UTF-8`);
    }
    if (bytes.includes(0)) throw new UsageError(`${name}: binary file, not a .spbe text model`);
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
        const { line, column, byte } = firstInvalidUtf8(bytes);
        return {
            text: new TextDecoder('utf-8').decode(bytes),
            warning: `${name}:${line}:${column}: not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase()}); read with replacement characters — save the file as UTF-8`
        };
    }
}

/** Position (1-based line, column in characters) of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
    let line = 1, column = 1, i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
        let valid = length > 0 && i + length <= bytes.length;
        for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xC0) === 0x80;
        if (valid && length > 1) valid = decodes(bytes.subarray(i, i + length)); // overlong forms, surrogates
        if (!valid) return { line, column, byte: b };
        if (b === 0x0A) { line++; column = 1; } else column++;
        i += length;
    }
    return { line, column, byte: 0 };
}

function decodes(bytes: Uint8Array): boolean {
    try {
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        return true;
    } catch {
        return false;
    }
}
