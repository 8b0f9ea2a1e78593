// The diagrams of the architecture document, each legible on an A4 page: per domain the architecture as-is
// (only active elements, as the chapter says) and at the end of the period (only where it differs), and the
// roadmap. A diagram whose smallest text would come out under 7 pt on the page (print-layout.ts) is cut into
// parts: an architecture by its elements, grouped by owner unit; a roadmap by muatan lanes. Diagrams in a
// document show the architecture, not the editor's state: error and warning badges (and their legend
// entries) are left out.
import type { ArchElement, Domain, Initiative, Muatan, SemanticModel } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import type { Lang, Texts } from '../common/i18n.js';
import { renderArchitectureSvg, renderRoadmapSvg } from '../diagram/index.js';
import { statusInYear } from '../diagram/scope.js';
import { viewContents, viewOptions } from '../model/views.js';
import { DOMAIN_SLUG, DOMAIN_TITLES, MUATAN_TITLES, Names } from './common.js';
import type { DocumentDiagrams, DocumentFigure } from './document.js';
import { place, svgSize } from './print-layout.js';

export interface FigureOptions {
    lang?: Lang;
}

/** The model as a document shows it: no error or warning counts, so no badges. */
export function withoutFindings(model: SemanticModel): SemanticModel {
    return {
        ...model,
        elements: model.elements.map(e => ({ ...e, errors: 0, warnings: 0 })),
        roadmap: { ...model.roadmap, initiatives: model.roadmap.initiatives.map(i => ({ ...i, errors: 0, warnings: 0 })) },
        findings: [],
    };
}

function legible(svg: string): boolean {
    const size = svgSize(svg);
    return !size || place(size).legible;
}

/** How many times too large a drawing is for its best page (1 or less: it fits legibly). */
function overSize(svg: string): number {
    const size = svgSize(svg);
    if (!size) return 1;
    const p = place(size);
    if (p.legible) return 1;
    const need = 7 * (96 / 72) / size.minFont;
    return need / p.scale;
}

/**
 * Cuts `items` into consecutive parts whose drawings are legible: the whole first, then as many equal parts
 * as the whole is too large (cut where `boundary` says a group ends, when one is near), each cut again if
 * it still is too large. A single item is drawn as it is.
 */
async function cut<T>(items: T[], draw: (part: T[]) => Promise<string>, boundary: (a: T, b: T) => boolean): Promise<{ items: T[]; svg: string }[]> {
    const svg = await draw(items);
    if (items.length <= 1 || legible(svg)) return [{ items, svg }];
    const parts = Math.min(items.length, Math.max(2, Math.ceil(overSize(svg))));
    const cuts: number[] = [];
    for (let k = 1; k < parts; k++) {
        const ideal = Math.round(k * items.length / parts);
        const slack = Math.max(1, Math.floor(items.length / parts / 3));
        let best = ideal;
        for (let d = 0; d <= slack; d++) {
            const near = [ideal - d, ideal + d].find(i => i > (cuts[cuts.length - 1] ?? 0) && i < items.length && boundary(items[i - 1], items[i]));
            if (near !== undefined) { best = near; break; }
        }
        if (best > (cuts[cuts.length - 1] ?? 0) && best < items.length) cuts.push(best);
    }
    const out: { items: T[]; svg: string }[] = [];
    let from = 0;
    for (const to of [...cuts, items.length]) {
        out.push(...await cut(items.slice(from, to), draw, boundary));
        from = to;
    }
    return out;
}

/** Elements in the order of their owners (as the units are declared), then as declared; one per id. */
function byOwner(model: SemanticModel, elements: ArchElement[]): ArchElement[] {
    const unitOrder = new Map(model.units.map((u, i) => [u.id, i]));
    const seen = new Set<string>();
    const unique = elements.filter(e => !seen.has(e.id) && seen.add(e.id));
    return unique.map((e, i) => ({ e, i })).sort((a, b) =>
        (unitOrder.get(a.e.owner ?? '') ?? Infinity) - (unitOrder.get(b.e.owner ?? '') ?? Infinity) || a.i - b.i).map(x => x.e);
}

export async function documentFigures(model: SemanticModel, options: FigureOptions = {}): Promise<DocumentDiagrams> {
    const lang = options.lang ?? 'id';
    const L = (texts: Texts) => texts[lang];
    const clean = withoutFindings(model);
    const names = new Names(model);
    const end = model.agency?.period?.end;
    const part = (k: number, n: number, owners: string[]) => n === 1 ? '' :
        ` (${L({ id: 'bagian', en: 'part' })} ${k} ${L({ id: 'dari', en: 'of' })} ${n}${owners.length ? `: ${owners.slice(0, 3).join(', ')}${owners.length > 3 ? ', …' : ''}` : ''})`;
    const architecture = async (elements: ArchElement[], title: string, name: string, year?: number): Promise<DocumentFigure[]> => {
        if (!elements.length) return [];
        const ordered = byOwner(clean, elements);
        const draw = (sub: ArchElement[]) => renderArchitectureSvg({ ...clean, elements: sub }, year !== undefined ? { year } : {});
        const parts = await cut(ordered, draw, (a, b) => a.owner !== b.owner);
        return parts.map((p, k) => ({
            caption: title + part(k + 1, parts.length, [...new Set(p.items.flatMap(e => e.owner ? [names.unit(e.owner)] : []))]),
            diagram: { svg: p.svg },
            name: parts.length === 1 ? name : `${name}-${k + 1}`,
        }));
    };
    const out: DocumentDiagrams = { asIs: {}, target: {} };
    for (const d of DOMAINS) {
        const domain = L(DOMAIN_TITLES[d]);
        const current = clean.elements.filter(e => e.domain === d && e.status === 'aktif');
        out.asIs![d] = await architecture(current, L({ id: `Arsitektur ${domain} saat ini`, en: `Current architecture: ${domain}` }), `arsitektur-${DOMAIN_SLUG[d]}`);
        if (end === undefined) continue;
        const atEnd = clean.elements.filter(e => e.domain === d).map(e => ({ e, status: statusInYear(e, clean.roadmap.initiatives, end) })).filter(x => x.status !== undefined);
        const unchanged = atEnd.length === current.length && atEnd.every(x => x.status === 'aktif' && current.includes(x.e));
        if (!unchanged) out.target![d as Domain] = await architecture(atEnd.map(x => x.e), L({ id: `Arsitektur ${domain} pada akhir ${end}`, en: `Architecture at the end of ${end}: ${domain}` }), `arsitektur-target-${DOMAIN_SLUG[d]}`, end);
    }
    out.roadmap = await roadmapFigures(clean, lang);
    out.views = await viewFigures(clean);
    return out;
}

/**
 * Each named view that shows something, cut into legible parts like the other figures: an architecture view
 * by its elements (grouped by owner unit), a roadmap view by its initiatives (in muatan order).
 */
async function viewFigures(model: SemanticModel): Promise<Record<string, DocumentFigure[]>> {
    const out: Record<string, DocumentFigure[]> = {};
    for (const view of model.views) {
        if (out[view.id]) continue;
        const ids = viewContents(model, view).ids;
        if (!ids.length) continue;
        const options = viewOptions(model, view);
        const name = `tampilan-${view.id}`;
        let parts: { svg: string }[];
        if (view.kind === 'architecture') {
            const shown = new Set(ids);
            const elements = byOwner(model, model.elements.filter(e => shown.has(e.id)));
            parts = await cut(elements, sub => renderArchitectureSvg(model, { ...options, elements: sub.map(e => e.id) }), (a, b) => a.owner !== b.owner);
        } else {
            const lane = (i: Initiative) => i.muatan ? MUATAN.indexOf(i.muatan) : MUATAN.length;
            const shown = new Set(ids);
            const initiatives = model.roadmap.initiatives.map((i, k) => ({ i, k })).filter(x => shown.has(x.i.id))
                .sort((a, b) => lane(a.i) - lane(b.i) || a.k - b.k).map(x => x.i);
            parts = await cut(initiatives, sub => renderRoadmapSvg(model, { ...options, initiatives: sub.map(i => i.id) }), (a, b) => a.muatan !== b.muatan);
        }
        out[view.id] = parts.map((p, k) => ({
            caption: parts.length === 1 ? view.name : `${view.name} (${k + 1}/${parts.length})`,
            diagram: { svg: p.svg },
            name: parts.length === 1 ? name : `${name}-${k + 1}`,
        }));
    }
    return out;
}

/** The roadmap, cut into parts that are legible: by its initiatives in lane order, where a muatan ends when it can. */
async function roadmapFigures(model: SemanticModel, lang: Lang): Promise<DocumentFigure[]> {
    const L = (texts: Texts) => texts[lang];
    const lane = (i: Initiative) => i.muatan ? MUATAN.indexOf(i.muatan) : MUATAN.length;
    const initiatives = model.roadmap.initiatives.map((i, k) => ({ i, k })).sort((a, b) => lane(a.i) - lane(b.i) || a.k - b.k).map(x => x.i);
    if (!initiatives.length) return [];
    const draw = (part: Initiative[]) => {
        const ids = new Set(part.map(i => i.id));
        // Milestones go with the part of the initiative they mark; those that mark none, with the first part.
        const milestones = model.roadmap.milestones.filter(m => m.initiative && model.roadmap.initiatives.some(i => i.id === m.initiative) ? ids.has(m.initiative) : part.includes(initiatives[0]));
        // Only the lanes of this part (a roadmap draws every muatan lane otherwise, empty or not).
        const lanes = [...new Set(part.map(i => i.muatan))];
        return renderRoadmapSvg({ ...model, roadmap: { initiatives: part, milestones } }, lanes.includes(undefined) ? {} : { muatan: lanes as Muatan[] });
    };
    const parts = await cut(initiatives, draw, (a, b) => a.muatan !== b.muatan);
    const title = L({ id: 'Peta Rencana SPBE', en: 'SPBE roadmap' });
    return parts.map((p, k) => ({
        caption: parts.length === 1 ? title : `${title} (${L({ id: 'bagian', en: 'part' })} ${k + 1} ${L({ id: 'dari', en: 'of' })} ${parts.length}: ${[...new Set(p.items.map(i => i.muatan))]
            .map(m => m ? L(MUATAN_TITLES[m]) : L({ id: 'tanpa muatan', en: 'no muatan' })).join(', ')})`,
        diagram: { svg: p.svg },
        name: parts.length === 1 ? 'peta-rencana' : `peta-rencana-${k + 1}`,
    }));
}
