// Guards the benchmark generator (bench/generate.mjs): the workspaces it writes must be valid models of
// the promised size and shape, or the benchmark figures would measure error paths instead of real work.
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createSpbeServices } from '../../src/language/spbe-module.js';
import { buildWorkspace } from '../../src/model/build-workspace.js';
import { DOMAINS } from '../../src/model/types.js';
// @ts-expect-error plain ESM script without type declarations
import { generateWorkspace, SIZES } from '../../bench/generate.mjs';

type Generated = { files: Record<string, string>; stats: { files: number; elements: number; relations: number; initiatives: number; units: number } };

async function build(files: Record<string, string>) {
    const { Spbe } = createSpbeServices(EmptyFileSystem);
    return buildWorkspace(Spbe, Object.entries(files).map(([name, text]) => ({ uri: URI.file(`/ws/${name}`).toString(), text })));
}

function errorsOf(diagnostics: Map<string, { severity?: number; message: string }[]>, severity = 1): string[] {
    return [...diagnostics].flatMap(([uri, list]) => list.filter(d => d.severity === severity).map(d => `${uri}: ${d.message}`));
}

describe('bench/generate.mjs', () => {
    test('is deterministic for a seed and varies with it', () => {
        const a = generateWorkspace('small', 7) as Generated;
        const b = generateWorkspace('small', 7) as Generated;
        const c = generateWorkspace('small', 8) as Generated;
        expect(a.files).toEqual(b.files);
        expect(a.files).not.toEqual(c.files);
    });

    test('the large workspace has the promised size, spread over files per group and domain, and checks with no errors', async () => {
        const { files, stats } = generateWorkspace('large', 1) as Generated;
        expect(stats).toMatchObject({ files: 100, elements: SIZES.large.elements, relations: SIZES.large.relations, initiatives: 2000 });
        expect(Object.keys(files)).toContain('instansi.spbe');
        expect(Object.keys(files).filter(f => f.endsWith('/aplikasi.spbe'))).toHaveLength(SIZES.large.groups);
        expect(Math.max(...Object.values(files).map(t => t.split('\n').length))).toBeLessThan(5000);

        const built = await build(files);
        expect(errorsOf(built.diagnostics)).toEqual([]);
        // A well-kept model has few findings: the benchmark must time the normal path, not thousands of warnings.
        expect(errorsOf(built.diagnostics, 2).length).toBeLessThan(SIZES.large.elements / 100);
        const model = built.model;
        // What the stats claim is what the language sees.
        expect(model.elements).toHaveLength(SIZES.large.elements);
        expect(model.relations).toHaveLength(SIZES.large.relations);
        expect(model.roadmap.initiatives).toHaveLength(2000);
        for (const domain of DOMAINS) expect(model.elements.filter(e => e.domain === domain).length).toBeGreaterThan(1000);
        // Every coded element carries a known national code of its own domain.
        const prefix: Record<string, string> = { proses: 'RAB', data: 'RAD', layanan: 'RAL', aplikasi: 'RAA' };
        for (const e of model.elements) {
            if (!prefix[e.domain]) continue;
            expect(e.code?.known, e.id).toBe(true);
            expect(e.code?.code.startsWith(prefix[e.domain] + '.'), e.id).toBe(true);
        }
        // Initiatives depend only on initiatives that end before they start: acyclic.
        const byId = new Map(model.roadmap.initiatives.map(i => [i.id, i]));
        const withDeps = model.roadmap.initiatives.filter(i => i.predecessors.length > 0);
        expect(withDeps.length).toBeGreaterThan(500);
        for (const i of withDeps) for (const p of i.predecessors) expect(byId.get(p)!.end!).toBeLessThan(i.start!);
        expect(new Set(model.roadmap.initiatives.map(i => i.muatan)).size).toBe(7);
    }, 300_000);

    test('small and medium workspaces check with no errors', async () => {
        for (const size of ['small', 'medium']) {
            const { files, stats } = generateWorkspace(size, 3) as Generated;
            const built = await build(files);
            expect(errorsOf(built.diagnostics)).toEqual([]);
            expect(built.model.elements).toHaveLength(stats.elements);
        }
    }, 120_000);
});
