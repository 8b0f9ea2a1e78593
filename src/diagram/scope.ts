// Which elements and initiatives a view shows: focus on an element and its neighbours, filters by
// domain, unit and muatan, and "the architecture as of year N" derived from the roadmap.
import type { ArchElement, Domain, ElementStatus, Initiative, Muatan, SemanticModel } from '../model/types.js';
import { DiagramOptionError } from './theme.js';

export interface ArchitectureScope {
    focus?: string;
    depth?: number;
    domains?: Domain[];
    units?: string[];
    year?: number;
    /** Only these elements (a named view's selection); the other filters narrow it further. */
    elements?: string[];
}

export interface ScopedElement {
    element: ArchElement;
    /** The status shown: the declared one, or the one the roadmap implies in the chosen year. */
    status: ElementStatus;
}

/** The unit ids given plus every unit below them (a unit includes its sub-units). */
export function expandUnits(model: SemanticModel, units: string[]): Set<string> {
    const known = new Set(model.units.map(u => u.id));
    for (const u of units) {
        if (!known.has(u)) throw new DiagramOptionError(`unknown unit '${u}'${suggest(u, [...known])}`);
    }
    const result = new Set(units);
    let grew = true;
    while (grew) {
        grew = false;
        for (const u of model.units) {
            if (u.parent && result.has(u.parent) && !result.has(u.id)) { result.add(u.id); grew = true; }
        }
    }
    return result;
}

function suggest(name: string, candidates: string[]): string {
    const lower = name.toLowerCase();
    const close = candidates.filter(c => c.toLowerCase() === lower || c.toLowerCase().startsWith(lower.slice(0, 4))).slice(0, 3);
    return close.length ? ` (did you mean ${close.map(c => `'${c}'`).join(', ')}?)` : '';
}

/**
 * Status of an element at the end of `year`, from the initiatives that create (mewujudkan) or retire
 * (menghentikan) it: an element created by an initiative exists from that initiative's last year on,
 * one retired by an initiative is gone after its last year. Without such an initiative the declared
 * status holds, except that an element declared retired (dihentikan) is taken as already gone.
 * Returns undefined when the element does not exist in that year.
 */
export function statusInYear(element: ArchElement, initiatives: Initiative[], year: number): ElementStatus | undefined {
    const doneBy = (i: Initiative) => i.end ?? i.start;
    const creators = initiatives.filter(i => i.creates.includes(element.id) && doneBy(i) !== undefined);
    const retirers = initiatives.filter(i => i.retires.includes(element.id) && doneBy(i) !== undefined);
    if (retirers.some(i => doneBy(i)! <= year)) return undefined;
    if (creators.length > 0) return creators.some(i => doneBy(i)! <= year) ? 'aktif' : undefined;
    if (element.status === 'dihentikan') return retirers.length > 0 ? 'aktif' : undefined;
    return element.status;
}

/** The elements the view shows; the options' values are checked already (diagram/options.ts), the names here. */
export function scopeArchitecture(model: SemanticModel, scope: ArchitectureScope): ScopedElement[] {
    const units = scope.units && scope.units.length > 0 ? expandUnits(model, scope.units) : undefined;
    const only = scope.elements ? new Set(scope.elements) : undefined;
    let items: ScopedElement[] = [];
    // A name declared more than once (an error the validator reports) is one box: the first declaration.
    // One box per declaration gave nodes with the same id, and 5000 nested 'proses P {' a graph of 5000
    // nodes that the layout did not finish in minutes (found by the fuzzer, seed 4 input 97).
    const seen = new Set<string>();
    for (const element of model.elements) {
        if (seen.has(element.id)) continue;
        seen.add(element.id);
        if (only && !only.has(element.id)) continue;
        const status = scope.year === undefined ? element.status : statusInYear(element, model.roadmap.initiatives, scope.year);
        if (status === undefined) continue;
        if (scope.domains && scope.domains.length > 0 && !scope.domains.includes(element.domain)) continue;
        if (units && !(element.owner && units.has(element.owner))) continue;
        items.push({ element, status });
    }
    if (scope.focus !== undefined) {
        const all = new Set(model.elements.map(e => e.id));
        if (!all.has(scope.focus)) throw new DiagramOptionError(`unknown element '${scope.focus}' to focus on${suggest(scope.focus, [...all])}`);
        const present = new Set(items.map(i => i.element.id));
        if (!present.has(scope.focus)) {
            throw new DiagramOptionError(`element '${scope.focus}' is not in this view (it is filtered out or does not exist in the chosen year)`);
        }
        const near = neighbourhood(model, scope.focus, scope.depth ?? 1, present);
        items = items.filter(i => near.has(i.element.id));
    }
    return items;
}

/** Elements within `depth` relation steps of `focus` (either direction), walking only through `allowed`. */
export function neighbourhood(model: SemanticModel, focus: string, depth: number, allowed: Set<string>): Set<string> {
    const adjacent = new Map<string, string[]>();
    const link = (a: string, b: string) => {
        if (!adjacent.has(a)) adjacent.set(a, []);
        adjacent.get(a)!.push(b);
    };
    for (const r of model.relations) {
        if (!allowed.has(r.from) || !allowed.has(r.to)) continue;
        link(r.from, r.to);
        link(r.to, r.from);
    }
    const seen = new Set([focus]);
    let frontier = [focus];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
        const next: string[] = [];
        for (const id of frontier) {
            for (const n of adjacent.get(id) ?? []) {
                if (!seen.has(n)) { seen.add(n); next.push(n); }
            }
        }
        frontier = next;
    }
    return seen;
}

export interface RoadmapScope {
    muatan?: Muatan[];
    units?: string[];
    /** Only these initiatives (a named view's selection); the other filters narrow it further. */
    initiatives?: string[];
}

export function scopeRoadmap(model: SemanticModel, scope: RoadmapScope): Initiative[] {
    const units = scope.units && scope.units.length > 0 ? expandUnits(model, scope.units) : undefined;
    const only = scope.initiatives ? new Set(scope.initiatives) : undefined;
    return model.roadmap.initiatives.filter(i => (!only || only.has(i.id)) &&
        (!scope.muatan || scope.muatan.length === 0 || (i.muatan !== undefined && scope.muatan.includes(i.muatan))) &&
        (!units || (i.owner !== undefined && units.has(i.owner))));
}
