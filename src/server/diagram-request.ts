// Answers the extension's `spbe/diagram` request: renders the architecture or roadmap view of the
// workspace's current semantic model with the diagram module, in the server process (layout never
// blocks the editor). Filters the user chose that no longer fit the model, and models with nothing to
// show, come back as a message for the panel instead of an empty diagram.
import type { DiagramChoices, DiagramRequestParams, DiagramResponse, SourceRange } from '../common/protocol.js';
import { parseFilters } from '../common/protocol.js';
import { isDate, isTheme, parseViewOptions, VIEW_KINDS, type ArchitectureViewOptions, type RoadmapViewOptions } from '../common/view-options.js';
import { DiagramOptionError, renderArchitectureSvg, renderRoadmapSvg, type LayoutEngine } from '../diagram/index.js';
import type { SemanticModel } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import type { BuiltWorkspace } from '../model/build-workspace.js';
import { t, type Lang } from '../common/i18n.js';

/** Checks the request's shape: it comes from another process. A bad theme or date is dropped, bad filters refuse the request. */
export function parseDiagramParams(raw: unknown): DiagramRequestParams | undefined {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const p = raw as Record<string, unknown>;
    const view = VIEW_KINDS.find(v => v === p.view);
    if (!view) return undefined;
    const filters = parseFilters(p.filters ?? {});
    if (!filters) return undefined;
    return { view, filters, theme: isTheme(p.theme) ? p.theme : 'light', today: isDate(p.today) ? p.today : undefined };
}

function choicesOf(model: SemanticModel): DiagramChoices {
    const domains = DOMAINS.filter(d => model.elements.some(e => e.domain === d));
    const muatan = MUATAN.filter(m => model.roadmap.initiatives.some(i => i.muatan === m));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    return {
        domains, muatan,
        units: model.units.map(u => ({ id: u.id, name: u.name })).sort(byName),
        elements: model.elements.map(e => ({ id: e.id, name: e.name })).sort(byName),
        period: model.agency?.period
    };
}

function sourcesOf(model: SemanticModel): Record<string, SourceRange> {
    const sources: Record<string, SourceRange> = {};
    for (const e of model.elements) sources[e.id] = e.source;
    for (const i of model.roadmap.initiatives) sources[i.id] = i.source;
    for (const m of model.roadmap.milestones) sources[m.id] = m.source;
    return sources;
}

/** Files whose syntax errors left parts of the model out. */
function syntaxErrorNotice(built: BuiltWorkspace, lang?: Lang): string | undefined {
    const broken = built.documents.filter(d => d.parseResult.lexerErrors.length > 0 || d.parseResult.parserErrors.length > 0);
    if (broken.length === 0) return undefined;
    const names = broken.map(d => d.uri.path.split('/').pop()).join(', ');
    return t({
        en: `Syntax errors in ${names}: the diagram shows only what could be read. Fix them in the Problems view.`,
        id: `Ada kesalahan sintaks di ${names}: diagram hanya menampilkan bagian yang dapat dibaca. Perbaiki di tampilan Masalah.`
    }, lang);
}

function filtersCannotBeShown(reason: string, lang?: Lang): string {
    return t({ en: `The chosen filters cannot be shown: ${reason}. Change or clear the filters.`, id: `Filter yang dipilih tidak dapat ditampilkan: ${reason}. Ubah atau hapus filter.` }, lang);
}

/** What the server renders with: its layout engine (default: elkjs in this thread) and display language (default: English). */
export interface RenderEnvironment {
    layout?: LayoutEngine;
    lang?: Lang;
}

export async function renderDiagram(params: DiagramRequestParams, built: BuiltWorkspace, { layout, lang }: RenderEnvironment = {}): Promise<DiagramResponse> {
    const model = built.model;
    const response: DiagramResponse = { sources: sourcesOf(model), choices: choicesOf(model), notice: syntaxErrorNotice(built, lang) };
    if (params.view === 'architecture' && model.elements.length === 0) {
        response.error = t({
            en: 'No architecture elements yet. Declare elements such as `layanan`, `proses` or `aplikasi` in a .spbe file of this workspace.',
            id: 'Belum ada elemen arsitektur. Deklarasikan elemen seperti `layanan`, `proses`, atau `aplikasi` dalam berkas .spbe di ruang kerja ini.'
        }, lang);
        return response;
    }
    if (params.view === 'roadmap' && model.roadmap.initiatives.length === 0) {
        response.error = t({
            en: 'No roadmap yet. Add a `peta-rencana { inisiatif … }` block to a .spbe file of this workspace.',
            id: 'Belum ada peta rencana. Tambahkan blok `peta-rencana { inisiatif … }` ke berkas .spbe di ruang kerja ini.'
        }, lang);
        return response;
    }
    // The toolbar keeps the filters of both views: each view takes its own (a depth only with a focus).
    const input = { ...params.filters, theme: params.theme, today: params.today };
    const parsed = parseViewOptions(params.view, input);
    if (!parsed.ok) {
        response.error = filtersCannotBeShown(parsed.errors.join('; '), lang);
        return response;
    }
    try {
        response.svg = params.view === 'architecture'
            ? await renderArchitectureSvg(model, parsed.options as ArchitectureViewOptions, layout)
            : await renderRoadmapSvg(model, parsed.options as RoadmapViewOptions, layout);
    } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        response.error = err instanceof DiagramOptionError
            ? filtersCannotBeShown(reason, lang)
            : t({ en: `The diagram could not be drawn: ${reason}`, id: `Diagram tidak dapat digambar: ${reason}` }, lang);
    }
    return response;
}
