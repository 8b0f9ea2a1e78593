// The `spbe` command line: spbe check <files or folders> [--format text|json] [--lang id|en] [--strict].
import { parseArgs } from 'node:util';
import { environmentLanguage, type Lang } from '../common/i18n.js';
import { UsageError } from './errors.js';
import { endQuietlyOnClosedPipe } from './closed-pipe.js';
import { CHECK_FORMATS, EXPORT_FORMAT_FILES, INDEX_FORMATS, outputFormat } from './output-format.js';
import { refuseOutputsOverInputs } from './protect-inputs.js';
import { visible } from './terminal-text.js';
import { prepareStartupSnapshot } from './startup-snapshot.js';

/** The package version, put in by the bundler (scripts/bundle.mjs); 'dev' when run from unbundled sources. */
declare const SPBE_VERSION: string | undefined;
export const VERSION = typeof SPBE_VERSION === 'string' ? SPBE_VERSION : 'dev';

/** For the build (scripts/bundle.mjs): writes the library snapshot this bundle revives, into `dir`. */
export async function writeLibrarySnapshot(dir: string): Promise<void> {
    await (await import('../node/library-snapshot.js')).writeLibrarySnapshot(dir);
}

const USAGE = `Usage: spbe <command> [options] <files or folders>

Commands:
  check     validate every .spbe file under the paths as one workspace
  diff      what changed between two versions: OLD NEW folders, or --git REV1 [REV2] [PATH] (spbe diff --help)
  export    write the model as --format archimate|csv|xlsx|markdown|html|json|mermaid to -o PATH
  import    bring in an ArchiMate exchange file or CSV/XLSX inventories: FILE... -o DIR (spbe import --help)
  index     the SPBE index of the self-assessments, its projection and evidence notes
  render    draw a diagram: --view arsitektur|peta-rencana (spbe render --help for its options)
  kode      search the national reference codes: spbe kode arsip (spbe kode --help for its options)

Options:
  --format text|json   output format of check and index (default: from the -o extension, else text)
  -o, --output PATH    check, index: write the report to PATH (.txt or .json; replaced whole, never half-written)
  --format F -o PATH   export: F is archimate (.xml), csv (a folder of files), xlsx (.xlsx), markdown (.md),
                       html (.html), json (.json) or mermaid (.mmd); without --format the -o extension decides
  --separator ';'|','  export --format csv: the field separator (default ';', what Excel in Indonesian reads)
  --aturan ID          index: the rule set (default: that of the latest assessment, else permenpanrb-59-2020)
  --lang id|en         language of messages (default: from SPBE_LANG / LANG)
  --strict             check fails on warnings too (exit 1)
  --debug              show stack traces of internal errors
  -h, --help           show this help
  --version            print the version of spbe

Rule severities: spbe.json in the checked folder or an ancestor, e.g.
  { "rules": { "SPBE-T06": "off", "SPBE-P05": "error" } }   (rule ids: docs/rules.md)`;

export async function main(argv: string[]): Promise<number> {
    const debug = argv.includes('--debug');
    endQuietlyOnClosedPipe();
    try {
        const [command, ...rest] = argv;
        if (!command) {
            process.stderr.write(USAGE + '\n');
            return 2;
        }
        if (command === '-h' || command === '--help' || command === 'help') {
            process.stdout.write(USAGE + '\n');
            return 0;
        }
        if (command === '--version' || command === '-v' || command === 'version') {
            process.stdout.write(`spbe ${VERSION}\n`);
            return 0;
        }
        if (command === 'render') return await (await import('./render.js')).runRender(rest);
        if (command === 'import') return await (await import('./import.js')).runImportCommand(rest);
        if (command === 'diff') return await (await import('./diff.js')).runDiffCommand(rest);
        if (command === 'kode') return await (await import('./kode.js')).runKodeCommand(rest);
        const { values, positionals } = parseArgs({
            args: rest, allowPositionals: true, strict: true,
            options: {
                format: { type: 'string' }, output: { type: 'string', short: 'o' }, aturan: { type: 'string' }, lang: { type: 'string' }, separator: { type: 'string' },
                strict: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
            }
        });
        if (values.help) { process.stdout.write(USAGE + '\n'); return 0; }
        if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
        // The language of messages: --lang, else the environment's.
        const lang = (values.lang as Lang | undefined) ?? environmentLanguage();
        if (values.output === '') throw new UsageError('--output needs a file name');
        if (values.separator !== undefined && command !== 'export') throw new UsageError('--separator is an option of export --format csv');
        // An output that is (or holds, or sits inside) a model file or folder is refused before anything else.
        if (values.output !== undefined && ['check', 'index', 'export'].includes(command)) await refuseOutputsOverInputs([values.output], positionals);
        switch (command) {
            case 'check': case 'index': {
                if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not '${values.format}'`);
                const format = outputFormat(`spbe ${command}`, command === 'check' ? CHECK_FORMATS : INDEX_FORMATS, values.format, values.output, 'text') as 'text' | 'json';
                if (command === 'index') {
                    const { runIndex } = await import('./index-command.js');
                    return await runIndex(positionals, { format, ruleSet: values.aturan, output: values.output, lang });
                }
                const { runCheck } = await import('./check.js');
                return await runCheck(positionals, { format, strict: values.strict === true, output: values.output, lang });
            }
            case 'export': {
                const { EXPORT_FORMATS, runExport } = await import('./export.js');
                const requested = values.format;
                const needsFormat = `export needs --format ${EXPORT_FORMATS.join('|')}`;
                if (requested !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(requested)) throw new UsageError(`${needsFormat}, not '${requested}'`);
                if (!values.output) throw new UsageError('export needs -o PATH (a file; a folder for csv)');
                const format = outputFormat('spbe export', EXPORT_FORMAT_FILES, requested, values.output);
                if (format === undefined) throw new UsageError(`${needsFormat}, or an -o name whose extension implies one (.xml, .xlsx, .md, .html, .json, .mmd)`);
                const separator = values.separator;
                if (separator !== undefined && format !== 'csv') throw new UsageError('--separator is an option of export --format csv');
                if (separator !== undefined && separator !== ';' && separator !== ',') throw new UsageError(`--separator must be ';' or ',', not '${separator}'`);
                return await runExport(positionals, { format: format as (typeof EXPORT_FORMATS)[number], output: values.output, lang: values.lang as Lang | undefined, messages: lang, separator });
            }
            default:
                throw new UsageError(`unknown command '${command}'. Run 'spbe --help' for the commands.`);
        }
    } catch (err) {
        // Messages quote file names and model text: control and bidi characters in them are shown escaped.
        if (err instanceof UsageError) {
            process.stderr.write(`spbe: ${visible(err.message)}\n`);
            return 2;
        }
        if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`spbe: ${visible(describeArgsError(err))}. Run 'spbe --help' for the options.\n`);
            return 2;
        }
        process.stderr.write(`spbe: internal error: ${visible((err as Error)?.message ?? String(err))}${debug ? '\n' + (err as Error)?.stack : ' (run with --debug for details)'}\n`);
        return 3;
    }
}

/** node:util parseArgs errors, shortened to what the user needs to know. */
function describeArgsError(err: TypeError): string {
    const code = (err as NodeJS.ErrnoException).code;
    const option = /'(-[^' ]+)/.exec(err.message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}'`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        return /argument missing/.test(err.message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
    }
    return err.message.split('\n')[0].replace(/\.$/, '');
}

// Only when node builds the start-up snapshot of the bundle (bin/startup-snapshot.mjs); a no-op otherwise.
prepareStartupSnapshot(main);
