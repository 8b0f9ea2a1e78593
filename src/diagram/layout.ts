// Runs ELK on a diagram graph, through a LayoutEngine the host chooses: elkjs in the calling thread (the
// default: the CLI, the tests, and the language server in a web worker, which is itself off the editor's
// thread), or elkjs in a Node worker thread (the Node language server: node/thread-layout.ts).
// elkjs is loaded on the first layout, not with this module: evaluating its 1.5 MB took ~170 ms of the
// language server's start, and most sessions start long before (or without) a diagram.
import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode } from 'elkjs/lib/elk-api.js';

/** What lays out an ELK graph (an elkjs instance is one). It may write into the graph it is given. */
export interface LayoutEngine {
    layout(graph: ElkNode): Promise<ElkNode>;
}

/** elkjs's bundled build in the calling thread, created on its first layout. */
export class InProcessLayout implements LayoutEngine {
    private elk?: Promise<ElkApi>;

    layout(graph: ElkNode): Promise<ElkNode> {
        // A failed load is tried again on the next layout.
        this.elk ??= createElk().catch(err => { this.elk = undefined; throw err; });
        return this.elk.then(elk => elk.layout(graph));
    }
}

async function createElk(): Promise<ElkApi> {
    const mod = await import('elkjs/lib/elk.bundled.js');
    // The CJS export is the constructor; how it is wrapped differs between Node's ESM loader and bundlers.
    let Ctor: unknown = mod;
    while (typeof Ctor !== 'function' && Ctor && (Ctor as { default?: unknown }).default) Ctor = (Ctor as { default: unknown }).default;
    return new (Ctor as new () => ElkApi)();
}

/** The engine of callers that name none. Holds only the elkjs instance it creates on first use. */
export const inProcessLayout: LayoutEngine = new InProcessLayout();

/** Lays out a copy of `graph` (ELK mutates what it is given) with `engine` and returns the laid-out graph. */
export async function layoutGraph(graph: ElkNode, engine: LayoutEngine = inProcessLayout): Promise<ElkNode> {
    return engine.layout(structuredClone(graph));
}
