// The `spbe` command line: spbe check <files or folders> [--format text|json] [--lang id|en].
import { parseArgs } from 'node:util';
import { setLanguage } from '../language/i18n.js';
import { UsageError } from './errors.js';

const USAGE = `Usage: spbe <command> [options] <files or folders>

Commands:
  check     validate every .spbe file under the paths as one workspace

Options:
  --format text|json   output format of check (default: text)
  -o, --output FILE    write the report to FILE (replaced whole, never left half-written)
  --lang id|en         language of messages (default: from SPBE_LANG / LANG)
  --debug              show stack traces of internal errors
  -h, --help           show this help`;

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
        const { values, positionals } = parseArgs({
            args: rest, allowPositionals: true, strict: true,
            options: {
                format: { type: 'string' }, output: { type: 'string', short: 'o' }, lang: { type: 'string' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
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
                return await runCheck(positionals, { format, output: values.output });
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
