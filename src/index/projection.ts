// The expected index for each year of the planning period, from the roadmap's indicator targets, under the
// rule set in force in each year.
//
// Start from the levels of the latest assessment under the rule set; in each later year, every target an
// initiative sets for that year raises its indicator to the target level (a target never lowers a level:
// a roadmap plans improvements, and a lower target is a typo or an older plan). Cancelled initiatives
// (status batal) do not count. Targets for years up to the assessment year are compared with what was
// assessed and reported as met or missed instead.
//
// Rule sets (rule-sets.ts). A target of another rule set counts only through a documented indicator
// mapping (`mapped`); without one it is listed (`unmapped`) and never read as the same number here. When a
// newer rule set replaces this one within the period (its `appliesFrom`), the projection switches to it in
// that year (`switchTo`): the levels reached by then are carried over through the mapping (`carried`) and the
// later years are projected under the newer rule set; when it does not switch, `noSwitch` says why. Entered
// at a rule set that replaces another and has no assessment of its own, the projection starts where the
// older one leaves off.
import type { IndexRuleSet, SemanticModel } from '../model/types.js';
import { computeFromLevels, computeIndex, findRuleSet, type IndexResult } from './compute.js';
import { assessmentRuleSet, mappingBetween, successorOf, targetRuleSet } from './rule-sets.js';

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

/** A target of another rule set used here through a mapping, or one that has no counterpart here. */
export interface ForeignTarget {
    ruleSet: string;
    indicator: number;
    initiative: string;
    years: number[];
    /** The indicator it counts as here, and the mapping's status (undefined: not carried over). */
    to?: number;
    status?: string;
}

/** A level carried over from the rule set this one replaces. */
export interface CarriedLevel { fromRuleSet: string; fromIndicator: number; indicator: number; level: number; status: string }

export interface Projection {
    ruleSet: string;
    ruleSetName: string;
    baseYear?: number;
    years: ProjectedYear[];
    /** Targets for the base year or earlier that the assessment of that year did not reach. */
    missed: MissedTarget[];
    /** Targets of this rule set naming an indicator it does not have. */
    unknownIndicators: { indicator: number; initiative: string }[];
    /** Targets of another rule set for this one's years: carried through a mapping (`to`) or not. */
    mapped: ForeignTarget[];
    unmapped: ForeignTarget[];
    /** Levels the projection starts from, carried over from the rule set this one replaces (no own assessment). */
    carried: CarriedLevel[];
    /** The year the projection starts at because this rule set applies only from then (carried levels). */
    startsAt?: number;
    /** The newer rule set the index moves to within the period, projected from its first year. */
    switchTo?: Projection;
    /** Why the projection does not switch to the newer rule set that replaces this one. */
    noSwitch?: { ruleSet: string; appliesFrom: number; reason: 'period-ends' | 'assessed-later' };
}

/** The longest projection drawn up; a five-year roadmap needs six years or so. */
export const MAX_PROJECTED_YEARS = 30;

interface Start { year: number; levels: Map<number, number>; carried: CarriedLevel[] }

/** The projection under `ruleSet` (and the rule sets that replace it within the period). */
export function projectIndex(model: SemanticModel, ruleSet: IndexRuleSet): Projection {
    const own = model.assessments.some(a => assessmentRuleSet(model, a) === ruleSet.id);
    if (!own && ruleSet.replaces && ruleSet.appliesFrom !== undefined) {
        const older = findRuleSet(model, ruleSet.replaces);
        if (older) {
            const chain = project(model, older, undefined, 0);
            for (let p: Projection | undefined = chain.switchTo; p; p = p.switchTo) if (p.ruleSet === ruleSet.id) return p;
        }
    }
    return project(model, ruleSet, undefined, 0);
}

/** The rule sets a projection goes through, in order (it and each `switchTo`). */
export function projectionSegments(projection: Projection): Projection[] {
    const out: Projection[] = [];
    for (let p: Projection | undefined = projection; p; p = p.switchTo) out.push(p);
    return out;
}

/** Levels under `to` from levels under `from`, through the documented mapping. */
function carry(model: SemanticModel, from: IndexRuleSet, to: IndexRuleSet, levels: ReadonlyMap<number, number>): CarriedLevel[] {
    const known = new Set(to.indicators.map(i => i.number));
    const carried: CarriedLevel[] = [];
    for (const [fromIndicator, m] of mappingBetween(model, from.id, to.id)) {
        const level = levels.get(fromIndicator);
        if (level !== undefined && known.has(m.toIndicator)) carried.push({ fromRuleSet: from.id, fromIndicator, indicator: m.toIndicator, level, status: m.status });
    }
    return carried.sort((a, b) => a.fromIndicator - b.fromIndicator);
}

function project(model: SemanticModel, ruleSet: IndexRuleSet, start: Start | undefined, depth: number): Projection {
    const assessments = model.assessments.filter(a => assessmentRuleSet(model, a) === ruleSet.id).sort((a, b) => a.year - b.year);
    const base = assessments[assessments.length - 1];
    const known = new Set(ruleSet.indicators.map(i => i.number));
    const successor = depth < 5 ? successorOf(model, ruleSet) : undefined;
    // The years this rule set covers: from when it applies (or where we start) to before its successor applies.
    const from = start?.year ?? ruleSet.appliesFrom ?? -Infinity;
    const until = successor?.appliesFrom !== undefined && !(base && base.year >= successor.appliesFrom) ? successor.appliesFrom : Infinity;
    const inScope = (year: number) => year >= from && year < until;

    const initiatives = model.roadmap.initiatives.filter(i => i.status !== 'batal');
    const unknownIndicators: Projection['unknownIndicators'] = [];
    const mapped: ForeignTarget[] = [], unmapped: ForeignTarget[] = [];
    const targetsByYear = new Map<number, { indicator: number; level: number; initiative: string }[]>();
    const add = (year: number, indicator: number, level: number, initiative: string) => {
        const list = targetsByYear.get(year) ?? [];
        list.push({ indicator, level, initiative });
        targetsByYear.set(year, list);
    };
    for (const initiative of initiatives) {
        for (const t of initiative.indicatorTargets) {
            const rs = targetRuleSet(model, t);
            if (rs === ruleSet.id) {
                if (!known.has(t.indicator)) { unknownIndicators.push({ indicator: t.indicator, initiative: initiative.id }); continue; }
                for (const target of t.targets) add(target.year, t.indicator, target.level, initiative.id);
                continue;
            }
            // Another rule set's target matters here only for the years this rule set covers.
            const years = t.targets.filter(x => inScope(x.year));
            if (years.length === 0) continue;
            const m = mappingBetween(model, rs, ruleSet.id).get(t.indicator);
            const entry: ForeignTarget = { ruleSet: rs, indicator: t.indicator, initiative: initiative.id, years: years.map(x => x.year) };
            if (m && known.has(m.toIndicator)) {
                mapped.push({ ...entry, to: m.toIndicator, status: m.status });
                for (const target of years) add(target.year, m.toIndicator, target.level, initiative.id);
            } else {
                unmapped.push(entry);
            }
        }
    }
    const years: ProjectedYear[] = [];
    const missed: MissedTarget[] = [];
    let levels = new Map<number, number>();
    let baseYear: number | undefined;
    let carried: CarriedLevel[] = [];
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
    } else if (start) {
        levels = new Map(start.levels);
        carried = start.carried;
    }
    const result: Projection = { ruleSet: ruleSet.id, ruleSetName: ruleSet.name, baseYear, years, missed, unknownIndicators, mapped, unmapped, carried };
    const targetYears = [...targetsByYear.keys()].filter(inScope);
    // Nothing to start from and nothing planned: no projection (rather than a row of empty years).
    if (!base && !start && targetYears.length === 0) return result;
    const periodEnd = model.agency?.period?.end ?? -Infinity;
    const first = baseYear !== undefined ? baseYear + 1 : start ? start.year : Math.max(from, Math.min(model.agency?.period?.start ?? Infinity, ...targetYears));
    if (!base && start) result.startsAt = start.year;
    // At most MAX_PROJECTED_YEARS years: a target year with a typo (20266, or 999…9, which parses as
    // Infinity) made this loop run until memory ran out (found by the fuzzer, seed 3 input 111).
    const lastWanted = Math.max(periodEnd, ...targetYears);
    const last = Math.min(lastWanted, until - 1, first + MAX_PROJECTED_YEARS - 1);
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
    // Switch to the newer rule set in the year it applies, within the period.
    if (successor?.appliesFrom !== undefined) {
        const switchYear = successor.appliesFrom;
        if (base && base.year >= switchYear) {
            result.noSwitch = { ruleSet: successor.id, appliesFrom: switchYear, reason: 'assessed-later' };
        } else if (!(Math.max(periodEnd, ...targetYears, ...[...targetsByYear.keys()]) >= switchYear) || !Number.isSafeInteger(switchYear)) {
            result.noSwitch = { ruleSet: successor.id, appliesFrom: switchYear, reason: 'period-ends' };
        } else {
            const carried = carry(model, ruleSet, successor, levels);
            result.switchTo = project(model, successor, { year: switchYear, levels: new Map(carried.map(c => [c.indicator, c.level])), carried }, depth + 1);
        }
    }
    return result;
}
