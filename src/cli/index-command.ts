// spbe index: the SPBE index of every self-assessment (penilaian) under one rule set, the sub-indices,
// the projection over the planning period and the notes where the model disagrees with the assessment.
import { inLanguage, t, type Lang } from '../common/i18n.js';
import type { SemanticModel } from '../model/types.js';
import { computeAll, findRuleSet, ruleSetIssues, type IndexResult } from '../index/compute.js';
import { projectIndex, projectionSegments as segments, type ForeignTarget, type ProjectedYear, type Projection } from '../index/projection.js';
import { agencyRuleSet, assessmentRuleSet, provisional, ranges } from '../index/rule-sets.js';
import { checkEvidence, EVIDENCE_RULE_SET, type EvidenceNote } from '../index/evidence.js';
import { UsageError } from './errors.js';
import { loadWorkspace } from './load.js';
import { terminalSafeJson, visible } from './terminal-text.js';
import { checkOutputLocation, writeOutputFile } from './write-output.js';

export interface IndexOptions {
    format: 'text' | 'json';
    ruleSet?: string;
    /** Write the report to this file (whole or not at all) instead of standard output. */
    output?: string;
    /** The language of the report (default: the environment's). */
    lang?: Lang;
}

export interface IndexReport {
    agency?: string;
    ruleSet: { id: string; name: string };
    results: IndexResult[];
    projection: Projection;
    /** Evidence notes for the latest assessment (59/2020 only). */
    evidence: { year?: number; notes: EvidenceNote[] };
    /** What is provisional about each rule set the report shows (the reference data's status columns). */
    caveats: RuleSetCaveat[];
    problems: string[];
}

export interface RuleSetCaveat {
    ruleSet: string;
    /** Indicator weights that are not verified, by status (e.g. recalled, secondary). */
    weights: { status: string; indicators: number[] }[];
    /** The status of the predicate bands, when not verified. */
    bands?: string;
    /** When the rule set applies, and how firm that is. */
    appliesFrom?: number;
    status?: string;
}

/** Everything `spbe index` shows, as data. */
export function indexReport(model: SemanticModel, ruleSetId?: string, lang?: Lang): IndexReport {
    const latest = [...model.assessments].sort((a, b) => a.year - b.year).pop();
    const id = ruleSetId ?? (latest ? assessmentRuleSet(model, latest) : agencyRuleSet(model));
    const ruleSet = findRuleSet(model, id);
    if (!ruleSet) throw new UsageError(`unknown rule set '${id}'. Known: ${model.indexRuleSets.map(r => r.id).join(', ')}`);
    const { results, problems } = computeAll(model, id);
    const skipped = model.assessments.filter(a => assessmentRuleSet(model, a) !== id);
    if (skipped.length) problems.push(`assessment(s) ${skipped.map(a => a.year).join(', ')} use another rule set; pass --aturan to see them`);
    const scored = model.assessments.filter(a => assessmentRuleSet(model, a) === id).sort((a, b) => a.year - b.year);
    const last = scored[scored.length - 1];
    const notes = last && id === EVIDENCE_RULE_SET ? checkEvidence(model, last, lang) : [];
    const projection = projectIndex(model, ruleSet);
    // The rule sets shown: this one and those the projection switches to.
    const shown = [ruleSet, ...segments(projection).map(p => findRuleSet(model, p.ruleSet)!).filter(r => r.id !== ruleSet.id)];
    for (const r of shown) problems.push(...ruleSetIssues(r).map(i => i.message));
    const caveats = shown.map(r => {
        const p = provisional(r);
        const caveat: RuleSetCaveat = { ruleSet: r.id, weights: p.weights };
        if (p.bands) caveat.bands = p.bands;
        if (r.appliesFrom !== undefined) { caveat.appliesFrom = r.appliesFrom; caveat.status = r.status; }
        return caveat;
    });
    return { agency: model.agency?.name, ruleSet: { id: ruleSet.id, name: ruleSet.name }, results, projection, evidence: { year: last?.year, notes }, caveats, problems };
}

const fmt = (x: number | undefined) => x === undefined ? '-' : x.toFixed(2);
const pad = (s: string, n: number) => s.length >= n ? s + ' ' : s + ' '.repeat(n - s.length);

/** A projected year: the index only where every indicator has a level, or the levels come from an assessment. */
function projectedIndex(y: ProjectedYear, assessed: boolean): string {
    const r = y.result;
    const have = r.indicators.length - r.missing.length;
    if (r.complete) return `${fmt(r.index)}  ${pad(r.predicate ?? '-', 12)}`;
    if (assessed && r.index !== undefined) return `${fmt(r.index)}  ${pad(r.predicate ?? '-', 12)}${t({ id: `(belum lengkap: ${have}/${r.indicators.length}) `, en: `(incomplete: ${have}/${r.indicators.length}) ` })}`;
    return t({ id: `tanpa indeks: baru ${have} dari ${r.indicators.length} indikator punya level  `, en: `no index: ${have} of ${r.indicators.length} indicators have a level  ` });
}

function foreignList(list: ForeignTarget[]): string {
    return list.map(f => `${f.ruleSet} ${f.indicator}${f.to !== undefined ? ` → ${f.to}` : ''} (${f.initiative}: ${f.years.join(', ')})`).join('; ');
}

function formatProjection(out: string[], report: IndexReport): void {
    const all = segments(report.projection);
    for (const [k, p] of all.entries()) {
        const projected = p.years.filter(y => y.basis === 'projection');
        const name = p.ruleSetName;
        const caveat = report.caveats.find(c => c.ruleSet === p.ruleSet);
        if (k === 0 && p.startsAt === undefined) {
            if (projected.length === 0 && p.unmapped.length === 0) { if (!p.switchTo) continue; }
            else {
                out.push('');
                out.push(p.baseYear !== undefined
                    ? t({ id: `Proyeksi dari target indikator peta rencana (diproyeksikan, bukan dinilai; dari penilaian ${p.baseYear}):`, en: `Projection from the roadmap's indicator targets (projected, not assessed; from the ${p.baseYear} assessment):` })
                    : t({ id: 'Proyeksi dari target indikator peta rencana (diproyeksikan, bukan dinilai; tanpa penilaian sebagai dasar):', en: 'Projection from the roadmap\'s indicator targets (projected, not assessed; no assessment to start from):' }));
            }
        } else {
            out.push('');
            const applies = caveat?.appliesFrom !== undefined ? ` (${t({ id: 'berlaku mulai', en: 'applies from' })} ${caveat.appliesFrom}: ${caveat.status})` : '';
            const from = p.carried[0]?.fromRuleSet ?? all[k - 1]?.ruleSet;
            out.push(k === 0
                ? t({ id: `Proyeksi (diproyeksikan, bukan dinilai): ${name}${applies}; belum ada penilaian dengan aturan ini, jadi proyeksi dimulai ${p.startsAt} dari level ${from ?? '-'} (penilaian terakhirnya dan target peta rencana sampai ${p.startsAt! - 1}) yang dibawa lewat padanan indikator:`,
                    en: `Projection (projected, not assessed): ${name}${applies}; no assessment under it yet, so it starts in ${p.startsAt} from the levels of ${from ?? '-'} (its latest assessment and the roadmap's targets to ${p.startsAt! - 1}) carried over through the indicator mapping:` })
                : t({ id: `Mulai ${p.startsAt} indeks dinilai dengan ${name}, yang menggantikan ${all[k - 1].ruleSet}${applies}. Level yang dibawa lewat padanan indikator:`,
                    en: `From ${p.startsAt} the index is evaluated under ${name}, which replaces ${all[k - 1].ruleSet}${applies}. Levels carried over through the indicator mapping:` }));
            out.push(p.carried.length
                ? `  ${p.carried.map(c => `${c.fromRuleSet} ${c.fromIndicator} → ${c.indicator}: level ${c.level}`).join('; ')} (${[...new Set(p.carried.map(c => c.status))].join(', ')})`
                : t({ id: '  tidak ada (tidak ada padanan terdokumentasi untuk indikator yang punya level)', en: '  none (no documented counterpart for any indicator with a level)' }));
        }
        for (const y of projected) {
            const raised = y.raised.map(r => `${r.indicator}: ${r.from ?? '-'}→${r.to} (${r.initiatives.join(', ')})`).join('; ');
            out.push(`  ${y.year}  ${projectedIndex(y, p.baseYear !== undefined)}${raised || t({ id: 'tidak ada perubahan', en: 'no change' })}`);
        }
        if (p.mapped.length) out.push(t({ id: `  Target aturan lain yang dibawa lewat padanan (${[...new Set(p.mapped.map(m => m.status))].join(', ')}): `, en: `  Targets of another rule set carried through the mapping (${[...new Set(p.mapped.map(m => m.status))].join(', ')}): ` }) + foreignList(p.mapped));
        if (p.unmapped.length) out.push(t({ id: `  Target yang tidak dibawa (tidak ada padanan terdokumentasi di ${p.ruleSet}): `, en: `  Targets not carried over (no documented counterpart in ${p.ruleSet}): ` }) + foreignList(p.unmapped));
        if (p.noSwitch) {
            out.push(p.noSwitch.reason === 'period-ends'
                ? t({ id: `  Proyeksi tidak beralih ke ${p.noSwitch.ruleSet} (berlaku mulai ${p.noSwitch.appliesFrom}): periode dan target berakhir sebelumnya.`, en: `  The projection does not switch to ${p.noSwitch.ruleSet} (applies from ${p.noSwitch.appliesFrom}): the period and the targets end before then.` })
                : t({ id: `  Proyeksi tetap dengan ${p.ruleSet}: penilaian terakhir memakainya, meski ${p.noSwitch.ruleSet} berlaku mulai ${p.noSwitch.appliesFrom}.`, en: `  The projection stays with ${p.ruleSet}: the latest assessment uses it, though ${p.noSwitch.ruleSet} applies from ${p.noSwitch.appliesFrom}.` }));
        }
        if (p.unknownIndicators.length) out.push(t({ id: '  Target untuk indikator yang tidak ada: ', en: '  Targets for indicators the rule set does not have: ' }) + p.unknownIndicators.map(u => `${u.indicator} (${u.initiative})`).join(', '));
    }
}

export function formatIndexText(report: IndexReport, lang?: Lang): string {
    return inLanguage(lang, () => textReport(report));
}

function textReport(report: IndexReport): string {
    const out: string[] = [];
    out.push(`${t({ id: 'Indeks SPBE', en: 'SPBE index' })}${report.agency ? ` — ${report.agency}` : ''} (${report.ruleSet.name})`);
    out.push('');
    if (report.results.length === 0) {
        out.push(t({ id: 'Belum ada penilaian mandiri (penilaian) untuk aturan ini.', en: 'No self-assessment (penilaian) under this rule set yet.' }));
    } else {
        const groups = report.results[0].domains.length ? report.results[0].domains : report.results[0].aspects;
        out.push(pad(t({ id: 'Tahun', en: 'Year' }), 6) + pad(t({ id: 'Indeks', en: 'Index' }), 7) + pad(t({ id: 'Predikat', en: 'Predicate' }), 13)
            + groups.map(g => pad(g.id, 6)).join('') + t({ id: 'Indikator', en: 'Indicators' }));
        for (const r of report.results) {
            const groupsOf = r.domains.length ? r.domains : r.aspects;
            out.push(pad(String(r.year), 6) + pad(fmt(r.index), 7) + pad(r.predicate ?? '-', 13) + groupsOf.map(g => pad(fmt(g.index), 6)).join('')
                + `${r.indicators.length - r.missing.length}/${r.indicators.length}${r.complete ? '' : t({ id: ' (belum lengkap)', en: ' (incomplete)' })}`);
        }
        out.push('');
        out.push(...groups.map(g => `${g.id} = ${g.name} (${t({ id: 'bobot', en: 'weight' })} ${g.weight})`));
        const latest = report.results[report.results.length - 1];
        out.push('');
        out.push(`${t({ id: 'Aspek', en: 'Aspects' })} ${latest.year}:`);
        for (const a of latest.aspects) out.push(`  ${pad(a.id, 4)}${pad(fmt(a.index), 6)}${a.name}`);
        for (const r of report.results) {
            if (!r.complete) out.push(t({ id: `Penilaian ${r.year} belum lengkap: indikator ${r.missing.join(', ')} tidak dinilai (indeks dihitung dari yang dinilai).`,
                en: `Assessment ${r.year} is incomplete: indicator(s) ${r.missing.join(', ')} not assessed (the index is the mean of the assessed ones).` }));
            for (const i of r.issues) out.push(`${r.year}: ${i.message}`);
        }
    }
    formatProjection(out, report);
    if (report.projection.missed.length) {
        out.push('');
        out.push(t({ id: 'Target yang tidak tercapai:', en: 'Targets not reached:' }));
        for (const m of report.projection.missed) out.push(`  ${m.year} ${t({ id: 'indikator', en: 'indicator' })} ${m.indicator}: target ${m.target}, ${t({ id: 'dinilai', en: 'assessed' })} ${m.assessed ?? '-'} (${m.initiative})`);
    }
    if (report.evidence.notes.length) {
        out.push('');
        out.push(t({ id: `Bukti dari model (penilaian ${report.evidence.year}):`, en: `Evidence from the model (assessment ${report.evidence.year}):` }));
        for (const n of report.evidence.notes) out.push(`  ${n.kind === 'unsupported' ? '!' : '+'} ${n.message}`);
    }
    const provisionalLines = report.caveats.flatMap(c => {
        const parts = c.weights.map(w => t({ id: `bobot indikator ${ranges(w.indicators)} ${w.status}`, en: `weights of indicators ${ranges(w.indicators)} ${w.status}` }));
        if (c.bands) parts.push(t({ id: `batas predikat ${c.bands}`, en: `predicate bands ${c.bands}` }));
        return parts.length ? [`  ${c.ruleSet}: ${parts.join('; ')}`] : [];
    });
    if (provisionalLines.length) {
        out.push('');
        out.push(t({ id: 'Sementara (menurut kolom status data referensi; bukan angka resmi yang terverifikasi):', en: 'Provisional (from the reference data\'s status columns; not verified official figures):' }));
        out.push(...provisionalLines);
    }
    for (const p of report.problems) out.push(`note: ${p}`);
    // Each entry is one line; names and notes carry model text, whose control and bidi characters
    // (line breaks included) are shown escaped.
    return out.map(visible).join('\n') + '\n';
}

export async function runIndex(paths: string[], options: IndexOptions): Promise<number> {
    if (options.output !== undefined) await checkOutputLocation(options.output);
    const workspace = await loadWorkspace(paths, { language: options.lang });
    const report = indexReport(workspace.model, options.ruleSet, options.lang);
    const errors = workspace.model.findings.filter(f => f.severity === 'error').length;
    if (errors) report.problems.push(`the model has ${errors} error(s); run 'spbe check' (elements with errors may be missing)`);
    const text = options.format === 'json' ? terminalSafeJson(JSON.stringify(report, null, 2)) + '\n' : formatIndexText(report, options.lang);
    if (options.output !== undefined) await writeOutputFile(options.output, text);
    else process.stdout.write(text);
    return 0;
}
