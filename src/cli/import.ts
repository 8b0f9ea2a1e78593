// spbe import FILE... -o DIR: ArchiMate exchange files and CSV/XLSX inventories into a new folder of .spbe
// files. The generated files are built and checked with the language services before anything is written,
// and formatted by the project's formatter; the folder is written whole (temporary folder, then renamed) and
// never over existing files. What could not be mapped goes to stderr and to DIR/laporan-impor.md.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { URI } from 'langium';
import { environmentLanguage, type Lang } from '../common/i18n.js';
import { createSpbeServices, type SpbeServices } from '../language/spbe-module.js';
import { SpbeCliEnvironment } from './environment.js';
import { formatText } from '../language/lsp/formatter.js';
import { buildWorkspace } from '../model/build-workspace.js';
import { ensureBuiltinLibrary } from '../language/builtin-document.js';
import { parseArgs } from 'node:util';
import { importFiles, ImportError, formatIssue, reportMarkdown, type ImportCatalog, type ImportInput, type TableMapping, parseMapping } from '../import/index.js';
import { columnField } from '../import/mapping.js';
import { DOMAINS } from '../model/types.js';
import { formatSource } from '../import/report.js';
import type { Domain } from '../model/types.js';
import { describeFsError, shown, UsageError } from './errors.js';
import { MAX_READ_BYTES } from './read-model-file.js';
import { checkOutputLocation } from './write-output.js';
import { visible } from './terminal-text.js';

export const REPORT_FILE = 'laporan-impor.md';

export interface ImportCommandOptions {
    output: string;
    mapFile?: string;
    columns: string[];
    domain?: Domain;
    lang?: Lang;
}

/** What the import needs of the national reference, read from the services' effective catalog. */
export async function importCatalog(services: SpbeServices): Promise<ImportCatalog> {
    const library = ensureBuiltinLibrary(services.shared);
    await services.shared.workspace.DocumentBuilder.build([library]);
    const table = services.reference.Catalog.table();
    const { buildSemanticModel } = await import('../model/build-model.js');
    const model = buildSemanticModel([library], services.reference.Catalog);
    const rules = model.indexRuleSets.find(r => r.id === 'permenpanrb-59-2020') ?? model.indexRuleSets[0];
    return {
        codeName: code => table.codes.get(code)?.title,
        sharedApps: [...table.aplikasiUmum.values()].map(a => ({ id: a.name, name: a.title ?? a.name })),
        indicators: new Set(rules?.indicators.map(i => i.number) ?? []),
        ruleSets: new Map(model.indexRuleSets.map(r => [r.id, new Set(r.indicators.map(i => i.number))])),
    };
}

async function readInput(file: string): Promise<ImportInput> {
    try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) throw new UsageError(`${shown(file)}: is a folder; give the ArchiMate, CSV or XLSX file to import`);
        if (!stat.isFile()) throw new UsageError(`${shown(file)}: is not a regular file`);
        if (stat.size > MAX_READ_BYTES) throw new UsageError(`${shown(file)}: file too large (${(stat.size / 1024 / 1024).toFixed(0)} MB) to import`);
        return { name: shown(file), bytes: await fs.readFile(file) };
    } catch (err) {
        if (err instanceof UsageError) throw err;
        throw new UsageError(`${shown(file)}: cannot read file (${describeFsError(err)})`);
    }
}

/** The output folder must be new (or an empty folder): an import never writes over files. */
async function checkNewFolder(dir: string): Promise<void> {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat && !stat.isDirectory()) throw new UsageError(`${shown(dir)}: exists and is not a folder; give a new folder for the imported model`);
    if (stat && (await fs.readdir(dir)).length > 0) throw new UsageError(`${shown(dir)}: exists and is not empty; import writes into a new folder and never over existing files`);
    await checkOutputLocation(dir, { kind: 'folder' });
}

/** Writes the files into a temporary sibling folder, then renames it to `dir` (which must still be new or empty). */
async function writeNewFolder(dir: string, files: Record<string, string>): Promise<void> {
    const abs = path.resolve(dir);
    const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await fs.mkdir(tmp);
        for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(tmp, name), text, { flag: 'wx' });
        // An empty folder given as the target is replaced (rename over an empty folder is allowed); a folder
        // that got files meanwhile makes the rename fail, and nothing is overwritten.
        await fs.rename(tmp, abs);
    } catch (err) {
        await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new UsageError(`${shown(abs)}: is no longer empty; nothing was written`);
        throw new UsageError(`${shown(abs)}: cannot write output (${describeFsError(err, 'its folder does not exist')})`);
    }
}

function mappingFrom(options: ImportCommandOptions, fromFile: TableMapping): TableMapping {
    const mapping: TableMapping = { ...fromFile, columns: { ...fromFile.columns } };
    for (const c of options.columns) {
        const m = /^([A-Za-z]+)\s*=\s*(.+)$/.exec(c);
        const field = m ? columnField(m[1]) : undefined;
        if (!m || !field) throw new UsageError(`--column takes FIELD=HEADER with FIELD one of name, code, owner, status, description, id, domain (or nama, kode, pemilik, deskripsi), not '${c}'`);
        mapping.columns![field] = m[2].trim();
    }
    if (options.domain) mapping.domain = options.domain;
    return mapping;
}

export const IMPORT_USAGE = `Usage: spbe import FILE... -o DIR [options]

Reads ArchiMate 3.1 exchange files (.xml, as Archi and 'spbe export --format archimate' write them) and
CSV/XLSX inventories, and writes formatted .spbe files (one per domain, the agency and units, the roadmap)
into DIR, a new folder, with a report of what could not be mapped (${REPORT_FILE}).

Options:
  -o, --output DIR        the new folder to write (must not exist, or be empty)
  --map FILE              a JSON mapping of the inventory's columns, e.g.
                          {"domain": "aplikasi", "columns": {"name": "Nama Sistem", "owner": "OPD"}}
  --column FIELD=HEADER   the column of a field (name, code, owner, status, description, id, domain);
                          may be repeated. Indonesian headers ("Nama Aplikasi", "Kode Referensi",
                          "Unit Pengelola", "Status", "Keterangan", ...) are recognised without it
  --domain D              the domain of every row (${DOMAINS.join(', ')})
  --lang id|en            language of messages and of the report`;

/** Parses the command line of `spbe import` and runs it. */
export async function runImportCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv, allowPositionals: true, strict: true,
        options: {
            output: { type: 'string', short: 'o' }, map: { type: 'string' }, column: { type: 'string', multiple: true },
            domain: { type: 'string' }, lang: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        }
    });
    if (values.help) { process.stdout.write(IMPORT_USAGE + '\n'); return 0; }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
    if (!values.output) throw new UsageError('import needs -o DIR, a new folder for the .spbe files');
    if (values.domain !== undefined && !DOMAINS.includes(values.domain as Domain)) throw new UsageError(`--domain must be one of ${DOMAINS.join(', ')}, not '${values.domain}'`);
    return runImport(positionals, { output: values.output, mapFile: values.map, columns: values.column ?? [], domain: values.domain as Domain | undefined, lang: values.lang as Lang | undefined });
}

export async function runImport(paths: string[], options: ImportCommandOptions): Promise<number> {
    if (paths.length === 0) throw new UsageError('import needs a file: spbe import FILE... -o DIR');
    const lang = options.lang ?? environmentLanguage();
    await checkNewFolder(options.output);
    const inputs: ImportInput[] = [];
    for (const p of paths) inputs.push(await readInput(p));
    let mapping: TableMapping = {};
    try {
        if (options.mapFile) {
            const text = await fs.readFile(options.mapFile, 'utf8').catch(err => { throw new UsageError(`${shown(options.mapFile!)}: cannot read the mapping file (${describeFsError(err)})`); });
            mapping = parseMapping(text, shown(options.mapFile));
        }
        mapping = mappingFrom(options, mapping);
        const { Spbe } = createSpbeServices({ ...SpbeCliEnvironment, language: lang });
        const catalog = await importCatalog(Spbe);
        const result = await importFiles(inputs, catalog, { mapping, lang });
        const names = Object.keys(result.files);
        if (result.plan.elements.length === 0 && result.plan.units.length === 0 && result.plan.initiatives.length === 0 && result.plan.assessments.length === 0) {
            for (const issue of result.plan.issues) process.stderr.write(`spbe: ${visible(formatIssue(issue, lang))}\n`);
            throw new UsageError(`${inputs.map(i => i.name).join(', ')}: nothing to import (no element, unit or initiative could be read)`);
        }
        // Check the result as `spbe check` would, and format it with the project's formatter.
        const dir = path.resolve(options.output);
        const built = await buildWorkspace(Spbe, names.map(name => ({ uri: URI.file(path.join(dir, name)).toString(), text: result.files[name] })));
        const files: Record<string, string> = {};
        for (const doc of built.documents) {
            const name = path.basename(doc.uri.fsPath);
            files[name] = formatText(doc, { tabSize: 4, insertSpaces: true }) ?? result.files[name];
        }
        const diagnostics = [...built.diagnostics.entries()].flatMap(([uri, list]) => list.map(d => ({ file: URI.parse(uri).fsPath, d })));
        const errors = diagnostics.filter(x => x.d.severity === 1);
        const warnings = diagnostics.filter(x => x.d.severity === 2);
        files[REPORT_FILE] = reportMarkdown(result.plan, inputs.map(i => i.name), lang);
        await writeNewFolder(options.output, files);

        for (const issue of result.plan.issues) if (issue.severity !== 'info') process.stderr.write(`spbe: ${visible(formatIssue(issue, lang))}\n`);
        const notes = result.plan.issues.filter(i => i.severity === 'info').length;
        const p = result.plan;
        const L = (en: string, id: string) => (lang === 'id' ? id : en);
        process.stderr.write(`spbe: ${L('imported', 'diimpor')} ${p.elements.length} ${L('elements', 'elemen')}, ${p.relations.length} ${L('relations', 'relasi')}, ${p.units.length} ${L('units', 'unit')}`
            + (p.initiatives.length ? `, ${p.initiatives.length} ${L('initiatives', 'inisiatif')}` : '')
            + (p.milestones.length ? `, ${p.milestones.length} ${L('milestones', 'tonggak')}` : '')
            + (p.assessments.length ? `, ${p.assessments.length} ${L('assessment(s)', 'penilaian')}` : '')
            + ` ${L('into', 'ke')} ${shown(path.resolve(options.output))} (${names.length} ${L('files', 'berkas')}); `
            + `${p.issues.filter(i => i.severity === 'warning').length} ${L('warning(s)', 'peringatan')}, ${notes} ${L('note(s)', 'catatan')}: ${L('see', 'lihat')} ${shown(path.join(path.resolve(options.output), REPORT_FILE))}\n`);
        if (errors.length) {
            for (const { file, d } of errors) process.stderr.write(`${shown(file)}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.message}\n`);
            process.stderr.write(`spbe: the imported model has ${errors.length} error(s); this is a fault of the import, please report it with the input\n`);
            return 1;
        }
        process.stderr.write(`spbe: ${L('checked', 'diperiksa')}: 0 ${L('errors', 'galat')}, ${warnings.length} ${L('warnings about the architecture', 'peringatan tentang arsitekturnya')} (spbe check ${shown(path.resolve(options.output))})\n`);
        return 0;
    } catch (err) {
        if (err instanceof ImportError) throw new UsageError(visible(`${formatSource(err.where)}: ${err.texts[lang]}`));
        throw err;
    }
}
