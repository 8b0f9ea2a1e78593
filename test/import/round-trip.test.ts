// Export to ArchiMate, import the file again: the same elements, codes, owners, statuses and relations come
// back (the Kota Malang example and a generated workspace), and the imported text is what the formatter writes.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { exportArchimate } from '../../src/export/archimate.js';
import { importFiles, type ImportCatalog } from '../../src/import/index.js';
import { importCatalog } from '../../src/cli/import.js';
import { formatText } from '../../src/language/lsp/formatter.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
// @ts-expect-error plain ESM script without type declarations
import { generateWorkspace } from '../../bench/generate.mjs';

let services: SpbeServices;
let catalog: ImportCatalog;
beforeAll(async () => {
    services = await createTestServices();
    catalog = await importCatalog(services);
});

/** What a round trip must keep, in a comparable form. */
function essence(model: SemanticModel) {
    return {
        elements: model.elements.map(e => ({ id: e.id, domain: e.domain, name: e.name, code: e.code?.code, owner: e.owner, status: e.status, description: e.description }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        relations: model.relations.map(r => `${r.from} ${r.kind} ${r.to}${r.via ? ` melalui ${r.via}` : ''}`).sort(),
        units: model.units.map(u => ({ id: u.id, name: u.name, parent: u.parent, kind: u.kind })).sort((a, b) => a.id.localeCompare(b.id)),
        initiatives: model.roadmap.initiatives.map(i => ({ id: i.id, name: i.name, muatan: i.muatan, start: i.start, end: i.end, owner: i.owner,
            status: i.status, budget: i.budget, creates: i.creates, changes: i.changes, retires: i.retires, predecessors: i.predecessors,
            targets: i.indicatorTargets })).sort((a, b) => a.id.localeCompare(b.id)),
        milestones: model.roadmap.milestones.map(m => ({ id: m.id, year: m.year, month: m.month, initiative: m.initiative })),
    };
}

async function roundTrip(files: Record<string, string>) {
    const original = await buildFiles(services, files);
    const xml = exportArchimate(original.model);
    const result = await importFiles([{ name: 'model.xml', bytes: new TextEncoder().encode(xml) }], catalog);
    const again = await buildFiles(services, result.files);
    return { original, result, again };
}

describe('ArchiMate round trip', () => {
    test('Kota Malang: export then import gives back the same model', async () => {
        const { original, result, again } = await roundTrip(readExample('kota-malang'));
        const errors = [...again.diagnostics.values()].flat().filter(d => d.severity === 1);
        expect(errors.map(d => d.message)).toEqual([]);
        expect(essence(again.model)).toEqual(essence(original.model));
        expect(again.model.agency?.period).toEqual(original.model.agency?.period);
        expect(result.plan.issues.filter(i => i.severity === 'warning')).toEqual([]);
        // The generated text is formatted as the formatter would.
        for (const doc of again.documents) expect(formatText(doc, { tabSize: 4, insertSpaces: true })).toBe(doc.textDocument.getText());
    });

    test('a generated workspace (bench/generate.mjs small) comes back the same', async () => {
        const { files } = generateWorkspace('small', 3) as { files: Record<string, string> };
        const { original, again } = await roundTrip(files);
        expect([...again.diagnostics.values()].flat().filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        expect(essence(again.model)).toEqual(essence(original.model));
        expect(again.model.elements.length).toBeGreaterThan(50);
    });
});

describe('CSV round trip', () => {
    test('spbe export --format csv, then import every file: the same units, elements, relations, initiatives, milestones and assessments', async () => {
        const { exportCsv } = await import('../../src/export/csv.js');
        const original = await buildFiles(services, readExample('kota-malang'));
        const csv = exportCsv(original.model);
        const result = await importFiles(Object.entries(csv).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })), catalog);
        expect(result.plan.issues.filter(i => i.severity === 'warning').map(i => i.message.en)).toEqual([]);
        const again = await buildFiles(services, result.files);
        expect([...again.diagnostics.values()].flat().filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        // Units are named in the CSV, not given by id: owners compare by the unit's name.
        const unitName = (m: SemanticModel) => new Map(m.units.map(u => [u.id, u.name]));
        const view = (m: SemanticModel) => {
            const names = unitName(m);
            const e = essence(m);
            return {
                elements: e.elements.map(x => ({ ...x, owner: x.owner && names.get(x.owner) })),
                relations: e.relations,
                initiatives: e.initiatives.map(i => ({ ...i, owner: i.owner && names.get(i.owner) })),
                units: e.units.map(u => ({ name: u.name, kind: u.kind, parent: u.parent && names.get(u.parent) })).sort((a, b) => a.name.localeCompare(b.name)),
                milestones: m.roadmap.milestones.map(x => ({ id: x.id, name: x.name, year: x.year, month: x.month, initiative: x.initiative })),
                assessments: m.assessments.map(a => ({ year: a.year, ruleSet: a.ruleSet, values: a.values.map(v => ({ indicator: v.indicator, level: v.level, evidence: v.evidence })) })),
            };
        };
        expect(original.model.roadmap.milestones.length).toBeGreaterThan(0);
        expect(original.model.assessments.length).toBeGreaterThan(0);
        expect(view(again.model)).toEqual(view(original.model));
    });
});
