import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import { validateArchimate, xpath } from '../helpers/xmllint.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import type { SemanticModel } from '../../src/model/types.js';
import { exportArchimate } from '../../src/export/archimate.js';
import { TRICKY } from './tricky.js';

// Relationships the ArchiMate 3.1 relationship table (Appendix B) allows between the pairs of types this
// exporter can produce, copied by hand for those pairs: a=access c=composition f=flow i=assignment o=association
// r=realization t=triggering v=serving. A pair missing here is a pair the exporter must not produce.
const CORE = ['BusinessService', 'BusinessProcess', 'DataObject', 'ApplicationComponent', 'Node', 'CommunicationNetwork', 'SystemSoftware', 'TechnologyService', 'Device'];
const TECH = ['Node', 'CommunicationNetwork', 'SystemSoftware', 'TechnologyService', 'Device'];
const ALLOWED: Record<string, string> = {
    'BusinessProcess>BusinessService': 'fortv', 'ApplicationComponent>BusinessService': 'fortv', 'BusinessProcess>DataObject': 'ao',
    'ApplicationComponent>BusinessProcess': 'fortv', 'ApplicationComponent>DataObject': 'ao', 'ApplicationComponent>ApplicationComponent': 'cfgorstv',
    'Node>ApplicationComponent': 'fortv', 'Device>ApplicationComponent': 'fortv', 'SystemSoftware>ApplicationComponent': 'fortv',
    'CommunicationNetwork>ApplicationComponent': 'fortv', 'TechnologyService>ApplicationComponent': 'fotv',
    'BusinessActor>BusinessProcess': 'fiotv', 'BusinessActor>BusinessService': 'fiortv', 'BusinessActor>WorkPackage': 'io',
    'BusinessActor>BusinessActor': 'cfgostv', 'WorkPackage>WorkPackage': 'cfgost', 'WorkPackage>ImplementationEvent': 'fot',
    'BusinessActor>BusinessRole': 'fiotv', 'BusinessRole>BusinessFunction': 'fiotv', 'WorkPackage>BusinessRole': 'or',
};
for (const c of CORE) {
    for (const m of ['Constraint', 'Requirement']) { ALLOWED[`${c}>${m}`] = 'nor'; ALLOWED[`WorkPackage>${m}`] = 'nor'; }
    ALLOWED[`WorkPackage>${c}`] = 'or';
    ALLOWED[`Assessment>${c}`] = 'o';
    ALLOWED[`BusinessActor>${c}`] ??= c === 'DataObject' ? 'ao' : 'fotv';
}
for (const a of TECH) for (const b of TECH) ALLOWED[`${a}>${b}`] ??= 'o';
const LETTER: Record<string, string> = { Access: 'a', Composition: 'c', Flow: 'f', Assignment: 'i', Association: 'o', Realization: 'r', Triggering: 't', Serving: 'v' };

let services: SpbeServices;
let malang: SemanticModel;

beforeAll(async () => {
    services = await createTestServices();
    malang = (await buildFiles(services, readExample('kota-malang'))).model;
});

function relationships(xml: string): { type: string; source: string; target: string }[] {
    return [...xml.matchAll(/<relationship identifier="[^"]+" source="([^"]+)" target="([^"]+)" xsi:type="(\w+)"/g)].map(m => ({ source: m[1], target: m[2], type: m[3] }));
}
function types(xml: string): Map<string, string> {
    return new Map([...xml.matchAll(/<element identifier="([^"]+)" xsi:type="(\w+)"/g)].map(m => [m[1], m[2]]));
}

describe('ArchiMate exchange format', () => {
    test('the Kota Malang export validates against the ArchiMate 3.1 XSD', () => {
        const xml = exportArchimate(malang);
        const result = validateArchimate(xml);
        expect(result.output).toContain('validates');
        expect(result.ok).toBe(true);
    });

    test('an export the schema must reject is rejected (the validator really runs)', () => {
        const broken = exportArchimate(malang).replace('xsi:type="BusinessProcess"', 'xsi:type="BusinessProzess"');
        expect(validateArchimate(broken).ok).toBe(false);
    });

    test('elements get the documented ArchiMate types', () => {
        const t = types(exportArchimate(malang));
        expect(t.get('el-LayananKearsipan')).toBe('BusinessService');
        expect(t.get('el-ArsipDinamis')).toBe('BusinessProcess');
        expect(t.get('el-DataArsip')).toBe('DataObject');
        expect(t.get('el-Srikandi')).toBe('ApplicationComponent');
        expect(t.get('el-PusatDataNasional')).toBe('Node');
        expect(t.get('el-JaringanIntraJatim')).toBe('CommunicationNetwork');
        expect(t.get('el-SplpMalang')).toBe('SystemSoftware');
        expect(t.get('el-StandarSmki')).toBe('Constraint');
        expect(t.get('el-CsirtMalang')).toBe('BusinessRole');
        expect(t.get('fn-CsirtMalang')).toBe('BusinessFunction');
        expect(t.get('el-AuditKeamanan')).toBe('BusinessRole');
        expect(t.get('fn-AuditKeamanan')).toBe('BusinessFunction');
        expect(t.get('unit-Diskominfo')).toBe('BusinessActor');
        expect(t.get('wp-AdopsiSrikandi')).toBe('WorkPackage');
        expect(t.get('ev-DigitalGovernmentAward')).toBe('ImplementationEvent');
    });

    test('every relationship is one the ArchiMate relationship table allows', async () => {
        const tricky = (await buildFiles(services, { 't.spbe': TRICKY })).model;
        for (const text of [exportArchimate(malang), exportArchimate(tricky)]) {
            const t = types(text);
            const rels = relationships(text);
            expect(rels.length).toBeGreaterThan(10);
            for (const r of rels) {
                const key = `${t.get(r.source)}>${t.get(r.target)}`;
                const allowed = r.type === 'Association' ? 'o' : ALLOWED[key] ?? '';
                expect(allowed, `${r.type} ${r.source} -> ${r.target} (${key})`).toContain(LETTER[r.type]);
            }
        }
    });

    test('security is what it is: a team performs a function that protects, a standard constrains; nothing realizes them', () => {
        const xml = exportArchimate(malang);
        const rels = relationships(xml);
        const into = (id: string) => rels.filter(r => r.target === id).map(r => `${r.type} ${r.source}`).sort();
        const outOf = (id: string) => rels.filter(r => r.source === id).map(r => `${r.type} ${r.target}`).sort();
        // Diskominfo runs the CSIRT (assignment to the role), the role performs its function, and the function
        // protects Malang Mbois, PDKTSAM, Satu Data and the server room; the roadmap's initiative realizes the role.
        expect(into('el-CsirtMalang')).toEqual(['Assignment unit-Diskominfo', 'Realization wp-PembentukanCsirt']);
        expect(outOf('el-CsirtMalang')).toEqual(['Assignment fn-CsirtMalang']);
        expect(outOf('fn-CsirtMalang')).toEqual(['Association el-MalangMbois', 'Association el-Pdktsam', 'Association el-PortalSatuData', 'Association el-PusatDataKota']);
        expect(into('el-AuditKeamanan')).toContain('Assignment unit-Inspektorat');
        expect(outOf('el-StandarSmki')).toEqual(['Association el-DataKesos', 'Association el-DataPegawai', 'Association el-DataPengaduan']);
        expect(xml).toMatch(/source="fn-CsirtMalang" target="el-MalangMbois" xsi:type="Association" isDirected="true">\s*<name xml:lang="id">melindungi<\/name>/);
        expect(xpath(xml, "string(//*[local-name()='element'][@identifier='fn-CsirtMalang']/*[local-name()='name'])")).toBe('Penerapan keamanan: Malangkota-CSIRT');
        expect(xpath(exportArchimate(malang, { lang: 'en' }), "string(//*[local-name()='element'][@identifier='fn-AuditKeamanan']/*[local-name()='name'])")).toBe('Security assurance: Audit Keamanan SPBE');
        // No element "realizes" a security element any more (Malang Mbois realizes Malangkota-CSIRT, before).
        const t = types(xml);
        const security = new Set(['Constraint', 'BusinessRole', 'BusinessFunction']);
        const realized = rels.filter(x => x.type === 'Realization' && security.has(t.get(x.target)!));
        expect(realized.length).toBeGreaterThan(0);
        for (const r of realized) expect(t.get(r.source), `${r.source} -> ${r.target}`).toBe('WorkPackage');
    });

    test('reference codes, years and budgets are properties with definitions', () => {
        const xml = exportArchimate(malang);
        expect(xpath(xml, "string(//*[local-name()='element'][@identifier='el-ArsipDinamis']//*[local-name()='property'][@propertyDefinitionRef='pd-kode']/*[local-name()='value'])")).toBe('RAB.09.06.06');
        expect(xpath(xml, "string(//*[local-name()='element'][@identifier='wp-PembangunanSplp']//*[local-name()='property'][@propertyDefinitionRef='pd-tahunMulai']/*[local-name()='value'])")).toBe('2024');
        expect(xpath(xml, "string(//*[local-name()='propertyDefinition'][@identifier='pd-anggaran']/@type)")).toBe('currency');
    });

    test('one view per domain plus a migration view, every node with bounds', () => {
        const xml = exportArchimate(malang);
        const views = [...xml.matchAll(/<view identifier="([^"]+)"/g)].map(m => m[1]);
        expect(views).toEqual(['view-layanan', 'view-proses-bisnis', 'view-data', 'view-aplikasi', 'view-infrastruktur', 'view-keamanan', 'view-migrasi']);
        const nodes = [...xml.matchAll(/<node [^>]*>/g)].map(m => m[0]);
        expect(nodes.length).toBeGreaterThan(40);
        for (const n of nodes) expect(n).toMatch(/ x="\d+" y="\d+" w="[1-9]\d*" h="[1-9]\d*"/);
        // The migration view puts a 2026-2027 initiative three years right of a 2023 one.
        const x = (ref: string) => Number(new RegExp(`elementRef="${ref}" xsi:type="Element" x="(\\d+)"`).exec(xml.slice(xml.indexOf('view-migrasi')))![1]);
        expect(x('wp-MigrasiPdn') - x('wp-PerwalSpbe')).toBe(3 * 160);
    });

    test('a name declared twice (an error the validator reports) still gives unique identifiers and a valid file', async () => {
        const model = (await buildFiles(services, { 'd.spbe': `
            unit U "U"
            unit U "U lagi"
            proses Arsip "Proses Arsip" { pemilik U }
            data Arsip "Data Arsip"
            peta-rencana { inisiatif I "I" { muatan aplikasi tahun 2025 } inisiatif I "I lagi" { muatan aplikasi tahun 2026 } }` })).model;
        const xml = exportArchimate(model);
        expect(validateArchimate(xml).output).toContain('validates');
        expect([...xml.matchAll(/<element identifier="([^"]+)"/g)].map(m => m[1])).toEqual(['unit-U', 'unit-U-2', 'el-Arsip', 'el-Arsip-2', 'wp-I', 'wp-I-2']);
    });

    test('model text with markup, CDATA ends, quotes and control characters is escaped and still validates', async () => {
        const model = (await buildFiles(services, { 't.spbe': TRICKY })).model;
        const xml = exportArchimate(model);
        expect(validateArchimate(xml).output).toContain('validates');
        expect(xml).not.toContain('<script>');
        expect(xml).not.toContain(']]>');
        expect(xml).not.toContain('\u0007');
        expect(xpath(xml, "string(//*[local-name()='model']/*[local-name()='name'])")).toBe(`Arsitektur SPBE Pemkab <Uji> & "Coba" ]]> 'x'`);
        expect(xpath(xml, "string(//*[local-name()='element'][@identifier='el-A1']/*[local-name()='name'])")).toBe('App ]]> <![CDATA[ x');
        expect(xpath(xml, "string(//*[local-name()='element'][@identifier='el-P1']/*[local-name()='documentation'])")).toBe('baris satu\nbaris dua, dengan "kutip"');
    });
});
