import { LspClient, fileUri } from './lsp-client.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const dir = '/tmp/spbe-bench/large';
const file = path.join(dir, 'opd03/aplikasi.spbe');
const server = new LspClient(path.resolve('dist/server.cjs'), ['--cpu-prof', '--cpu-prof-dir=/tmp/prof3']);
await server.initialize(dir);
const uri = fileUri(file);
const original = readFileSync(file, 'utf8');
const first = server.next('textDocument/publishDiagnostics', p => p.uri === uri);
server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text: original } });
await first;
await new Promise(r => setTimeout(r, 1500));
const t0 = performance.now();
let version = 1; const times = []; const windows = [];
for (let k = 0; k < 16; k++) {
  const text = original.replace(/^((?:aplikasi) \S+ "[^"]*)"/m, `$1${'x'.repeat(k % 3 + 1)}"`);
  version++;
  const d = server.next('textDocument/publishDiagnostics', p => p.uri === uri && (p.version === undefined || p.version === version));
  const s = performance.now(); const h0 = Number(process.hrtime.bigint() / 1000n);
  server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  await d; times.push(performance.now() - s); windows.push([h0, Number(process.hrtime.bigint() / 1000n)]);
  await new Promise(r => setTimeout(r, 2500));
}
console.log('edit period ms', (performance.now() - t0).toFixed(0), 'times', times.map(t => t.toFixed(0)).join(' '));
await server.stop();
(await import('node:fs')).writeFileSync('/tmp/windows.json', JSON.stringify(windows));
