// What an importer reads out of a source file before anything is checked or named: a draft of the model.
// Drafts refer to each other by `key` (unique within one import), not by SPBE id: ids are handed out once,
// at the end, over everything imported (see finish.ts).
import type { Texts } from '../common/i18n.js';
import type { Domain, ElementStatus, Muatan, RelationKind } from '../model/types.js';

/** Where a draft came from, so the user can trace every imported declaration back to its row or id. */
export interface SourceRef {
    /** The input file's name as the user gave it. */
    file: string;
    /** A spreadsheet's sheet. */
    sheet?: string;
    /** A table row as the spreadsheet numbers it (1 = the first row of the sheet or file). */
    row?: number;
    /** An identifier inside the file (ArchiMate element or relationship). */
    id?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** One thing the report tells: what could not be mapped, what was changed to fit, what was guessed. */
export interface ImportIssue {
    severity: Severity;
    source: SourceRef;
    message: Texts;
}

export interface DraftAgency {
    name: string;
    preferredId?: string;
    kind?: 'instansi-pusat' | 'pemerintah-daerah';
    period?: { start: number; end: number };
    description?: string;
    legalBasis: { document: 'arsitektur' | 'peta-rencana' | 'kebijakan'; title: string }[];
    source: SourceRef;
}

export interface DraftUnit {
    key: string;
    name: string;
    preferredId?: string;
    kind?: 'opd' | 'unit-kerja' | 'tim' | 'eksternal';
    abbreviation?: string;
    parent?: string;
    description?: string;
    source: SourceRef;
}

export interface DraftElement {
    key: string;
    domain: Domain;
    name: string;
    preferredId?: string;
    /** The reference code as written in the source; checked against the catalog in finish.ts. */
    code?: string;
    /** The code's name in the source (used to declare an agency-defined code the catalog lacks). */
    codeName?: string;
    owner?: string;
    status?: ElementStatus;
    description?: string;
    justification?: string;
    // Domain attributes, each written only where the grammar has it.
    classification?: 'terbuka' | 'terbatas' | 'tertutup';
    custodian?: string;
    producers?: string[];
    formats?: string[];
    serviceType?: 'publik' | 'administrasi-pemerintahan';
    users?: string[];
    channels?: string[];
    appKind?: 'umum' | 'khusus';
    sharedApp?: string;
    platforms?: string[];
    license?: string;
    databases?: string[];
    category?: string;
    operator?: 'nasional' | 'provinsi' | 'instansi' | 'pihak-ketiga';
    provider?: string;
    location?: string;
    source: SourceRef;
    /** Comments written inside the declaration (what was in the source but could not be kept as a property). */
    notes: string[];
}

export interface DraftRelation {
    from: string;
    /** The target's key; empty when the source names the target (`toName`), resolved by name or id in finish.ts. */
    to: string;
    toName?: string;
    kind: RelationKind;
    /** The key of the service bus of an integration, or (from our own export) its name. */
    via?: string;
    viaName?: string;
    source: SourceRef;
}

export interface DraftInitiative {
    key: string;
    name: string;
    preferredId?: string;
    muatan?: Muatan;
    start?: number;
    end?: number;
    owner?: string;
    program?: string;
    activity?: string;
    nomenclature?: string;
    predecessors: string[];
    budget?: number;
    status?: 'belum-mulai' | 'berjalan' | 'selesai' | 'tertunda' | 'batal';
    creates: string[];
    changes: string[];
    retires: string[];
    targets: { indicator: number; targets: { year: number; level: number }[] }[];
    description?: string;
    source: SourceRef;
    notes: string[];
    /** Elements and predecessors a table names (by name or id), resolved in finish.ts. */
    named?: { list: 'creates' | 'changes' | 'retires' | 'predecessors'; name: string }[];
}

export interface DraftMilestone {
    key: string;
    name: string;
    preferredId?: string;
    year?: number;
    month?: number;
    initiative?: string;
    /** The initiative a table names (by name or id), resolved in finish.ts. */
    initiativeName?: string;
    description?: string;
    source: SourceRef;
}

/** One year's index self-assessment under a rule set (its id as the source wrote it). */
export interface DraftAssessment {
    year: number;
    ruleSet?: string;
    values: { indicator: number; level: number; evidence: string[]; source: SourceRef }[];
    source: SourceRef;
}

export interface Draft {
    agency?: DraftAgency;
    units: DraftUnit[];
    elements: DraftElement[];
    relations: DraftRelation[];
    initiatives: DraftInitiative[];
    milestones: DraftMilestone[];
    assessments: DraftAssessment[];
    issues: ImportIssue[];
}

export function emptyDraft(): Draft {
    return { units: [], elements: [], relations: [], initiatives: [], milestones: [], assessments: [], issues: [] };
}

/** What finish.ts needs to know of the national reference: which codes and shared applications exist. */
export interface ImportCatalog {
    /** The name of a known code (national or of the reference set), undefined when unknown. */
    codeName(code: string): string | undefined;
    /** The shared national applications (Aplikasi Umum): id and name. */
    sharedApps: readonly { id: string; name: string }[];
    /** The indicator numbers of the index rule set initiatives' targets are read against. */
    indicators: ReadonlySet<number>;
    /** Every index rule set (id -> its indicator numbers) an assessment may name. */
    ruleSets: ReadonlyMap<string, ReadonlySet<number>>;
}
