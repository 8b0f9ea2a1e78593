// The `spbe` command line: spbe check <files or folders> [--format text|json] [--lang id|en] [--strict].
import { parseArgs } from 'node:util';
import { setLanguage } from '../language/i18n.js';
import { UsageError } from './errors.js';

const USAGE = `Usage: spbe <command> [options] <files or folders>

Commands:
  check     validate every .spbe file under the paths as one workspace
  export    write the model as --format archimate|csv|markdown|html|json|mermaid to -o PATH
  index     the SPBE index of the self-assessments, its projection and evidence notes
  render    draw a diagram: --view arsitektur|peta-rencana (spbe render --help for its options)

Options:
  --format text|json   output format of check and index (default: text)
  -o, --output PATH    check: write the report to PATH (replaced whole, never left half-written)
  --format F -o PATH   export: F is archimate, csv (a folder of files), markdown, html, json or mermaid
  --aturan ID          index: the rule set (default: that of the latest assessment, else permenpanrb-59-2020)
  --lang id|en         language of messages (default: from SPBE_LANG / LANG)
  --strict             check fails on warnings too (exit 1)
  --debug              show stack traces of internal errors
  -h, --help           show this help

Rule severities: spbe.json in the checked folder or an ancestor, e.g.
  { "rules": { "SPBE-T06": "off", "SPBE-P05": "error" } }   (rule ids: docs/rules.md)`;

export async function main(argv: string[]): Promise<number> {
    const debug = argv.includes('--debug');
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
        if (command === 'render') return await (await import('./render.js')).runRender(rest);
        const { values, positionals } = parseArgs({
            args: rest, allowPositionals: true, strict: true,
            options: {
                format: { type: 'string' }, output: { type: 'string', short: 'o' }, aturan: { type: 'string' }, lang: { type: 'string' },
                strict: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
            }
        });
        if (values.help) { process.stdout.write(USAGE + '\n'); return 0; }
        if (values.lang !== undefined) {
            if (values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
            setLanguage(values.lang);
        }
        switch (command) {
            case 'check': {
                const format = values.format ?? 'text';
                if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
                if (values.output === '') throw new UsageError('--output needs a file name');
                const { runCheck } = await import('./check.js');
                return await runCheck(positionals, { format, strict: values.strict === true, output: values.output });
            }
            case 'index': {
                const format = values.format ?? 'text';
                if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
                const { runIndex } = await import('./index-command.js');
                return await runIndex(positionals, { format, ruleSet: values.aturan });
            }
            case 'export': {
                const { EXPORT_FORMATS, runExport } = await import('./export.js');
                const format = values.format;
                if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}${format ? `, not '${format}'` : ''}`);
                if (!values.output) throw new UsageError('export needs -o PATH (a file; a folder for csv)');
                return await runExport(positionals, { format: format as (typeof EXPORT_FORMATS)[number], output: values.output, lang: values.lang as 'id' | 'en' | undefined });
            }
            default:
                throw new UsageError(`unknown command '${command}'. Run 'spbe --help' for the commands.`);
        }
    } catch (err) {
        if (err instanceof UsageError) {
            process.stderr.write(`spbe: ${err.message}\n`);
            return 2;
        }
        if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`spbe: ${describeArgsError(err)}. Run 'spbe --help' for the options.\n`);
            return 2;
        }
        process.stderr.write(`spbe: internal error: ${(err as Error)?.message ?? String(err)}${debug ? '\n' + (err as Error)?.stack : ' (run with --debug for details)'}\n`);
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
