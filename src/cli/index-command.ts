// spbe index: the SPBE index of every self-assessment (penilaian) under one rule set, the sub-indices,
// the projection over the planning period and the notes where the model disagrees with the assessment.
import { inLanguage, t, type Lang } from '../common/i18n.js';
import type { SemanticModel } from '../model/types.js';
import { computeAll, DEFAULT_RULE_SET, findRuleSet, ruleSetIssues, type IndexResult } from '../index/compute.js';
import { projectIndex, type Projection } from '../index/projection.js';
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
    problems: string[];
}

/** Everything `spbe index` shows, as data. */
export function indexReport(model: SemanticModel, ruleSetId?: string, lang?: Lang): IndexReport {
    const latest = [...model.assessments].sort((a, b) => a.year - b.year).pop();
    const id = ruleSetId ?? latest?.ruleSet ?? DEFAULT_RULE_SET;
    const ruleSet = findRuleSet(model, id);
    if (!ruleSet) throw new UsageError(`unknown rule set '${id}'. Known: ${model.indexRuleSets.map(r => r.id).join(', ')}`);
    const { results, problems } = computeAll(model, id);
    problems.push(...ruleSetIssues(ruleSet).map(i => i.message));
    const skipped = model.assessments.filter(a => (a.ruleSet ?? id) !== id);
    if (skipped.length) problems.push(`assessment(s) ${skipped.map(a => a.year).join(', ')} use another rule set; pass --aturan to see them`);
    const scored = model.assessments.filter(a => (a.ruleSet ?? id) === id).sort((a, b) => a.year - b.year);
    const last = scored[scored.length - 1];
    const notes = last && id === EVIDENCE_RULE_SET ? checkEvidence(model, last, lang) : [];
    return {
        agency: model.agency?.name, ruleSet: { id: ruleSet.id, name: ruleSet.name }, results,
        projection: projectIndex(model, ruleSet, id), evidence: { year: last?.year, notes }, problems
    };
}

const fmt = (x: number | undefined) => x === undefined ? '-' : x.toFixed(2);
const pad = (s: string, n: number) => s.length >= n ? s + ' ' : s + ' '.repeat(n - s.length);

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
                + `${r.indicators.length - r.missing.length}/${r.indicators.length}`);
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
    const projected = report.projection.years.filter(y => y.basis === 'projection');
    if (projected.length) {
        out.push('');
        out.push(t({ id: 'Proyeksi dari target indikator peta rencana:', en: 'Projection from the roadmap\'s indicator targets:' }));
        for (const y of projected) {
            const raised = y.raised.map(r => `${r.indicator}: ${r.from ?? '-'}→${r.to} (${r.initiatives.join(', ')})`).join('; ');
            out.push(`  ${y.year}  ${fmt(y.result.index)}  ${pad(y.result.predicate ?? '-', 12)}${raised || t({ id: 'tidak ada perubahan', en: 'no change' })}`);
        }
    }
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
