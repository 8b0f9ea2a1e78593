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
import { flatten, formatText, summarize } from './report.js';

export const RENDER_USAGE = `Usage: spbe render <files or folders> --view arsitektur|peta-rencana [options]

Options:
  --view arsitektur|peta-rencana   which diagram (required)
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
const FLAGS: Record<ViewOption | ViewKind, string> = {
    focus: '--focus', depth: '--depth', domains: '--domain', units: '--unit', year: '--tahun', muatan: '--muatan', today: '--today',
    ticks: '--ticks', theme: '--theme', architecture: '--view arsitektur', roadmap: '--view peta-rencana',
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
            ticks: { type: 'string' }, lang: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) { process.stdout.write(RENDER_USAGE + '\n'); return 0; }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
    const lang = (values.lang as Lang | undefined) ?? environmentLanguage();
    const view = values.view;
    if (view !== 'arsitektur' && view !== 'peta-rencana') {
        throw new UsageError(view === undefined ? '--view is required: arsitektur or peta-rencana' : `--view must be arsitektur or peta-rencana, not '${view}'`);
    }
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
    const kind: ViewKind = view === 'arsitektur' ? 'architecture' : 'roadmap';
    // The roadmap's today line: the current date unless --today gives one or is 'none' (for no line).
    const today = kind === 'architecture' ? values.today : values.today === 'none' ? undefined : values.today ?? localDate(new Date());
    const parsed = parseViewOptions(kind, {
        focus: values.focus, depth: values.depth, domains: list(values.domain), units: list(values.unit), year: values.tahun,
        muatan: list(values.muatan), today, ticks: values.ticks, theme: values.theme,
    }, { strict: true, names: FLAGS });
    if (!parsed.ok) throw new UsageError(parsed.errors.join('; '));
    // A bad -o is reported now, not after the build and the layout (missing folders are created when writing).
    if (output !== undefined) await checkOutputLocation(output, { createFolders: true });

    const workspace = await loadWorkspace(positionals, { language: lang });
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
            ? await renderArchitectureSvg(workspace.model, parsed.options as ArchitectureViewOptions)
            : await renderRoadmapSvg(workspace.model, parsed.options as RoadmapViewOptions);
    } catch (err) {
        if (err instanceof DiagramOptionError) throw new UsageError(err.message);
        throw err;
    }

    const bytes = format === 'png' ? await drawPng(svg, scale, view, lang) : Buffer.from(terminalSafeSvg(svg), 'utf8');
    if (output === undefined) {
        process.stdout.write(bytes);
        return 0;
    }
    await writeAtomically(output, bytes);
    process.stdout.write(t({ id: `spbe render: ditulis ${visible(output)}\n`, en: `spbe render: wrote ${visible(output)}\n` }, lang));
    return 0;
}

/** The PNG, within the pixel budget: scaled down with a one-line note, or refused when that cannot work. */
async function drawPng(svg: string, scale: number, view: 'arsitektur' | 'peta-rencana', lang: Lang): Promise<Uint8Array> {
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
            const narrower = view === 'arsitektur' ? '--focus, --domain or --unit' : '--muatan or --unit';
            throw new UsageError(`${err.message}; draw it as SVG, or a smaller view with ${narrower}`);
        }
        throw err;
    }
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
