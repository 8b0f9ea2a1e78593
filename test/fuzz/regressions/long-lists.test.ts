// Legal files well under the size limit whose cost was quadratic or worse (found by stress inputs: one kind
// of declaration or reference repeated towards the 1 MiB limit). Bounds are on CPU time, generous enough for
// a busy machine and far below what each input took before.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildRoadmapGraph } from '../../../src/diagram/index.js';
import { buildFiles, createTestServices } from '../../helpers/services.js';
import { edgePoints, isOrthogonal, nodesCrossed } from '../../diagram/invariants.js';
import { MAX_FINDINGS_PER_FILE } from '../../../src/language/validation/document-validator.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

const HEAD = 'instansi K "K" { jenis pemerintah-daerah periode 2023 - 2027 }\nunit U "U"\n';

function cpuMs<T>(run: () => T): { result: T; ms: number } {
    const start = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(start);
    return { result, ms: (used.user + used.system) / 1000 };
}

describe('long lists', () => {
    test('a roadmap of 1,200 chained initiatives is routed in seconds (about a minute: every arrow searched the whole grid; 2,000 took three)', async () => {
        const initiatives = Array.from({ length: 1200 }, (_, i) => `inisiatif I${i} { muatan aplikasi tahun 2023 - 2024 pelaksana U ${i ? `setelah I${i - 1}` : ''} }`);
        const built = await buildFiles(services, { 'x.spbe': `${HEAD}peta-rencana PR {\n${initiatives.join('\n')}\n}\n` });
        const { result: view, ms } = cpuMs(() => buildRoadmapGraph(built.model, { today: '2025-06-30' }));
        expect(ms).toBeLessThan(15_000);
        const edges = view.edges ?? [];
        expect(edges).toHaveLength(1199);
        const bars = view.children ?? [];
        for (const edge of edges.slice(0, 50)) {
            const points = edgePoints(edge);
            expect(isOrthogonal(points)).toBe(true);
            expect(nodesCrossed(points, bars, [edge.sources[0], edge.targets[0]])).toEqual([]);
        }
    }, 120_000);

    test('semantic tokens of a list of 10,000 references (281 s: each item\'s place was searched for anew)', async () => {
        const text = `${HEAD}data D "D"\nproses P "P" { menghasilkan ${Array.from({ length: 10_000 }, () => 'D').join(', ')} }\n`;
        const built = await buildFiles(services, { 'x.spbe': text });
        const doc = built.documents[0];
        const { result, ms } = cpuMs(() => services.lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: { uri: doc.uri.toString() } }));
        const tokens = await result;
        expect(ms).toBeLessThan(10_000);
        expect(tokens.data.length / 5).toBeGreaterThanOrEqual(10_000);
    }, 120_000);

    test('a dependency cycle of 5,000 initiatives: each message names a few of them and the count', async () => {
        const initiatives = Array.from({ length: 5000 }, (_, i) => `inisiatif I${i} { setelah I${(i + 1) % 5000} }`);
        const built = await buildFiles(services, { 'x.spbe': `${HEAD}peta-rencana PR {\n${initiatives.join('\n')}\n}\n` });
        const all = [...built.diagnostics.values()].flat();
        const cycles = all.filter(d => d.code === 'SPBE-P04');
        // One per initiative (errors, listed first): the first 1,000 findings of the file are listed, and
        // SPBE-S03 counts the rest (the other 4,000 cycle errors and the initiatives' warnings).
        expect(cycles).toHaveLength(MAX_FINDINGS_PER_FILE);
        expect(all.find(d => d.code === 'SPBE-S03')?.message).toMatch(/^[\d,]+ more findings in this file are not shown \(4,000 errors, /);
        expect(cycles[0].message).toBe('Initiatives depend on each other in a cycle: I0 → I1 → I2 → I3 → I4 → I5 → … → I0 (5000 initiatives). Remove one of the `setelah` links.');
        expect(Math.max(...cycles.map(d => d.message.length))).toBeLessThan(200);
    }, 120_000);
});
