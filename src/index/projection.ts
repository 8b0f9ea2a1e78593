// The expected index for each year of the planning period, from the roadmap's indicator targets.
// Start from the levels of the latest assessment under the rule set; in each later year, every target an
// initiative sets for that year raises its indicator to the target level (a target never lowers a level:
// a roadmap plans improvements, and a lower target is a typo or an older plan). Cancelled initiatives
// (status batal) do not count. Targets for years up to the assessment year are compared with what was
// assessed and reported as met or missed instead.
import type { IndexRuleSet, SemanticModel } from '../model/types.js';
import { computeFromLevels, computeIndex, type IndexResult } from './compute.js';

export interface ProjectedYear {
    year: number;
    /** 'assessment' for the assessed base year, 'projection' for the years after it. */
    basis: 'assessment' | 'projection';
    result: IndexResult;
    /** Indicators raised in this year: number, from, to, and the initiatives whose targets raised them. */
    raised: { indicator: number; from?: number; to: number; initiatives: string[] }[];
}

export interface MissedTarget {
    indicator: number;
    year: number;
    target: number;
    assessed?: number;
    initiative: string;
}

export interface Projection {
    ruleSet: string;
    baseYear?: number;
    years: ProjectedYear[];
    /** Targets for the base year or earlier that the assessment of that year did not reach. */
    missed: MissedTarget[];
    /** Targets naming an indicator the rule set does not have. */
    unknownIndicators: { indicator: number; initiative: string }[];
}

/** The longest projection drawn up; a five-year roadmap needs six years or so. */
export const MAX_PROJECTED_YEARS = 30;

export function projectIndex(model: SemanticModel, ruleSet: IndexRuleSet, defaultRuleSet = ruleSet.id): Projection {
    const assessments = model.assessments.filter(a => (a.ruleSet ?? defaultRuleSet) === ruleSet.id).sort((a, b) => a.year - b.year);
    const base = assessments[assessments.length - 1];
    const known = new Set(ruleSet.indicators.map(i => i.number));
    const initiatives = model.roadmap.initiatives.filter(i => i.status !== 'batal');
    const unknownIndicators: Projection['unknownIndicators'] = [];
    const targetsByYear = new Map<number, { indicator: number; level: number; initiative: string }[]>();
    for (const initiative of initiatives) {
        for (const t of initiative.indicatorTargets) {
            if (!known.has(t.indicator)) { unknownIndicators.push({ indicator: t.indicator, initiative: initiative.id }); continue; }
            for (const target of t.targets) {
                const list = targetsByYear.get(target.year) ?? [];
                list.push({ indicator: t.indicator, level: target.level, initiative: initiative.id });
                targetsByYear.set(target.year, list);
            }
        }
    }
    const years: ProjectedYear[] = [];
    const missed: MissedTarget[] = [];
    const levels = new Map<number, number>();
    let baseYear: number | undefined;
    if (base) {
        const result = computeIndex(ruleSet, base);
        for (const s of result.indicators) if (s.level !== undefined) levels.set(s.number, s.level);
        baseYear = base.year;
        years.push({ year: base.year, basis: 'assessment', result, raised: [] });
        // Earlier targets are judged against the assessment of their own year (or the latest before it).
        for (const [year, targets] of targetsByYear) {
            if (year > base.year) continue;
            const assessed = [...assessments].reverse().find(a => a.year <= year);
            for (const t of targets) {
                const level = assessed?.values.find(v => v.indicator === t.indicator)?.level;
                if (level === undefined || level < t.level) missed.push({ indicator: t.indicator, year, target: t.level, assessed: level, initiative: t.initiative });
            }
        }
    }
    const targetYears = [...targetsByYear.keys()];
    // Nothing to start from and nothing planned: no projection (rather than a row of empty years).
    if (!base && targetYears.length === 0) return { ruleSet: ruleSet.id, baseYear, years, missed, unknownIndicators };
    const first = baseYear !== undefined ? baseYear + 1 : Math.min(model.agency?.period?.start ?? Infinity, ...targetYears);
    // At most MAX_PROJECTED_YEARS years: a target year with a typo (20266, or 999…9, which parses as
    // Infinity) made this loop run until memory ran out (found by the fuzzer, seed 3 input 111).
    const last = Math.min(Math.max(model.agency?.period?.end ?? -Infinity, ...targetYears), first + MAX_PROJECTED_YEARS - 1);
    // The loop counts years rather than stepping a year value: from 1e30 on, year++ leaves year unchanged
    // and the loop never ended (found by the fuzzer, seed 1 input 849: a period of thirty nines).
    const count = Number.isSafeInteger(Math.trunc(first)) && Number.isSafeInteger(Math.trunc(last)) ? Math.min(last - first + 1, MAX_PROJECTED_YEARS) : 0;
    for (let k = 0; k < count; k++) {
        const year = first + k;
        const raised = new Map<number, { from?: number; to: number; initiatives: string[] }>();
        for (const t of (targetsByYear.get(year) ?? []).sort((a, b) => a.indicator - b.indicator || a.initiative.localeCompare(b.initiative))) {
            const current = levels.get(t.indicator);
            const entry = raised.get(t.indicator);
            if (entry) {
                if (t.level > entry.to) { entry.to = t.level; entry.initiatives = [t.initiative]; }
                else if (t.level === entry.to) entry.initiatives.push(t.initiative);
            } else if (current === undefined || t.level > current) {
                raised.set(t.indicator, { from: current, to: t.level, initiatives: [t.initiative] });
            }
        }
        for (const [indicator, r] of raised) levels.set(indicator, r.to);
        years.push({
            year, basis: 'projection', result: computeFromLevels(ruleSet, year, new Map(levels)),
            raised: [...raised].map(([indicator, r]) => ({ indicator, ...r }))
        });
    }
    missed.sort((a, b) => a.year - b.year || a.indicator - b.indicator);
    return { ruleSet: ruleSet.id, baseYear, years, missed, unknownIndicators };
}
