// The SPBE index self-assessment (`penilaian`): what `spbe index` and the code lens compute from, checked
// as it is typed. Each assessment is read against its own rule set (`aturan X`, else PermenPANRB 59/2020).
import type { ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import type { RuleChecks, RuleContext } from './context.js';
import { report } from './report.js';
import { Rules } from './rules.js';
import { DEFAULT_INDEX_RULE_SET } from './workspace-facts.js';

export function indexChecks(ctx: RuleContext): RuleChecks {
    const checkAssessment = (node: ast.Penilaian, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        // An unknown `aturan` is a linking error (SPBE-L01); then the indicators cannot be judged.
        const ruleSet = node.aturan ? node.aturan.ref : facts.ruleSetNamed(DEFAULT_INDEX_RULE_SET);
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
        const ruleSetName = node.aturan?.$refText ?? DEFAULT_INDEX_RULE_SET;
        const same = facts.sameAssessments(node);
        if (same && same.count > 1 && same.first !== node) {
            report(accept, Rules.assessmentYearTwice, {
                id: `Tahun ${node.tahun} sudah dinilai dengan aturan ${ruleSetName}; indeks tahun itu jadi tidak jelas. Gabungkan kedua penilaian.`,
                en: `${node.tahun} is already assessed under ${ruleSetName}, so that year's index is ambiguous. Merge the two assessments.`
            }, { node, property: 'tahun' });
        }
    };
    return { Penilaian: [checkAssessment] };
}
