// The language server as the extension runs it: `node dist/server.cjs --stdio`, spoken to in LSP's
// framing. For tests of what only the process shows (it stays up, it answers every request).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './services.js';

export interface ResponseError { code: number; message: string }

interface Pending { resolve(value: unknown): void; reject(error: Error): void; method: string }

export class LspProcess {
    private readonly child: ChildProcessWithoutNullStreams;
    private nextId = 1;
    private buffer = Buffer.alloc(0);
    private readonly pending = new Map<number, Pending>();
    private readonly listeners: ((method: string, params: unknown) => void)[] = [];
    private readonly onExit: (() => void)[] = [];
    /** Every error response the server sent, with the request it answered. */
    readonly errors: { method: string; error: ResponseError }[] = [];
    /** Everything the server wrote to stderr and to its log (window/logMessage). */
    log = '';
    exitCode: number | null | undefined;

    constructor(readonly workspaceFolder: string, serverFile = path.join(ROOT, 'dist', 'server.cjs')) {
        this.child = spawn(process.execPath, [serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
        this.child.stderr.on('data', (chunk: Buffer) => { this.log += chunk.toString(); });
        this.child.on('exit', code => {
            this.exitCode = code;
            for (const p of this.pending.values()) p.reject(new Error(`the server exited (${code}) before answering ${p.method}\n${this.log.slice(-2000)}`));
            this.pending.clear();
            for (const listener of this.onExit.splice(0)) listener();
        });
    }

    get alive(): boolean { return this.exitCode === undefined; }

    /** initialize + initialized, with the workspace folder and the capabilities VS Code announces for what is tested. */
    async start(): Promise<void> {
        const uri = fileUri(this.workspaceFolder);
        await this.request('initialize', {
            processId: process.pid, rootUri: uri, locale: 'en',
            workspaceFolders: [{ uri, name: path.basename(this.workspaceFolder) }],
            capabilities: {
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
                textDocument: {
                    publishDiagnostics: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true }, codeLens: {},
                    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
                },
            },
        });
        this.notify('initialized', {});
    }

    request<T = unknown>(method: string, params: unknown): Promise<T> {
        const id = this.nextId++;
        this.write({ jsonrpc: '2.0', id, method, params });
        return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method }));
    }

    notify(method: string, params: unknown): void {
        this.write({ jsonrpc: '2.0', method, params });
    }

    /** Resolves with the params of the first notification `method` for which `accept` holds. */
    waitFor<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 60_000): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => { remove(); reject(new Error(`no ${method} within ${timeoutMs} ms\n${this.log.slice(-2000)}`)); }, timeoutMs);
            const listener = (m: string, params: unknown) => {
                if (m === method && accept(params as T)) { remove(); resolve(params as T); }
            };
            const exited = () => { remove(); reject(new Error(`the server exited (${this.exitCode}) while waiting for ${method}\n${this.log.slice(-2000)}`)); };
            const remove = () => {
                clearTimeout(timer);
                this.listeners.splice(this.listeners.indexOf(listener), 1);
                if (this.onExit.includes(exited)) this.onExit.splice(this.onExit.indexOf(exited), 1);
            };
            this.listeners.push(listener);
            if (this.alive) this.onExit.push(exited); else exited();
        });
    }

    /** shutdown + exit, or a kill when the server no longer answers. */
    async stop(): Promise<void> {
        if (!this.alive) return;
        const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await Promise.race([this.request('shutdown', null), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 5000))]);
            this.notify('exit', null);
        } catch {
            this.child.kill();
        }
        await Promise.race([exited, new Promise<void>(resolve => setTimeout(() => { this.child.kill('SIGKILL'); resolve(); }, 5000))]);
    }

    private write(message: object): void {
        if (!this.alive) return;
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.child.stdin.write(body);
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(message);
        }
    }

    private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: ResponseError }): void {
        if (message.method !== undefined && message.id !== undefined) {
            // A request from the server: settings (none), registrations and progress are simply accepted.
            const result = message.method === 'workspace/configuration' ? (message.params as { items: unknown[] }).items.map(() => null) : null;
            this.write({ jsonrpc: '2.0', id: message.id, result });
            return;
        }
        if (message.method !== undefined) {
            if (message.method === 'window/logMessage') this.log += (message.params as { message: string }).message + '\n';
            for (const listener of [...this.listeners]) listener(message.method, message.params);
            return;
        }
        const pending = this.pending.get(message.id!);
        if (!pending) return;
        this.pending.delete(message.id!);
        if (message.error) {
            this.errors.push({ method: pending.method, error: message.error });
            pending.reject(Object.assign(new Error(`${pending.method} failed: ${message.error.message} (${message.error.code})`), { code: message.error.code }));
        } else {
            pending.resolve(message.result);
        }
    }
}

export function fileUri(file: string): string {
    return 'file://' + path.resolve(file).split(path.sep).map(encodeURIComponent).join('/');
}
