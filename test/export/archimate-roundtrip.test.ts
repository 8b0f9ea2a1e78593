// Round trip of the ArchiMate export: the XML is read back with a real XML parser (fast-xml-parser) and
// its elements and relationships are compared with the semantic model, through the mapping documented at
// the top of src/export/archimate.ts, restated here independently of the exporter's code.
import { beforeAll, describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { SemanticModel } from '../../src/model/types.js';
import { exportArchimate } from '../../src/export/archimate.js';
import { DOMAIN_TITLES } from '../../src/export/common.js';
import { TRICKY } from './tricky.js';

interface Concept { id: string; type: string; name: string; props: Record<string, string> }
interface Relationship { type: string; source: string; target: string; name?: string; accessType?: string; directed: boolean }

/** Reads an exchange file: its elements (with properties by definition name) and relationships. */
function readExchange(xml: string): { concepts: Concept[]; relationships: Relationship[] } {
    const parser = new XMLParser({
        ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseAttributeValue: false, parseTagValue: false,
        trimValues: false, textNodeName: '#text',
        isArray: (name: string) => ['element', 'relationship', 'property', 'propertyDefinition', 'name', 'value'].includes(name),
    });
    const doc = parser.parse(xml).model;
    const text = (nodes: ({ '#text'?: string } | string)[] | undefined) => {
        const n = nodes?.[0];
        return typeof n === 'string' ? n : n?.['#text'] ?? '';
    };
    const definitions = new Map<string, string>((doc.propertyDefinitions?.propertyDefinition ?? [])
        .map((d: { identifier: string; name: [] }) => [d.identifier, text(d.name)]));
    const props = (node: { properties?: { property: { propertyDefinitionRef: string; value: [] }[] } }) =>
        Object.fromEntries((node.properties?.property ?? []).map(p => [definitions.get(p.propertyDefinitionRef)!, text(p.value)]));
    const concepts = (doc.elements?.element ?? []).map((e: { identifier: string; type: string; name: [] }) =>
        ({ id: e.identifier, type: e.type, name: text(e.name), props: props(e as never) }));
    const relationships = (doc.relationships?.relationship ?? []).map((r: { source: string; target: string; type: string; name?: []; accessType?: string; isDirected?: string }) =>
        ({ type: r.type, source: r.source, target: r.target, name: r.name ? text(r.name) : undefined, accessType: r.accessType, directed: r.isDirected === 'true' }));
    return { concepts, relationships };
}

const LAYER_TYPES: Record<string, string> = { layanan: 'BusinessService', proses: 'BusinessProcess', data: 'DataObject', aplikasi: 'ApplicationComponent' };
const INFRA_TYPES: Record<string, string> = {
    'jaringan-intra': 'CommunicationNetwork', 'sistem-penghubung-layanan': 'SystemSoftware', 'komputasi-awan': 'TechnologyService',
    server: 'Device', 'perangkat-jaringan': 'Device', 'perangkat-pengguna': 'Device',
};

/** The ArchiMate type the documented mapping gives an element. */
function expectedType(e: SemanticModel['elements'][number]): string {
    if (e.domain === 'infrastruktur') return INFRA_TYPES[e.category ?? ''] ?? 'Node';
    if (e.domain === 'keamanan') return e.category === 'standar' ? 'Constraint' : 'BusinessRole';
    return LAYER_TYPES[e.domain];
}

/** Every relationship the documented mapping derives from the model, as "Type source -> target (name)". */
function expectedRelationships(model: SemanticModel): string[] {
    const el = (id: string) => `el-${id}`;
    const isRole = new Set(model.elements.filter(e => expectedType(e) === 'BusinessRole').map(e => e.id));
    const out: string[] = [];
    const add = (type: string, source: string, target: string, name?: string, access?: string) =>
        out.push(`${type}${access ? `/${access}` : ''} ${source} -> ${target}${name ? ` (${name})` : ''}`);
    for (const r of model.relations) {
        switch (r.kind) {
            case 'didukung-oleh': add('Realization', el(r.to), el(r.from), 'didukung oleh'); break;
            case 'melalui': add('Serving', el(r.to), el(r.from), 'melalui'); break;
            case 'menghasilkan': add('Access', el(r.from), el(r.to), 'menghasilkan', 'Write'); break;
            case 'menggunakan': add('Access', el(r.from), el(r.to), 'menggunakan', 'Read'); break;
            case 'mendukung': add('Serving', el(r.from), el(r.to), 'mendukung'); break;
            case 'memproses': add('Access', el(r.from), el(r.to), 'memproses', 'ReadWrite'); break;
            case 'berjalan-di': add('Serving', el(r.to), el(r.from), 'berjalan di'); break;
            case 'terintegrasi-dengan': add('Flow', el(r.from), el(r.to), 'terintegrasi dengan'); break;
            case 'terhubung-ke': add('Association', el(r.from), el(r.to), 'terhubung ke'); break;
            case 'melindungi': add('Association', isRole.has(r.from) ? `fn-${r.from}` : el(r.from), el(r.to), 'melindungi'); break;
        }
    }
    for (const e of model.elements) {
        if (e.owner) add(e.domain === 'proses' || e.domain === 'layanan' || isRole.has(e.id) ? 'Assignment' : 'Association', `unit-${e.owner}`, el(e.id), 'pemilik');
        if (e.domain === 'data' && e.custodian) add('Association', `unit-${e.custodian}`, el(e.id), 'wali data');
        if (isRole.has(e.id)) add('Assignment', el(e.id), `fn-${e.id}`);
    }
    for (const u of model.units) if (u.parent) add('Composition', `unit-${u.parent}`, `unit-${u.id}`);
    for (const i of model.roadmap.initiatives) {
        for (const x of i.creates) add('Realization', `wp-${i.id}`, el(x), 'mewujudkan');
        for (const x of i.changes) add('Association', `wp-${i.id}`, el(x), 'mengubah');
        for (const x of i.retires) add('Association', `wp-${i.id}`, el(x), 'menghentikan');
        if (i.owner) add('Assignment', `unit-${i.owner}`, `wp-${i.id}`, 'pelaksana');
        for (const p of i.predecessors) add('Triggering', `wp-${p}`, `wp-${i.id}`);
    }
    for (const m of model.roadmap.milestones) if (m.initiative) add('Triggering', `wp-${m.initiative}`, `ev-${m.id}`);
    return out.sort();
}

/** What XML 1.0 can carry of a text: its forbidden control characters are dropped by the export. */
// eslint-disable-next-line no-control-regex
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

let malang: SemanticModel;
let tricky: SemanticModel;

beforeAll(async () => {
    const services = await createTestServices();
    malang = (await buildFiles(services, readExample('kota-malang'))).model;
    tricky = (await buildFiles(services, { 't.spbe': TRICKY })).model;
});

describe('ArchiMate round trip (export, read back with fast-xml-parser, compare with the model)', () => {
    for (const [label, get] of [['Kota Malang', () => malang], ['the tricky model', () => tricky]] as const) {
        test(`${label}: every element, unit, initiative and milestone comes back with its type, name and properties`, () => {
            const model = get();
            for (const lang of ['id', 'en'] as const) {
                const { concepts } = readExchange(exportArchimate(model, { lang }));
                const byId = new Map(concepts.map(c => [c.id, c]));
                // Nothing more than the model's objects and one function per security role.
                const roles = model.elements.filter(e => expectedType(e) === 'BusinessRole');
                expect(concepts).toHaveLength(model.elements.length + roles.length + model.units.length + model.roadmap.initiatives.length + model.roadmap.milestones.length);
                for (const e of model.elements) {
                    const c = byId.get(`el-${e.id}`)!;
                    expect(c, e.id).toBeDefined();
                    expect([c.type, c.name, c.props['ID SPBE'], c.props['Domain SPBE'], c.props['Status'], c.props['Kode Referensi']])
                        .toEqual([expectedType(e), xmlSafe(e.name), e.id, DOMAIN_TITLES[e.domain][lang], e.status, e.code?.code]);
                    if (e.domain === 'keamanan' || e.domain === 'infrastruktur') expect(c.props['Kategori']).toBe(e.category);
                }
                for (const r of roles) expect(byId.get(`fn-${r.id}`)?.type).toBe('BusinessFunction');
                for (const u of model.units) expect([byId.get(`unit-${u.id}`)?.type, byId.get(`unit-${u.id}`)?.name]).toEqual(['BusinessActor', xmlSafe(u.name)]);
                for (const i of model.roadmap.initiatives) {
                    const c = byId.get(`wp-${i.id}`)!;
                    expect([c.type, c.name, c.props['Tahun Mulai'], c.props['Tahun Selesai'], c.props['Anggaran']])
                        .toEqual(['WorkPackage', xmlSafe(i.name), i.start?.toString(), i.end?.toString(), i.budget?.toString()]);
                }
                for (const m of model.roadmap.milestones) expect(byId.get(`ev-${m.id}`)?.type).toBe('ImplementationEvent');
            }
        });

        test(`${label}: the relationships are exactly those the model's relations map to`, () => {
            const model = get();
            const { relationships } = readExchange(exportArchimate(model));
            const read = relationships.map(r => `${r.type}${r.accessType ? `/${r.accessType}` : ''} ${r.source} -> ${r.target}${r.name ? ` (${r.name})` : ''}`).sort();
            expect(read).toEqual(expectedRelationships(model));
            expect(read.length).toBeGreaterThan(model === malang ? 100 : 5);
            // Protection is directed, from the protector to what it protects.
            for (const r of relationships.filter(x => x.name === 'melindungi')) expect(r.directed, `${r.source} -> ${r.target}`).toBe(true);
        });
    }
});
