// Answers the extension's `spbe/diagram` request: renders the architecture or roadmap view of the
// workspace's current semantic model with the diagram module, in the server process (layout never
// blocks the editor). Filters the user chose that no longer fit the model, and models with nothing to
// show, come back as a message for the panel instead of an empty diagram.
import type { DiagramChoices, DiagramRequestParams, DiagramResponse, SourceRange } from '../common/protocol.js';
import { parseComparison, parseFilters } from '../common/protocol.js';
import { diffModels, overlayModel } from '../diff/index.js';
import { isDate, isTheme, parseViewOptions, VIEW_KINDS, type ArchitectureViewOptions, type RoadmapViewOptions } from '../common/view-options.js';
import { DiagramOptionError, renderArchitectureSvg, renderRoadmapSvg, type LayoutEngine } from '../diagram/index.js';
import type { SemanticModel } from '../model/types.js';
import { findView, viewContents, viewOptions } from '../model/views.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import type { BuiltWorkspace } from '../model/build-workspace.js';
import { t, type Lang } from '../common/i18n.js';
import { hasSyntaxErrors } from '../language/parser-messages.js';

/** Checks the request's shape: it comes from another process. A bad theme or date is dropped, bad filters refuse the request. */
export function parseDiagramParams(raw: unknown): DiagramRequestParams | undefined {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const p = raw as Record<string, unknown>;
    const view = VIEW_KINDS.find(v => v === p.view);
    if (!view) return undefined;
    const filters = parseFilters(p.filters ?? {});
    if (!filters) return undefined;
    return { view, filters, theme: isTheme(p.theme) ? p.theme : 'light', today: isDate(p.today) ? p.today : undefined, compare: parseComparison(p.compare) };
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
    const broken = built.documents.filter(d => hasSyntaxErrors(d.parseResult));
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

/** The other version of a diff view: its model (with a label such as `HEAD~1 (3f2a1bc)`), or why there is none. */
export type ComparisonBase = { label: string; model: SemanticModel } | { label: string; error: string };

/** What the server renders with: its layout engine (default: elkjs in this thread) and display language (default: English). */
export interface RenderEnvironment {
    layout?: LayoutEngine;
    lang?: Lang;
}

export async function renderDiagram(params: DiagramRequestParams, built: BuiltWorkspace, base?: ComparisonBase, { layout, lang }: RenderEnvironment = {}): Promise<DiagramResponse> {
    let model = built.model;
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
    // A named view chosen in the picker: its selection, narrowed by the other filters.
    let options: ArchitectureViewOptions | RoadmapViewOptions = parsed.options;
    if (params.filters.view !== undefined) {
        const named = findView(model, params.filters.view);
        if (!named || named.kind !== params.view) {
            response.error = t({
                en: `The view '${params.filters.view}' is not ${named ? `a${params.view === 'architecture' ? 'n architecture' : ' roadmap'} view` : 'in the model (any more)'}. Choose another view in the view list.`,
                id: `Tampilan '${params.filters.view}' ${named ? `bukan tampilan ${params.view === 'architecture' ? 'arsitektur' : 'peta rencana'}` : 'tidak (lagi) ada dalam model'}. Pilih tampilan lain di daftar tampilan.`
            }, lang);
            return response;
        }
        if (viewContents(model, named).ids.length === 0) {
            response.error = t({
                en: `The view '${named.id}' shows nothing in the model as it is now: its rules select no ${params.view === 'architecture' ? 'element' : 'initiative'} (see the warning on its declaration).`,
                id: `Tampilan '${named.id}' tidak menampilkan apa pun dalam model saat ini: aturannya tidak memilih satu ${params.view === 'architecture' ? 'elemen' : 'inisiatif'} pun (lihat peringatan pada deklarasinya).`
            }, lang);
            return response;
        }
        options = { ...viewOptions(model, named), ...parsed.options };
    }
    if (params.view === 'architecture' && base) {
        // The diff view: the current model with what the revision had and lost put back, marked.
        if ('model' in base) {
            const diff = diffModels(base.model, model);
            const overlay = overlayModel(base.model, model, diff);
            model = overlay.model;
            options = { ...(options as ArchitectureViewOptions), diff: overlay.marks };
            const n = { added: diff.elements.added.length, removed: diff.elements.removed.length, changed: diff.elements.changed.length };
            addNotice(response, t({
                en: `Compared with ${base.label}: ${n.added} added, ${n.removed} removed, ${n.changed} changed (green, red, amber). Run "Compare with git revision…" again to stop.`,
                id: `Dibandingkan dengan ${base.label}: ${n.added} ditambah, ${n.removed} dihapus, ${n.changed} diubah (hijau, merah, kuning). Jalankan "Bandingkan dengan revisi git…" lagi untuk berhenti.`
            }, lang));
        } else {
            addNotice(response, t({ en: `Cannot compare with ${base.label}: ${base.error}`, id: `Tidak dapat membandingkan dengan ${base.label}: ${base.error}` }, lang));
        }
    }
    try {
        response.svg = params.view === 'architecture'
            ? await renderArchitectureSvg(model, options as ArchitectureViewOptions, layout)
            : await renderRoadmapSvg(model, options as RoadmapViewOptions, layout);
    } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        response.error = err instanceof DiagramOptionError
            ? filtersCannotBeShown(reason, lang)
            : t({ en: `The diagram could not be drawn: ${reason}`, id: `Diagram tidak dapat digambar: ${reason}` }, lang);
    }
    return response;
}

function addNotice(response: DiagramResponse, text: string): void {
    response.notice = response.notice ? `${response.notice} ${text}` : text;
}
