// The semantic model: plain, serialisable TypeScript objects built once per workspace build from the
// linked AST. Diagrams, exports, the index and the CLI consume only this; none of them sees Langium.

/** A place in a source file (0-based line and character, as in LSP). */
export interface SourceRange {
    uri: string;
    start: { line: number; character: number };
    end: { line: number; character: number };
}

// The six domains and the seven muatan are the regulation's vocabulary, shared with the language (common/).
export { DOMAINS, MUATAN, type Domain, type Muatan } from '../common/vocabulary.js';
import type { Muatan } from '../common/vocabulary.js';

/** as-is (aktif), to-be (rencana) or retired (dihentikan). */
export type { ElementStatus, InitiativeStatus } from '../common/vocabulary.js';
import type { ElementStatus, InitiativeStatus } from '../common/vocabulary.js';
import type { ViewKind } from '../common/view-options.js';
import type { ViewRule } from '../language/view-rules.js';
export type { ViewRule, ViewSelector } from '../language/view-rules.js';

export interface Acknowledgement {
    rule: string;
    reason: string;
    source: SourceRange;
}

export interface LegalBasis {
    document: 'arsitektur' | 'peta-rencana' | 'kebijakan';
    title: string;
}

export interface Agency {
    id: string;
    name: string;
    kind?: 'instansi-pusat' | 'pemerintah-daerah';
    period?: { start: number; end: number };
    referenceSet: string;
    description?: string;
    legalBasis: LegalBasis[];
    acknowledgements: Acknowledgement[];
    source: SourceRange;
}

export interface OrgUnit {
    id: string;
    name: string;
    kind?: 'opd' | 'unit-kerja' | 'tim' | 'eksternal';
    abbreviation?: string;
    parent?: string;
    description?: string;
    source: SourceRange;
}

export interface CodeInfo {
    code: string;
    /** Name in the catalog; absent when the code is unknown. */
    name?: string;
    level: number;
    levelName: string;
    /** Known ancestors from level 1 down to the code itself. */
    path: { code: string; name: string }[];
    known: boolean;
    agencyDefined: boolean;
}

interface ElementBase {
    id: string;
    name: string;
    code?: CodeInfo;
    owner?: string;
    description?: string;
    status: ElementStatus;
    justification?: string;
    acknowledgements: Acknowledgement[];
    /** Number of error diagnostics inside the element's text. */
    errors: number;
    warnings: number;
    source: SourceRange;
}

export interface ProcessElement extends ElementBase { domain: 'proses' }
export interface DataElement extends ElementBase {
    domain: 'data';
    classification?: 'terbuka' | 'terbatas' | 'tertutup';
    custodian?: string;
    producers: string[];
    formats: string[];
}
export interface ServiceElement extends ElementBase {
    domain: 'layanan';
    serviceType?: 'publik' | 'administrasi-pemerintahan';
    users: string[];
    channels: string[];
}
export interface ApplicationElement extends ElementBase {
    domain: 'aplikasi';
    /** 'umum' when it is (an instance of) a national shared application. */
    kind?: 'umum' | 'khusus';
    sharedApp?: string;
    platforms: string[];
    license?: string;
    databases: string[];
}
export interface InfrastructureElement extends ElementBase {
    domain: 'infrastruktur';
    category?: string;
    operator?: 'nasional' | 'provinsi' | 'instansi' | 'pihak-ketiga';
    provider?: string;
    location?: string;
}
export interface SecurityElement extends ElementBase {
    domain: 'keamanan';
    category?: 'standar' | 'penerapan' | 'kelaikan';
}

export type ArchElement = ProcessElement | DataElement | ServiceElement | ApplicationElement | InfrastructureElement | SecurityElement;

/** didukung-oleh, melalui, menghasilkan, ... (the table of relations: language/relations.ts). */
export type { RelationKind } from '../language/relations.js';
import type { RelationKind } from '../language/relations.js';

export interface Relation {
    from: string;
    to: string;
    kind: RelationKind;
    /** The service bus an integration goes through. */
    via?: string;
    source: SourceRange;
}

export interface IndicatorTarget {
    indicator: number;
    targets: { year: number; level: number }[];
}

export interface Initiative {
    id: string;
    name: string;
    muatan?: Muatan;
    start?: number;
    end?: number;
    owner?: string;
    program?: string;
    activity?: string;
    nomenclature?: string;
    predecessors: string[];
    budget?: number;
    status?: InitiativeStatus;
    creates: string[];
    changes: string[];
    retires: string[];
    indicatorTargets: IndicatorTarget[];
    description?: string;
    acknowledgements: Acknowledgement[];
    errors: number;
    warnings: number;
    source: SourceRange;
}

export interface Milestone {
    id: string;
    name: string;
    year?: number;
    month?: number;
    initiative?: string;
    description?: string;
    source: SourceRange;
}

export interface Roadmap {
    initiatives: Initiative[];
    milestones: Milestone[];
}

export interface AssessmentValue {
    indicator: number;
    level: number;
    evidence: string[];
    source: SourceRange;
}

export interface Assessment {
    year: number;
    ruleSet?: string;
    values: AssessmentValue[];
    source: SourceRange;
}

export interface IndexRuleSet {
    id: string;
    name: string;
    builtin: boolean;
    domains: { id: string; name: string; weight: number }[];
    aspects: { id: string; name: string; weight: number; domain?: string }[];
    indicators: { number: number; name: string; aspect: string; weight: number }[];
    predicates: { name: string; min: number; max: number }[];
}

export interface SharedApp {
    id: string;
    name: string;
    function?: string;
    owner?: string;
    covers: string[];
    indicators: number[];
    status?: string;
}

export interface Finding {
    uri: string;
    range: SourceRange;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code?: string;
    message: string;
    /** The element or initiative the finding sits in, if any. */
    subject?: string;
    /** The justification of the `abaikan` that acknowledges the finding (it then no longer counts). */
    acknowledged?: string;
}

/** One rule of a named view, where it is written. */
export interface NamedViewRule extends ViewRule {
    source: SourceRange;
}

/**
 * A named view (`tampilan`): the part of the architecture or roadmap the architects chose to show, by rules
 * that language/view-rules.ts resolves (re-exported as model/views.ts) against this model.
 */
export interface NamedView {
    id: string;
    /** The title (the id when none is written). */
    name: string;
    description?: string;
    kind: ViewKind;
    /** An architecture view as of the end of this year (`pada-tahun`). */
    year?: number;
    rules: NamedViewRule[];
    source: SourceRange;
}

export interface SemanticModel {
    agency?: Agency;
    units: OrgUnit[];
    elements: ArchElement[];
    relations: Relation[];
    roadmap: Roadmap;
    /** Named views, in file order. */
    views: NamedView[];
    assessments: Assessment[];
    indexRuleSets: IndexRuleSet[];
    catalog: { referenceSet: string; sharedApps: SharedApp[] };
    /** The source files the model was built from, sorted. */
    files: string[];
    findings: Finding[];
}
