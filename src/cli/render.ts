// spbe render <files or folders> --view arsitektur|peta-rencana [options] [-o FILE]:
// draws a diagram of the workspace. Errors in the model are reported on stderr but do not stop
// the drawing of what is valid. The output is written whole or not at all (temp file + rename).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DiagramOptionError, renderArchitectureSvg, renderRoadmapSvg } from '../diagram/index.js';
import { environmentLanguage, t, type Lang } from '../common/i18n.js';
import { parseViewOptions, type ArchitectureViewOptions, type RoadmapViewOptions, type ViewOption, type ViewKind } from '../common/view-options.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import { UsageError } from './errors.js';
import { PngBudgetError, renderPng, PNG_MAX_PIXELS, PNG_MAX_SIDE } from './png.js';
import { checkOutputLocation, writeOutputFile } from './write-output.js';
import { outputFormat, RENDER_FORMATS } from './output-format.js';
import { refuseOutputsOverInputs } from './protect-inputs.js';
import { terminalSafeSvg, visible } from './terminal-text.js';
import { loadWorkspace } from './load.js';
import { findView, viewContents, viewOptions } from '../model/views.js';
import type { SemanticModel } from '../model/types.js';
import { closestNames } from '../common/names.js';
import { flatten, formatText, summarize } from './report.js';

export const RENDER_USAGE = `Usage: spbe render <files or folders> --view arsitektur|peta-rencana|ID [options]
       spbe render <files or folders> --list-views

Options:
  --view arsitektur|peta-rencana|ID
                                   which diagram (required): a built-in view, or the id of a named view
                                   (\`tampilan ID\` in the model), which the options below narrow further
  --list-views                     list the views of the model (built-in and named) and what each shows
  -o, --output FILE                where to write it (default: SVG to standard output)
  --format svg|png                 output format (default: from the -o extension, else svg);
                                   the -o extension must agree with it (.svg, .png)
  --scale N                        pixels per SVG unit of a PNG (default 2; lowered to keep a PNG
                                   within ${PNG_MAX_SIDE.toLocaleString('en')} px a side and ${PNG_MAX_PIXELS / 1e6} megapixels)
  --theme light|dark|high-contrast colours (default light)
 architecture (arsitektur):
  --focus ID --depth N             only an element and its neighbours up to N steps (0-20, default 1)
  --domain a,b                     only these domains (${DOMAINS.join(', ')})
  --unit X,Y                       only elements owned by these units or their sub-units
  --tahun N                        the architecture as of the end of year N (1900-2200), from the roadmap
  --drill GROUP                    one group of the overview and its neighbours: a domain, then units,
                                   then reference codes, joined by '/' (e.g. aplikasi/Diskominfo); each
                                   group's tooltip names its id. Default: the overview, which shows the
                                   elements where they read at fit and groups of them where not
  --all-elements                   every element at once (of the --drill group, if given), without
                                   groups: a poster, which may not read at fit
 roadmap (peta-rencana):
  --muatan a,b                     only these muatan (${MUATAN.join(', ')})
  --unit X,Y                       only initiatives carried out by these units
  --today YYYY-MM-DD               date of the "today" line (default: the current date; 'none' for no line)
  --ticks tahun|semester|triwulan  finer ticks on the time axis (default tahun)`;

function list(value: string | undefined): string[] | undefined {
    if (value === undefined) return undefined;
    const items = value.split(',').map(s => s.trim()).filter(Boolean);
    if (items.length === 0) throw new UsageError('an empty list was given; write items separated by commas, e.g. --domain aplikasi,data');
    return items;
}

/** The flag of each view option, as messages about the options name them. */
const FLAGS: Partial<Record<ViewOption | ViewKind, string>> = {
    focus: '--focus', depth: '--depth', domains: '--domain', units: '--unit', year: '--tahun', muatan: '--muatan', today: '--today',
    ticks: '--ticks', theme: '--theme', drill: '--drill', allElements: '--all-elements',
    architecture: '--view arsitektur', roadmap: '--view peta-rencana',
};

function localDate(now: Date): string {
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function runRender(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv, allowPositionals: true, strict: true,
        options: {
            view: { type: 'string' }, output: { type: 'string', short: 'o' }, format: { type: 'string' }, scale: { type: 'string' },
            theme: { type: 'string' }, focus: { type: 'string' }, depth: { type: 'string' }, domain: { type: 'string' },
            unit: { type: 'string' }, tahun: { type: 'string' }, muatan: { type: 'string' }, today: { type: 'string' },
            ticks: { type: 'string' }, drill: { type: 'string' }, 'all-elements': { type: 'boolean' },
            lang: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
            'list-views': { type: 'boolean' },
        },
    });
    if (values.help) { process.stdout.write(RENDER_USAGE + '\n'); return 0; }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
    const lang = (values.lang as Lang | undefined) ?? environmentLanguage();
    if (values['list-views']) {
        if (values.view !== undefined || values.output !== undefined) throw new UsageError('--list-views lists the views; it takes no --view or -o');
        return listViews(positionals, lang);
    }
    const view = values.view;
    if (view === undefined || view === '') throw new UsageError('--view is required: arsitektur, peta-rencana or the id of a named view (--list-views lists them)');
    const builtin = BUILTIN_VIEWS[view];
    const output = values.output;
    if (output === '') throw new UsageError('--output needs a file name');
    // An output that is (or holds, or sits inside) a model file or folder is refused before anything else.
    if (output !== undefined) await refuseOutputsOverInputs([output], positionals);
    if (values.format !== undefined && values.format !== 'svg' && values.format !== 'png') throw new UsageError(`--format must be svg or png, not '${values.format}'`);
    const format = outputFormat('spbe render', RENDER_FORMATS, values.format, output, 'svg') as 'svg' | 'png';
    if (format === 'png' && output === undefined) throw new UsageError('a PNG needs a file: add -o FILE.png');
    const scale = values.scale === undefined ? 2 : Number(values.scale);
    if (!(scale > 0 && scale <= 8)) throw new UsageError(`--scale must be a number above 0 and at most 8, not '${values.scale}'`);
    // The view options through the one parser of view options (common/view-options.ts): each flag's value is
    // checked, and a flag of the other view or a --depth without --focus is an error, not ignored.
    const parseFlags = (kind: ViewKind, viewName: string) => {
        // The roadmap's today line: the current date unless --today gives one or is 'none' (for no line).
        const today = kind === 'architecture' ? values.today : values.today === 'none' ? undefined : values.today ?? localDate(new Date());
        const parsed = parseViewOptions(kind, {
            focus: values.focus, depth: values.depth, domains: list(values.domain), units: list(values.unit), year: values.tahun,
            muatan: list(values.muatan), today, ticks: values.ticks, theme: values.theme,
            drill: values.drill, allElements: values['all-elements'],
        }, { strict: true, names: { ...FLAGS, [kind]: `--view ${viewName}` } });
        if (!parsed.ok) throw new UsageError(parsed.errors.join('; '));
        return parsed.options;
    };
    // A built-in view's flags are checked before the model is read; a named view's once the model says its kind.
    const builtinOptions = builtin ? parseFlags(builtin, view) : undefined;
    // A bad -o is reported now, not after the build and the layout (missing folders are created when writing).
    if (output !== undefined) await checkOutputLocation(output, { createFolders: true });

    const workspace = await loadWorkspace(positionals, { language: lang });
    let kind: ViewKind, options: ArchitectureViewOptions | RoadmapViewOptions;
    if (builtin) {
        kind = builtin;
        options = builtinOptions!;
    } else {
        const named = findView(workspace.model, view);
        if (!named) throw new UsageError(unknownView(view, workspace.model));
        kind = named.kind;
        // The flags narrow the named view; one it also sets (--tahun over pada-tahun) wins.
        options = { ...viewOptions(workspace.model, named), ...parseFlags(kind, view) };
    }
    const items = flatten(workspace.diagnostics);
    const summary = summarize(items, workspace.files.length);
    if (summary.errors > 0) {
        // Report the errors, then draw what is valid.
        process.stderr.write(formatText(items.filter(d => d.severity === 'error'), summary, lang));
        process.stderr.write(t({
            id: 'spbe render: model berisi galat; yang valid tetap digambar, elemen bergalat ditandai.\n',
            en: 'spbe render: the model has errors; drawing what is valid, elements with errors are marked.\n',
        }, lang));
    }

    let svg: string;
    try {
        svg = kind === 'architecture'
            ? await renderArchitectureSvg(workspace.model, options as ArchitectureViewOptions)
            : await renderRoadmapSvg(workspace.model, options as RoadmapViewOptions);
    } catch (err) {
        if (err instanceof DiagramOptionError) throw new UsageError(err.message);
        throw err;
    }

    const bytes = format === 'png' ? await drawPng(svg, scale, kind, lang) : Buffer.from(terminalSafeSvg(svg), 'utf8');
    if (output === undefined) {
        process.stdout.write(bytes);
        return 0;
    }
    await writeAtomically(output, bytes);
    process.stdout.write(t({ id: `spbe render: ditulis ${visible(output)}\n`, en: `spbe render: wrote ${visible(output)}\n` }, lang));
    return 0;
}

/** The PNG, within the pixel budget: scaled down with a one-line note, or refused when that cannot work. */
async function drawPng(svg: string, scale: number, kind: ViewKind, lang: Lang): Promise<Uint8Array> {
    try {
        const image = await renderPng(svg, { scale });
        if (image.requestedSize) {
            const n = (x: number) => x.toLocaleString('en');
            process.stderr.write(t({
                id: `spbe render: catatan: PNG pada skala ${scale} berukuran ${n(image.requestedSize.width)} × ${n(image.requestedSize.height)} px; diperkecil ke skala ${image.scale.toFixed(2)} (${n(image.width)} × ${n(image.height)} px) agar tetap dalam ${n(PNG_MAX_SIDE)} px per sisi dan ${PNG_MAX_PIXELS / 1e6} megapiksel\n`,
                en: `spbe render: note: at scale ${scale} the PNG would be ${n(image.requestedSize.width)} × ${n(image.requestedSize.height)} px; scaled down to ${image.scale.toFixed(2)} (${n(image.width)} × ${n(image.height)} px) to stay within ${n(PNG_MAX_SIDE)} px a side and ${PNG_MAX_PIXELS / 1e6} megapixels\n`,
            }, lang));
        }
        return image.png;
    } catch (err) {
        if (err instanceof PngBudgetError) {
            const narrower = kind === 'architecture' ? '--focus, --domain or --unit' : '--muatan or --unit';
            throw new UsageError(`${err.message}; draw it as SVG, or a smaller view with ${narrower}`);
        }
        throw err;
    }
}

/** The built-in views by their --view name. */
const BUILTIN_VIEWS: Record<string, ViewKind | undefined> = Object.assign(Object.create(null), { 'arsitektur': 'architecture', 'peta-rencana': 'roadmap' });

const KIND_NAMES: Record<ViewKind, string> = { architecture: 'arsitektur', roadmap: 'peta-rencana' };

/** Views named in the one-line message about an unknown view (--list-views shows them all). */
const MAX_LISTED_VIEWS = 20;

/** `--view X` names no view: the closest views, then the views there are. */
function unknownView(view: string, model: SemanticModel): string {
    const ids = [...Object.keys(BUILTIN_VIEWS), ...model.views.map(v => v.id)];
    const close = closestNames(view, ids);
    const listed = ids.slice(0, MAX_LISTED_VIEWS).map(visible).join(', ') + (ids.length > MAX_LISTED_VIEWS ? ` and ${ids.length - MAX_LISTED_VIEWS} more` : '');
    return `no view '${visible(view)}' in the model${close.length ? ` (did you mean ${close.map(c => `'${visible(c)}'`).join(', ')}?)` : ''}; ` +
        `the views are ${listed} (spbe render --list-views describes them)`;
}

/** spbe render --list-views: one line per view, the built-in ones first: id, kind, how much it shows, title. */
async function listViews(paths: string[], lang: Lang): Promise<number> {
    const workspace = await loadWorkspace(paths, { language: lang });
    const model = workspace.model;
    const rows: string[][] = [
        ['arsitektur', 'arsitektur', String(new Set(model.elements.map(e => e.id)).size), t({ id: '(bawaan) seluruh arsitektur', en: '(built-in) the whole architecture' }, lang)],
        ['peta-rencana', 'peta-rencana', String(new Set(model.roadmap.initiatives.map(i => i.id)).size), t({ id: '(bawaan) seluruh peta rencana', en: '(built-in) the whole roadmap' }, lang)],
    ];
    for (const view of model.views) {
        rows.push([view.id, KIND_NAMES[view.kind], String(viewContents(model, view).ids.length), view.name]);
    }
    const header = [t({ id: 'TAMPILAN', en: 'VIEW' }, lang), t({ id: 'JENIS', en: 'KIND' }, lang), t({ id: 'ISI', en: 'SHOWS' }, lang), t({ id: 'JUDUL', en: 'TITLE' }, lang)];
    const table = [header, ...rows.map(r => r.map(visible))];
    const widths = header.map((_, c) => Math.max(...table.map(r => r[c].length)));
    process.stdout.write(table.map(r => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c])).join('  ')).join('\n') + '\n');
    return 0;
}

/** Writes to a temporary file beside `file`, then renames it over `file`: readers never see half a diagram. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
    const dir = path.dirname(path.resolve(file));
    try {
        await fs.mkdir(dir, { recursive: true });
    } catch (err) {
        throw new UsageError(`${file}: cannot create folder ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    await writeOutputFile(file, bytes);
}
