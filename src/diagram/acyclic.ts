// Cycle breaking shared by the large-view layout steps (layers in layer-order.ts, track order in large-layout.ts).

/**
 * The edges of `successors` (node index -> successor indices) without those that close a cycle: a depth-first
 * search in index order drops each edge back to a node on its stack. Iterative, so that a long chain cannot
 * overflow the call stack.
 */
export function withoutBackEdges(successors: readonly (readonly number[])[]): number[][] {
    const n = successors.length;
    const state = new Uint8Array(n);    // 0 unvisited, 1 on the stack, 2 done
    const keep: number[][] = successors.map(() => []);
    for (let root = 0; root < n; root++) {
        if (state[root]) continue;
        const stack: [number, number][] = [[root, 0]];
        state[root] = 1;
        while (stack.length) {
            const top = stack[stack.length - 1];
            const [v, i] = top;
            if (i < successors[v].length) {
                top[1]++;
                const w = successors[v][i];
                if (state[w] === 1) continue;
                keep[v].push(w);
                if (state[w] === 0) { state[w] = 1; stack.push([w, 0]); }
            } else {
                state[v] = 2;
                stack.pop();
            }
        }
    }
    return keep;
}
