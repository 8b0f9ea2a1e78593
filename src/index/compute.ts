// The SPBE index of one self-assessment under one rule set: a pure function of the semantic model.
//
// Formula (PermenPANRB 59/2020 and 8/2026 alike): every indicator weight is a share of the whole index
// (the 59/2020 CSV gives percentages of the total: 10×1.3 + 10×2.5 + 11×1.5 + 10×2.75 + 6×3 = 100), so
//
//     index = Σ (weight_i × level_i) / Σ weight_i        over the assessed indicators i
//
// and a domain's or aspect's sub-index is the same weighted mean over its own indicators. With every
// indicator assessed Σ weight_i = 100 and index = Σ (domain weight × domain index) / 100. An indicator
// missing from the assessment is left out of both sums (the mean is taken over what was assessed) and the
// result is marked incomplete, listing what is missing, rather than silently scoring it 0 or 1.
// The index is rounded to two decimals, as KemenPANRB publishes it, and the predicate is read off the
// rounded value: a band includes its lower edge (2.60 is Baik, not Cukup).
import type { Assessment, IndexRuleSet, SemanticModel } from '../model/types.js';

import { assessmentRuleSet } from './rule-sets.js';

export { DEFAULT_RULE_SET } from './rule-sets.js';

export interface SubIndex {
    id: string;
    name: string;
    /** The group's weight as the rule set states it (a share of the index). */
    weight: number;
    /** Weighted mean of the group's assessed levels; undefined when none of them is assessed. */
    index?: number;
    assessed: number;
    total: number;
}

export interface IndicatorScore {
    number: number;
    name: string;
    aspect: string;
    domain?: string;
    weight: number;
    level?: number;
    evidence: string[];
}

export interface IndexIssue {
    kind: 'unknown-indicator' | 'invalid-level' | 'duplicate-indicator' | 'weights';
    indicator?: number;
    message: string;
}

export interface IndexResult {
    year: number;
    ruleSet: string;
    ruleSetName: string;
    /** Unrounded weighted mean; undefined when nothing valid was assessed. */
    raw?: number;
    /** Rounded to two decimals. */
    index?: number;
    predicate?: string;
    complete: boolean;
    missing: number[];
    indicators: IndicatorScore[];
    domains: SubIndex[];
    aspects: SubIndex[];
    issues: IndexIssue[];
}

/** Rounds to two decimals without binary-fraction surprises (2.5999999999 -> 2.60). */
export function round2(x: number): number {
    return Math.round((x + Number.EPSILON) * 100 + 1e-9) / 100;
}

/** The band a (rounded) index falls in: the lower edge is inclusive, the upper exclusive. */
export function predicateOf(ruleSet: IndexRuleSet, index: number): string | undefined {
    const value = round2(index);
    return ruleSet.predicates.find(p => value >= p.min - 1e-9 && value < p.max - 1e-9)?.name;
}

export function findRuleSet(model: SemanticModel, id: string): IndexRuleSet | undefined {
    return model.indexRuleSets.find(r => r.id === id);
}

/** The rule set an assessment is scored under: its own `aturan`, else the agency's, else PermenPANRB 59/2020. */
export function ruleSetFor(model: SemanticModel, assessment: Assessment): IndexRuleSet | undefined {
    return findRuleSet(model, assessmentRuleSet(model, assessment));
}

/** Checks a rule set's weights add up: indicators to 100, and each aspect/domain to its indicators. */
export function ruleSetIssues(ruleSet: IndexRuleSet): IndexIssue[] {
    const issues: IndexIssue[] = [];
    const close = (a: number, b: number) => Math.abs(a - b) < 0.01;
    const total = ruleSet.indicators.reduce((s, i) => s + i.weight, 0);
    if (!close(total, 100)) issues.push({ kind: 'weights', message: `indicator weights of ${ruleSet.id} add up to ${round2(total)}, not 100` });
    for (const aspect of ruleSet.aspects) {
        const sum = ruleSet.indicators.filter(i => i.aspect === aspect.id).reduce((s, i) => s + i.weight, 0);
        if (!close(sum, aspect.weight)) issues.push({ kind: 'weights', message: `aspect ${aspect.id} weighs ${aspect.weight} but its indicators add up to ${round2(sum)}` });
    }
    for (const domain of ruleSet.domains) {
        const aspects = new Set(ruleSet.aspects.filter(a => a.domain === domain.id).map(a => a.id));
        const sum = ruleSet.indicators.filter(i => aspects.has(i.aspect)).reduce((s, i) => s + i.weight, 0);
        if (!close(sum, domain.weight)) issues.push({ kind: 'weights', message: `domain ${domain.id} weighs ${domain.weight} but its indicators add up to ${round2(sum)}` });
    }
    return issues;
}

/** Scores levels (indicator number -> level) under a rule set. Used for assessments and projections alike. */
export function computeFromLevels(ruleSet: IndexRuleSet, year: number, levels: Map<number, number>, evidence = new Map<number, string[]>(), issues: IndexIssue[] = []): IndexResult {
    const aspectDomain = new Map(ruleSet.aspects.map(a => [a.id, a.domain]));
    const indicators: IndicatorScore[] = ruleSet.indicators.map(i => ({
        number: i.number, name: i.name, aspect: i.aspect, domain: aspectDomain.get(i.aspect), weight: i.weight,
        level: levels.get(i.number), evidence: evidence.get(i.number) ?? []
    }));
    const mean = (scores: IndicatorScore[]) => {
        const assessed = scores.filter(s => s.level !== undefined);
        const weight = assessed.reduce((s, i) => s + i.weight, 0);
        return { assessed: assessed.length, index: weight > 0 ? assessed.reduce((s, i) => s + i.weight * i.level!, 0) / weight : undefined };
    };
    const sub = (group: { id: string; name: string; weight: number }, scores: IndicatorScore[]): SubIndex => {
        const m = mean(scores);
        return { id: group.id, name: group.name, weight: group.weight, index: m.index === undefined ? undefined : round2(m.index), assessed: m.assessed, total: scores.length };
    };
    const all = mean(indicators);
    const index = all.index === undefined ? undefined : round2(all.index);
    const missing = indicators.filter(i => i.level === undefined).map(i => i.number);
    return {
        year, ruleSet: ruleSet.id, ruleSetName: ruleSet.name, raw: all.index, index,
        predicate: index === undefined ? undefined : predicateOf(ruleSet, index),
        complete: missing.length === 0, missing, indicators,
        domains: ruleSet.domains.map(d => sub(d, indicators.filter(i => i.domain === d.id))),
        aspects: ruleSet.aspects.map(a => sub(a, indicators.filter(i => i.aspect === a.id))),
        issues
    };
}

/** The index of one self-assessment. Values for unknown indicators or outside 1–5 are reported and left out. */
export function computeIndex(ruleSet: IndexRuleSet, assessment: Assessment): IndexResult {
    const known = new Set(ruleSet.indicators.map(i => i.number));
    const levels = new Map<number, number>();
    const evidence = new Map<number, string[]>();
    const issues: IndexIssue[] = [];
    for (const v of assessment.values) {
        if (!known.has(v.indicator)) {
            issues.push({ kind: 'unknown-indicator', indicator: v.indicator, message: `indicator ${v.indicator} is not in rule set ${ruleSet.id}` });
        } else if (!Number.isInteger(v.level) || v.level < 1 || v.level > 5) {
            issues.push({ kind: 'invalid-level', indicator: v.indicator, message: `indicator ${v.indicator}: level ${v.level} is not a whole number from 1 to 5` });
        } else if (levels.has(v.indicator)) {
            issues.push({ kind: 'duplicate-indicator', indicator: v.indicator, message: `indicator ${v.indicator} is assessed twice in ${assessment.year}; the first value counts` });
        } else {
            levels.set(v.indicator, v.level);
            evidence.set(v.indicator, v.evidence);
        }
    }
    return computeFromLevels(ruleSet, assessment.year, levels, evidence, issues);
}

/** Every assessment in the model scored under its rule set (only those of `ruleSetId` when given), by year. */
export function computeAll(model: SemanticModel, ruleSetId?: string): { results: IndexResult[]; problems: string[] } {
    const results: IndexResult[] = [];
    const problems: string[] = [];
    for (const assessment of [...model.assessments].sort((a, b) => a.year - b.year)) {
        // An assessment belongs to one rule set: never scored under another one's indicators.
        const id = assessmentRuleSet(model, assessment);
        if (ruleSetId && id !== ruleSetId) continue;
        const ruleSet = findRuleSet(model, id);
        if (!ruleSet) { problems.push(`assessment ${assessment.year}: unknown rule set '${id}'`); continue; }
        results.push(computeIndex(ruleSet, assessment));
    }
    return { results, problems };
}
