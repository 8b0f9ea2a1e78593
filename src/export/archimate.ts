// The model in The Open Group's ArchiMate 3.1 Model Exchange File Format, so it opens in Archi and other tools.
//
// Elements (SPBE domain -> ArchiMate type):
//   layanan -> BusinessService          proses -> BusinessProcess          data -> DataObject
//   aplikasi -> ApplicationComponent    unit -> BusinessActor              inisiatif -> WorkPackage
//   tonggak -> ImplementationEvent
//   infrastruktur by RAI category: data centres (pusat-data-nasional, pusat-data, pusat-komputasi, pusat-kendali,
//     kerangka-infrastruktur, none) -> Node; jaringan-intra -> CommunicationNetwork; sistem-penghubung-layanan
//     (SPLP, integration middleware) -> SystemSoftware; komputasi-awan -> TechnologyService; server,
//     perangkat-jaringan, perangkat-pengguna -> Device
//   keamanan by RAK category, as what each is rather than as a requirement:
//     standar (a security standard such as SNI ISO/IEC 27001) -> Constraint: it limits how what it protects is
//       built and run;
//     penerapan (security put into practice, e.g. a CSIRT) and kelaikan (security assurance, e.g. an audit) ->
//       BusinessRole (the team or body, named as in the model) plus the BusinessFunction it performs (identifier
//       fn-<id>, "Penerapan keamanan: <name>" / "Penilaian kelaikan keamanan: <name>"), the role assigned to it;
//       without a category the same as penerapan.
// Relationships (each allowed by the ArchiMate 3.1 relationship table for the types above):
//   layanan didukung-oleh proses  -> Realization  process -> service
//   layanan melalui aplikasi      -> Serving      application -> service
//   proses menghasilkan data      -> Access (Write)   process -> data
//   proses menggunakan data       -> Access (Read)    process -> data
//   aplikasi mendukung proses     -> Serving      application -> process
//   aplikasi memproses data       -> Access (ReadWrite) application -> data
//   aplikasi berjalan-di infra    -> Serving      infrastructure -> application
//   aplikasi terintegrasi-dengan  -> Flow         application -> application (the service bus as a property)
//   infra terhubung-ke infra      -> Association
//   keamanan melindungi X         -> Association "melindungi", directed, from the Constraint or from the security
//                                    function to X (ArchiMate allows association between any two elements; a
//                                    realization would say that X realizes the CSIRT)
//   pemilik                       -> Assignment   unit -> process/service/security role; Association "pemilik" otherwise
//   wali-data                     -> Association "wali data" unit -> data
//   unit induk                    -> Composition  parent -> unit
//   inisiatif mewujudkan X        -> Realization  work package -> X
//   inisiatif mengubah/menghentikan X -> Association named "mengubah"/"menghentikan"
//   inisiatif pelaksana           -> Assignment   unit -> work package
//   inisiatif setelah Y           -> Triggering   Y -> work package
//   tonggak inisiatif             -> Triggering   work package -> implementation event
//   security role -> its function -> Assignment
// Every element, unit, initiative and milestone carries its SPBE id as the property "ID SPBE", and elements
// their domain ("Domain SPBE") and category, so an importer can map them back whatever their ArchiMate type.
// Reference codes, years, budgets and the other attributes are properties (propertyDefinitions). Views: one
// per domain (its elements and their direct neighbours) and a migration view of the work packages on a time
// line; every node has bounds. All model text is XML-escaped and characters XML 1.0 forbids are dropped.
import type { ArchElement, Domain, SemanticModel } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import type { Lang } from '../common/i18n.js';
import { DOMAIN_SLUG, DOMAIN_TITLES, MUATAN_TITLES } from './common.js';
import { minOf } from '../model/extremes.js';

export interface ArchimateOptions { lang?: Lang }

export type ArchimateType =
    | 'BusinessService' | 'BusinessProcess' | 'DataObject' | 'ApplicationComponent' | 'BusinessActor' | 'WorkPackage' | 'ImplementationEvent'
    | 'Node' | 'CommunicationNetwork' | 'SystemSoftware' | 'TechnologyService' | 'Device' | 'Constraint' | 'BusinessRole' | 'BusinessFunction';

export type RelationshipType = 'Realization' | 'Serving' | 'Access' | 'Flow' | 'Association' | 'Assignment' | 'Composition' | 'Triggering';

const INFRA_TYPES: Record<string, ArchimateType> = {
    'pusat-data-nasional': 'Node', 'pusat-data': 'Node', 'pusat-komputasi': 'Node', 'pusat-kendali': 'Node', 'kerangka-infrastruktur': 'Node',
    'jaringan-intra': 'CommunicationNetwork', 'sistem-penghubung-layanan': 'SystemSoftware', 'komputasi-awan': 'TechnologyService',
    server: 'Device', 'perangkat-jaringan': 'Device', 'perangkat-pengguna': 'Device',
};
/** The function a security role performs, by RAK category. */
const SECURITY_FUNCTIONS: Record<'penerapan' | 'kelaikan', { id: string; en: string }> = {
    penerapan: { id: 'Penerapan keamanan', en: 'Security operation' },
    kelaikan: { id: 'Penilaian kelaikan keamanan', en: 'Security assurance' },
};

export function archimateType(e: ArchElement): ArchimateType {
    switch (e.domain) {
        case 'layanan': return 'BusinessService';
        case 'proses': return 'BusinessProcess';
        case 'data': return 'DataObject';
        case 'aplikasi': return 'ApplicationComponent';
        case 'infrastruktur': return INFRA_TYPES[e.category ?? ''] ?? 'Node';
        case 'keamanan': return e.category === 'standar' ? 'Constraint' : 'BusinessRole';
    }
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
export function xmlText(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
        .replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

interface Concept { id: string; type: ArchimateType; name: string; documentation?: string; properties: [string, string][] }
interface Rel { id: string; type: RelationshipType; source: string; target: string; name?: string; accessType?: string; directed?: boolean; properties: [string, string][] }

/** Property definitions: key -> [name, data type]. Only the ones used are written. */
const PROPERTY_DEFS: Record<string, [string, 'string' | 'number' | 'currency']> = {
    kode: ['Kode Referensi', 'string'], namaKode: ['Nama Referensi', 'string'], domain: ['Domain SPBE', 'string'], status: ['Status', 'string'],
    spbeId: ['ID SPBE', 'string'], klasifikasi: ['Klasifikasi', 'string'], jenisLayanan: ['Jenis Layanan', 'string'], pengguna: ['Pengguna', 'string'],
    kanal: ['Kanal', 'string'], jenisAplikasi: ['Jenis Aplikasi', 'string'], aplikasiUmum: ['Aplikasi Umum', 'string'], platform: ['Platform', 'string'],
    lisensi: ['Lisensi', 'string'], basisData: ['Basis Data', 'string'], kategori: ['Kategori', 'string'], pengelola: ['Pengelola', 'string'],
    penyedia: ['Penyedia', 'string'], lokasi: ['Lokasi', 'string'], justifikasi: ['Justifikasi', 'string'], format: ['Format', 'string'],
    muatan: ['Muatan', 'string'], tahunMulai: ['Tahun Mulai', 'number'], tahunSelesai: ['Tahun Selesai', 'number'], anggaran: ['Anggaran', 'currency'],
    program: ['Program', 'string'], kegiatan: ['Kegiatan', 'string'], nomenklatur: ['Nomenklatur', 'string'], targetIndikator: ['Target Indikator', 'string'],
    jenisUnit: ['Jenis Unit', 'string'], singkatan: ['Singkatan', 'string'], melalui: ['Melalui', 'string'], tahun: ['Tahun', 'number'],
    bulan: ['Bulan', 'number'], periode: ['Periode', 'string'], jenisInstansi: ['Jenis Instansi', 'string'], dasarHukum: ['Dasar Hukum', 'string'],
};

const NODE_W = 180, NODE_H = 60, GAP_X = 30, GAP_Y = 40, MARGIN = 20, COLS = 5;

export function exportArchimate(model: SemanticModel, options: ArchimateOptions = {}): string {
    const lang = options.lang ?? 'id';
    const concepts: Concept[] = [];
    const rels: Rel[] = [];
    const idOf = new Map<string, string>();
    const unitIdOf = new Map<string, string>();
    const wpIdOf = new Map<string, string>();
    const typeOf = new Map<string, ArchimateType>();
    /** Security role concept -> the concept of the function it performs. */
    const functionOf = new Map<string, string>();
    // xs:ID values must be unique: a name declared twice (which the validator reports) still gets its own id.
    const taken = new Set<string>();
    /** The concept id of each model object (a duplicate name gets its own). */
    const conceptOf = new Map<object, string>();
    // The next suffix to try per id: counting up from 2 each time was quadratic in the number of
    // duplicates (5000 nested 'proses P {' took 1.1 s of CPU; found by the fuzzer).
    const nextSuffix = new Map<string, number>();
    const unique = (id: string) => {
        let candidate = id;
        let k = nextSuffix.get(id) ?? 2;
        if (taken.has(candidate)) {
            do candidate = `${id}-${k++}`; while (taken.has(candidate));
            nextSuffix.set(id, k);
        }
        taken.add(candidate);
        return candidate;
    };
    const props = (pairs: [string, string | number | undefined][]): [string, string][] =>
        pairs.filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '').map(([k, v]) => [k, String(v)]);

    for (const u of model.units) {
        const id = unique(`unit-${u.id}`);
        if (!unitIdOf.has(u.id)) unitIdOf.set(u.id, id);
        conceptOf.set(u, id);
        concepts.push({ id, type: 'BusinessActor', name: u.name, documentation: u.description,
            properties: props([['spbeId', u.id], ['jenisUnit', u.kind], ['singkatan', u.abbreviation]]) });
        typeOf.set(id, 'BusinessActor');
    }
    for (const e of model.elements) {
        const id = unique(`el-${e.id}`);
        if (!idOf.has(e.id)) idOf.set(e.id, id);
        conceptOf.set(e, id);
        const type = archimateType(e);
        typeOf.set(id, type);
        const p: [string, string | number | undefined][] = [['spbeId', e.id], ['kode', e.code?.code], ['namaKode', e.code?.name],
            ['domain', DOMAIN_TITLES[e.domain][lang]], ['status', e.status], ['justifikasi', e.justification]];
        if (e.domain === 'data') p.push(['klasifikasi', e.classification], ['format', e.formats.join(', ')]);
        if (e.domain === 'layanan') p.push(['jenisLayanan', e.serviceType], ['pengguna', e.users.join(', ')], ['kanal', e.channels.join(', ')]);
        if (e.domain === 'aplikasi') p.push(['jenisAplikasi', e.kind], ['aplikasiUmum', e.sharedApp], ['platform', e.platforms.join(', ')], ['lisensi', e.license], ['basisData', e.databases.join(', ')]);
        if (e.domain === 'infrastruktur') p.push(['kategori', e.category], ['pengelola', e.operator], ['penyedia', e.provider], ['lokasi', e.location]);
        if (e.domain === 'keamanan') p.push(['kategori', e.category]);
        concepts.push({ id, type, name: e.name, documentation: e.description, properties: props(p) });
        if (type === 'BusinessRole' && e.domain === 'keamanan') {
            // The function the security role performs; the protection relations start from it.
            const fn = unique(`fn-${e.id}`);
            functionOf.set(id, fn);
            typeOf.set(fn, 'BusinessFunction');
            concepts.push({ id: fn, type: 'BusinessFunction', name: `${SECURITY_FUNCTIONS[e.category === 'kelaikan' ? 'kelaikan' : 'penerapan'][lang]}: ${e.name}`, properties: [] });
        }
    }
    for (const i of model.roadmap.initiatives) {
        const id = unique(`wp-${i.id}`);
        if (!wpIdOf.has(i.id)) wpIdOf.set(i.id, id);
        conceptOf.set(i, id);
        typeOf.set(id, 'WorkPackage');
        concepts.push({ id, type: 'WorkPackage', name: i.name, documentation: i.description, properties: props([
            ['spbeId', i.id], ['muatan', i.muatan ? MUATAN_TITLES[i.muatan][lang] : undefined], ['tahunMulai', i.start], ['tahunSelesai', i.end],
            ['anggaran', i.budget], ['status', i.status], ['program', i.program], ['kegiatan', i.activity], ['nomenklatur', i.nomenclature],
            ['targetIndikator', i.indicatorTargets.map(t => `${t.indicator}${t.ruleSet ? ` (${t.ruleSet})` : ''}: ${t.targets.map(x => `${x.year}=${x.level}`).join(', ')}`).join('; ')]]) });
    }
    const evIdOf = new Map<string, string>();
    for (const m of model.roadmap.milestones) {
        const id = unique(`ev-${m.id}`);
        if (!evIdOf.has(m.id)) evIdOf.set(m.id, id);
        conceptOf.set(m, id);
        typeOf.set(id, 'ImplementationEvent');
        concepts.push({ id, type: 'ImplementationEvent', name: m.name, documentation: m.description, properties: props([['spbeId', m.id], ['tahun', m.year], ['bulan', m.month]]) });
    }

    let n = 0;
    const rel = (type: RelationshipType, source: string | undefined, target: string | undefined, extra: Partial<Rel> = {}) => {
        if (!source || !target) return;
        rels.push({ id: `rel-${++n}`, type, source, target, properties: [], ...extra });
    };
    for (const r of model.relations) {
        const from = idOf.get(r.from), to = idOf.get(r.to);
        switch (r.kind) {
            case 'didukung-oleh': rel('Realization', to, from, { name: 'didukung oleh' }); break;
            case 'melalui': rel('Serving', to, from, { name: 'melalui' }); break;
            case 'menghasilkan': rel('Access', from, to, { accessType: 'Write', name: 'menghasilkan' }); break;
            case 'menggunakan': rel('Access', from, to, { accessType: 'Read', name: 'menggunakan' }); break;
            case 'mendukung': rel('Serving', from, to, { name: 'mendukung' }); break;
            case 'memproses': rel('Access', from, to, { accessType: 'ReadWrite', name: 'memproses' }); break;
            case 'berjalan-di': rel('Serving', to, from, { name: 'berjalan di' }); break;
            case 'terintegrasi-dengan': rel('Flow', from, to, { name: 'terintegrasi dengan', properties: r.via ? [['melalui', model.elements.find(e => e.id === r.via)?.name ?? r.via]] : [] }); break;
            case 'terhubung-ke': rel('Association', from, to, { name: 'terhubung ke' }); break;
            case 'melindungi': rel('Association', from ? functionOf.get(from) ?? from : undefined, to, { name: 'melindungi', directed: true }); break;
        }
    }
    for (const e of model.elements) {
        const id = conceptOf.get(e)!;
        const owner = e.owner ? unitIdOf.get(e.owner) : undefined;
        const assigned = e.domain === 'proses' || e.domain === 'layanan' || typeOf.get(id) === 'BusinessRole';
        if (owner) rel(assigned ? 'Assignment' : 'Association', owner, id, { name: 'pemilik' });
        const fn = functionOf.get(id);
        if (fn) rel('Assignment', id, fn);
        if (e.domain === 'data' && e.custodian) rel('Association', unitIdOf.get(e.custodian), id, { name: 'wali data' });
    }
    for (const u of model.units) if (u.parent) rel('Composition', unitIdOf.get(u.parent), unitIdOf.get(u.id));
    for (const i of model.roadmap.initiatives) {
        const wp = conceptOf.get(i)!;
        for (const x of i.creates) {
            const target = idOf.get(x);
            rel('Realization', wp, target, { name: 'mewujudkan' });
        }
        for (const x of i.changes) rel('Association', wp, idOf.get(x), { name: 'mengubah' });
        for (const x of i.retires) rel('Association', wp, idOf.get(x), { name: 'menghentikan' });
        if (i.owner) rel('Assignment', unitIdOf.get(i.owner), wp, { name: 'pelaksana' });
        for (const p of i.predecessors) rel('Triggering', wpIdOf.get(p), wp);
    }
    for (const m of model.roadmap.milestones) if (m.initiative) rel('Triggering', wpIdOf.get(m.initiative), evIdOf.get(m.id));

    // Which property definitions are used, in a fixed order.
    const used = new Set<string>();
    const agencyProps: [string, string][] = model.agency ? props([
        ['jenisInstansi', model.agency.kind], ['periode', model.agency.period ? `${model.agency.period.start}-${model.agency.period.end}` : undefined],
        ['dasarHukum', model.agency.legalBasis.map(b => b.title).join('; ')]]) : [];
    for (const [k] of agencyProps) used.add(k);
    for (const c of concepts) for (const [k] of c.properties) used.add(k);
    for (const r of rels) for (const [k] of r.properties) used.add(k);
    const defs = Object.keys(PROPERTY_DEFS).filter(k => used.has(k));

    const L = `xml:lang="${lang}"`;
    const out: string[] = [];
    const w = (s: string) => out.push(s);
    const propertiesXml = (list: [string, string][], indent: string) => {
        if (!list.length) return;
        w(`${indent}<properties>`);
        for (const [k, v] of list) w(`${indent}  <property propertyDefinitionRef="pd-${k}"><value ${L}>${xmlText(v)}</value></property>`);
        w(`${indent}</properties>`);
    };
    const modelName = model.agency ? `Arsitektur SPBE ${model.agency.name}` : 'Arsitektur SPBE';
    w('<?xml version="1.0" encoding="UTF-8"?>');
    w('<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
    w('       xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"');
    w(`       identifier="model-${xmlText(model.agency?.id ?? 'spbe')}">`);
    w(`  <name ${L}>${xmlText(modelName)}</name>`);
    if (model.agency?.description) w(`  <documentation ${L}>${xmlText(model.agency.description)}</documentation>`);
    propertiesXml(agencyProps, '  ');
    if (concepts.length) {
        w('  <elements>');
        for (const c of concepts) {
            w(`    <element identifier="${xmlText(c.id)}" xsi:type="${c.type}">`);
            w(`      <name ${L}>${xmlText(c.name)}</name>`);
            if (c.documentation) w(`      <documentation ${L}>${xmlText(c.documentation)}</documentation>`);
            propertiesXml(c.properties, '      ');
            w('    </element>');
        }
        w('  </elements>');
    }
    if (rels.length) {
        w('  <relationships>');
        for (const r of rels) {
            const access = (r.accessType ? ` accessType="${r.accessType}"` : '') + (r.directed ? ' isDirected="true"' : '');
            const body = [r.name ? `      <name ${L}>${xmlText(r.name)}</name>` : ''].filter(Boolean);
            if (!body.length && !r.properties.length) { w(`    <relationship identifier="${r.id}" source="${xmlText(r.source)}" target="${xmlText(r.target)}" xsi:type="${r.type}"${access}/>`); continue; }
            w(`    <relationship identifier="${r.id}" source="${xmlText(r.source)}" target="${xmlText(r.target)}" xsi:type="${r.type}"${access}>`);
            body.forEach(b => w(b));
            propertiesXml(r.properties, '      ');
            w('    </relationship>');
        }
        w('  </relationships>');
    }
    // Folders as Archi shows them: one per SPBE domain, the units, the roadmap.
    const folders: { label: string; ids: string[] }[] = [
        ...DOMAINS.map(d => ({ label: DOMAIN_TITLES[d][lang], ids: withFunctions(model.elements.filter(e => e.domain === d).map(e => conceptOf.get(e)!), functionOf) })),
        { label: lang === 'id' ? 'Unit Organisasi' : 'Organisation units', ids: model.units.map(u => conceptOf.get(u)!) },
        { label: lang === 'id' ? 'Peta Rencana' : 'Roadmap', ids: [...model.roadmap.initiatives, ...model.roadmap.milestones].map(x => conceptOf.get(x)!) },
        { label: lang === 'id' ? 'Relasi' : 'Relations', ids: rels.map(r => r.id) },
    ].filter(f => f.ids.length);
    if (folders.length) {
        w('  <organizations>');
        for (const f of folders) {
            w('    <item>');
            w(`      <label ${L}>${xmlText(f.label)}</label>`);
            for (const id of f.ids) w(`      <item identifierRef="${xmlText(id)}"/>`);
            w('    </item>');
        }
        w('  </organizations>');
    }
    if (defs.length) {
        w('  <propertyDefinitions>');
        for (const k of defs) w(`    <propertyDefinition identifier="pd-${k}" type="${PROPERTY_DEFS[k][1]}"><name ${L}>${xmlText(PROPERTY_DEFS[k][0])}</name></propertyDefinition>`);
        w('  </propertyDefinitions>');
    }
    const views = [...DOMAINS.map(d => domainView(model, d, conceptOf, functionOf, rels, lang)), migrationView(model, conceptOf, rels, lang)].filter(v => v.nodes.length);
    if (views.length) {
        w('  <views>');
        w('    <diagrams>');
        for (const v of views) {
            w(`      <view identifier="${v.id}" xsi:type="Diagram"${v.viewpoint ? ` viewpoint="${v.viewpoint}"` : ''}>`);
            w(`        <name ${L}>${xmlText(v.name)}</name>`);
            for (const node of v.nodes) w(`        <node identifier="${xmlText(node.id)}" elementRef="${xmlText(node.ref)}" xsi:type="Element" x="${node.x}" y="${node.y}" w="${node.w}" h="${node.h}"/>`);
            for (const c of v.connections) w(`        <connection identifier="${xmlText(c.id)}" relationshipRef="${c.ref}" xsi:type="Relationship" source="${xmlText(c.source)}" target="${xmlText(c.target)}"/>`);
            w('      </view>');
        }
        w('    </diagrams>');
        w('  </views>');
    }
    w('</model>');
    return out.join('\n') + '\n';
}

/** Concept ids with each security role followed by the function it performs. */
function withFunctions(ids: string[], functionOf: Map<string, string>): string[] {
    return ids.flatMap(id => functionOf.has(id) ? [id, functionOf.get(id)!] : [id]);
}

interface ViewNode { id: string; ref: string; x: number; y: number; w: number; h: number }
interface View { id: string; name: string; viewpoint?: string; nodes: ViewNode[]; connections: { id: string; ref: string; source: string; target: string }[] }

function connect(viewId: string, nodes: ViewNode[], rels: Rel[]): View['connections'] {
    const nodeOf = new Map(nodes.map(n => [n.ref, n.id]));
    return rels.filter(r => nodeOf.has(r.source) && nodeOf.has(r.target) && r.source !== r.target)
        .map(r => ({ id: `${viewId}-${r.id}`, ref: r.id, source: nodeOf.get(r.source)!, target: nodeOf.get(r.target)! }));
}

/** A domain's elements in a grid, and below them the elements of other domains they relate to. */
function domainView(model: SemanticModel, domain: Domain, conceptOf: Map<object, string>, functionOf: Map<string, string>, rels: Rel[], lang: Lang): View {
    const viewId = `view-${DOMAIN_SLUG[domain]}`;
    const own = withFunctions(model.elements.filter(e => e.domain === domain).map(e => conceptOf.get(e)!), functionOf);
    const ownSet = new Set(own);
    const elementIds = new Set(withFunctions(model.elements.map(e => conceptOf.get(e)!), functionOf));
    const neighbours: string[] = [];
    for (const r of rels) {
        for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) {
            if (ownSet.has(a) && elementIds.has(b) && !ownSet.has(b) && !neighbours.includes(b)) neighbours.push(b);
        }
    }
    const nodes: ViewNode[] = [];
    const place = (ids: string[], top: number) => {
        ids.forEach((ref, k) => nodes.push({ id: `${viewId}-n${nodes.length + 1}`, ref,
            x: MARGIN + (k % COLS) * (NODE_W + GAP_X), y: top + Math.floor(k / COLS) * (NODE_H + GAP_Y), w: NODE_W, h: NODE_H }));
        return top + Math.ceil(ids.length / COLS) * (NODE_H + GAP_Y);
    };
    const below = place(own, MARGIN);
    place(neighbours, below + GAP_Y);
    return { id: viewId, name: `${lang === 'id' ? 'Arsitektur' : 'Architecture'} ${DOMAIN_TITLES[domain][lang]}`, nodes, connections: connect(viewId, nodes, rels) };
}

/** Work packages on a time line: one column per year, one row per initiative, grouped by muatan. */
function migrationView(model: SemanticModel, conceptOf: Map<object, string>, rels: Rel[], lang: Lang): View {
    const viewId = 'view-migrasi';
    const initiatives = [...model.roadmap.initiatives].sort((a, b) =>
        (a.muatan ? MUATAN.indexOf(a.muatan) : 99) - (b.muatan ? MUATAN.indexOf(b.muatan) : 99) || (a.start ?? 9999) - (b.start ?? 9999));
    // Only years the view can place: whole years within 50 of the period's start (or of the first start). A
    // typo such as 20255 would draw a node far away, and a year of 400 digits (Infinity) one at x="Infinity"
    // with w="NaN" (found by the fuzzer, seed 7 input 344); such an initiative is drawn without its years.
    const whole = (y: number | undefined) => (y !== undefined && Number.isSafeInteger(y) ? y : undefined);
    const anchor = whole(model.agency?.period?.start) ?? minOf(initiatives.flatMap(i => whole(i.start) ?? []), Infinity);
    const year = (y: number | undefined) => (whole(y) !== undefined && Math.abs(y! - anchor) <= 50 ? y : undefined);
    const starts = initiatives.flatMap(i => year(i.start) ?? []);
    const first = minOf(starts, year(model.agency?.period?.start) ?? Infinity);
    const YEAR_W = 160;
    const nodes: ViewNode[] = [];
    initiatives.forEach((i, row) => {
        const start = year(i.start) ?? (Number.isFinite(first) ? first : 0);
        const span = Math.min(51, Math.max(1, (year(i.end) ?? start) - start + 1));
        const offset = Number.isFinite(first) ? Math.max(0, start - first) : 0;
        nodes.push({ id: `${viewId}-n${nodes.length + 1}`, ref: conceptOf.get(i)!, x: MARGIN + offset * YEAR_W, y: MARGIN + row * (NODE_H / 1.5 + 10),
            w: span * YEAR_W - 10, h: Math.round(NODE_H / 1.5) });
    });
    const top = MARGIN + initiatives.length * (NODE_H / 1.5 + 10) + GAP_Y;
    model.roadmap.milestones.forEach((m, k) => {
        const offset = year(m.year) !== undefined && Number.isFinite(first) ? Math.max(0, m.year! - first) : k;
        const month = m.month !== undefined && Number.isInteger(m.month) && m.month >= 1 && m.month <= 12 ? m.month : undefined;
        nodes.push({ id: `${viewId}-n${nodes.length + 1}`, ref: conceptOf.get(m)!, x: MARGIN + offset * YEAR_W + (month ? Math.round((month - 1) / 12 * YEAR_W) : 0),
            y: Math.round(top + (k % 2) * (NODE_H + 10)), w: NODE_W - 40, h: NODE_H });
    });
    return { id: viewId, name: lang === 'id' ? 'Migrasi: Peta Rencana SPBE' : 'Migration: SPBE roadmap', viewpoint: 'Migration', nodes: nodes.map(n => ({ ...n, y: Math.round(n.y) })), connections: connect(viewId, nodes, rels) };
}
