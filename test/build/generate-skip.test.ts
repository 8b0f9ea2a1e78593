// The build's other fast path: scripts/langium-generate.mjs skips `langium generate` while the grammar, the
// Langium configuration, langium-cli and the scripts are what they were at the last generation, and a file the
// generator rewrites with the same content keeps its old time (so tsc finds out/ up to date). Skipping must never
// leave stale files, and a generation must still run when it should: here in a copy of the project's parts
// that generation reads (the repository's own generated files are in use by the other tests).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const project = fs.realpathSync(tempDirs('spbe-generate-')());
for (const file of ['scripts/langium-generate.mjs', 'scripts/fix-textmate.mjs', 'langium-config.json', 'src/language/spbe.langium']) {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(project, file));
}
fs.mkdirSync(path.join(project, 'syntaxes'));
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'junction');
// The copy's stamp, kept under the (shared) node_modules by the copy's path.
const stamp = path.join(ROOT, 'node_modules/.cache/spbe-generate', `${createHash('sha256').update(project).digest('hex').slice(0, 16)}.inputs`);
afterAll(() => fs.rmSync(stamp, { force: true }));

const outputs = ['src/language/generated/ast.ts', 'src/language/generated/grammar.ts', 'src/language/generated/module.ts', 'syntaxes/spbe.tmLanguage.json'];
const generate = (...args: string[]) => execFileSync(process.execPath, ['scripts/langium-generate.mjs', ...args], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const state = () => outputs.map(f => ({ file: f, text: fs.readFileSync(path.join(project, f), 'utf8'), mtime: fs.statSync(path.join(project, f)).mtimeMs }));
const SKIPPED = /the grammar is unchanged/;
/** Same texts and times (a time set back by utimes may differ from the one read in its last digits). */
const expectUnchanged = (now: ReturnType<typeof state>, then: ReturnType<typeof state>) => now.forEach((s, i) => {
    expect(s.text, s.file).toBe(then[i]!.text);
    expect(Math.abs(s.mtime - then[i]!.mtime), s.file).toBeLessThan(1);
});

test('generation is skipped only while its inputs are unchanged, and the files it skips are those it writes', { timeout: 90_000 }, () => {
    // A first generation writes what the repository's build wrote: so the repository's files, which its
    // builds skip generating, are current.
    expect(generate()).not.toMatch(SKIPPED);
    const first = state();
    for (const { file, text } of first) expect(text, file).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));

    // Unchanged inputs: skipped, nothing touched.
    expect(generate()).toMatch(SKIPPED);
    expectUnchanged(state(), first);

    // A changed grammar is generated again: what changed reaches the generated files, and a file written again
    // with the same content (module.ts: a keyword changes no service) keeps its time.
    const grammar = path.join(project, 'src/language/spbe.langium');
    fs.writeFileSync(grammar, fs.readFileSync(grammar, 'utf8').replace(/'pemilik'/g, "'pemilik-unit'"));
    expect(generate()).not.toMatch(SKIPPED);
    const changed = state();
    expect(changed[1]!.text).toContain('pemilik-unit');
    expect(changed[3]!.text).toContain('pemilik-unit');
    expectUnchanged([changed[2]!], [first[2]!]);
});
