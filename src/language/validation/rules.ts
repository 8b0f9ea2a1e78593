// The rule registry: every finding the tool reports has a stable id, a default severity and a
// title in both display languages. Rules are documented in docs/rules.md (one place, with examples).
import type { Texts } from '../../common/i18n.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RuleInfo {
    readonly id: string;
    readonly severity: Severity;
    readonly title: Texts;
    /** Reported once for the whole workspace (acknowledged with `abaikan` on the instansi). */
    readonly workspace?: boolean;
}

function rule(id: string, severity: Severity, title: Texts, workspace = false): RuleInfo {
    return workspace ? { id, severity, title, workspace } : { id, severity, title };
}

export const Rules = {
    // ---- syntax and linking
    syntax: rule('SPBE-S01', 'error', { id: 'Kesalahan sintaks', en: 'Syntax error' }),
    repeatedProperty: rule('SPBE-S02', 'error', { id: 'Properti ditulis lebih dari sekali dalam satu blok', en: 'Property given more than once in one block' }),
    tooManyFindings: rule('SPBE-S03', 'info', { id: 'Temuan dalam berkas terlalu banyak untuk ditampilkan semua', en: 'Too many findings in one file to list them all' }),
    unresolved: rule('SPBE-L01', 'error', { id: 'Rujukan tidak ditemukan', en: 'Unresolved reference' }),
    // ---- reference conformance
    unknownCode: rule('SPBE-R01', 'error', { id: 'Kode referensi tidak dikenal', en: 'Unknown reference code' }),
    wrongReference: rule('SPBE-R02', 'error', { id: 'Kode dari referensi yang salah untuk domain elemen', en: "Code from the wrong reference for the element's domain" }),
    tooShallow: rule('SPBE-R03', 'warning', { id: 'Elemen dilekatkan di atas level nasional terdalam', en: 'Element attached above the deepest national level' }),
    agencyCodeParent: rule('SPBE-R04', 'error', { id: 'Induk kode instansi tidak dikenal', en: 'Parent of an agency-defined code is unknown' }),
    agencyCodeShadows: rule('SPBE-R05', 'warning', { id: 'Kode instansi menimpa kode nasional', en: 'Agency-defined code overrides a national code' }),
    serviceMirror: rule('SPBE-R06', 'warning', { id: 'Kode RAL layanan tidak sesuai RAB proses pendukungnya', en: "Service's RAL code does not mirror its supporting processes' RAB codes" }),
    dataMirror: rule('SPBE-R07', 'warning', { id: 'Kode RAD data tidak sesuai RAB proses penghasilnya', en: "Data set's RAD code does not mirror its producing processes' RAB codes" }),
    // ---- Aplikasi Umum
    unknownSharedApp: rule('SPBE-A01', 'error', { id: 'Aplikasi Umum tidak ada dalam katalog', en: 'Aplikasi Umum not in the catalog' }),
    raaKind: rule('SPBE-A02', 'error', { id: 'Kode RAA tidak sesuai umum/khusus', en: 'RAA code inconsistent with umum/khusus' }),
    duplicatesSharedApp: rule('SPBE-A03', 'warning', { id: 'Aplikasi khusus menjalankan fungsi Aplikasi Umum tanpa justifikasi', en: 'Agency-specific application covers an Aplikasi Umum function without justification' }),
    umumAndKhusus: rule('SPBE-A04', 'error', { id: 'Aplikasi sekaligus umum dan khusus', en: 'Application is both umum and khusus' }),
    // ---- traceability and completeness
    serviceWithoutProcess: rule('SPBE-T01', 'warning', { id: 'Layanan tanpa proses bisnis pendukung', en: 'Service with no supporting process' }),
    serviceWithoutApp: rule('SPBE-T02', 'warning', { id: 'Layanan tanpa aplikasi', en: 'Service with no application delivering it' }),
    appWithoutInfra: rule('SPBE-T03', 'warning', { id: 'Aplikasi tidak berjalan di infrastruktur mana pun', en: 'Application not running on any infrastructure' }),
    dataWithoutCustodian: rule('SPBE-T04', 'warning', { id: 'Data tanpa wali data', en: 'Data set without a wali data' }),
    securityProtectsNothing: rule('SPBE-T05', 'warning', { id: 'Elemen keamanan tidak melindungi apa pun', en: 'Security element protects nothing' }),
    unreferenced: rule('SPBE-T06', 'warning', { id: 'Elemen tidak dirujuk', en: 'Element nothing refers to' }),
    domainCoverage: rule('SPBE-T07', 'warning', { id: 'Arsitektur tidak mencakup keenam domain', en: 'Architecture does not cover all six domains' }, true),
    dataWithoutClassification: rule('SPBE-T09', 'warning', { id: 'Data tanpa klasifikasi', en: 'Data set without a classification' }),
    securityTarget: rule('SPBE-T10', 'warning', { id: 'Elemen keamanan melindungi proses atau layanan', en: 'Security element protects a process or service' }),
    integrationBus: rule('SPBE-T11', 'warning', { id: 'Integrasi melalui infrastruktur yang bukan sistem penghubung layanan', en: 'Integration through infrastructure that is not a service bus' }),
    hosting: rule('SPBE-T08', 'warning', { id: 'Aplikasi di luar PDN/komputasi awan pemerintah tanpa justifikasi', en: 'Application hosted outside the national data centre or a government cloud without justification' }),
    // ---- roadmap
    outsidePeriod: rule('SPBE-P01', 'warning', { id: 'Tahun inisiatif di luar periode instansi', en: "Initiative years outside the agency's period" }),
    periodLength: rule('SPBE-P02', 'warning', { id: 'Periode bukan lima tahun', en: 'Period is not five years' }),
    startAfterEnd: rule('SPBE-P03', 'error', { id: 'Tahun mulai setelah tahun selesai', en: 'Start year after end year' }),
    dependencyCycle: rule('SPBE-P04', 'error', { id: 'Siklus ketergantungan inisiatif', en: 'Initiative dependency cycle' }),
    startsBeforePredecessor: rule('SPBE-P05', 'warning', { id: 'Inisiatif mulai sebelum pendahulunya selesai', en: 'Initiative starts before a predecessor ends' }),
    muatanCoverage: rule('SPBE-P06', 'warning', { id: 'Peta rencana tidak mencakup ketujuh muatan', en: 'Roadmap does not cover all seven muatan' }, true),
    initiativeWithoutOwner: rule('SPBE-P07', 'warning', { id: 'Inisiatif tanpa unit pelaksana', en: 'Initiative without an owner unit' }),
    initiativeWithoutMuatan: rule('SPBE-P08', 'warning', { id: 'Inisiatif tanpa muatan', en: 'Initiative without a muatan' }),
    plannedNotRealized: rule('SPBE-P09', 'warning', { id: 'Elemen rencana tidak diwujudkan inisiatif mana pun', en: 'Planned element no initiative realizes' }),
    retiredDependency: rule('SPBE-P10', 'warning', { id: 'Elemen dihentikan padahal elemen rencana bergantung padanya', en: 'Element retired while a planned element depends on it' }),
    unknownIndicator: rule('SPBE-P11', 'error', { id: 'Indikator tidak ada dalam aturan indeks', en: 'Indicator not in the index rule set' }),
    levelRange: rule('SPBE-P12', 'error', { id: 'Level target di luar 1–5', en: 'Target level outside 1–5' }),
    initiativeWithoutYears: rule('SPBE-P15', 'warning', { id: 'Inisiatif tanpa tahun', en: 'Initiative without years' }),
    milestoneYear: rule('SPBE-P14', 'warning', { id: 'Tahun tonggak di luar periode atau tahun inisiatifnya', en: "Milestone year outside the period or its initiative's years" }),
    targetDecreases: rule('SPBE-P13', 'warning', { id: 'Target indikator menurun', en: 'Indicator target goes down over the years' }),
    // ---- index self-assessment (penilaian)
    assessedUnknownIndicator: rule('SPBE-N01', 'error', { id: 'Indikator penilaian tidak ada dalam aturan indeks', en: 'Assessed indicator not in the index rule set' }),
    assessedLevelRange: rule('SPBE-N02', 'error', { id: 'Level penilaian di luar 1–5', en: 'Assessed level outside 1–5' }),
    indicatorAssessedTwice: rule('SPBE-N03', 'error', { id: 'Indikator dinilai dua kali dalam satu penilaian', en: 'Indicator assessed twice in one assessment' }),
    assessmentYearTwice: rule('SPBE-N04', 'error', { id: 'Dua penilaian untuk tahun dan aturan yang sama', en: 'Two assessments of the same year and rule set' }),
    // ---- named views (tampilan)
    viewSelectorKind: rule('SPBE-V01', 'error', { id: 'Pemilih tidak berlaku untuk jenis tampilan ini', en: 'Selector does not apply to this kind of view' }),
    viewEmpty: rule('SPBE-V02', 'warning', { id: 'Tampilan tidak menampilkan apa pun', en: 'View shows nothing' }),
    viewContradiction: rule('SPBE-V03', 'warning', { id: 'Aturan tampilan saling meniadakan', en: 'View rules cancel each other out' }),
    viewBuiltinName: rule('SPBE-V04', 'error', { id: 'Tampilan bernama seperti tampilan bawaan', en: 'View named like a built-in view' }),
    viewPropertyTwice: rule('SPBE-V05', 'error', { id: 'Properti tampilan ditulis dua kali', en: 'View property given twice' }),
    viewValue: rule('SPBE-V06', 'error', { id: 'Nilai tidak sah dalam tampilan', en: 'Invalid value in a view' }),
    // ---- general
    duplicateId: rule('SPBE-G01', 'error', { id: 'Id ganda di workspace', en: 'Duplicate id in the workspace' }),
    unknownRuleAck: rule('SPBE-G02', 'warning', { id: '`abaikan` menyebut aturan yang tidak dikenal', en: '`abaikan` names an unknown rule' }),
    staleAcknowledgement: rule('SPBE-G04', 'hint', { id: '`abaikan` tidak mengakui temuan apa pun', en: '`abaikan` acknowledges no finding' }),
    secondAgency: rule('SPBE-G03', 'error', { id: 'Lebih dari satu instansi', en: 'More than one instansi' }),
} as const satisfies Record<string, RuleInfo>;

export const ALL_RULES: readonly RuleInfo[] = Object.values(Rules);

const BY_ID = new Map<string, RuleInfo>(ALL_RULES.map(r => [r.id, r]));

export function ruleById(id: string): RuleInfo | undefined {
    return BY_ID.get(id);
}
