// The `spbe` command line: spbe check <files or folders> [--format text|json] [--lang id|en] [--strict].
import { parseArgs } from 'node:util';
import { setLanguage } from '../language/i18n.js';
import { UsageError } from './errors.js';
import { runCheck } from './check.js';
import { runRender } from './render.js';

const USAGE = `Usage: spbe <command> [options] <files or folders>

Commands:
  check     validate every .spbe file under the paths as one workspace
  render    draw a diagram: --view arsitektur|peta-rencana (spbe render --help for its options)

Options:
  --format text|json   output format of check (default: text)
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
        if (!command || command === '-h' || command === '--help' || command === 'help') {
            process.stdout.write(USAGE + '\n');
            return command ? 0 : 2;
        }
        if (command === 'render') return await runRender(rest);
        const { values, positionals } = parseArgs({
            args: rest, allowPositionals: true, strict: true,
            options: {
                format: { type: 'string' }, lang: { type: 'string' }, strict: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
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
                return await runCheck(positionals, { format, strict: values.strict === true });
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
            process.stderr.write(`spbe: ${err.message.split('\n')[0]}. Run 'spbe --help' for the options.\n`);
            return 2;
        }
        process.stderr.write(`spbe: internal error: ${(err as Error)?.message ?? String(err)}${debug ? '\n' + (err as Error)?.stack : ' (run with --debug for details)'}\n`);
        return 3;
    }
}
