// Turns the drafts of all inputs into a plan the language accepts without errors: reference codes checked
// against the catalog (unknown or wrong-domain codes left out, or declared as the agency's own code when the
// source names it and its parent is known), Aplikasi Umum matched to the national catalog, relations given by
// name resolved, initiative cycles broken, impossible years and index targets left out, units merged by name,
// and every declaration given a unique, valid id. Everything left out is reported with its source.
import type { Domain, RelationKind } from '../model/types.js';
import { codeLevel, codePrefix, DOMAIN_PREFIX, parentCode } from '../reference/codes.js';
import { IdAllocator, isValidId, trailingAbbreviation } from './ids.js';
import type { Draft, DraftAgency, DraftElement, DraftAssessment, DraftInitiative, DraftMilestone, DraftUnit, ImportCatalog, ImportIssue, SourceRef } from './types.js';
import { normalize } from './words.js';

export interface PlannedCode { code: string; name: string; domain: Domain; source: SourceRef }

/** The import, resolved: every reference is an id of the plan or of the catalog. */
export interface Plan {
    agency?: DraftAgency & { id: string };
    units: (DraftUnit & { id: string })[];
    elements: (DraftElement & { id: string })[];
    relations: { from: string; to: string; kind: RelationKind; via?: string; source: SourceRef }[];
    initiatives: (DraftInitiative & { id: string })[];
    milestones: (DraftMilestone & { id: string })[];
    /** Index self-assessments, one per year and rule set, with indicators the rule set has. */
    assessments: DraftAssessment[];
    /** Agency-defined reference codes the elements need. */
    codes: PlannedCode[];
    issues: ImportIssue[];
}

/** Which domains each relation joins (source -> target), as the grammar types them. */
export const RELATION_DOMAINS: Record<RelationKind, [Domain, Domain | '*']> = {
    'didukung-oleh': ['layanan', 'proses'], melalui: ['layanan', 'aplikasi'], menghasilkan: ['proses', 'data'], menggunakan: ['proses', 'data'],
    mendukung: ['aplikasi', 'proses'], memproses: ['aplikasi', 'data'], 'berjalan-di': ['aplikasi', 'infrastruktur'],
    'terintegrasi-dengan': ['aplikasi', 'aplikasi'], 'terhubung-ke': ['infrastruktur', 'infrastruktur'], melindungi: ['keamanan', '*'],
};

const CODE_SYNTAX = /^RA[BDLAIK](\.[0-9A-Za-z]+)+$/;
const YEAR_MIN = 1945, YEAR_MAX = 2200;

/** Prefixes every key of a draft, so drafts of several inputs can be merged. */
export function rekey(draft: Draft, prefix: string): Draft {
    const k = (key: string | undefined) => (key ? `${prefix}${key}` : key) as string;
    return {
        agency: draft.agency,
        units: draft.units.map(u => ({ ...u, key: k(u.key), parent: u.parent && k(u.parent) })),
        elements: draft.elements.map(e => ({ ...e, key: k(e.key), owner: e.owner && k(e.owner), custodian: e.custodian && k(e.custodian),
            producers: e.producers?.map(k) })),
        relations: draft.relations.map(r => ({ ...r, from: k(r.from), to: r.to ? k(r.to) : '', via: r.via && k(r.via) })),
        initiatives: draft.initiatives.map(i => ({ ...i, key: k(i.key), owner: i.owner && k(i.owner), predecessors: i.predecessors.map(k),
            creates: i.creates.map(k), changes: i.changes.map(k), retires: i.retires.map(k) })),
        milestones: draft.milestones.map(m => ({ ...m, key: k(m.key), initiative: m.initiative && k(m.initiative) })),
        assessments: draft.assessments,
        issues: draft.issues,
    };
}

export function finish(drafts: Draft[], catalog: ImportCatalog): Plan {
    const issues: ImportIssue[] = drafts.flatMap(d => d.issues);
    const warn = (source: SourceRef, en: string, id: string) => issues.push({ severity: 'warning', source, message: { en, id } });
    const info = (source: SourceRef, en: string, id: string) => issues.push({ severity: 'info', source, message: { en, id } });

    // Units: one per name across all inputs.
    const unitAlias = new Map<string, string>();
    const units: DraftUnit[] = [];
    const unitByName = new Map<string, DraftUnit>();
    for (const u of drafts.flatMap(d => d.units)) {
        const n = normalize(u.name);
        const same = unitByName.get(n) ?? (u.preferredId ? units.find(x => x.preferredId === u.preferredId && normalize(x.name) === n) : undefined);
        if (same) { unitAlias.set(u.key, same.key); continue; }
        unitByName.set(n, u);
        unitAlias.set(u.key, u.key);
        units.push({ ...u });
    }
    for (const u of units) if (!u.abbreviation) u.abbreviation = trailingAbbreviation(u.name);
    // A unit written only as an abbreviation ("BKPSDM") or id is the unit whose name carries it ("Badan ... (BKPSDM)").
    const byAbbreviation = new Map<string, DraftUnit>();
    for (const u of units) {
        for (const alias of [u.abbreviation, u.preferredId]) if (alias && normalize(alias) !== normalize(u.name)) byAbbreviation.set(normalize(alias), u);
    }
    for (const u of [...units]) {
        const full = byAbbreviation.get(normalize(u.name));
        if (!full || full === u) continue;
        units.splice(units.indexOf(u), 1);
        for (const [k, v] of unitAlias) if (v === u.key) unitAlias.set(k, full.key);
    }
    const unitOf = (key: string | undefined) => key === undefined ? undefined : unitAlias.get(key);
    for (const u of units) {
        u.parent = unitOf(u.parent);
        if (u.parent === u.key) u.parent = undefined;
    }
    breakParentCycles(units, warn);

    const agencies = drafts.map(d => d.agency).filter((a): a is DraftAgency => a !== undefined);
    for (const extra of agencies.slice(1)) info(extra.source, `a second agency ("${extra.name}") was not imported: one workspace models one agency`, `instansi kedua ("${extra.name}") tidak diimpor: satu ruang kerja memodelkan satu instansi`);

    // Elements: codes, shared applications, owners.
    const elements = drafts.flatMap(d => d.elements).map(e => ({ ...e, notes: [...e.notes] }));
    const codes = new Map<string, PlannedCode>();
    const known = (code: string) => catalog.codeName(code) !== undefined || codes.has(code);
    const shared = new Map<string, string>();
    for (const a of catalog.sharedApps) { shared.set(normalize(a.id), a.id); shared.set(normalize(a.name), a.id); }
    for (const e of elements) {
        e.owner = unitOf(e.owner);
        e.custodian = unitOf(e.custodian);
        e.producers = e.producers?.map(p => unitOf(p)!).filter(Boolean);
        if (e.code) checkCode(e, known, codes, warn, info);
        if (e.domain === 'aplikasi') checkSharedApp(e, shared, warn, info);
    }

    // Relations: targets by key or by name/id; the service bus of integrations.
    const byKey = new Map(elements.map(e => [e.key, e]));
    const byName = new Map<string, DraftElement[]>();
    for (const e of elements) {
        for (const n of new Set([normalize(e.name), ...(e.preferredId ? [normalize(e.preferredId)] : [])])) {
            const list = byName.get(n) ?? [];
            list.push(e);
            byName.set(n, list);
        }
    }
    const find = (name: string, domain: Domain | '*') => byName.get(normalize(name))?.find(e => domain === '*' || e.domain === domain);
    const relations: Plan['relations'] = [];
    const relationKeys = new Set<string>();
    for (const r of drafts.flatMap(d => d.relations)) {
        const from = byKey.get(r.from);
        if (!from) continue;
        const [fromDomain, toDomain] = RELATION_DOMAINS[r.kind];
        let to = r.to ? byKey.get(r.to) : undefined;
        if (!r.to && r.toName) {
            to = find(r.toName, toDomain);
            if (!to) {
                warn(r.source, `"${from.name}" ${r.kind} "${r.toName}": no ${toDomain === '*' ? '' : toDomain + ' '}element of that name or id was imported; the relation is left out`,
                    `"${from.name}" ${r.kind} "${r.toName}": tidak ada elemen ${toDomain === '*' ? '' : toDomain + ' '}dengan nama atau id itu yang diimpor; relasi tidak dipakai`);
                continue;
            }
        }
        if (!to || from.domain !== fromDomain || (toDomain !== '*' && to.domain !== toDomain) || from.key === to.key) continue;
        let via: string | undefined;
        const viaName = r.viaName ?? (r.via ? byKey.get(r.via)?.name : undefined);
        if (viaName) {
            const bus = (r.via ? byKey.get(r.via) : undefined) ?? find(viaName, 'infrastruktur');
            if (bus && bus.domain === 'infrastruktur') via = bus.key;
            else warn(r.source, `the integration of "${from.name}" with "${to.name}" goes through "${viaName}", which is no imported infrastructure element; written without it`,
                `integrasi "${from.name}" dengan "${to.name}" melalui "${viaName}", yang bukan elemen infrastruktur yang diimpor; ditulis tanpa itu`);
        }
        const key = `${from.key}\n${r.kind}\n${to.key}\n${via ?? ''}`;
        if (relationKeys.has(key)) continue;
        relationKeys.add(key);
        relations.push({ from: from.key, to: to.key, kind: r.kind, via, source: r.source });
    }

    // Initiatives and milestones.
    const initiatives = drafts.flatMap(d => d.initiatives).map(i => ({ ...i, notes: [...i.notes] }));
    const initiativeKeys = new Set(initiatives.map(i => i.key));
    // What a roadmap table names: elements by name or id, predecessors by initiative name or id.
    const initiativeByName = new Map<string, string>();
    for (const i of initiatives) for (const n of [i.name, i.preferredId]) if (n && !initiativeByName.has(normalize(n))) initiativeByName.set(normalize(n), i.key);
    for (const i of initiatives) {
        for (const ref of i.named ?? []) {
            const key = ref.list === 'predecessors' ? initiativeByName.get(normalize(ref.name)) : find(ref.name, '*')?.key;
            if (key) (i[ref.list] as string[]).push(key);
            else warn(i.source, `"${i.name}": ${ref.list === 'predecessors' ? 'no initiative' : 'no element'} "${ref.name}" was imported; left out`,
                `"${i.name}": tidak ada ${ref.list === 'predecessors' ? 'inisiatif' : 'elemen'} "${ref.name}" yang diimpor; tidak dipakai`);
        }
    }
    for (const i of initiatives) {
        i.owner = unitOf(i.owner);
        for (const list of ['creates', 'changes', 'retires'] as const) i[list] = [...new Set(i[list].filter(k => byKey.has(k)))];
        i.predecessors = [...new Set(i.predecessors.filter(p => initiativeKeys.has(p) && p !== i.key))];
        checkYears(i, warn);
        checkTargets(i, catalog.indicators, warn);
        if (i.budget !== undefined && !(Number.isFinite(i.budget) && i.budget >= 0)) {
            warn(i.source, `"${i.name}": budget ${i.budget} is not an amount; left out`, `"${i.name}": anggaran ${i.budget} bukan jumlah uang; tidak dipakai`);
            i.budget = undefined;
        }
    }
    breakPredecessorCycles(initiatives, warn);
    const milestones = drafts.flatMap(d => d.milestones).map(m => ({ ...m }));
    for (const m of milestones) {
        if (m.initiativeName !== undefined) {
            m.initiative = initiativeByName.get(normalize(m.initiativeName));
            if (!m.initiative) warn(m.source, `"${m.name}": no initiative "${m.initiativeName}" was imported; left out`,
                `"${m.name}": tidak ada inisiatif "${m.initiativeName}" yang diimpor; tidak dipakai`);
        }
        if (m.initiative && !initiativeKeys.has(m.initiative)) m.initiative = undefined;
        if (m.year !== undefined && !(Number.isInteger(m.year) && m.year >= YEAR_MIN && m.year <= YEAR_MAX)) {
            warn(m.source, `"${m.name}": year ${m.year} is not plausible; left out`, `"${m.name}": tahun ${m.year} tidak masuk akal; tidak dipakai`);
            m.year = undefined;
        }
        if (m.month !== undefined && !(Number.isInteger(m.month) && m.month >= 1 && m.month <= 12)) m.month = undefined;
    }

    // Ids: the ones the sources had first (our own export's), then derived from names.
    const ids = new IdAllocator();
    const idOf = new Map<string, string>();
    const agency = agencies[0];
    const all: { key: string; name: string; preferred?: string; prefix: string; abbreviation?: string }[] = [
        ...(agency ? [{ key: '#agency', name: agency.name, preferred: agency.preferredId, prefix: 'Instansi' }] : []),
        ...units.map(u => ({ key: u.key, name: u.name, preferred: u.preferredId, prefix: 'Unit', abbreviation: u.abbreviation })),
        ...elements.map(e => ({ key: e.key, name: e.name, preferred: e.preferredId, prefix: e.domain[0].toUpperCase() + e.domain.slice(1), abbreviation: trailingAbbreviation(e.name) })),
        ...initiatives.map(i => ({ key: i.key, name: i.name, preferred: i.preferredId, prefix: 'Inisiatif' })),
        ...milestones.map(m => ({ key: m.key, name: m.name, preferred: m.preferredId, prefix: 'Tonggak' })),
    ];
    for (const x of all) {
        if (x.preferred && isValidId(x.preferred) && !ids.has(x.preferred)) {
            idOf.set(x.key, ids.allocate(x.name, { preferred: x.preferred, prefix: x.prefix }));
        }
    }
    for (const x of all) {
        if (idOf.has(x.key)) continue;
        // A unit written as an abbreviation ("Diskominfo") or with one in parentheses keeps it as its id.
        const short = x.abbreviation ?? (/^[A-Za-z][A-Za-z0-9]{1,24}$/.test(x.name.trim()) ? x.name.trim() : undefined);
        idOf.set(x.key, ids.allocate(short ?? x.name, { prefix: x.prefix }));
    }
    const id = (key: string) => idOf.get(key)!;
    return {
        agency: agency ? { ...agency, id: id('#agency') } : undefined,
        units: units.map(u => ({ ...u, id: id(u.key), parent: u.parent })),
        elements: elements.map(e => ({ ...e, id: id(e.key) })),
        relations,
        initiatives: initiatives.map(i => ({ ...i, id: id(i.key) })),
        milestones: milestones.map(m => ({ ...m, id: id(m.key) })),
        assessments: checkAssessments(drafts.flatMap(d => d.assessments), catalog, warn),
        codes: [...codes.values()],
        issues: sortIssues(issues),
    };
}

type Warn = (source: SourceRef, en: string, id: string) => void;

/** Assessments the language accepts: a known rule set, one per year and rule set, indicators of the rule set
 *  once each, levels 1–5. What is left out is reported with its row. */
function checkAssessments(assessments: DraftAssessment[], catalog: ImportCatalog, warn: Warn): DraftAssessment[] {
    const out = new Map<string, DraftAssessment>();
    for (const a of assessments) {
        let ruleSet = a.ruleSet;
        if (ruleSet !== undefined && !catalog.ruleSets.has(ruleSet)) {
            warn(a.source, `assessment ${a.year}: index rule set "${ruleSet}" is not known (${[...catalog.ruleSets.keys()].join(', ')}); the default rule set is used`,
                `penilaian ${a.year}: aturan indeks "${ruleSet}" tidak dikenal (${[...catalog.ruleSets.keys()].join(', ')}); aturan bawaan dipakai`);
            ruleSet = undefined;
        }
        if (a.year < YEAR_MIN || a.year > YEAR_MAX) {
            warn(a.source, `assessment year ${a.year} is not plausible; left out`, `tahun penilaian ${a.year} tidak masuk akal; tidak dipakai`);
            continue;
        }
        const indicators = ruleSet !== undefined ? catalog.ruleSets.get(ruleSet)! : catalog.indicators;
        const k = `${a.year}\n${ruleSet ?? ''}`;
        const target = out.get(k) ?? { year: a.year, ruleSet, values: [], source: a.source };
        out.set(k, target);
        for (const v of a.values) {
            if (!indicators.has(v.indicator)) {
                warn(v.source, `indicator ${v.indicator} is not in the index rule set; left out`, `indikator ${v.indicator} tidak ada dalam aturan indeks; tidak dipakai`);
            } else if (!(v.level >= 1 && v.level <= 5)) {
                warn(v.source, `indicator ${v.indicator}: level ${v.level} is not 1–5; left out`, `indikator ${v.indicator}: level ${v.level} bukan 1–5; tidak dipakai`);
            } else if (target.values.some(x => x.indicator === v.indicator)) {
                warn(v.source, `indicator ${v.indicator} is assessed twice for ${a.year}; the first is kept`, `indikator ${v.indicator} dinilai dua kali untuk ${a.year}; yang pertama dipakai`);
            } else target.values.push(v);
        }
    }
    return [...out.values()].filter(a => a.values.length > 0).sort((x, y) => x.year - y.year);
}

function checkCode(e: DraftElement, known: (code: string) => boolean, codes: Map<string, PlannedCode>, warn: Warn, info: Warn): void {
    const code = e.code!;
    const drop = (en: string, id: string) => {
        e.notes.push(`kode asal: ${code}${e.codeName ? ` "${e.codeName.replace(/\s+/g, ' ')}"` : ''}`);
        e.code = undefined;
        warn(e.source, `"${e.name}": ${en}; the code is left out (kept in a comment)`, `"${e.name}": ${id}; kode tidak dipakai (disimpan dalam komentar)`);
    };
    if (!CODE_SYNTAX.test(code)) return drop(`"${code}" is not a reference code`, `"${code}" bukan kode referensi`);
    const prefix = codePrefix(code)!;
    if (prefix !== DOMAIN_PREFIX[e.domain]) return drop(`${code} is a ${prefix} code, but elements of the ${e.domain} domain are coded against ${DOMAIN_PREFIX[e.domain]}`,
        `${code} adalah kode ${prefix}, padahal elemen ${e.domain} dikodekan dengan ${DOMAIN_PREFIX[e.domain]}`);
    if (known(code)) return;
    // An agency's own level below a known code, named in the source: declare it, as the language lets agencies do.
    const parent = parentCode(code);
    const rootAllowed = (prefix === 'RAI' || prefix === 'RAK') && codeLevel(code) === 1;
    if (e.codeName && ((parent && known(parent)) || rootAllowed)) {
        if (!codes.has(code)) {
            codes.set(code, { code, name: e.codeName, domain: e.domain, source: e.source });
            info(e.source, `${code} "${e.codeName}" is not a national code: declared as the agency's own code`, `${code} "${e.codeName}" bukan kode nasional: dideklarasikan sebagai kode milik instansi`);
        }
        return;
    }
    drop(`unknown reference code ${code} (not in the national reference)`, `kode referensi ${code} tidak dikenal (tidak ada dalam referensi nasional)`);
}

function checkSharedApp(e: DraftElement, shared: Map<string, string>, warn: Warn, info: Warn): void {
    if (e.sharedApp) {
        const id = shared.get(normalize(e.sharedApp));
        if (!id) {
            e.notes.push(`aplikasi umum asal: ${e.sharedApp}`);
            warn(e.source, `"${e.name}": "${e.sharedApp}" is no Aplikasi Umum of the national catalog; left out`, `"${e.name}": "${e.sharedApp}" bukan Aplikasi Umum dalam katalog nasional; tidak dipakai`);
            e.sharedApp = undefined;
        } else e.sharedApp = id;
    }
    const umumCode = e.code?.startsWith('RAA.01');
    if (!e.sharedApp && (e.appKind === 'umum' || umumCode)) {
        const id = shared.get(normalize(e.name)) ?? shared.get(normalize(e.name.replace(/\(.*?\)/g, ''))) ?? (trailingAbbreviation(e.name) ? shared.get(normalize(trailingAbbreviation(e.name)!)) : undefined);
        if (id) {
            e.sharedApp = id;
            info(e.source, `"${e.name}" recognised as the Aplikasi Umum ${id}`, `"${e.name}" dikenali sebagai Aplikasi Umum ${id}`);
        }
    }
    if (e.sharedApp) {
        if (e.appKind === 'khusus') {
            warn(e.source, `"${e.name}" is both an Aplikasi Umum (${e.sharedApp}) and khusus; written as umum`, `"${e.name}" sekaligus Aplikasi Umum (${e.sharedApp}) dan khusus; ditulis sebagai umum`);
        }
        e.appKind = 'umum';
        if (e.code && !umumCode) {
            e.notes.push(`kode asal: ${e.code}`);
            warn(e.source, `"${e.name}" is the Aplikasi Umum ${e.sharedApp} but coded ${e.code} (an Aplikasi Khusus code); the code is left out`,
                `"${e.name}" adalah Aplikasi Umum ${e.sharedApp} tetapi berkode ${e.code} (kode Aplikasi Khusus); kode tidak dipakai`);
            e.code = undefined;
        }
    } else if (e.appKind === 'umum' || umumCode) {
        if (umumCode) {
            e.notes.push(`kode asal: ${e.code}`);
            warn(e.source, `"${e.name}" is coded ${e.code} (Aplikasi Umum) but matches no shared application of the national catalog; the code is left out. Name it with "Aplikasi Umum" if it is one`,
                `"${e.name}" berkode ${e.code} (Aplikasi Umum) tetapi tidak cocok dengan aplikasi umum mana pun di katalog nasional; kode tidak dipakai. Sebutkan "Aplikasi Umum"-nya jika memang aplikasi umum`);
            e.code = undefined;
        } else {
            warn(e.source, `"${e.name}" is said to be an Aplikasi Umum but matches none of the national catalog; written without umum/khusus`,
                `"${e.name}" disebut Aplikasi Umum tetapi tidak cocok dengan katalog nasional; ditulis tanpa umum/khusus`);
        }
        e.appKind = undefined;
    }
}

function checkYears(i: DraftInitiative, warn: Warn): void {
    const plausible = (y: number | undefined) => y === undefined || (Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX);
    if (!plausible(i.start) || !plausible(i.end)) {
        warn(i.source, `"${i.name}": the years ${i.start ?? '?'}-${i.end ?? '?'} are not plausible; left out`, `"${i.name}": tahun ${i.start ?? '?'}-${i.end ?? '?'} tidak masuk akal; tidak dipakai`);
        i.notes.push(`tahun asal: ${i.start ?? '?'}-${i.end ?? '?'}`);
        i.start = i.end = undefined;
        return;
    }
    if (i.start === undefined && i.end !== undefined) { i.start = i.end; }
    if (i.start !== undefined && i.end !== undefined && i.end < i.start) {
        warn(i.source, `"${i.name}": the years run backwards (${i.start}-${i.end}); written as ${i.end}-${i.start}`, `"${i.name}": tahunnya terbalik (${i.start}-${i.end}); ditulis ${i.end}-${i.start}`);
        [i.start, i.end] = [i.end, i.start];
    }
}

function checkTargets(i: DraftInitiative, indicators: ReadonlySet<number>, warn: Warn): void {
    const kept: DraftInitiative['targets'] = [];
    for (const t of i.targets) {
        if (!indicators.has(t.indicator)) {
            warn(i.source, `"${i.name}": indicator ${t.indicator} is not in the index rule set; its targets are left out`, `"${i.name}": indikator ${t.indicator} tidak ada dalam aturan indeks; targetnya tidak dipakai`);
            continue;
        }
        const targets = t.targets.filter(x => Number.isInteger(x.level) && x.level >= 1 && x.level <= 5 && Number.isInteger(x.year) && x.year >= YEAR_MIN && x.year <= YEAR_MAX);
        if (targets.length < t.targets.length) warn(i.source, `"${i.name}": indicator ${t.indicator} has targets outside levels 1-5 or plausible years; those are left out`, `"${i.name}": indikator ${t.indicator} punya target di luar level 1-5 atau tahun yang masuk akal; tidak dipakai`);
        if (targets.length) kept.push({ indicator: t.indicator, targets });
    }
    i.targets = kept;
}

/** Drops the predecessor links that close a cycle (the language reports a cycle as an error). */
function breakPredecessorCycles(initiatives: DraftInitiative[], warn: Warn): void {
    const byKey = new Map(initiatives.map(i => [i.key, i]));
    const state = new Map<string, 1 | 2>();
    const visit = (i: DraftInitiative) => {
        state.set(i.key, 1);
        for (const p of [...i.predecessors]) {
            const s = state.get(p);
            if (s === 1) {
                i.predecessors = i.predecessors.filter(x => x !== p);
                warn(i.source, `"${i.name}" comes after "${byKey.get(p)!.name}", which closes a cycle of initiatives; that link is left out`,
                    `"${i.name}" setelah "${byKey.get(p)!.name}" menutup siklus inisiatif; kaitan itu tidak dipakai`);
            } else if (s === undefined) visit(byKey.get(p)!);
        }
        state.set(i.key, 2);
    };
    for (const i of initiatives) if (!state.has(i.key)) visit(i);
}

function breakParentCycles(units: DraftUnit[], warn: Warn): void {
    const byKey = new Map(units.map(u => [u.key, u]));
    for (const u of units) {
        const seen = new Set<string>([u.key]);
        let p = u.parent;
        while (p) {
            if (seen.has(p)) {
                warn(u.source, `unit "${u.name}" is inside itself through its parents; its parent is left out`, `unit "${u.name}" berada di dalam dirinya sendiri melalui induknya; induknya tidak dipakai`);
                u.parent = undefined;
                break;
            }
            seen.add(p);
            p = byKey.get(p)?.parent;
        }
    }
}

/** Issues in the order of the sources: by file, sheet and row (stable otherwise). */
function sortIssues(issues: ImportIssue[]): ImportIssue[] {
    return issues.map((issue, k) => ({ issue, k })).sort((a, b) =>
        a.issue.source.file.localeCompare(b.issue.source.file) || (a.issue.source.sheet ?? '').localeCompare(b.issue.source.sheet ?? '')
        || (a.issue.source.row ?? 0) - (b.issue.source.row ?? 0) || a.k - b.k).map(x => x.issue);
}
