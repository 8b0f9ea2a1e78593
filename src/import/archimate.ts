// Reads an ArchiMate 3.1 Model Exchange File (what Archi's "Export > Model to Open Exchange File" and
// `spbe export --format archimate` write) into a draft.
//
// Elements: the property "Domain SPBE" (our export; any tool can add it) decides the domain first; otherwise
// the ArchiMate type: BusinessService -> layanan; BusinessProcess, BusinessFunction -> proses; DataObject,
// BusinessObject -> data; ApplicationComponent -> aplikasi; Node, Device, SystemSoftware, CommunicationNetwork,
// TechnologyService, Path, Equipment, Facility -> infrastruktur; BusinessActor -> unit; WorkPackage -> inisiatif;
// ImplementationEvent -> tonggak. Motivation elements (Constraint, Requirement, Principle, Assessment, ...)
// are keamanan only when they say so (the property, or a folder named Keamanan/Security); everything else is
// reported as not imported. A BusinessFunction assigned to one security BusinessRole (a CSIRT and what it does)
// is read as that role: one keamanan element. Properties are recognised by name in Indonesian and English ("Kode Referensi",
// "Pemilik"/"Owner", "Status", ...); "ID SPBE" keeps an id across a round trip.
//
// Relationships become the language's relations by their type and the domains at both ends (the table in
// relationOf below), or by their name when it is a relation of the language ("mendukung", "berjalan di"):
// owner and custodian (unit -> element), unit hierarchy (composition), an initiative's owner, predecessors,
// what it creates, changes and retires, and a milestone's initiative. A relationship with no SPBE meaning is
// reported with its source and target, never dropped silently. Views and folders are read only for the
// folder hint above; diagrams are drawn from the model.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Domain, RelationKind } from '../model/types.js';
import { normalize, domainOf, elementStatus, initiativeStatus, muatanOf, KEYWORD_VALUES, splitList } from './words.js';
import type { Draft, DraftElement, DraftInitiative, DraftMilestone, DraftUnit, ImportIssue, SourceRef } from './types.js';
import { emptyDraft } from './types.js';
import { ImportError } from './errors.js';
import { amount, indicatorTargets } from './roadmap-table.js';

type Kind = { what: 'element'; domain: Domain } | { what: 'unit' } | { what: 'initiative' } | { what: 'milestone' };

const TYPE_DOMAIN: Record<string, Domain> = {
    BusinessService: 'layanan',
    BusinessProcess: 'proses', BusinessFunction: 'proses',
    DataObject: 'data', BusinessObject: 'data',
    ApplicationComponent: 'aplikasi',
    Node: 'infrastruktur', Device: 'infrastruktur', SystemSoftware: 'infrastruktur', CommunicationNetwork: 'infrastruktur',
    TechnologyService: 'infrastruktur', Path: 'infrastruktur', Equipment: 'infrastruktur', Facility: 'infrastruktur',
};
/** Motivation types: a keamanan element when the file says so; the report suggests it. */
const MOTIVATION = new Set(['Constraint', 'Requirement', 'Principle', 'Assessment']);
/** Types that may be a keamanan element when the file says so (the property or the folder). */
const MAY_BE_SECURITY = new Set(['Constraint', 'Requirement', 'Principle', 'Assessment', 'Goal', 'Outcome', 'Meaning', 'Value',
    'BusinessActor', 'BusinessRole', 'BusinessCollaboration', 'BusinessFunction', 'BusinessProcess', 'BusinessService', 'ApplicationService',
    'TechnologyService', 'SystemSoftware', 'Node', 'Device', 'Artifact', 'CourseOfAction', 'Capability', 'Resource']);

/** Property names (normalised) -> what they carry. */
const PROPERTY_KEYS: Record<string, string> = {};
const prop = (key: string, names: string[]) => { for (const n of names) PROPERTY_KEYS[normalize(n)] = key; };
prop('id', ['ID SPBE', 'SPBE ID', 'spbeId', 'ID']);
prop('domain', ['Domain SPBE', 'SPBE domain', 'Domain']);
prop('code', ['Kode Referensi', 'Kode', 'Reference code', 'Kode Ref', 'Code', 'Kode RAB', 'Kode RAD', 'Kode RAL', 'Kode RAA', 'Kode RAI', 'Kode RAK']);
prop('codeName', ['Nama Referensi', 'Reference name']);
prop('owner', ['Pemilik', 'Owner', 'Unit Pengelola', 'Unit Pemilik', 'OPD', 'OPD Pengelola', 'Perangkat Daerah', 'Penanggung Jawab']);
prop('status', ['Status', 'Lifecycle', 'Lifecycle status', 'Kondisi']);
prop('justification', ['Justifikasi', 'Justification']);
prop('classification', ['Klasifikasi', 'Classification']);
prop('serviceType', ['Jenis Layanan', 'Service type']);
prop('users', ['Pengguna', 'Users']);
prop('channels', ['Kanal', 'Channels']);
prop('appKind', ['Jenis Aplikasi', 'Application kind']);
prop('sharedApp', ['Aplikasi Umum', 'Shared application']);
prop('platforms', ['Platform']);
prop('license', ['Lisensi', 'License', 'Licence']);
prop('databases', ['Basis Data', 'Database']);
prop('category', ['Kategori', 'Category']);
prop('operator', ['Pengelola', 'Operator']);
prop('provider', ['Penyedia', 'Provider', 'Vendor']);
prop('location', ['Lokasi', 'Location']);
prop('formats', ['Format']);
prop('muatan', ['Muatan']);
prop('start', ['Tahun Mulai', 'Start year', 'Start']);
prop('end', ['Tahun Selesai', 'End year', 'End']);
prop('budget', ['Anggaran', 'Budget']);
prop('program', ['Program']);
prop('activity', ['Kegiatan', 'Activity']);
prop('nomenclature', ['Nomenklatur']);
prop('targets', ['Target Indikator', 'Indicator targets']);
prop('unitKind', ['Jenis Unit', 'Unit kind']);
prop('abbreviation', ['Singkatan', 'Abbreviation']);
prop('via', ['Melalui', 'Via']);
prop('year', ['Tahun', 'Year']);
prop('month', ['Bulan', 'Month']);
prop('period', ['Periode', 'Period']);
prop('agencyKind', ['Jenis Instansi']);
prop('legalBasis', ['Dasar Hukum', 'Legal basis']);

interface XmlText { '#text'?: string; '@_lang'?: string }
type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['element', 'relationship', 'property', 'item', 'view', 'node', 'connection', 'name', 'documentation', 'value',
    'propertyDefinition', 'label', 'diagrams']);

/** Text of a (possibly multilingual) name or documentation: the `lang` one, else the first. */
function textOf(list: unknown, lang: string): string | undefined {
    if (!Array.isArray(list) || list.length === 0) return undefined;
    const items = list.map(v => (typeof v === 'string' ? { '#text': v } : v as XmlText));
    const chosen = items.find(i => i['@_lang'] === lang) ?? items[0];
    const text = chosen?.['#text'];
    return typeof text === 'string' ? text.trim() : typeof text === 'number' ? String(text) : undefined;
}

function arr(v: unknown): XmlNode[] {
    return Array.isArray(v) ? v.filter((x): x is XmlNode => typeof x === 'object' && x !== null) : [];
}

function child(node: unknown, name: string): XmlNode | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    const v = (node as XmlNode)[name];
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v as XmlNode : undefined;
}

function attr(node: XmlNode, name: string): string | undefined {
    const v = node[`@_${name}`];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Checks that `text` is an ArchiMate exchange file; throws an ImportError saying what it is instead. */
function checkKind(text: string, file: string): void {
    const head = text.slice(0, 4096);
    if (/archimatetool\.com\/archimate/.test(head)) {
        throw new ImportError(file, undefined, {
            en: "this is Archi's own .archimate file, not an Open Exchange file: in Archi use File > Export > Model to Open Exchange File..., then import that",
            id: 'ini berkas .archimate milik Archi, bukan berkas Open Exchange: di Archi pilih File > Export > Model to Open Exchange File..., lalu impor berkas itu'
        });
    }
    const root = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, ''))?.[1];
    if (root !== 'model' || !/opengroup\.org\/xsd\/archimate/.test(head)) {
        throw new ImportError(file, undefined, {
            en: `not an ArchiMate Open Exchange file (its root element is <${root ?? '?'}>, not <model> in The Open Group's ArchiMate namespace)`,
            id: `bukan berkas ArchiMate Open Exchange (elemen akarnya <${root ?? '?'}>, bukan <model> dalam namespace ArchiMate The Open Group)`
        });
    }
}

export interface ArchimateImportOptions {
    /** The language of names to prefer when the file has several (default: Indonesian). */
    lang?: 'id' | 'en';
}

export function readArchimate(text: string, file: string, options: ArchimateImportOptions = {}): Draft {
    const lang = options.lang ?? 'id';
    const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
    if (valid !== true) {
        throw new ImportError(file, undefined, {
            en: `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
            id: `XML tidak tersusun dengan benar pada baris ${valid.err.line}, kolom ${valid.err.col}: ${valid.err.msg}`
        });
    }
    checkKind(text, file);
    const parser = new XMLParser({
        ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false,
        trimValues: true, isArray: (name: string) => ARRAYS.has(name),
    });
    let doc: XmlNode;
    try {
        doc = parser.parse(text) as XmlNode;
    } catch (err) {
        // e.g. a DOCTYPE with external entities, which are never fetched.
        throw new ImportError(file, undefined, { en: `cannot be read as XML: ${(err as Error).message}`, id: `tidak dapat dibaca sebagai XML: ${(err as Error).message}` });
    }
    const model = child(doc, 'model')!;
    const draft = emptyDraft();
    const issue = (i: ImportIssue) => draft.issues.push(i);
    const src = (id?: string): SourceRef => ({ file, id });

    // Property definitions: identifier -> what the property carries.
    const defs = new Map<string, string>();
    for (const d of arr(child(model, 'propertyDefinitions')?.propertyDefinition)) {
        const id = attr(d, 'identifier');
        const name = textOf(d.name, lang);
        if (id && name) defs.set(id, PROPERTY_KEYS[normalize(name)] ?? `other:${name}`);
    }
    const propsOf = (node: XmlNode): Map<string, string> => {
        const out = new Map<string, string>();
        for (const p of arr(child(node, 'properties')?.property)) {
            const key = defs.get(attr(p, 'propertyDefinitionRef') ?? '');
            const value = textOf(p.value, lang);
            if (key && value !== undefined && value !== '' && !out.has(key)) out.set(key, value);
        }
        return out;
    };

    // Folders: the label of every folder an element sits in, innermost last.
    const folders = new Map<string, string[]>();
    const walk = (items: XmlNode[], labels: string[]) => {
        for (const item of items) {
            const ref = attr(item, 'identifierRef');
            if (ref) folders.set(ref, labels);
            const label = textOf(item.label, lang);
            const nested = arr(item.item);
            if (nested.length) walk(nested, label ? [...labels, label] : labels);
        }
    };
    walk(arr(child(model, 'organizations')?.item), []);

    // The agency: the model's name and its properties.
    const modelProps = propsOf(model);
    const modelName = textOf(model.name, lang);
    if (modelName || modelProps.size) {
        const name = (modelName ?? 'Instansi').replace(/^(Arsitektur SPBE|SPBE Architecture)\s*[-:—]?\s*/i, '').trim() || modelName || 'Instansi';
        const period = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(modelProps.get('period') ?? '');
        const identifier = attr(model, 'identifier');
        draft.agency = {
            name, preferredId: identifier?.startsWith('model-') ? identifier.slice('model-'.length) : undefined,
            kind: KEYWORD_VALUES.agencyKind.get(normalize(modelProps.get('agencyKind') ?? '')),
            period: period ? { start: Number(period[1]), end: Number(period[2]) } : undefined,
            description: textOf(model.documentation, lang),
            legalBasis: (modelProps.get('legalBasis') ?? '').split(';').map(s => s.trim()).filter(Boolean).map(title => ({
                document: /peta\s+rencana|roadmap/i.test(title) ? 'peta-rencana' as const : /arsitektur|architecture/i.test(title) ? 'arsitektur' as const : 'kebijakan' as const, title })),
            source: src(identifier),
        };
    }

    // Elements.
    const kindOf = new Map<string, Kind>();
    const typeOf = new Map<string, string>();
    const nameOf = new Map<string, string>();
    const elements = new Map<string, DraftElement>();
    const units = new Map<string, DraftUnit>();
    const initiatives = new Map<string, DraftInitiative>();
    const milestones = new Map<string, DraftMilestone>();
    const unmappedTypes = new Map<string, string[]>();
    const declaredDomain = new Set<string>();
    for (const e of arr(child(model, 'elements')?.element)) {
        const id = attr(e, 'identifier');
        const type = attr(e, 'type');
        if (!id || !type) continue;
        const props = propsOf(e);
        const name = textOf(e.name, lang) || props.get('id') || id;
        typeOf.set(id, type);
        nameOf.set(id, name);
        const declared = props.get('domain') !== undefined ? domainOf(props.get('domain')!) : undefined;
        if (declared) declaredDomain.add(id);
        const folderDomain = (folders.get(id) ?? []).map(domainOf).filter((d): d is Domain => d === 'keamanan').pop();
        let kind: Kind | undefined;
        if (declared) kind = { what: 'element', domain: declared };
        else if (type === 'BusinessActor') kind = { what: 'unit' };
        else if (type === 'WorkPackage') kind = { what: 'initiative' };
        else if (type === 'ImplementationEvent') kind = { what: 'milestone' };
        else if (folderDomain && MAY_BE_SECURITY.has(type)) kind = { what: 'element', domain: folderDomain };
        else if (TYPE_DOMAIN[type]) kind = { what: 'element', domain: TYPE_DOMAIN[type] };
        if (!kind) {
            const list = unmappedTypes.get(type) ?? [];
            list.push(id);
            unmappedTypes.set(type, list);
            issue({ severity: 'warning', source: src(id), message: {
                en: `${type} "${name}" has no SPBE meaning and was not imported${MOTIVATION.has(type) ? ' (if it is a security element, give it the property "Domain SPBE" = "Keamanan" or put it in a folder named Keamanan)' : ''}`,
                id: `${type} "${name}" tidak bermakna dalam SPBE dan tidak diimpor${MOTIVATION.has(type) ? ' (jika ini elemen keamanan, beri properti "Domain SPBE" = "Keamanan" atau taruh di folder bernama Keamanan)' : ''}` } });
            continue;
        }
        kindOf.set(id, kind);
        const description = textOf(e.documentation, lang);
        const source = src(id);
        if (kind.what === 'unit') {
            units.set(id, { key: id, name, preferredId: props.get('id'), kind: KEYWORD_VALUES.unitKind.get(normalize(props.get('unitKind') ?? '')),
                abbreviation: props.get('abbreviation'), description, source });
        } else if (kind.what === 'initiative') {
            initiatives.set(id, readInitiative(id, name, description, props, source, issue));
        } else if (kind.what === 'milestone') {
            milestones.set(id, { key: id, name, preferredId: props.get('id'), year: whole(props.get('year')), month: whole(props.get('month')), description, source });
        } else {
            elements.set(id, readElement(id, kind.domain, name, description, props, source, issue));
        }
    }

    // Owners given as a property name a unit by its name or id.
    const unitByName = new Map<string, string>();
    for (const u of units.values()) {
        unitByName.set(normalize(u.name), u.key);
        if (u.preferredId) unitByName.set(normalize(u.preferredId), u.key);
        if (u.abbreviation) unitByName.set(normalize(u.abbreviation), u.key);
    }
    for (const el of elements.values()) {
        if (el.owner === undefined) continue;
        const key = unitByName.get(normalize(el.owner));
        if (key) el.owner = key;
        else {
            const unit: DraftUnit = { key: `owner:${normalize(el.owner)}`, name: el.owner, source: el.source };
            if (!units.has(unit.key)) { units.set(unit.key, unit); unitByName.set(normalize(el.owner), unit.key); }
            el.owner = unitByName.get(normalize(el.owner))!;
        }
    }

    // Relationships.
    const label = (id: string) => `${typeOf.get(id) ?? '?'} "${nameOf.get(id) ?? id}"`;
    const domainOfId = (id: string) => { const k = kindOf.get(id); return k?.what === 'element' ? k.domain : undefined; };
    const relationships = arr(child(model, 'relationships')?.relationship);
    const alias = securityFunctions(relationships, id => domainOfId(id) === 'keamanan' && typeOf.get(id) === 'BusinessRole',
        id => typeOf.get(id) === 'BusinessFunction' && !declaredDomain.has(id));
    for (const fn of alias.keys()) { kindOf.delete(fn); elements.delete(fn); }
    for (const r of relationships) {
        const id = attr(r, 'identifier') ?? '';
        const type = attr(r, 'type') ?? '?';
        const rawSource = attr(r, 'source'), rawTarget = attr(r, 'target');
        if (!rawSource || !rawTarget) continue;
        if (type === 'Assignment' && alias.get(rawTarget) === rawSource) continue;
        const source = alias.get(rawSource) ?? rawSource, target = alias.get(rawTarget) ?? rawTarget;
        const relName = normalize(textOf(r.name, lang) ?? '');
        const props = propsOf(r);
        const sk = kindOf.get(source), tk = kindOf.get(target);
        if (!sk || !tk) {
            // The end that was not imported is reported above; the relationship is named too, so nothing goes unmentioned.
            issue({ severity: 'info', source: src(id || undefined), message: {
                en: `${type} relationship from ${label(source)} to ${label(target)} not imported with its ${!sk ? 'source' : 'target'}`,
                id: `relasi ${type} dari ${label(source)} ke ${label(target)} tidak diimpor bersama ${!sk ? 'sumbernya' : 'sasarannya'}` } });
            continue;
        }
        const ref = src(id || undefined);
        const skip = (why?: { en: string; id: string }) => {
            issue({ severity: 'warning', source: ref, message: {
                en: `${type} relationship${relName ? ` "${relName}"` : ''} from ${label(source)} to ${label(target)} ${why?.en ?? 'has no SPBE meaning'}; not imported`,
                id: `relasi ${type}${relName ? ` "${relName}"` : ''} dari ${label(source)} ke ${label(target)} ${why?.id ?? 'tidak bermakna dalam SPBE'}; tidak diimpor` } });
        };
        // Units: owner, custodian, hierarchy, initiative owner.
        if (sk.what === 'unit' || tk.what === 'unit') {
            if (sk.what === 'unit' && tk.what === 'unit') {
                if (type === 'Composition' || type === 'Aggregation') units.get(target)!.parent = source;
                else skip();
            } else if (sk.what === 'unit' && tk.what === 'element') {
                const el = elements.get(target)!;
                if (/^wali data|^custodian/.test(relName) && el.domain === 'data') el.custodian = source;
                else if (type === 'Assignment' || /^(pemilik|owner|pengelola|dikelola|penanggung jawab)/.test(relName)) {
                    if (el.owner && el.owner !== source) skip({ en: 'names a second owner (an element has one)', id: 'menyebut pemilik kedua (elemen hanya punya satu)' });
                    else el.owner = source;
                } else skip();
            } else if (sk.what === 'unit' && tk.what === 'initiative' && (type === 'Assignment' || /^pelaksana/.test(relName))) {
                initiatives.get(target)!.owner = source;
            } else skip();
            continue;
        }
        if (sk.what === 'initiative' || tk.what === 'initiative' || sk.what === 'milestone' || tk.what === 'milestone') {
            if (sk.what === 'initiative' && tk.what === 'initiative' && (type === 'Triggering' || type === 'Flow' || /^setelah/.test(relName))) {
                initiatives.get(target)!.predecessors.push(source);
            } else if (sk.what === 'initiative' && tk.what === 'milestone' && (type === 'Triggering' || type === 'Association' || type === 'Flow')) {
                milestones.get(target)!.initiative = source;
            } else if (sk.what === 'initiative' && tk.what === 'element') {
                const wp = initiatives.get(source)!;
                if (/^menghentikan|^retire/.test(relName)) wp.retires.push(target);
                else if (/^mengubah|^change/.test(relName)) wp.changes.push(target);
                else if (type === 'Realization' || /^mewujudkan|^realize|^create/.test(relName)) wp.creates.push(target);
                else if (type === 'Association' || type === 'Influence') {
                    wp.changes.push(target);
                    issue({ severity: 'info', source: ref, message: {
                        en: `${type} from ${label(source)} to ${label(target)} read as "mengubah" (the initiative changes the element)`,
                        id: `${type} dari ${label(source)} ke ${label(target)} dibaca sebagai "mengubah" (inisiatif mengubah elemen)` } });
                } else skip();
            } else skip();
            continue;
        }
        const from = domainOfId(source)!, to = domainOfId(target)!;
        const mapped = relationOf(type, attr(r, 'accessType'), from, to, relName);
        if (!mapped) { skip(); continue; }
        const [a, b] = mapped.reversed ? [target, source] : [source, target];
        const viaName = mapped.kind === 'terintegrasi-dengan' ? props.get('via') : undefined;
        draft.relations.push({ from: a, to: b, kind: mapped.kind, viaName, source: ref });
    }

    const viewCount = arr(child(model, 'views')?.diagrams).flatMap(d => arr(d.view)).length;
    if (viewCount > 0) {
        issue({ severity: 'info', source: src(), message: {
            en: `${viewCount} view(s) not imported: SPBE diagrams are drawn from the model (spbe render)`,
            id: `${viewCount} view tidak diimpor: diagram SPBE digambar dari model (spbe render)` } });
    }
    draft.units.push(...units.values());
    draft.elements.push(...elements.values());
    draft.initiatives.push(...initiatives.values());
    draft.milestones.push(...milestones.values());
    return draft;
}

/** A security team or body (a BusinessRole) and the one function assigned to it are one keamanan element in SPBE:
 *  `spbe export` writes a CSIRT as the role plus "Penerapan keamanan: <name>", and architects model it so in Archi.
 *  The function stands for its role (function id -> role id); a function shared by several roles stays itself. */
function securityFunctions(relationships: XmlNode[], isSecurityRole: (id: string) => boolean, isPlainFunction: (id: string) => boolean): Map<string, string> {
    const rolesOf = new Map<string, Set<string>>();
    for (const r of relationships) {
        const source = attr(r, 'source'), target = attr(r, 'target');
        if (attr(r, 'type') !== 'Assignment' || !source || !target || !isSecurityRole(source) || !isPlainFunction(target)) continue;
        rolesOf.set(target, (rolesOf.get(target) ?? new Set()).add(source));
    }
    const alias = new Map<string, string>();
    for (const [fn, roles] of rolesOf) if (roles.size === 1) alias.set(fn, [...roles][0]);
    return alias;
}

function whole(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const n = Number(text.replace(/[.\s](?=\d{3}\b)/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
}

function list(text: string | undefined): string[] | undefined {
    return text === undefined ? undefined : splitList(text);
}

function readElement(key: string, domain: Domain, name: string, description: string | undefined, props: Map<string, string>, source: SourceRef,
    issue: (i: ImportIssue) => void): DraftElement {
    const el: DraftElement = { key, domain, name, preferredId: props.get('id'), code: props.get('code'), codeName: props.get('codeName'),
        owner: props.get('owner'), description, justification: props.get('justification'), source, notes: [] };
    const keyword = <T extends string>(prop: string, table: Map<string, T>, what: string): T | undefined => {
        const raw = props.get(prop);
        if (raw === undefined) return undefined;
        const value = table.get(normalize(raw));
        if (value === undefined) {
            el.notes.push(`${what} asal: ${raw}`);
            issue({ severity: 'warning', source, message: { en: `"${name}": ${what} "${raw}" is not one the language knows; left out`, id: `"${name}": ${what} "${raw}" tidak dikenal bahasa ini; tidak dipakai` } });
        }
        return value;
    };
    const status = props.get('status');
    if (status !== undefined) {
        el.status = elementStatus(status);
        if (!el.status) {
            el.notes.push(`status asal: ${status}`);
            issue({ severity: 'warning', source, message: { en: `"${name}": status "${status}" is not aktif, rencana or dihentikan; left out (aktif)`, id: `"${name}": status "${status}" bukan aktif, rencana, atau dihentikan; tidak dipakai (aktif)` } });
        }
    }
    if (domain === 'data') { el.classification = keyword('classification', KEYWORD_VALUES.classification, 'klasifikasi'); el.formats = list(props.get('formats')); }
    if (domain === 'layanan') { el.serviceType = keyword('serviceType', KEYWORD_VALUES.serviceType, 'jenis layanan'); el.users = list(props.get('users')); el.channels = list(props.get('channels')); }
    if (domain === 'aplikasi') {
        el.appKind = keyword('appKind', KEYWORD_VALUES.appKind, 'jenis aplikasi');
        el.sharedApp = props.get('sharedApp');
        el.platforms = list(props.get('platforms'));
        el.license = props.get('license');
        el.databases = list(props.get('databases'));
    }
    if (domain === 'infrastruktur') {
        el.category = keyword('category', KEYWORD_VALUES.infraCategory, 'kategori');
        el.operator = keyword('operator', KEYWORD_VALUES.operator, 'pengelola');
        el.provider = props.get('provider');
        el.location = props.get('location');
    }
    if (domain === 'keamanan') el.category = keyword('category', KEYWORD_VALUES.securityCategory, 'kategori');
    return el;
}

function readInitiative(key: string, name: string, description: string | undefined, props: Map<string, string>, source: SourceRef,
    issue: (i: ImportIssue) => void): DraftInitiative {
    const wp: DraftInitiative = { key, name, preferredId: props.get('id'), description, predecessors: [], creates: [], changes: [], retires: [],
        targets: [], source, notes: [], program: props.get('program'), activity: props.get('activity'), nomenclature: props.get('nomenclature'),
        start: whole(props.get('start')), end: whole(props.get('end')), budget: props.get('budget') !== undefined ? amount(props.get('budget')!) : undefined };
    const muatan = props.get('muatan');
    if (muatan !== undefined) {
        wp.muatan = muatanOf(muatan);
        if (!wp.muatan) {
            wp.notes.push(`muatan asal: ${muatan}`);
            issue({ severity: 'warning', source, message: { en: `"${name}": muatan "${muatan}" is none of the seven; left out`, id: `"${name}": muatan "${muatan}" bukan salah satu dari tujuh; tidak dipakai` } });
        }
    }
    const status = props.get('status');
    if (status !== undefined) {
        wp.status = initiativeStatus(status);
        if (!wp.status) wp.notes.push(`status asal: ${status}`);
    }
    // "37: 2023=3, 2024=4; 11: 2025=4" (our export) or "37: 2023→3, 2024→4".
    wp.targets = indicatorTargets(props.get('targets') ?? '');
    return wp;
}

/**
 * An ArchiMate relationship between two SPBE elements as a relation of the language, or undefined. `reversed`:
 * the language states it from the ArchiMate target (e.g. `layanan melalui aplikasi` is Serving application ->
 * service). A relationship named after a language relation ("berjalan di") is taken as that relation when the
 * two domains fit it.
 */
export function relationOf(type: string, accessType: string | undefined, from: Domain, to: Domain, name: string):
    { kind: RelationKind; reversed: boolean } | undefined {
    const byName = relationByName(name, from, to);
    if (byName) return byName;
    const pair = `${from}>${to}`;
    if (from === 'keamanan' && to !== 'keamanan' && type !== 'Specialization' && type !== 'Composition' && type !== 'Aggregation') return { kind: 'melindungi', reversed: false };
    if (to === 'keamanan' && from !== 'keamanan' && ['Realization', 'Association', 'Influence', 'Serving'].includes(type)) return { kind: 'melindungi', reversed: true };
    switch (type) {
        case 'Realization':
            if (pair === 'proses>layanan') return { kind: 'didukung-oleh', reversed: true };
            if (pair === 'aplikasi>layanan') return { kind: 'melalui', reversed: true };
            if (pair === 'infrastruktur>aplikasi') return { kind: 'berjalan-di', reversed: true };
            return undefined;
        case 'Serving':
            if (pair === 'aplikasi>layanan') return { kind: 'melalui', reversed: true };
            if (pair === 'proses>layanan') return { kind: 'didukung-oleh', reversed: true };
            if (pair === 'aplikasi>proses') return { kind: 'mendukung', reversed: false };
            if (pair === 'infrastruktur>aplikasi') return { kind: 'berjalan-di', reversed: true };
            if (pair === 'aplikasi>aplikasi') return { kind: 'terintegrasi-dengan', reversed: false };
            if (pair === 'infrastruktur>infrastruktur') return { kind: 'terhubung-ke', reversed: false };
            return undefined;
        case 'Access': {
            // The exchange format's default access type is Write.
            const access = accessType ?? 'Write';
            if (pair === 'proses>data') return { kind: access === 'Read' || access === 'Access' ? 'menggunakan' : 'menghasilkan', reversed: false };
            if (pair === 'aplikasi>data') return { kind: 'memproses', reversed: false };
            return undefined;
        }
        case 'Flow': case 'Triggering':
            if (pair === 'aplikasi>aplikasi') return { kind: 'terintegrasi-dengan', reversed: false };
            if (pair === 'infrastruktur>infrastruktur') return { kind: 'terhubung-ke', reversed: false };
            return undefined;
        case 'Association':
            if (pair === 'infrastruktur>infrastruktur') return { kind: 'terhubung-ke', reversed: false };
            return undefined;
        case 'Assignment':
            if (pair === 'infrastruktur>aplikasi') return { kind: 'berjalan-di', reversed: true };
            return undefined;
        default:
            return undefined;
    }
}

/** The language's relations: source domain, target domain, and the words a relationship's name may use. */
const NAMED: { kind: RelationKind; from: Domain | '*'; to: Domain | '*'; names: string[]; reversedNames?: string[] }[] = [
    { kind: 'didukung-oleh', from: 'layanan', to: 'proses', names: ['didukung oleh', 'didukung-oleh', 'supported by'], reversedNames: ['mendukung layanan'] },
    { kind: 'melalui', from: 'layanan', to: 'aplikasi', names: ['melalui', 'delivered through'] },
    { kind: 'menghasilkan', from: 'proses', to: 'data', names: ['menghasilkan', 'produces'] },
    { kind: 'menggunakan', from: 'proses', to: 'data', names: ['menggunakan', 'uses'] },
    { kind: 'mendukung', from: 'aplikasi', to: 'proses', names: ['mendukung', 'supports'] },
    { kind: 'memproses', from: 'aplikasi', to: 'data', names: ['memproses', 'processes'] },
    { kind: 'berjalan-di', from: 'aplikasi', to: 'infrastruktur', names: ['berjalan di', 'berjalan-di', 'runs on'] },
    { kind: 'terintegrasi-dengan', from: 'aplikasi', to: 'aplikasi', names: ['terintegrasi dengan', 'terintegrasi-dengan', 'integrates with'] },
    { kind: 'terhubung-ke', from: 'infrastruktur', to: 'infrastruktur', names: ['terhubung ke', 'terhubung-ke', 'connected to'] },
    { kind: 'melindungi', from: 'keamanan', to: '*', names: ['melindungi', 'protects'], reversedNames: ['dilindungi oleh', 'protected by'] },
];

function relationByName(name: string, from: Domain, to: Domain): { kind: RelationKind; reversed: boolean } | undefined {
    if (!name) return undefined;
    for (const r of NAMED) {
        const fits = (a: Domain, b: Domain) => (r.from === '*' || r.from === a) && (r.to === '*' || r.to === b);
        if (r.names.some(n => normalize(n) === name)) {
            if (fits(from, to)) return { kind: r.kind, reversed: false };
            if (fits(to, from)) return { kind: r.kind, reversed: true };
        }
        if (r.reversedNames?.some(n => normalize(n) === name) && fits(to, from)) return { kind: r.kind, reversed: true };
    }
    return undefined;
}
