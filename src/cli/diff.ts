// spbe diff OLD NEW | spbe diff --git REV1 [REV2] [PATH]: what changed between two versions of an
// architecture, computed on their semantic models (each version built through its own language services).
// Folders are read from disk; revisions with git into memory (nothing is checked out).
import { promises as fs } from 'node:fs';
import * as fsSync from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'langium';
import { environmentLanguage, type Lang } from '../common/i18n.js';
import { createSpbeServices } from '../language/spbe-module.js';
import { SpbeCliEnvironment } from './environment.js';
import { buildWorkspace } from '../model/build-workspace.js';
import type { SemanticModel } from '../model/types.js';
import { diffJson, diffMarkdown, diffModels, diffText } from '../diff/index.js';
import { shown, UsageError } from './errors.js';
import { GitError, gitRoot, readRevisionFiles, resolveRevision } from '../node/git.js';
import { checkOutputLocation, writeOutputFile } from './write-output.js';
import { refuseOutputsOverInputs } from './protect-inputs.js';
import { terminalSafeJson, visible, visibleLines, warn } from './terminal-text.js';

export const DIFF_USAGE = `Usage: spbe diff OLD NEW [options]            two folders (or files) of one architecture
       spbe diff --git REV1 [REV2] [PATH] [options] two git revisions of PATH (default: the current folder);
                                                    without REV2, REV1 against the files as they are now

Compares the semantic models of the two versions: elements added, removed and changed (code, owner,
status, relations, ...), units, initiatives added, removed, moved in time or re-scoped, milestones, and the
roadmap's index targets. Formatting, comments and the order of declarations are no change.

Options:
  --format text|json|markdown   output (default text); markdown is a section for a review document
  -o, --output FILE             write to FILE (whole or not at all) instead of standard output
  --lang id|en                  language of the headings (default: from SPBE_LANG / LANG)`;

export interface Version {
    label: string;
    model: SemanticModel;
    errors: number;
}

/** A version from files on disk (a folder or files), through the CLI's usual reading and checks. */
async function fromDisk(paths: string[]): Promise<Version> {
    const { loadWorkspace } = await import('./load.js');
    const ws = await loadWorkspace(paths);
    return { label: paths.map(p => shown(path.resolve(p))).join(', '), model: ws.model, errors: countErrors(ws.diagnostics) };
}

/** A version from a git revision: its .spbe files under `folder`, read into memory. */
export async function fromRevision(root: string, revision: string, folder: string): Promise<Version> {
    const commit = await resolveRevision(root, revision);
    const files = await readRevisionFiles(root, commit, folder);
    if (files.length === 0) throw new GitError(`no .spbe files under ${shown(folder) || '.'} at ${revision}`);
    const { Spbe } = createSpbeServices(SpbeCliEnvironment);
    const built = await buildWorkspace(Spbe, files.map(f => ({ uri: URI.file(f.path).toString(), text: f.text })));
    return { label: `${revision} (${commit.slice(0, 7)})`, model: built.model, errors: countErrors(built.diagnostics) };
}

function countErrors(diagnostics: Map<string, { severity?: number }[]>): number {
    return [...diagnostics.values()].flat().filter(d => d.severity === 1).length;
}

async function isRevision(root: string, text: string): Promise<boolean> {
    try { await resolveRevision(root, text); return true; } catch { return false; }
}

async function exists(p: string): Promise<boolean> {
    return fs.stat(p).then(() => true, () => false);
}

export async function runDiffCommand(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv, allowPositionals: true, strict: true,
        options: {
            git: { type: 'boolean' }, format: { type: 'string' }, output: { type: 'string', short: 'o' }, lang: { type: 'string' },
            debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        }
    });
    if (values.help) { process.stdout.write(DIFF_USAGE + '\n'); return 0; }
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not '${values.lang}'`);
    const lang: Lang = (values.lang as Lang | undefined) ?? environmentLanguage();
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be text, json or markdown, not '${format}'`);
    if (values.output === '') throw new UsageError('--output needs a file name');
    if (values.output !== undefined) {
        // Never over a model file it reads (with --git: the PATH, whose files are read as they are now).
        const last = positionals[positionals.length - 1];
        await refuseOutputsOverInputs([values.output], values.git ? [positionals.length > 1 && fsSync.existsSync(last) ? last : '.'] : positionals);
        await checkOutputLocation(values.output);
    }

    let before: Version, after: Version;
    try {
        if (values.git) {
            if (positionals.length < 1 || positionals.length > 3) throw new UsageError('diff --git takes REV1 [REV2] [PATH]');
            const cwdRoot = await gitRoot(process.cwd());
            let [rev1, rev2, where] = positionals as [string, string | undefined, string | undefined];
            if (positionals.length === 2 && !(await isRevision(cwdRoot, rev2!))) {
                if (!(await exists(rev2!))) throw new UsageError(`'${rev2}' is neither a git revision nor a path`);
                [rev2, where] = [undefined, rev2];
            }
            const folder = path.resolve(where ?? '.');
            // The repository of PATH (which may be another one than the current folder's).
            const stat = await fs.stat(folder).catch(() => undefined);
            const gitFolder = await gitRoot(stat?.isDirectory() ? folder : path.dirname(folder)).catch(() => cwdRoot);
            before = await fromRevision(gitFolder, rev1, folder);
            after = rev2 !== undefined ? await fromRevision(gitFolder, rev2, folder) : await fromDisk([folder]);
            if (rev2 === undefined) after.label = `${after.label} (${lang === 'id' ? 'berkas kerja' : 'working files'})`;
        } else {
            if (positionals.length !== 2) throw new UsageError('diff takes two folders or files, OLD and NEW (or --git REV1 [REV2] [PATH])');
            before = await fromDisk([positionals[0]]);
            after = await fromDisk([positionals[1]]);
        }
    } catch (err) {
        if (err instanceof GitError) throw new UsageError(visible(err.message));
        throw err;
    }
    for (const v of [before, after]) {
        if (v.errors) warn(`${v.label} has ${v.errors} error(s); the diff compares what could be read (run 'spbe check')`);
    }
    const diff = diffModels(before.model, after.model);
    const labels = { old: before.label, new: after.label };
    // Names come from the models: what a terminal would act on is escaped.
    const out = format === 'json' ? terminalSafeJson(diffJson(diff, labels)) : visibleLines(format === 'markdown' ? diffMarkdown(diff, labels, lang) : diffText(diff, labels, lang));
    if (values.output !== undefined) await writeOutputFile(values.output, out);
    else process.stdout.write(out);
    return 0;
}
