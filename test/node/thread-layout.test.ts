// The language server lays out diagrams in a worker thread (dist/elk-thread.cjs, built by `npm run build`).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildArchitectureGraph, layoutGraph, renderArchitectureSvg } from '../../src/diagram/index.js';
import { ThreadLayout } from '../../src/node/thread-layout.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample, ROOT } from '../helpers/services.js';

const THREAD_FILE = path.join(ROOT, 'dist/elk-thread.cjs');
let model: SemanticModel;
let thread: ThreadLayout;

beforeAll(async () => {
    if (!existsSync(THREAD_FILE)) throw new Error(`${THREAD_FILE} is missing: run npm run build`);
    model = (await buildFiles(await createTestServices(), readExample('kota-malang'))).model;
    thread = new ThreadLayout(THREAD_FILE);
});
afterAll(async () => { await thread.dispose(); });

describe('layout in a worker thread', () => {
    test('gives exactly the layout of ELK in this thread', async () => {
        const graph = buildArchitectureGraph(model);
        const here = await layoutGraph(graph);
        const there = await layoutGraph(graph, thread);
        expect(there).toEqual(here);
        expect(await renderArchitectureSvg(model, {}, thread)).toContain('<svg');
    });

    test('this thread keeps running while a layout is under way', async () => {
        const graph = buildArchitectureGraph(model);
        let ticks = 0;
        const timer = setInterval(() => ticks++, 1);
        const started = performance.now();
        await thread.layout(graph);
        const elapsed = performance.now() - started;
        clearInterval(timer);
        // A layout in this thread would let no timer fire until it is done.
        expect(ticks).toBeGreaterThan(Math.min(5, elapsed / 20));
    });

    test('a layout ELK rejects fails with ELK\'s message, and the thread goes on working', async () => {
        const bad = { id: 'root', layoutOptions: { 'elk.algorithm': 'no-such-algorithm' }, children: [{ id: 'a', width: 10, height: 10 }] };
        await expect(thread.layout(bad)).rejects.toThrow(/ELK: .*no-such-algorithm/);
        const ok = await thread.layout({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });
        expect(ok.children?.[0].x).toBeTypeOf('number');
    });

    test('when the thread dies, waiting layouts fail with a message and the next layout starts a new thread', async () => {
        const pending = thread.layout(buildArchitectureGraph(model));
        await thread.dispose();
        await expect(pending).rejects.toThrow(/layout thread stopped/);
        const ok = await thread.layout({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }] });
        expect(ok.children?.[0].y).toBeTypeOf('number');
    });
});
