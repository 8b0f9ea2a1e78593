// The SPBE index self-assessment (`penilaian`): what `spbe index` and the code lens compute from, checked
// as it is typed. Each assessment is read against its own rule set (`aturan X`, else the agency's
// `aturan-indeks`, else PermenPANRB 59/2020), and in the years that rule set applies.
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import { isBuiltinUri } from '../../reference/builtin-library.js';
import { builtinRuleSetInfo, builtinSuccessorOf } from '../../reference/index-rule-sets.js';
import type { RuleChecks, RuleContext } from './context.js';
import { report } from './report.js';
import { Rules } from './rules.js';

export function indexChecks(ctx: RuleContext): RuleChecks {
    const checkAssessment = (node: ast.Penilaian, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        // An unknown `aturan` is a linking error (SPBE-L01); then the indicators cannot be judged.
        const ruleSet = node.aturan ? node.aturan.ref : facts.ruleSetNamed(facts.assessmentRuleSet(node));
        const known = ruleSet ? new Set(ruleSet.indikator.map(i => i.nomor)) : undefined;
        let max = -Infinity;
        for (const n of known ?? []) if (n > max) max = n;
        const seen = new Map<number, ast.NilaiIndikator>();
        for (const value of node.nilai) {
            // An indicator or level lost to a syntax error is reported by the syntax error.
            if (value.nomor === undefined || value.level === undefined) continue;
            if (known && !known.has(value.nomor)) {
                report(accept, Rules.assessedUnknownIndicator, {
                    id: `Indikator ${value.nomor} tidak ada dalam aturan indeks ${ruleSet!.name} (indikator 1–${max}).`,
                    en: `Indicator ${value.nomor} is not in the index rule set ${ruleSet!.name} (indicators 1–${max}).`
                }, { node: value, property: 'nomor' });
            }
            if (!Number.isInteger(value.level) || value.level < 1 || value.level > 5) {
                report(accept, Rules.assessedLevelRange, {
                    id: `Level ${value.level} tidak valid: level kematangan indeks SPBE adalah bilangan bulat 1–5.`,
                    en: `Level ${value.level} is invalid: SPBE index maturity levels are whole numbers 1–5.`
                }, { node: value, property: 'level' });
            }
            const earlier = seen.get(value.nomor);
            if (earlier) {
                report(accept, Rules.indicatorAssessedTwice, {
                    id: `Indikator ${value.nomor} sudah dinilai di penilaian ${node.tahun} (level ${earlier.level}); satu indikator, satu level. Hapus salah satunya.`,
                    en: `Indicator ${value.nomor} is already assessed in the ${node.tahun} assessment (level ${earlier.level}); one indicator, one level. Remove one.`
                }, { node: value, property: 'nomor' });
            } else {
                seen.set(value.nomor, value);
            }
        }
        const ruleSetName = facts.assessmentRuleSet(node);
        const same = facts.sameAssessments(node);
        if (same && same.count > 1 && same.first !== node) {
            report(accept, Rules.assessmentYearTwice, {
                id: `Tahun ${node.tahun} sudah dinilai dengan aturan ${ruleSetName}; indeks tahun itu jadi tidak jelas. Gabungkan kedua penilaian.`,
                en: `${node.tahun} is already assessed under ${ruleSetName}, so that year's index is ambiguous. Merge the two assessments.`
            }, { node, property: 'tahun' });
        }
    };
    /** What the reference data says about the years of a built-in rule set (a workspace's own set: nothing). */
    const years = (name: string) => {
        const node = ctx.facts().ruleSetNamed(name);
        if (!node || !isBuiltinUri(AstUtils.getDocument(node).uri)) return undefined;
        const info = builtinRuleSetInfo(name);
        const successor = builtinSuccessorOf(name);
        return info ? { from: info.appliesFrom, status: info.status, successor: successor?.appliesFrom !== undefined ? successor : undefined } : undefined;
    };

    // An assessment is made under the rule set in force in its year (index-rule-sets.csv).
    const checkAssessmentYear = (node: ast.Penilaian, accept: ValidationAcceptor) => {
        const name = ctx.facts().assessmentRuleSet(node);
        const y = years(name);
        if (!y || !Number.isFinite(node.tahun)) return;
        if (y.from !== undefined && node.tahun < y.from) {
            report(accept, Rules.ruleSetYear, {
                id: `Penilaian ${node.tahun} memakai ${name}, yang baru berlaku mulai evaluasi ${y.from} (${y.status}).`,
                en: `The ${node.tahun} assessment uses ${name}, which applies only from the ${y.from} evaluation (${y.status}).`
            }, { node, property: 'tahun' });
        } else if (y.successor && node.tahun >= y.successor.appliesFrom!) {
            report(accept, Rules.ruleSetYear, {
                id: `Penilaian ${node.tahun} memakai ${name}, padahal sejak ${y.successor.appliesFrom} berlaku ${y.successor.id} yang menggantikannya (${y.successor.status}). Nilai dengan \`aturan ${y.successor.id}\`.`,
                en: `The ${node.tahun} assessment uses ${name}, but from ${y.successor.appliesFrom} ${y.successor.id} replaces it (${y.successor.status}). Assess under \`aturan ${y.successor.id}\`.`
            }, { node, property: 'tahun' });
        }
    };

    // A roadmap target for a year before its rule set applies (a target set under an older rule set for
    // years after a newer one applies is not wrong: \`spbe index\` reports how it carries over).
    const checkTargetYear = (node: ast.TargetTahunan, accept: ValidationAcceptor) => {
        const ruleSet = ctx.facts().targetRuleSet(node.$container);
        const y = ruleSet && years(ruleSet.name);
        if (!y || y.from === undefined || !(node.tahun < y.from)) return;
        report(accept, Rules.ruleSetYear, {
            id: `Target ${node.tahun} untuk indikator ${node.$container.nomor} ${ruleSet!.name}, yang baru berlaku mulai evaluasi ${y.from} (${y.status}).`,
            en: `The ${node.tahun} target is for indicator ${node.$container.nomor} of ${ruleSet!.name}, which applies only from the ${y.from} evaluation (${y.status}).`
        }, { node, property: 'tahun' });
    };

    return { Penilaian: [checkAssessment, checkAssessmentYear], TargetTahunan: [checkTargetYear] };
}
