// Workspace limits: a file larger than MAX_MODEL_CHARS is not parsed. It gets one diagnostic saying so
// and an empty model, so a huge or runaway file (a log pasted by mistake, a generated dump) cannot stall
// the language server or the CLI; the rest of the workspace is analysed as usual. Real models are far
// smaller: the whole Kota Malang example is about 20 KB.
//
// A file on disk whose size alone proves it is over the limit is not even read: the file system is
// asked for its size first (when it can tell: see SizedFileSystemProvider), so a 10 MB or 1 GB file in
// the workspace costs a stat, not its size in memory. The language server reads files from disk when it
// loads the workspace and when a file that is not open in the editor changes.
import type { AstNode, Cancellation, FileSystemProvider, LangiumDocument, LangiumSharedCoreServices, ParseResult, ParserOptions, URI } from 'langium';
import { DefaultLangiumDocumentFactory, DocumentState, isOperationCancelled } from 'langium';
import { t, type DisplayLanguage, type Lang } from '../common/i18n.js';
import type { SpbeSharedAddedServices } from './spbe-module.js';
import { MAX_MODEL_CHARS, MAX_MODEL_FILE_BYTES } from '../common/size-limits.js';

export { MAX_MODEL_CHARS, MAX_MODEL_FILE_BYTES } from '../common/size-limits.js';

/** A file system that can tell a file's size without reading it (the Node one in node/file-system.ts can). */
export interface SizedFileSystemProvider extends FileSystemProvider {
    /** The size in bytes of a regular file; undefined when it is not known (not a file, no such file). */
    size(uri: URI): Promise<number | undefined>;
}

export function isSized(provider: FileSystemProvider): provider is SizedFileSystemProvider {
    return typeof (provider as Partial<SizedFileSystemProvider>).size === 'function';
}

export function tooLargeMessage(length: number, lang?: Lang): string {
    const mb = (length / (1024 * 1024)).toFixed(1);
    const limit = (MAX_MODEL_CHARS / (1024 * 1024)).toFixed(0);
    return t({
        id: `Berkas terlalu besar untuk dianalisis (${mb} MB; batasnya ${limit} MB). Pecah model menjadi beberapa berkas .spbe.`,
        en: `File too large to analyse (${mb} MB; the limit is ${limit} MB). Split the model into several .spbe files.`
    }, lang);
}

/**
 * The one diagnostic of a file the parser failed on. No legal input is known to do that (the parser's
 * recursion was made iterative: see cst-builder.ts and parser-recovery.ts), but should one, the file is
 * analysed as empty and says so, instead of failing the build of the whole workspace (or, in the language
 * server, killing the process: the parse runs inside the handler of the editor's notification).
 */
export function cannotAnalyseMessage(error: unknown, lang?: Lang): string {
    const reason = error instanceof Error ? error.message : String(error);
    return t({
        id: `Berkas ini tidak dapat dianalisis (${reason}). Bagian lain workspace tetap dianalisis. Sederhanakan atau pecah berkas ini; bila isinya model yang sah, laporkan sebagai bug.`,
        en: `This file could not be analysed (${reason}). The rest of the workspace is analysed as usual. Simplify or split this file; if it is a valid model, please report it as a bug.`
    });
}

export class SpbeDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly language: DisplayLanguage;

    constructor(services: LangiumSharedCoreServices & SpbeSharedAddedServices) {
        super(services);
        this.language = services.environment.DisplayLanguage;
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        if (text.length > MAX_MODEL_CHARS) return tooLarge(super.parse<T>(uri, '', options), text.length, this.language.current);
        try {
            return super.parse<T>(uri, text, options);
        } catch (err) {
            return unparsed(super.parse<T>(uri, '', options), err, this.language.current);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        if (text.length > MAX_MODEL_CHARS) return tooLarge(super.parse<T>(uri, '', undefined), text.length, this.language.current);
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (err) {
            if (isOperationCancelled(err)) throw err;
            return unparsed(super.parse<T>(uri, '', undefined), err, this.language.current);
        }
    }

    /** Loading a file from disk (workspace start-up, a file added): the size is checked before reading. */
    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const size = await this.oversized(uri);
        if (size !== undefined) return this.createLangiumDocument(tooLarge(super.parse<T>(uri, '', undefined), size, this.language.current), uri, undefined, '');
        return super.fromUri<T>(uri, cancellationToken);
    }

    /** A changed file not open in the editor is read from disk again: the size is checked first here too. */
    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const open = this.textDocuments?.get(document.uri.toString()) !== undefined;
        const size = open ? undefined : await this.oversized(document.uri);
        if (size === undefined) return super.update(document, cancellationToken);
        const empty = this.createTextDocumentGetter(document.uri, '');
        Object.defineProperty(document, 'textDocument', { get: empty, configurable: true });
        document.parseResult = tooLarge(super.parse<T>(document.uri, '', undefined), size, this.language.current);
        (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
        document.state = DocumentState.Parsed;
        return document;
    }

    /** The file's size in bytes if the file system can tell it without reading and it is over MAX_MODEL_FILE_BYTES. */
    private async oversized(uri: URI): Promise<number | undefined> {
        if (!isSized(this.fileSystemProvider)) return undefined;
        const size = await this.fileSystemProvider.size(uri).catch(() => undefined);
        return size !== undefined && size > MAX_MODEL_FILE_BYTES ? size : undefined;
    }
}

function tooLarge<T>(empty: ParseResult<T>, length: number, lang: Lang): ParseResult<T> {
    return { ...empty, parserErrors: [], lexerErrors: [{ offset: 0, line: 1, column: 1, length: 0, message: tooLargeMessage(length, lang) }] };
}

function unparsed<T>(empty: ParseResult<T>, error: unknown, lang: Lang): ParseResult<T> {
    return { ...empty, parserErrors: [], lexerErrors: [{ offset: 0, line: 1, column: 1, length: 0, message: cannotAnalyseMessage(error, lang) }] };
}
