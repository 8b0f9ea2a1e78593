// spbe kode [words] [--domain D] [--level N] [--parent CODE] [--model PATH] [--format text|json]: searches
// the reference codes (the national reference shipped with the tool, plus a workspace's own codes and
// reference sets with --model) with the same search the editor's "find reference code" command uses.
import { environmentLanguage, t, type Lang } from '../common/i18n.js';
import { createSpbeServices } from '../language/spbe-module.js';
import { SpbeCliEnvironment } from './environment.js';
import { codeEntries, type CatalogTable } from '../language/catalog.js';
import { levelName } from '../reference/codes.js';
import { prefixOf, searchCodes, type CodeMatch, type CodeQuery } from '../reference/search.js';
import { buildWorkspace } from '../model/build-workspace.js';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { loadWorkspace } from './load.js';

export interface KodeOptions {
    words: string[];
    domain?: string;
    level?: string;
    parent?: string;
    limit?: string;
    format: 'text' | 'json';
    /** Files or folders of a model whose own codes and reference sets are searched too. */
    model?: string[];
    /** The language of the text (default: the environment's). */
    lang?: Lang;
}

const DOMAINS_HELP = 'proses, data, layanan, aplikasi, infrastruktur, keamanan (or RAB, RAD, RAL, RAA, RAI, RAK)';

/** The query from the options, or a UsageError naming what is wrong. */
export function kodeQuery(options: KodeOptions): CodeQuery {
    const query: CodeQuery = { words: options.words };
    if (options.domain !== undefined) {
        query.domain = prefixOf(options.domain);
        if (!query.domain) throw new UsageError(`--domain must be one of ${DOMAINS_HELP}, not '${options.domain}'`);
    }
    if (options.level !== undefined) {
        const level = Number(options.level);
        if (!Number.isInteger(level) || level < 1 || level > 9) throw new UsageError(`--level must be a whole number from 1 to 9, not '${options.level}'`);
        query.level = level;
    }
    if (options.parent !== undefined) {
        if (!/^RA[BDLAIK](\.[0-9A-Za-z]+)+$/i.test(options.parent)) throw new UsageError(`--parent must be a reference code such as RAB.09.06, not '${options.parent}'`);
        query.parent = options.parent.toUpperCase();
    }
    const limit = options.limit === undefined ? (options.format === 'json' ? 0 : 50) : Number(options.limit);
    if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number (0 for all), not '${options.limit}'`);
    query.limit = limit;
    return query;
}

async function catalogTable(model: string[] | undefined, lang: Lang): Promise<CatalogTable> {
    if (model?.length) return (await loadWorkspace(model, { language: lang })).services.reference.Catalog.table();
    const { Spbe } = createSpbeServices(SpbeCliEnvironment);
    await buildWorkspace(Spbe, []);
    return Spbe.reference.Catalog.table();
}

export function matchJson(m: CodeMatch): object {
    return {
        code: m.entry.code, name: m.entry.name, level: m.entry.level, levelName: levelName(m.entry.code), parent: m.entry.parent ?? null,
        path: m.path.map(p => ({ code: p.code, name: p.name })), agencyDefined: m.entry.agencyDefined, ...(m.entry.status ? { status: m.entry.status } : {}),
    };
}

export function formatKodeText(matches: CodeMatch[], total: number, lang?: Lang): string {
    if (total === 0) return t({ id: 'Tidak ada kode yang cocok. Coba kata dasarnya (arsip, izin, sehat) atau kurangi kata.', en: 'No code matches. Try the root word (arsip, izin, sehat) or fewer words.' }, lang) + '\n';
    const width = Math.max(...matches.map(m => m.entry.code.length));
    const lines = matches.map(m => {
        const where = [levelName(m.entry.code), ...(m.path.length ? [m.path.map(p => p.name).join(' › ')] : [])].join('; ');
        return `${m.entry.code.padEnd(width)}  ${m.entry.name}  (${where}${m.entry.agencyDefined ? t({ id: '; kode instansi', en: '; agency code' }, lang) : ''})`;
    });
    const shown = matches.length < total
        ? t({ id: `${matches.length} dari ${total} kode (--limit 0 untuk semua)`, en: `${matches.length} of ${total} codes (--limit 0 for all)` }, lang)
        : t({ id: `${total} kode`, en: `${total} code${total === 1 ? '' : 's'}` }, lang);
    return [...lines, shown].join('\n') + '\n';
}

export async function runKode(options: KodeOptions): Promise<number> {
    const query = kodeQuery(options);
    const lang = options.lang ?? environmentLanguage();
    const table = await catalogTable(options.model, lang);
    const { matches, total } = searchCodes(codeEntries(table), query);
    process.stdout.write(options.format === 'json'
        ? JSON.stringify({ referenceSet: table.referenceSet, query: { words: query.words, domain: query.domain ?? null, level: query.level ?? null, parent: query.parent ?? null }, total, results: matches.map(matchJson) }, null, 2) + '\n'
        : formatKodeText(matches, total, lang));
    return 0;
}

export const KODE_USAGE = `Usage: spbe kode [words...] [options]

Searches the reference codes (the national reference built in, Perpres 132/2022) by Indonesian words, in
the code's name, its code or its parents' names; "arsip" also finds "Kearsipan". Best matches first.

Options:
  --domain D        proses|data|layanan|aplikasi|infrastruktur|keamanan, or RAB|RAD|RAL|RAA|RAI|RAK
  --level N         only codes of this level (RAB: 1 sektor, 2 urusan, 3 fungsi)
  --parent CODE     only the direct children of CODE (with no words: lists them)
  --model PATH      also the codes and reference sets of the model under PATH (repeatable)
  --limit N         at most N codes (default 50 in text, all in JSON; 0 for all)
  --format text|json
  --lang id|en      language of the text (default: from SPBE_LANG / LANG)

Examples:
  spbe kode arsip
  spbe kode pengelolaan keuangan --domain proses --level 3
  spbe kode --parent RAB.09.06 --format json`;

/** Parses `spbe kode` arguments (its own options) and runs it. */
export async function runKodeCommand(args: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: {
            domain: { type: 'string' }, level: { type: 'string' }, parent: { type: 'string' }, limit: { type: 'string' },
            model: { type: 'string', multiple: true }, format: { type: 'string' }, lang: { type: 'string' },
            debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        }
    });
    if (values.help) { process.stdout.write(KODE_USAGE + '\n'); return 0; }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
    return runKode({ words: positionals, domain: values.domain, level: values.level, parent: values.parent, limit: values.limit, model: values.model, format, lang: values.lang as Lang | undefined });
}
