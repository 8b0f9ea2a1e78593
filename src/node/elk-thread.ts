// The body of the layout thread (bundled to dist/elk-thread.cjs): elkjs's own worker dispatcher, fed from a
// Node worker_threads port. elkjs's web-worker build expects a browser worker (`self`); under Node it exports
// a stand-in that dispatches in the thread it is loaded in, which here is this thread.
import { parentPort } from 'node:worker_threads';
// @ts-expect-error elkjs declares types for elk-worker.js only; the minified build is the same module.
import ElkWorker from 'elkjs/lib/elk-worker.min.js';

type Message = { id: number; data?: unknown; error?: unknown };

interface DispatchingWorker {
    onmessage?: (event: { data: Message }) => void;
    postMessage(message: unknown): void;
}

const Ctor = ((ElkWorker as unknown as { Worker?: unknown }).Worker ?? ElkWorker) as new () => DispatchingWorker;
const elk = new Ctor();
elk.onmessage = ({ data }) => {
    // ELK's exceptions are GWT objects that cannot cross threads; their message can.
    const message: Message = data.error === undefined ? data : { id: data.id, error: String((data.error as Error)?.message ?? data.error) };
    parentPort!.postMessage(message);
};
parentPort!.on('message', message => elk.postMessage(message));
