// A minimal LSP client over stdio for the benchmark (the tests have their own, test/helpers/lsp-stdio.ts).
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const fileUri = (file) => pathToFileURL(file).href;

export class LspClient {
    constructor(serverFile, execArgv = []) {
        this.child = spawn(process.execPath, [...execArgv, serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.buffer = Buffer.alloc(0);
        this.nextId = 1;
        this.pending = new Map();
        this.listeners = new Set();
        this.stderr = '';
        this.stderrListeners = new Set();
        this.child.stdout.on('data', chunk => this.receive(chunk));
        this.child.stderr.on('data', chunk => { this.stderr += chunk; for (const l of [...this.stderrListeners]) l(this.stderr); });
        this.exited = new Promise(resolve => this.child.on('exit', code => {
            for (const p of this.pending.values()) p.reject(new Error(`the language server exited (${code})\n${this.stderr.slice(-2000)}`));
            resolve(code);
        }));
    }

    async initialize(folder) {
        const uri = fileUri(folder);
        await this.request('initialize', {
            processId: process.pid, rootUri: uri, locale: 'en', workspaceFolders: [{ uri, name: path.basename(folder) }],
            capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: {} } },
        });
        this.notify('initialized', {});
    }

    request(method, params) {
        const id = this.nextId++;
        this.write({ jsonrpc: '2.0', id, method, params });
        return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    }

    notify(method, params) { this.write({ jsonrpc: '2.0', method, params }); }

    /** The next notification `method` whose params satisfy `test`. */
    next(method, test = () => true, timeoutMs = 600_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => { this.listeners.delete(listener); reject(new Error(`no ${method} within ${timeoutMs} ms`)); }, timeoutMs);
            const listener = (m, params) => {
                if (m !== method || !test(params)) return;
                clearTimeout(timer); this.listeners.delete(listener); resolve(params);
            };
            this.listeners.add(listener);
        });
    }

    /** Resolves when stderr has printed `text` `count` times in all. */
    stderrCount(text, count) {
        return new Promise(resolve => {
            const check = (all) => { if (all.split(text).length - 1 >= count) { this.stderrListeners.delete(check); resolve(); } };
            this.stderrListeners.add(check);
            check(this.stderr);
        });
    }

    async stop() {
        try {
            await Promise.race([this.request('shutdown', null), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 10_000))]);
            this.notify('exit', null);
        } catch { this.child.kill(); }
        await Promise.race([this.exited, new Promise(resolve => setTimeout(() => { this.child.kill('SIGKILL'); resolve(); }, 10_000))]);
    }

    write(message) {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.child.stdin.write(body);
    }

    receive(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            if (message.method !== undefined && message.id !== undefined) {
                const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
                this.write({ jsonrpc: '2.0', id: message.id, result });
            } else if (message.method !== undefined) {
                for (const l of [...this.listeners]) l(message.method, message.params);
            } else {
                const p = this.pending.get(message.id);
                if (!p) continue;
                this.pending.delete(message.id);
                if (message.error) p.reject(new Error(message.error.message)); else p.resolve(message.result);
            }
        }
    }
}
