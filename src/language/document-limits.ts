// Workspace limits: a file larger than MAX_MODEL_CHARS is not parsed. It gets one diagnostic saying so
// and an empty model, so a huge or runaway file (a log pasted by mistake, a generated dump) cannot stall
// the language server or the CLI; the rest of the workspace is analysed as usual. Real models are far
// smaller: the whole Kota Malang example is about 20 KB.
import type { AstNode, Cancellation, LangiumSharedCoreServices, ParseResult, ParserOptions, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import { t } from './i18n.js';

/** Largest file (in UTF-16 code units, about bytes for Latin text) that is parsed: 1 MiB (some 25,000 lines). */
export const MAX_MODEL_CHARS = 1024 * 1024;

export function tooLargeMessage(length: number): string {
    const mb = (length / (1024 * 1024)).toFixed(1);
    const limit = (MAX_MODEL_CHARS / (1024 * 1024)).toFixed(0);
    return t({
        id: `Berkas terlalu besar untuk dianalisis (${mb} MB; batasnya ${limit} MB). Pecah model menjadi beberapa berkas .spbe.`,
        en: `File too large to analyse (${mb} MB; the limit is ${limit} MB). Split the model into several .spbe files.`
    });
}

export class SpbeDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        if (text.length > MAX_MODEL_CHARS) return tooLarge(super.parse<T>(uri, '', options), text.length);
        return super.parse<T>(uri, text, options);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        if (text.length > MAX_MODEL_CHARS) return tooLarge(super.parse<T>(uri, '', undefined), text.length);
        return super.parseAsync<T>(uri, text, cancellationToken);
    }
}

function tooLarge<T>(empty: ParseResult<T>, length: number): ParseResult<T> {
    return { ...empty, parserErrors: [], lexerErrors: [{ offset: 0, line: 1, column: 1, length: 0, message: tooLargeMessage(length) }] };
}
