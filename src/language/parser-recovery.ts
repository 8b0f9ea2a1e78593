// The parsers (the document parser and the one completion uses), with the cost of chevrotain's error
// recovery cut down. Both problems were found by the fuzzer on half-typed files with many errors.
//
// 1. Follow sets are memoised. On every syntax error chevrotain asks which tokens may follow the last
// one matched, by walking the grammar from the top rule along the current rule stack
// (ContentAssist.getNextPossibleTokenTypes). The answer depends only on that path, yet it is
// recomputed each time; in a file with many errors (an unclosed block swallowing the rest of the
// file) this walk was 80% of the parse time (1000 errors: 2.9 s, memoised: 0.5 s). The path is a few
// short arrays, so the key is cheap; the cache is bounded because the grammar has finitely many paths
// of bounded depth.
//
// 2. Parsing runs with Error.stackTraceLimit = 0: chevrotain signals every syntax error by throwing an
// exception, and capturing their stack traces was up to half the parse time of an error-heavy file.
// Parsing is synchronous, so nothing else runs meanwhile. Should the parser itself ever fail, the
// parse is repeated with stack traces on, so the failure is reported with its stack.
import type { LangiumCoreServices, LangiumParser } from 'langium';
import { createCompletionParser, createLangiumParser, type LangiumCompletionParser } from 'langium';

interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: { name: string };
    lastTokOccurrence: number;
}

/** The chevrotain parser internal touched here (chevrotain's traits/context_assist.js). */
interface FollowSetSource {
    getNextPossibleTokenTypes(path: GrammarPath): unknown[];
}

const MAX_CACHED_PATHS = 10_000;

export function createSpbeParser(services: LangiumCoreServices): LangiumParser {
    return harden(createLangiumParser(services));
}

export function createSpbeCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    return harden(createCompletionParser(services));
}

function harden<P extends { parse(input: string, options?: never): unknown }>(parser: P): P {
    const wrapper = (parser as unknown as { wrapper?: FollowSetSource }).wrapper;
    if (wrapper && typeof wrapper.getNextPossibleTokenTypes === 'function') memoiseFollowSets(wrapper);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: never) => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(input, options);
        } catch {
            Error.stackTraceLimit = limit;
            return parse(input, options);
        } finally {
            Error.stackTraceLimit = limit;
        }
    }) as P['parse'];
    return parser;
}

function memoiseFollowSets(wrapper: FollowSetSource): void {
    const compute = wrapper.getNextPossibleTokenTypes.bind(wrapper);
    const cache = new Map<string, unknown[]>();
    wrapper.getNextPossibleTokenTypes = (path: GrammarPath) => {
        const key = `${path.ruleStack.join('/')}|${path.occurrenceStack.join('/')}|${path.lastTok.name}|${path.lastTokOccurrence}`;
        let follows = cache.get(key);
        if (follows === undefined) {
            follows = compute(path);
            if (cache.size >= MAX_CACHED_PATHS) cache.clear();
            cache.set(key, follows);
        }
        return follows;
    };
}
