// Turns the linked AST of a workspace into the semantic model. This is the only place downstream
// of the language that reads AST nodes; it takes each document's declarations and relations from the
// document's extraction (language/document-extraction.ts, which validation's facts read too).
// Unresolved references are simply left out (the validator reports them), so every id in a relation
// names an element that exists.
import type { AstNode, LangiumDocument, Reference } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from '../language/generated/ast.js';
import type { ReferenceCatalog } from '../language/catalog.js';
import { extractDocument, type DocumentExtraction } from '../language/document-extraction.js';
import { readViewRules, resolvedName, viewKindOf, viewYearOf } from '../language/view-ast.js';
import { codeLevel, levelName } from '../reference/codes.js';
import { isBuiltinUri } from '../reference/builtin-library.js';
import type {
    Acknowledgement, Agency, ArchElement, Assessment, CodeInfo, Finding, IndexRuleSet, Initiative, Milestone, NamedView, OrgUnit,
    Relation, SemanticModel, SharedApp, SourceRange
} from './types.js';

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

function sourceOf(node: AstNode): SourceRange {
    const doc = ast.isModel(node) ? node.$document : findDocument(node);
    const range = node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: doc?.uri.toString() ?? '', start: { ...range.start }, end: { ...range.end } };
}

function findDocument(node: AstNode): LangiumDocument | undefined {
    let n: AstNode | undefined = node;
    while (n?.$container) n = n.$container;
    return n?.$document;
}

function isNamed(node: { name?: unknown }): boolean {
    return typeof node.name === 'string' && node.name.length > 0;
}

function refName<T extends AstNode & { name: string }>(ref: Reference<T> | undefined): string | undefined {
    return ref?.ref?.name;
}

function refNames<T extends AstNode & { name: string }>(refs: Reference<T>[]): string[] {
    return refs.map(r => r.ref?.name).filter((n): n is string => n !== undefined);
}

function acknowledgements(node: { abaikan: ast.Abaikan[] }): Acknowledgement[] {
    // Parts cut short by a syntax error (no rule id or no reason) are left out, like nameless declarations.
    return node.abaikan.filter(a => typeof a.aturan === 'string' && typeof a.alasan === 'string')
        .map(a => ({ rule: a.aturan, reason: a.alasan, source: sourceOf(a) }));
}

export interface BuildModelOptions {
    /** Diagnostics per document URI, to mark elements with errors. */
    diagnostics?: Map<string, Diagnostic[]>;
    /** Each document's extraction (the services keep them per parse: services.references.Extraction). */
    extraction?: (document: LangiumDocument) => DocumentExtraction | undefined;
}

export function buildSemanticModel(documents: readonly LangiumDocument[], catalog: ReferenceCatalog, options: BuildModelOptions = {}): SemanticModel {
    const userDocs = documents.filter(d => !isBuiltinUri(d.uri)).sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    const model: SemanticModel = {
        units: [], elements: [], relations: [], roadmap: { initiatives: [], milestones: [] }, views: [], assessments: [],
        indexRuleSets: [], catalog: { referenceSet: catalog.table().referenceSet, sharedApps: [] },
        files: userDocs.map(d => d.uri.toString()), findings: []
    };
    const codeInfo = (ref: Reference<ast.KodeReferensi> | undefined): CodeInfo | undefined => {
        if (!ref) return undefined;
        const code = ref.ref?.name ?? ref.$refText;
        const path = catalog.path(code).map(k => ({ code: k.name, name: k.title }));
        return {
            code, name: ref.ref?.title, level: codeLevel(code), levelName: levelName(code), path,
            known: ref.ref !== undefined, agencyDefined: ref.ref !== undefined && !ast.isReferensi(ref.ref.$container)
        };
    };
    const extraction = options.extraction ?? ((d: LangiumDocument) => extractDocument(d.parseResult.value, isBuiltinUri(d.uri)));

    // A declaration whose name is missing (half-typed, or lost in a syntax error) cannot be referred to and
    // has no identity downstream: it is left out; the parser has reported the error. Diagrams and exports
    // crashed on such nameless elements (found by the fuzzer, seed 2 inputs 6 and 33).
    for (const doc of userDocs) {
        const x = extraction(doc);
        if (!x) continue;
        const agency = x.agencies.find(isNamed);
        if (agency && !model.agency) model.agency = buildAgency(agency, catalog); // the validator reports a second agency
        for (const u of x.units.filter(isNamed)) model.units.push(buildUnit(u));
        for (const e of x.elements.filter(isNamed)) model.elements.push(buildElement(e, codeInfo));
        for (const r of x.relations) {
            const to = refName(r.target);
            if (!isNamed(r.from) || to === undefined) continue;
            const relation: Relation = r.viaType === undefined
                ? { from: r.from.name, to, kind: r.kind, source: sourceOf(r.node) }
                : { from: r.from.name, to, kind: r.kind, via: refName(r.via), source: sourceOf(r.node) };
            model.relations.push(relation);
        }
        for (const i of x.initiatives.filter(isNamed)) model.roadmap.initiatives.push(buildInitiative(i));
        for (const m of x.milestones.filter(isNamed)) model.roadmap.milestones.push(buildMilestone(m));
        for (const v of x.views.filter(isNamed)) model.views.push(buildView(v));
        for (const a of x.assessments) if (isNumber(a.tahun)) model.assessments.push(buildAssessment(a));
        for (const s of x.ruleSets.filter(isNamed)) model.indexRuleSets.push(buildRuleSet(s, false));
    }
    // Built-in index rule sets and the Aplikasi Umum catalog come from the library documents.
    for (const doc of documents.filter(d => isBuiltinUri(d.uri))) {
        for (const s of extraction(doc)?.ruleSets ?? []) {
            if (!model.indexRuleSets.some(r => r.id === s.name)) model.indexRuleSets.push(buildRuleSet(s, true));
        }
    }
    for (const app of catalog.table().aplikasiUmum.values()) model.catalog.sharedApps.push(buildSharedApp(app));
    if (options.diagnostics) attachFindings(model, options.diagnostics);
    return model;
}

function base(node: ast.Elemen, codeInfo: (ref: Reference<ast.KodeReferensi> | undefined) => CodeInfo | undefined) {
    return {
        id: node.name, name: node.title ?? node.name, code: codeInfo(node.kode), owner: refName(node.pemilik),
        description: node.deskripsi, status: node.status ?? 'aktif', justification: node.justifikasi,
        acknowledgements: acknowledgements(node), errors: 0, warnings: 0, source: sourceOf(node)
    } as const;
}

function buildElement(node: ast.Elemen, codeInfo: (ref: Reference<ast.KodeReferensi> | undefined) => CodeInfo | undefined): ArchElement {
    const b = base(node, codeInfo);
    switch (node.$type) {
        case 'Proses': return { ...b, domain: 'proses' };
        case 'Data': return { ...b, domain: 'data', classification: node.klasifikasi, custodian: refName(node.waliData),
            producers: refNames(node.produsenData), formats: [...node.format] };
        case 'Layanan': return { ...b, domain: 'layanan', serviceType: node.jenis, users: [...node.pengguna], channels: [...node.kanal] };
        case 'Aplikasi': return { ...b, domain: 'aplikasi', kind: node.umum ? 'umum' : node.khusus ? 'khusus' : undefined,
            sharedApp: node.umum?.ref?.name ?? node.umum?.$refText, platforms: [...node.platform], license: node.lisensi, databases: [...node.basisData] };
        case 'Infrastruktur': return { ...b, domain: 'infrastruktur', category: node.kategori, operator: node.pengelola,
            provider: node.penyedia, location: node.lokasi };
        case 'Keamanan': return { ...b, domain: 'keamanan', category: node.kategori };
    }
}

function buildAgency(node: ast.Instansi, catalog: ReferenceCatalog): Agency {
    const agency: Agency = {
        id: node.name, name: node.title ?? node.name, kind: node.jenis, referenceSet: catalog.table().referenceSet,
        description: node.deskripsi, legalBasis: node.dasarHukum.filter(d => typeof d.dokumen === 'string' && typeof d.judul === 'string')
            .map(d => ({ document: d.dokumen, title: d.judul })),
        acknowledgements: acknowledgements(node), source: sourceOf(node)
    };
    if (node.periode && isNumber(node.periode.mulai)) agency.period = { start: node.periode.mulai, end: node.periode.selesai ?? node.periode.mulai };
    return agency;
}

function buildUnit(node: ast.Unit): OrgUnit {
    return { id: node.name, name: node.title ?? node.name, kind: node.jenis, abbreviation: node.singkatan,
        parent: refName(node.induk), description: node.deskripsi, source: sourceOf(node) };
}

function buildInitiative(node: ast.Inisiatif): Initiative {
    // Years whose start was lost to a syntax error (`tahun -5`) count as not given.
    const years = node.tahun && isNumber(node.tahun.mulai) ? node.tahun : undefined;
    return {
        id: node.name, name: node.title ?? node.name, muatan: node.muatan,
        start: years?.mulai, end: years ? (years.selesai ?? years.mulai) : undefined,
        owner: refName(node.pelaksana), program: node.program, activity: node.kegiatan, nomenclature: node.nomenklatur,
        predecessors: refNames(node.pendahulu), budget: node.anggaran, status: node.status,
        creates: refNames(node.mewujudkan), changes: refNames(node.mengubah), retires: refNames(node.menghentikan),
        indicatorTargets: node.indikator.filter(i => isNumber(i.nomor))
            .map(i => ({ indicator: i.nomor, targets: i.target.filter(t => isNumber(t.tahun) && isNumber(t.level)).map(t => ({ year: t.tahun, level: t.level })) })),
        description: node.deskripsi, acknowledgements: acknowledgements(node), errors: 0, warnings: 0, source: sourceOf(node)
    };
}

function buildMilestone(node: ast.Tonggak): Milestone {
    return { id: node.name, name: node.title ?? node.name, year: node.tahun, month: node.bulan,
        initiative: refName(node.inisiatif), description: node.deskripsi, source: sourceOf(node) };
}

function buildView(node: ast.Tampilan): NamedView {
    const rules = readViewRules(node, resolvedName);
    const view: NamedView = {
        id: node.name, name: node.title ?? node.name, kind: viewKindOf(node),
        rules: rules.map((rule, i) => ({ ...rule, source: sourceOf(node.aturan[i]) })), source: sourceOf(node)
    };
    if (node.deskripsi.length) view.description = node.deskripsi[0];
    const year = viewYearOf(node);
    if (year !== undefined && view.kind === 'architecture') view.year = year;
    return view;
}

function buildAssessment(node: ast.Penilaian): Assessment {
    return {
        year: node.tahun, ruleSet: node.aturan?.ref?.name ?? node.aturan?.$refText,
        values: node.nilai.filter(v => isNumber(v.nomor) && isNumber(v.level)).map(v => ({ indicator: v.nomor, level: v.level, evidence: [...v.bukti], source: sourceOf(v) })),
        source: sourceOf(node)
    };
}

function buildRuleSet(node: ast.AturanIndeks, builtin: boolean): IndexRuleSet {
    return {
        id: node.name, name: node.title ?? node.name, builtin,
        domains: node.domain.filter(d => isNamed(d) && isNumber(d.bobot)).map(d => ({ id: d.name, name: d.title ?? d.name, weight: d.bobot })),
        aspects: node.aspek.filter(a => isNamed(a) && isNumber(a.bobot)).map(a => ({ id: a.name, name: a.title ?? a.name, weight: a.bobot, domain: refName(a.domain) })),
        indicators: node.indikator.filter(i => isNumber(i.nomor) && isNumber(i.bobot))
            .map(i => ({ number: i.nomor, name: i.title ?? String(i.nomor), aspect: i.aspek?.ref?.name ?? i.aspek?.$refText ?? '', weight: i.bobot })),
        predicates: node.predikat.filter(p => typeof p.title === 'string' && isNumber(p.min) && isNumber(p.max)).map(p => ({ name: p.title, min: p.min, max: p.max }))
    };
}

/** A number the parser produced; a part lost to a syntax error is undefined (the error reports it). */
function isNumber(value: number | undefined): value is number {
    return typeof value === 'number';
}

function buildSharedApp(node: ast.AplikasiUmum): SharedApp {
    return { id: node.name, name: node.title ?? node.name, function: node.fungsi, owner: node.pengampu,
        covers: node.mencakup.map(r => r.$refText), indicators: [...node.indikator], status: node.status };
}

function contains(outer: SourceRange, pos: { line: number; character: number }): boolean {
    const afterStart = pos.line > outer.start.line || (pos.line === outer.start.line && pos.character >= outer.start.character);
    const beforeEnd = pos.line < outer.end.line || (pos.line === outer.end.line && pos.character <= outer.end.character);
    return afterStart && beforeEnd;
}

type Subject = ArchElement | Initiative;
type Pos = { line: number; character: number };

function before(a: Pos, b: Pos): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/**
 * Finds the element or initiative whose source contains a position, by binary search over each file's
 * subjects sorted by start (their ranges do not overlap). A linear search per diagnostic was quadratic
 * within a file: 5000 errors in a file with 5000 initiatives took over a second (found by the fuzzer).
 */
function subjectIndex(subjects: Subject[]): (uri: string, pos: Pos) => Subject | undefined {
    const byUri = new Map<string, Subject[]>();
    for (const s of subjects) {
        const list = byUri.get(s.source.uri) ?? [];
        list.push(s);
        byUri.set(s.source.uri, list);
    }
    for (const list of byUri.values()) list.sort((a, b) => (before(a.source.start, b.source.start) ? (before(b.source.start, a.source.start) ? 0 : -1) : 1));
    return (uri, pos) => {
        const list = byUri.get(uri);
        if (!list) return undefined;
        let lo = 0, hi = list.length - 1, found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (before(list[mid].source.start, pos)) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        // Walk back over subjects starting at the same place as the found one (an empty range, say).
        for (let i = found; i >= 0 && i > found - 4; i--) if (contains(list[i].source, pos)) return list[i];
        return undefined;
    };
}

/** Records diagnostics as findings and counts them on the element or initiative they sit in. */
function attachFindings(model: SemanticModel, diagnostics: Map<string, Diagnostic[]>): void {
    const subjectAt = subjectIndex([...model.elements, ...model.roadmap.initiatives]);
    for (const [uri, list] of [...diagnostics.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        if (isBuiltinUri(uri)) continue;
        for (const d of list) {
            const severity = SEVERITIES[d.severity ?? 1];
            const subject = subjectAt(uri, d.range.start);
            if (subject && severity === 'error') subject.errors++;
            if (subject && severity === 'warning') subject.warnings++;
            const finding: Finding = { uri, range: { uri, start: { ...d.range.start }, end: { ...d.range.end } }, severity,
                code: d.code === undefined ? undefined : String(d.code), message: d.message, subject: subject?.id };
            const acknowledged = (d.data as { acknowledged?: string } | undefined)?.acknowledged;
            if (acknowledged !== undefined) finding.acknowledged = acknowledged;
            model.findings.push(finding);
        }
    }
}
