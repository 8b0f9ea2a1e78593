// A file too large to analyse is not even read into memory: the language server (and the CLI) ask for
// its size first. Sparse files make a 10 MB and a 1 GB file cost nothing on disk; reading one would
// show in the spy on the file system (and a 1 GB read in the test's time and memory).
import { describe, expect, test, beforeEach, afterEach, vi } from 'vitest';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { createSpbeServices } from '../../src/language/spbe-module.js';
import { SpbeNodeFileSystem } from '../../src/node/file-system.js';
import { MAX_MODEL_CHARS, MAX_MODEL_FILE_BYTES } from '../../src/language/document-limits.js';
import { readModelSources } from '../../src/cli/read-model-file.js';
import { ROOT } from '../helpers/services.js';

const MB = 1024 * 1024;
let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-size-'));
    fs.writeFileSync(path.join(dir, 'ok.spbe'), 'unit Diskominfo "Dinas Kominfo"\nproses Arsip "Kearsipan" { pemilik Diskominfo }\n');
    fs.writeFileSync(path.join(dir, 'besar.spbe'), '');
    fs.truncateSync(path.join(dir, 'besar.spbe'), 10 * MB);
    fs.writeFileSync(path.join(dir, 'raksasa.spbe'), '');
    fs.truncateSync(path.join(dir, 'raksasa.spbe'), 1024 * MB);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function startServer() {
    const { shared, Spbe } = createSpbeServices({ ...SpbeNodeFileSystem, language: 'en' });
    // The server validates closed files once they change; here the start-up build validates them too.
    (shared.workspace.WorkspaceManager as unknown as { initialBuildOptions: object }).initialBuildOptions = { validation: true };
    const read = vi.spyOn(shared.workspace.FileSystemProvider, 'readFile');
    const readNames = () => read.mock.calls.map(([uri]) => path.basename(uri.fsPath)).filter(n => n.endsWith('.spbe'));
    return { shared, Spbe, readNames };
}

function docNamed(shared: ReturnType<typeof startServer>['shared'], name: string): LangiumDocument {
    return shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/' + name))!;
}

describe('files too large to analyse are not read', () => {
    test('language server start-up: a 10 MB and a 1 GB file get one diagnostic each, unread; the rest is analysed', async () => {
        const { shared, readNames } = startServer();
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(dir).toString() }]);
        expect(readNames()).toEqual(['ok.spbe']);
        for (const [name, size] of [['besar.spbe', '10.0'], ['raksasa.spbe', '1024.0']]) {
            const diagnostics = docNamed(shared, name).diagnostics ?? [];
            expect(diagnostics.map(d => d.message)).toEqual([`File too large to analyse (${size} MB; the limit is 1 MB). Split the model into several .spbe files.`]);
            expect(diagnostics[0].code).toBe('SPBE-S01');
        }
        expect(docNamed(shared, 'ok.spbe').diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('an spbe.json of 1 GB is not read either: one line on the server log, default settings', async () => {
        fs.writeFileSync(path.join(dir, 'spbe.json'), '');
        fs.truncateSync(path.join(dir, 'spbe.json'), 1024 * MB);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const { shared } = startServer();
            const read = vi.spyOn(shared.workspace.FileSystemProvider, 'readFile');
            await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(dir).toString() }]);
            expect(read.mock.calls.map(([uri]) => path.basename(uri.fsPath))).toEqual(['ok.spbe']);
            expect(logged.mock.calls.map(c => String(c[0]))).toEqual(['spbe.json: too large (1024.0 MB), not read; default rule settings apply']);
        } finally {
            logged.mockRestore();
        }
    });

    test('a closed file that grows past the limit on disk is not read again; shrunk back, it is', async () => {
        const { shared, readNames } = startServer();
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(dir).toString() }]);
        const ok = URI.file(path.join(dir, 'ok.spbe'));
        fs.truncateSync(ok.fsPath, 20 * MB);
        await shared.workspace.DocumentBuilder.update([ok], []);
        expect(readNames()).toEqual(['ok.spbe']);
        expect(docNamed(shared, 'ok.spbe').diagnostics?.map(d => d.message)).toEqual([expect.stringMatching(/File too large to analyse \(20\.0 MB/)]);
        expect(docNamed(shared, 'ok.spbe').textDocument.getText()).toBe('');
        fs.writeFileSync(ok.fsPath, 'unit Diskominfo "Dinas Kominfo"\n');
        await shared.workspace.DocumentBuilder.update([ok], []);
        expect(readNames()).toEqual(['ok.spbe', 'ok.spbe']);
        expect(docNamed(shared, 'ok.spbe').diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a file over 1 MiB on disk but under the limit in characters (CJK text) is still read and analysed', async () => {
        const comment = '// ' + '漢'.repeat(700_000) + '\n';
        expect(Buffer.byteLength(comment)).toBeGreaterThan(2 * MB);
        expect(Buffer.byteLength(comment)).toBeLessThan(MAX_MODEL_FILE_BYTES);
        expect(comment.length).toBeLessThan(MAX_MODEL_CHARS);
        fs.writeFileSync(path.join(dir, 'cjk.spbe'), comment + 'unit Bappeda "Bappeda"\n');
        const { shared, readNames } = startServer();
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(dir).toString() }]);
        expect(readNames().sort()).toEqual(['cjk.spbe', 'ok.spbe']);
        expect(docNamed(shared, 'cjk.spbe').diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('CLI: the 10 MB file is not read and is reported with its name and the limit; the rest is checked', async () => {
        fs.rmSync(path.join(dir, 'raksasa.spbe'));
        const read = vi.spyOn(fs.promises, 'readFile');
        const sources = await readModelSources([dir], () => undefined);
        expect(sources.files.map(f => path.basename(f))).toEqual(['besar.spbe', 'ok.spbe']);
        expect(sources.texts[0]).toBeUndefined();
        expect(read.mock.calls.map(([f]) => path.basename(String(f)))).toEqual(['ok.spbe']);
        const run = await new Promise<{ code: number; stdout: string }>(resolve => execFile(process.execPath, [path.join(ROOT, 'bin', 'spbe.js'), 'check', dir],
            { env: { ...process.env, SPBE_LANG: 'en' } }, (err, stdout) => resolve({ code: err ? Number(err.code) : 0, stdout })));
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/besar\.spbe:1:1 error \[SPBE-S01\] File too large to analyse \(10\.0 MB; the limit is 1 MB\)/);
        expect(run.stdout).not.toMatch(/ok\.spbe:\d+:\d+: error/);
    });
});
