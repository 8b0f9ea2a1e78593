// `langium generate`, without Langium's "Found multiple assignments ... Consider using '+=' instead"
// warnings. They are about the property blocks (`( 'pemilik' pemilik=... | ... )*`), where a single-valued
// property is assigned with '=' on purpose: the AST keeps one value, and a property written twice in one
// block is reported to the user by rule SPBE-S02 (src/language/validation/property-rules.ts), so no value
// is lost silently. The grammar says so at its top. Every other line of the generator's output, and its
// exit code, pass through. Then scripts/fix-textmate.mjs corrects the TextMate grammar it wrote.
//
// Speed: when the grammar, the Langium configuration, langium-cli and these scripts are what they were at the
// last generation (a hash kept in node_modules/.cache/spbe-generate/), nothing is generated again; and files the
// generator rewrites with the same content keep their old modification time. Either way `tsc -b` finds its
// output up to date and skips the ~20 s recompilation a fresh generated file would cost every build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(path.join(root, 'langium-config.json'), 'utf8'));
const generatedDir = path.join(root, config.out);
const outputs = () => [
    ...(existsSync(generatedDir) ? readdirSync(generatedDir).filter(f => f.endsWith('.ts')).map(f => path.join(generatedDir, f)) : []),
    ...config.languages.map(l => path.join(root, l.textMate.out)),
];
// Not in the generated folder: langium-cli stops to ask whether to delete a file it did not write there.
const stampFile = path.join(root, 'node_modules', '.cache', 'spbe-generate', `${createHash('sha256').update(root).digest('hex').slice(0, 16)}.inputs`);
rmSync(path.join(generatedDir, '.inputs'), { force: true }); // where earlier builds kept it
const inputs = [
    'langium-config.json', ...config.languages.map(l => l.grammar), 'node_modules/langium-cli/package.json',
    'scripts/langium-generate.mjs', 'scripts/fix-textmate.mjs',
].map(f => path.join(root, f));
const hash = createHash('sha256');
for (const file of inputs) hash.update(file).update(readFileSync(file));
const stamp = hash.digest('hex') + '\n';

const generatedFiles = ['ast.ts', 'grammar.ts', 'module.ts'].map(f => path.join(generatedDir, f));
if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp
    && generatedFiles.every(f => existsSync(f))) {
    console.log('langium generate: the grammar is unchanged, src/language/generated is current');
    process.exit(0);
}

const before = new Map(outputs().filter(f => existsSync(f)).map(f => [f, { text: readFileSync(f, 'utf8'), stat: statSync(f) }]));

// The langium-cli package exports no bin path; its script sits in the project's node_modules.
const cli = path.join(root, 'node_modules', 'langium-cli', 'bin', 'langium.js');
const args = process.argv.slice(2).filter(a => a !== '--force');
const run = spawnSync(process.execPath, [cli, 'generate', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const intended = /^\S+\.langium:\d+:\d+ - Found multiple assignments to '\w+' with the '\??=' assignment operator\. Consider using '\+=' instead to prevent data loss\.$/;
for (const [stream, text] of [[process.stdout, run.stdout], [process.stderr, run.stderr]]) {
    const lines = (text ?? '').split('\n').filter(line => !intended.test(line.replace(/\x1b\[[0-9;]*m/g, '')));
    stream.write(lines.join('\n'));
}
if (run.error) throw run.error;
if (run.status !== 0) process.exit(run.status ?? 1);

const fix = spawnSync(process.execPath, [path.join(root, 'scripts/fix-textmate.mjs')], { stdio: 'inherit' });
if (fix.status !== 0) process.exit(fix.status ?? 1);

for (const file of outputs()) {
    const old = before.get(file);
    if (old && readFileSync(file, 'utf8') === old.text) utimesSync(file, old.stat.atimeMs / 1000, old.stat.mtimeMs / 1000);
}
mkdirSync(path.dirname(stampFile), { recursive: true });
writeFileSync(stampFile, stamp);
