// Evidence from the model itself for a self-assessment under PermenPANRB 59/2020. Each rule states a
// level the model can demonstrate for an indicator and the condition for it, read off the current model
// (what is `aktif` now), so the notes are meant for the latest assessment. Two outcomes are reported:
//   - 'unsupported': the self-assessed level is at or above a rule's level but the model does not meet
//     the rule's condition (e.g. indicator 11 at level 3 while a domain has no element);
//   - 'below-model': the model meets a rule for a higher level than was self-assessed.
// The rules (the regulation's own words where it has them, otherwise a conservative reading):
//   11 Arsitektur SPBE  >= 3 all six domains have an active element; >= 4 also every element of the coded
//                       domains (RAB/RAD/RAL/RAA) carries a known national or agency code.
//   12 Peta Rencana     >= 3 initiatives cover all seven muatan; >= 4 also budgeted initiatives run in each of
//                       the three years up to the assessment year.
//   16 Pusat Data       >= 3 an active application runs on an active national data centre (PDN).
//   17 Jaringan Intra   >= 3 an active intra-government network is connected to other infrastructure.
//   18 SPLP             >= 3 an active service bus (sistem penghubung layanan) carries an integration.
//   22 Keamanan Inf.    >= 3 active security elements of all three kinds (standar, penerapan, kelaikan).
//   23 Manajemen Data   >= 3 every active data set has a custodian (wali data) and a classification.
//   Aplikasi Umum indicators (32-44, as the Aplikasi Umum catalog maps them) >= 3 an active application
//                       serves the function: an instance of an Aplikasi Umum with that indicator, or an
//                       application supporting a process coded under a reference code that Aplikasi Umum covers.
import type { ApplicationElement, ArchElement, Assessment, InfrastructureElement, SemanticModel } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import { inLanguage, t, type Lang } from '../common/i18n.js';

export interface EvidenceRule {
    indicator: number;
    level: number;
    holds: boolean;
    /** What the model shows (or lacks), in one sentence. */
    reason: string;
}

export interface EvidenceNote {
    indicator: number;
    kind: 'unsupported' | 'below-model';
    assessed: number;
    /** For 'unsupported': the rule's level; for 'below-model': the level the model supports. */
    level: number;
    message: string;
}

/** The rule set whose indicators these rules speak of. */
export const EVIDENCE_RULE_SET = 'permenpanrb-59-2020';

const active = (e: ArchElement) => e.status === 'aktif';
const list = (xs: { id: string }[]) => `${xs.slice(0, 3).map(x => x.id).join(', ')}${xs.length > 3 ? ', ...' : ''}`;

/** The evidence rules evaluated against the model, for the assessment year; reasons in `lang` (default: that of the caller's DisplayLanguage.run(), else English). */
export function evidenceRules(model: SemanticModel, year: number, lang?: Lang): EvidenceRule[] {
    return inLanguage(lang, () => rulesFor(model, year));
}

function rulesFor(model: SemanticModel, year: number): EvidenceRule[] {
    const rules: EvidenceRule[] = [];
    const elements = model.elements.filter(active);
    const byId = new Map(model.elements.map(e => [e.id, e]));

    const missingDomains = DOMAINS.filter(d => !elements.some(e => e.domain === d));
    const sixDomains = missingDomains.length === 0;
    rules.push({ indicator: 11, level: 3, holds: sixDomains,
        reason: sixDomains ? t({ id: 'arsitektur mencakup keenam domain', en: 'the architecture covers all six domains' })
            : t({ id: `tidak ada elemen aktif di domain ${missingDomains.join(', ')}`, en: `no active element in domain ${missingDomains.join(', ')}` }) });
    const uncoded = elements.filter(e => (e.domain === 'proses' || e.domain === 'data' || e.domain === 'layanan' || e.domain === 'aplikasi') && !e.code?.known);
    rules.push({ indicator: 11, level: 4, holds: sixDomains && uncoded.length === 0,
        reason: !sixDomains ? t({ id: 'level 4 memerlukan keenam domain lebih dulu', en: 'level 4 needs all six domains first' })
            : uncoded.length === 0 ? t({ id: 'setiap elemen proses, data, layanan dan aplikasi mengikuti kode referensi nasional', en: 'every process, data, service and application element follows a national reference code' })
                : t({ id: `${uncoded.length} elemen tanpa kode referensi yang dikenal (${list(uncoded)})`, en: `${uncoded.length} element(s) without a known reference code (${list(uncoded)})` }) });

    const initiatives = model.roadmap.initiatives.filter(i => i.status !== 'batal');
    const missingMuatan = MUATAN.filter(m => !initiatives.some(i => i.muatan === m));
    const sevenMuatan = missingMuatan.length === 0;
    rules.push({ indicator: 12, level: 3, holds: sevenMuatan,
        reason: sevenMuatan ? t({ id: 'peta rencana mencakup ketujuh muatan', en: 'the roadmap covers all seven muatan' })
            : t({ id: `tidak ada inisiatif untuk muatan ${missingMuatan.join(', ')}`, en: `no initiative for muatan ${missingMuatan.join(', ')}` }) });
    const budgetYears = [year - 2, year - 1, year].filter(y => initiatives.some(i => i.budget !== undefined && i.budget > 0 && i.start !== undefined && i.start <= y && (i.end ?? i.start) >= y));
    rules.push({ indicator: 12, level: 4, holds: sevenMuatan && budgetYears.length === 3,
        reason: !sevenMuatan ? t({ id: 'level 4 memerlukan ketujuh muatan lebih dulu', en: 'level 4 needs all seven muatan first' })
            : budgetYears.length === 3 ? t({ id: `inisiatif beranggaran berjalan di setiap tahun ${year - 2}-${year}`, en: `budgeted initiatives run in each of ${year - 2}-${year}` })
                : t({ id: `inisiatif beranggaran berjalan di ${budgetYears.length} dari 3 tahun ${year - 2}-${year}`, en: `budgeted initiatives run in ${budgetYears.length} of the 3 years ${year - 2}-${year}` }) });

    const infra = elements.filter((e): e is InfrastructureElement => e.domain === 'infrastruktur');
    const apps = elements.filter((e): e is ApplicationElement => e.domain === 'aplikasi');
    const runsOn = model.relations.filter(r => r.kind === 'berjalan-di');
    const pdn = infra.filter(i => i.category === 'pusat-data-nasional');
    const onPdn = apps.filter(a => runsOn.some(r => r.from === a.id && pdn.some(p => p.id === r.to)));
    rules.push({ indicator: 16, level: 3, holds: onPdn.length > 0,
        reason: onPdn.length > 0 ? t({ id: `${onPdn.length} aplikasi aktif berjalan di Pusat Data Nasional`, en: `${onPdn.length} active application(s) run on the national data centre` })
            : t({ id: 'tidak ada aplikasi aktif yang berjalan di Pusat Data Nasional (PDN) yang aktif', en: 'no active application runs on an active national data centre (PDN)' }) });

    const intra = infra.filter(i => i.category === 'jaringan-intra');
    const connected = intra.filter(n => model.relations.some(r => r.kind === 'terhubung-ke' && (r.from === n.id || r.to === n.id)));
    rules.push({ indicator: 17, level: 3, holds: connected.length > 0,
        reason: connected.length > 0 ? t({ id: `terhubung ke ${connected.map(n => n.name).join(', ')}`, en: `connected to ${connected.map(n => n.name).join(', ')}` })
            : t({ id: 'tidak ada jaringan intra pemerintah aktif yang terhubung ke infrastruktur', en: 'no active intra-government network connected to the infrastructure' }) });

    const buses = infra.filter(i => i.category === 'sistem-penghubung-layanan');
    const viaBus = model.relations.filter(r => r.kind === 'terintegrasi-dengan' && r.via !== undefined && buses.some(b => b.id === r.via));
    rules.push({ indicator: 18, level: 3, holds: viaBus.length > 0,
        reason: viaBus.length > 0 ? t({ id: `${viaBus.length} integrasi melalui sistem penghubung layanan (SPLP) yang aktif`, en: `${viaBus.length} integration(s) go through an active service bus (SPLP)` })
            : buses.length > 0 ? t({ id: 'sistem penghubung layanan tidak membawa integrasi apa pun', en: 'the service bus carries no integration' })
                : t({ id: 'tidak ada sistem penghubung layanan (SPLP) aktif di model', en: 'no active service bus (SPLP) in the model' }) });

    const kinds = new Set(elements.filter(e => e.domain === 'keamanan').map(e => (e as { category?: string }).category));
    const missingKinds = (['standar', 'penerapan', 'kelaikan'] as const).filter(k => !kinds.has(k));
    rules.push({ indicator: 22, level: 3, holds: missingKinds.length === 0,
        reason: missingKinds.length === 0 ? t({ id: 'standar, penerapan dan kelaikan keamanan semuanya ada', en: 'security standards, their application and assurance are all in place' })
            : t({ id: `tidak ada elemen keamanan aktif berkategori ${missingKinds.join(', ')}`, en: `no active security element of kind ${missingKinds.join(', ')}` }) });

    const data = elements.filter(e => e.domain === 'data') as Extract<ArchElement, { domain: 'data' }>[];
    const ungoverned = data.filter(d => !d.custodian || !d.classification);
    rules.push({ indicator: 23, level: 3, holds: data.length > 0 && ungoverned.length === 0,
        reason: data.length === 0 ? t({ id: 'tidak ada data di model', en: 'no data sets in the model' })
            : ungoverned.length === 0 ? t({ id: `semua ${data.length} data memiliki wali data dan klasifikasi`, en: `all ${data.length} data sets have a custodian and a classification` })
                : t({ id: `${ungoverned.length} data tanpa wali data atau klasifikasi (${list(ungoverned)})`, en: `${ungoverned.length} data set(s) lack a custodian or a classification (${list(ungoverned)})` }) });

    // Service indicators covered by the Aplikasi Umum catalog.
    const supports = model.relations.filter(r => r.kind === 'mendukung');
    const serviceIndicators = [...new Set(model.catalog.sharedApps.flatMap(s => s.indicators))].sort((a, b) => a - b);
    for (const indicator of serviceIndicators) {
        const shared = model.catalog.sharedApps.filter(s => s.indicators.includes(indicator));
        const codes = shared.flatMap(s => s.covers);
        const serving = apps.filter(a =>
            (a.sharedApp !== undefined && shared.some(s => s.id === a.sharedApp))
            || supports.some(r => r.from === a.id && codes.some(c => { const p = byId.get(r.to)?.code?.code; return p !== undefined && (p === c || p.startsWith(c + '.')); })));
        rules.push({ indicator, level: 3, holds: serving.length > 0,
            reason: serving.length > 0 ? t({ id: `dilayani oleh ${serving.map(a => a.name).join(', ')}`, en: `served by ${serving.map(a => a.name).join(', ')}` })
                : t({ id: `tidak ada aplikasi aktif yang melayaninya (${shared.map(s => s.id).join(' atau ')}, atau aplikasi yang mendukung ${codes.join(', ')})`, en: `no active application serves it (${shared.map(s => s.id).join(' or ')}, or one supporting ${codes.join(', ')})` }) });
    }
    return rules;
}

/** Notes where a self-assessment disagrees with what the model shows, in `lang` (as evidenceRules). */
export function checkEvidence(model: SemanticModel, assessment: Assessment, lang?: Lang): EvidenceNote[] {
    return inLanguage(lang, () => notesFor(model, assessment));
}

function notesFor(model: SemanticModel, assessment: Assessment): EvidenceNote[] {
    const rules = rulesFor(model, assessment.year);
    const notes: EvidenceNote[] = [];
    for (const value of [...assessment.values].sort((a, b) => a.indicator - b.indicator)) {
        const own = rules.filter(r => r.indicator === value.indicator);
        if (own.length === 0) continue;
        const failed = own.filter(r => !r.holds && value.level >= r.level).sort((a, b) => a.level - b.level)[0];
        if (failed) {
            notes.push({ indicator: value.indicator, kind: 'unsupported', assessed: value.level, level: failed.level,
                message: t({ id: `indikator ${value.indicator} dinilai mandiri pada level ${value.level}, tetapi model tidak menunjukkan level ${failed.level}: ${failed.reason}`,
                    en: `indicator ${value.indicator} is self-assessed at level ${value.level}, but the model does not show level ${failed.level}: ${failed.reason}` }) });
            continue;
        }
        const supported = Math.max(0, ...own.filter(r => r.holds).map(r => r.level));
        if (supported > value.level) {
            const reason = own.filter(r => r.holds && r.level === supported)[0].reason;
            notes.push({ indicator: value.indicator, kind: 'below-model', assessed: value.level, level: supported,
                message: t({ id: `indikator ${value.indicator} dinilai mandiri pada level ${value.level}, di bawah level ${supported} yang didukung model: ${reason}`,
                    en: `indicator ${value.indicator} is self-assessed at level ${value.level}, below level ${supported} that the model supports: ${reason}` }) });
        }
    }
    return notes;
}
