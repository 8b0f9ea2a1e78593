// ELK in a worker thread, for a long-running host (the language server): a 300-element layout takes
// seconds, and in the server's own thread it would hold up diagnostics and completion meanwhile.
// Speaks elkjs's worker protocol (register the algorithms, then `layout` commands by id) to
// elk-thread.ts. Should the thread die (out of memory on a huge graph), the layouts waiting on it fail
// with a message and the next layout starts a new thread.
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** The algorithms elkjs's bundled build registers (the same set, so layouts match). */
const ALGORITHMS = ['layered', 'stress', 'mrtree', 'radial', 'force', 'disco', 'sporeOverlap', 'sporeCompaction', 'rectpacking'];

interface Pending { resolve(value: unknown): void; reject(error: Error): void }

/** A LayoutEngine of the diagram module (diagram/layout.ts) that lays out in the thread. */
export class ThreadLayout {
    private worker?: Worker;
    private nextId = 0;
    private readonly pending = new Map<number, Pending>();

    /** `threadFile`: the bundled elk-thread.cjs. */
    constructor(private readonly threadFile: string) {}

    layout(graph: ElkNode): Promise<ElkNode> {
        return this.send({ cmd: 'layout', graph, layoutOptions: {}, options: {} }) as Promise<ElkNode>;
    }

    dispose(): Promise<number> | undefined {
        const worker = this.worker;
        this.worker = undefined;
        return worker?.terminate();
    }

    private send(message: Record<string, unknown>): Promise<unknown> {
        const worker = this.start();
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            worker.ref(); // keeps a CLI process alive until its layouts are back
            worker.postMessage({ ...message, id });
        });
    }

    private start(): Worker {
        if (this.worker) return this.worker;
        const worker = new Worker(this.threadFile);
        worker.unref();
        worker.on('message', (message: { id: number; data?: unknown; error?: string }) => {
            const waiting = this.pending.get(message.id);
            if (!waiting) return;
            this.pending.delete(message.id);
            if (this.pending.size === 0) worker.unref();
            if (message.error !== undefined) waiting.reject(new Error(`ELK: ${message.error}`));
            else waiting.resolve(message.data);
        });
        const fail = (why: string) => {
            if (this.worker === worker) this.worker = undefined;
            const waiting = [...this.pending.values()];
            this.pending.clear();
            for (const p of waiting) p.reject(new Error(`the layout thread stopped (${why}); try again`));
        };
        worker.on('error', err => fail(err.message));
        worker.on('exit', code => fail(`exit code ${code}`));
        this.worker = worker;
        // As elkjs's own API does first: make the layout algorithms known in the thread.
        this.pending.set(-1 - this.nextId, { resolve: () => undefined, reject: () => undefined });
        worker.postMessage({ cmd: 'register', algorithms: ALGORITHMS, id: -1 - this.nextId++ });
        return worker;
    }
}
