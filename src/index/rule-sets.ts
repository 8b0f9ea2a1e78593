// Which rule set an assessment or a roadmap target belongs to, how indicators map between rule sets, and
// which rule set replaces which from which year. Every assessment and target belongs to one rule set: the
// one it names, else the agency's (`instansi { aturan-indeks X }`), else PermenPANRB 59/2020; a target
// without either also follows the rule set the latest assessment names (as the validator reads it, SPBE-P11).
// Indicators are carried from one rule set to another only through a documented mapping (the model's
// `indicatorMappings`, from src/reference/data/indicator-mapping.csv): an indicator number never means the
// same thing in two rule sets by itself (59/2020 no. 11 is Arsitektur SPBE, 8/2026 no. 11 Kriptografi).
import type { Assessment, IndexRuleSet, IndicatorMapping, IndicatorTarget, SemanticModel } from '../model/types.js';

export const DEFAULT_RULE_SET = 'permenpanrb-59-2020';

/** The agency's default rule set: the one its instansi names, else PermenPANRB 59/2020. */
export function agencyRuleSet(model: SemanticModel): string {
    return model.agency?.indexRuleSet ?? DEFAULT_RULE_SET;
}

export function assessmentRuleSet(model: SemanticModel, assessment: Assessment): string {
    return assessment.ruleSet ?? agencyRuleSet(model);
}

export function targetRuleSet(model: SemanticModel, target: IndicatorTarget): string {
    if (target.ruleSet) return target.ruleSet;
    if (model.agency?.indexRuleSet) return model.agency.indexRuleSet;
    const named = [...model.assessments].filter(a => a.ruleSet && model.indexRuleSets.some(r => r.id === a.ruleSet)).sort((a, b) => b.year - a.year)[0];
    return named?.ruleSet ?? DEFAULT_RULE_SET;
}

/** The documented mappings from one rule set's indicators to another's, by source indicator. */
export function mappingBetween(model: SemanticModel, from: string, to: string): Map<number, IndicatorMapping> {
    const out = new Map<number, IndicatorMapping>();
    for (const m of model.indicatorMappings ?? []) if (m.fromRuleSet === from && m.toRuleSet === to) out.set(m.fromIndicator, m);
    return out;
}

/** The rule set that replaces `ruleSet` from a known year, if the model has one. */
export function successorOf(model: SemanticModel, ruleSet: IndexRuleSet): IndexRuleSet | undefined {
    return model.indexRuleSets.find(r => r.replaces === ruleSet.id && r.appliesFrom !== undefined);
}

/** What is provisional about a rule set: its indicator weights grouped by firmness (not `verified`), its bands. */
export function provisional(ruleSet: IndexRuleSet): { weights: { status: string; indicators: number[] }[]; bands?: string } {
    const byStatus = new Map<string, number[]>();
    for (const i of ruleSet.indicators) {
        if (!i.weightStatus || i.weightStatus === 'verified') continue;
        const list = byStatus.get(i.weightStatus) ?? [];
        list.push(i.number);
        byStatus.set(i.weightStatus, list);
    }
    const bandStatuses = [...new Set(ruleSet.predicates.map(p => p.status).filter((s): s is string => !!s && s !== 'verified'))];
    return { weights: [...byStatus].map(([status, indicators]) => ({ status, indicators })), bands: bandStatuses.length ? bandStatuses.join(', ') : undefined };
}

/** `1–20, 25, 31–33`: indicator numbers as ranges. */
export function ranges(numbers: readonly number[]): string {
    const sorted = [...numbers].sort((a, b) => a - b);
    const out: string[] = [];
    for (let i = 0; i < sorted.length; i++) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
        out.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
        i = j;
    }
    return out.join(', ');
}
