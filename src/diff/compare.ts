// What changed between two versions of an architecture, read from their semantic models (both built through
// the same language services), never from their text: a moved declaration, a reformatted file or a comment is
// no change; a changed owner, code, status, relation, year, scope or index target is.
import type { ArchElement, Initiative, Milestone, OrgUnit, Relation, SemanticModel } from '../model/types.js';

export type Value = string | number | string[] | undefined;

export interface FieldChange {
    field: string;
    old: Value;
    new: Value;
}

export interface RelationRef {
    from: string;
    kind: Relation['kind'];
    to: string;
    via?: string;
}

export interface ElementRef {
    id: string;
    domain: ArchElement['domain'];
    name: string;
    code?: string;
    owner?: string;
    status: ArchElement['status'];
}

export interface ElementChange extends ElementRef {
    changes: FieldChange[];
    relationsAdded: RelationRef[];
    relationsRemoved: RelationRef[];
}

export interface InitiativeRef {
    id: string;
    name: string;
    muatan?: string;
    start?: number;
    end?: number;
    owner?: string;
}

export interface InitiativeChange extends InitiativeRef {
    /** Moved in time: the years before and after. */
    moved?: { old: [number?, number?]; new: [number?, number?] };
    /** Re-scoped: elements it creates, changes or retires that were added or dropped. */
    scope: { list: 'mewujudkan' | 'mengubah' | 'menghentikan'; added: string[]; removed: string[] }[];
    changes: FieldChange[];
}

export interface TargetChange {
    indicator: number;
    year: number;
    /** The roadmap's target level (the highest any initiative sets for that indicator and year); undefined: none. */
    old?: number;
    new?: number;
}

export interface ModelDiff {
    agency: FieldChange[];
    units: { added: OrgUnit[]; removed: OrgUnit[]; changed: { id: string; name: string; changes: FieldChange[] }[] };
    elements: { added: ElementRef[]; removed: ElementRef[]; changed: ElementChange[] };
    relations: { added: RelationRef[]; removed: RelationRef[] };
    initiatives: { added: InitiativeRef[]; removed: InitiativeRef[]; changed: InitiativeChange[] };
    milestones: { added: Milestone[]; removed: Milestone[]; changed: { id: string; name: string; changes: FieldChange[] }[] };
    targets: TargetChange[];
}

/** Nothing changed. */
export function isEmptyDiff(d: ModelDiff): boolean {
    return d.agency.length === 0 && d.targets.length === 0 && d.relations.added.length === 0 && d.relations.removed.length === 0
        && [d.units, d.elements, d.initiatives, d.milestones].every(g => g.added.length === 0 && g.removed.length === 0 && g.changed.length === 0);
}

/** The first declaration of each id (a duplicate id is the validator's finding, not a change). */
function byId<T extends { id: string }>(items: T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    return map;
}

function same(a: Value, b: Value): boolean {
    if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
    return a === b;
}

function compareFields(pairs: [string, Value, Value][]): FieldChange[] {
    return pairs.filter(([, a, b]) => !same(a, b)).map(([field, a, b]) => ({ field, old: a, new: b }));
}

const sorted = (xs: string[]) => [...xs].sort();

/** The properties of an element that a review cares about, by the language's keywords. */
function elementFields(e: ArchElement): [string, Value][] {
    const fields: [string, Value][] = [
        ['domain', e.domain], ['nama', e.name], ['kode', e.code?.code], ['pemilik', e.owner], ['status', e.status],
        ['deskripsi', e.description], ['justifikasi', e.justification],
    ];
    switch (e.domain) {
        case 'data': fields.push(['klasifikasi', e.classification], ['wali-data', e.custodian], ['produsen-data', sorted(e.producers)], ['format', e.formats]); break;
        case 'layanan': fields.push(['jenis', e.serviceType], ['pengguna', e.users], ['kanal', e.channels]); break;
        case 'aplikasi': fields.push(['umum/khusus', e.kind], ['umum', e.sharedApp], ['platform', e.platforms], ['lisensi', e.license], ['basis-data', e.databases]); break;
        case 'infrastruktur': fields.push(['kategori', e.category], ['pengelola', e.operator], ['penyedia', e.provider], ['lokasi', e.location]); break;
        case 'keamanan': fields.push(['kategori', e.category]); break;
    }
    return fields;
}

function elementRef(e: ArchElement): ElementRef {
    return { id: e.id, domain: e.domain, name: e.name, code: e.code?.code, owner: e.owner, status: e.status };
}

function initiativeRef(i: Initiative): InitiativeRef {
    return { id: i.id, name: i.name, muatan: i.muatan, start: i.start, end: i.end, owner: i.owner };
}

export function relationKey(r: RelationRef): string {
    return `${r.from}\n${r.kind}\n${r.to}\n${r.via ?? ''}`;
}

function relationRefs(model: SemanticModel): Map<string, RelationRef> {
    const map = new Map<string, RelationRef>();
    for (const r of model.relations) {
        const ref: RelationRef = { from: r.from, kind: r.kind, to: r.to, ...(r.via ? { via: r.via } : {}) };
        map.set(relationKey(ref), ref);
    }
    return map;
}

/** The roadmap's target level per indicator and year: the highest any initiative sets. */
function targetLevels(model: SemanticModel): Map<string, { indicator: number; year: number; level: number }> {
    const map = new Map<string, { indicator: number; year: number; level: number }>();
    for (const i of model.roadmap.initiatives) {
        for (const t of i.indicatorTargets) {
            for (const x of t.targets) {
                const key = `${t.indicator}:${x.year}`;
                const prev = map.get(key);
                if (!prev || x.level > prev.level) map.set(key, { indicator: t.indicator, year: x.year, level: x.level });
            }
        }
    }
    return map;
}

export function diffModels(before: SemanticModel, after: SemanticModel): ModelDiff {
    // Agency.
    const a = before.agency, b = after.agency;
    const agency = compareFields([
        ['instansi', a?.id, b?.id], ['nama', a?.name, b?.name], ['jenis', a?.kind, b?.kind],
        ['periode', a?.period ? `${a.period.start} - ${a.period.end}` : undefined, b?.period ? `${b.period.start} - ${b.period.end}` : undefined],
        ['dasar-hukum', a?.legalBasis.map(l => `${l.document}: ${l.title}`) ?? [], b?.legalBasis.map(l => `${l.document}: ${l.title}`) ?? []],
    ]);

    // Units.
    const unitsA = byId(before.units), unitsB = byId(after.units);
    const unitFields = (u: OrgUnit): [string, Value][] => [['nama', u.name], ['jenis', u.kind], ['singkatan', u.abbreviation], ['induk', u.parent], ['deskripsi', u.description]];
    const units: ModelDiff['units'] = {
        added: [...unitsB.values()].filter(u => !unitsA.has(u.id)),
        removed: [...unitsA.values()].filter(u => !unitsB.has(u.id)),
        changed: [],
    };
    for (const [id, ub] of unitsB) {
        const ua = unitsA.get(id);
        if (!ua) continue;
        const fa = unitFields(ua), fb = unitFields(ub);
        const changes = compareFields(fa.map(([f, v], k) => [f, v, fb[k][1]]));
        if (changes.length) units.changed.push({ id, name: ub.name, changes });
    }

    // Relations, then elements (each element's own relations: it states them).
    const relA = relationRefs(before), relB = relationRefs(after);
    const relations = {
        added: [...relB].filter(([k]) => !relA.has(k)).map(([, r]) => r),
        removed: [...relA].filter(([k]) => !relB.has(k)).map(([, r]) => r),
    };
    const groupFrom = (list: RelationRef[]) => {
        const map = new Map<string, RelationRef[]>();
        for (const r of list) {
            const own = map.get(r.from);
            if (own) own.push(r);
            else map.set(r.from, [r]);
        }
        return map;
    };
    const addedFrom = groupFrom(relations.added), removedFrom = groupFrom(relations.removed);
    const elsA = byId(before.elements), elsB = byId(after.elements);
    const elements: ModelDiff['elements'] = {
        added: [...elsB.values()].filter(e => !elsA.has(e.id)).map(elementRef),
        removed: [...elsA.values()].filter(e => !elsB.has(e.id)).map(elementRef),
        changed: [],
    };
    for (const [id, eb] of elsB) {
        const ea = elsA.get(id);
        if (!ea) continue;
        const fa = new Map(elementFields(ea)), fb = elementFields(eb);
        const names = new Set([...fa.keys(), ...fb.map(([f]) => f)]);
        const fbMap = new Map(fb);
        const changes = compareFields([...names].map(f => [f, fa.get(f), fbMap.get(f)]));
        const relationsAdded = addedFrom.get(id) ?? [];
        const relationsRemoved = removedFrom.get(id) ?? [];
        if (changes.length || relationsAdded.length || relationsRemoved.length) {
            elements.changed.push({ ...elementRef(eb), changes, relationsAdded, relationsRemoved });
        }
    }

    // Initiatives: moved in time, re-scoped, other changes.
    const iniA = byId(before.roadmap.initiatives), iniB = byId(after.roadmap.initiatives);
    const initiatives: ModelDiff['initiatives'] = {
        added: [...iniB.values()].filter(i => !iniA.has(i.id)).map(initiativeRef),
        removed: [...iniA.values()].filter(i => !iniB.has(i.id)).map(initiativeRef),
        changed: [],
    };
    const targetsText = (i: Initiative) => i.indicatorTargets.map(t => `${t.indicator}: ${t.targets.map(x => `${x.year}=${x.level}`).join(', ')}`);
    for (const [id, ib] of iniB) {
        const ia = iniA.get(id);
        if (!ia) continue;
        const moved = ia.start !== ib.start || ia.end !== ib.end ? { old: [ia.start, ia.end] as [number?, number?], new: [ib.start, ib.end] as [number?, number?] } : undefined;
        const scope: InitiativeChange['scope'] = [];
        for (const [list, key] of [['mewujudkan', 'creates'], ['mengubah', 'changes'], ['menghentikan', 'retires']] as const) {
            const added = ib[key].filter(x => !ia[key].includes(x));
            const removed = ia[key].filter(x => !ib[key].includes(x));
            if (added.length || removed.length) scope.push({ list, added, removed });
        }
        const changes = compareFields([
            ['nama', ia.name, ib.name], ['muatan', ia.muatan, ib.muatan], ['pelaksana', ia.owner, ib.owner], ['status', ia.status, ib.status],
            ['anggaran', ia.budget, ib.budget], ['program', ia.program, ib.program], ['kegiatan', ia.activity, ib.activity],
            ['nomenklatur', ia.nomenclature, ib.nomenclature], ['setelah', sorted(ia.predecessors), sorted(ib.predecessors)],
            ['indikator', targetsText(ia), targetsText(ib)], ['deskripsi', ia.description, ib.description],
        ]);
        if (moved || scope.length || changes.length) initiatives.changed.push({ ...initiativeRef(ib), moved, scope, changes });
    }

    // Milestones.
    const msA = byId(before.roadmap.milestones), msB = byId(after.roadmap.milestones);
    const milestones: ModelDiff['milestones'] = {
        added: [...msB.values()].filter(m => !msA.has(m.id)),
        removed: [...msA.values()].filter(m => !msB.has(m.id)),
        changed: [],
    };
    for (const [id, mb] of msB) {
        const ma = msA.get(id);
        if (!ma) continue;
        const changes = compareFields([['nama', ma.name, mb.name], ['tahun', ma.year, mb.year], ['bulan', ma.month, mb.month], ['inisiatif', ma.initiative, mb.initiative]]);
        if (changes.length) milestones.changed.push({ id, name: mb.name, changes });
    }

    // Index targets of the roadmap.
    const tA = targetLevels(before), tB = targetLevels(after);
    const targets: TargetChange[] = [];
    for (const key of new Set([...tA.keys(), ...tB.keys()])) {
        const x = tA.get(key), y = tB.get(key);
        if (x?.level === y?.level) continue;
        targets.push({ indicator: (x ?? y)!.indicator, year: (x ?? y)!.year, old: x?.level, new: y?.level });
    }
    targets.sort((p, q) => p.indicator - q.indicator || p.year - q.year);

    return { agency, units, elements, relations, initiatives, milestones, targets };
}
