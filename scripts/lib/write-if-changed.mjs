// Writes a generated file only when its content changes, so its modification time stays put and
// `tsc -b` (which compares input and output times) need not recompile the project after every build.
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes `text` to `file` unless it already holds exactly that; returns whether it wrote. */
export function writeIfChanged(file, text) {
    let before;
    try { before = readFileSync(file, 'utf8'); } catch { before = undefined; }
    if (before === text) return false;
    writeFileSync(file, text);
    return true;
}
