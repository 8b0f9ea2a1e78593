// Runs ELK on a diagram graph. The bundled build of elkjs runs in the calling thread and works in
// Node, in a bundled extension and in a webview alike; a host that wants layout off its main
// thread (e.g. elkjs's worker build) can inject its own ELK instance with setElk().
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ELK as ElkApi, ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode } from 'elkjs/lib/elk-api.js';

let elk: ElkApi | undefined;

/** Uses `instance` for every later layout (pass undefined to go back to the bundled one). */
export function setElk(instance: ElkApi | undefined): void {
    elk = instance;
}

function current(): ElkApi {
    // The CJS default export is the constructor; TypeScript's view of it differs by module mode.
    const Ctor = ((ELK as unknown as { default?: unknown }).default ?? ELK) as new () => ElkApi;
    elk ??= new Ctor();
    return elk;
}

/** Lays out a copy of `graph` (ELK mutates what it is given) and returns the laid-out graph. */
export async function layoutGraph(graph: ElkNode): Promise<ElkNode> {
    const copy = structuredClone(graph);
    return current().layout(copy);
}
