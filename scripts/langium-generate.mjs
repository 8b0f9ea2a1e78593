// `langium generate`, without Langium's "Found multiple assignments ... Consider using '+=' instead"
// warnings. They are about the property blocks (`( 'pemilik' pemilik=... | ... )*`), where a single-valued
// property is assigned with '=' on purpose: the AST keeps one value, and a property written twice in one
// block is reported to the user by rule SPBE-S02 (src/language/validation/property-rules.ts), so no value
// is lost silently. The grammar says so at its top. Every other line of the generator's output, and its
// exit code, pass through.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// The langium-cli package exports no bin path; its script sits in the project's node_modules.
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'langium-cli', 'bin', 'langium.js');
const run = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const intended = /^\S+\.langium:\d+:\d+ - Found multiple assignments to '\w+' with the '\??=' assignment operator\. Consider using '\+=' instead to prevent data loss\.$/;
for (const [stream, text] of [[process.stdout, run.stdout], [process.stderr, run.stderr]]) {
    const lines = (text ?? '').split('\n').filter(line => !intended.test(line.replace(/\x1b\[[0-9;]*m/g, '')));
    stream.write(lines.join('\n'));
}
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
