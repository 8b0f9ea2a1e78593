// Runs ELK on a diagram graph. The bundled build of elkjs runs in the calling thread and works in
// Node, in a bundled extension and in a webview alike; a host that wants layout off its main
// thread (e.g. elkjs's worker build) can inject its own ELK instance with setElk().
// elkjs is loaded on the first layout, not with this module: evaluating its 1.5 MB took ~170 ms of the
// language server's start, and most sessions start long before (or without) a diagram.
import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode } from 'elkjs/lib/elk-api.js';

let elk: ElkApi | undefined;

/** Uses `instance` for every later layout (pass undefined to go back to the bundled one). */
export function setElk(instance: ElkApi | undefined): void {
    elk = instance;
}

async function current(): Promise<ElkApi> {
    if (!elk) {
        const mod = await import('elkjs/lib/elk.bundled.js');
        // The CJS export is the constructor; how it is wrapped differs between Node's ESM loader and bundlers.
        let Ctor: unknown = mod;
        while (typeof Ctor !== 'function' && Ctor && (Ctor as { default?: unknown }).default) Ctor = (Ctor as { default: unknown }).default;
        elk ??= new (Ctor as new () => ElkApi)();
    }
    return elk;
}

/** Lays out a copy of `graph` (ELK mutates what it is given) and returns the laid-out graph. */
export async function layoutGraph(graph: ElkNode): Promise<ElkNode> {
    const copy = structuredClone(graph);
    return (await current()).layout(copy);
}
