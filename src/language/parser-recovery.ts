// The parser, with chevrotain's error-recovery follow sets memoised.
//
// On every syntax error chevrotain asks which tokens may follow the last one matched, by walking the
// grammar from the top rule along the current rule stack (ContentAssist.getNextPossibleTokenTypes).
// The answer depends only on that path, yet it is recomputed each time; in a half-typed file with many
// errors (an unclosed block swallowing the rest of the file) this walk was 80% of the parse time
// (1000 errors: 2.9 s, memoised: 0.5 s; found by the fuzzer). The path is a few short arrays, so the
// key is cheap; the cache is bounded because the grammar has finitely many paths of bounded depth.
import type { LangiumCoreServices } from 'langium';
import { createLangiumParser, type LangiumParser } from 'langium';

interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: { name: string };
    lastTokOccurrence: number;
}

interface FollowSetSource {
    getNextPossibleTokenTypes(path: GrammarPath): unknown[];
}

const MAX_CACHED_PATHS = 10_000;

export function createSpbeParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const wrapper = (parser as unknown as { wrapper?: FollowSetSource }).wrapper;
    if (wrapper && typeof wrapper.getNextPossibleTokenTypes === 'function') memoiseFollowSets(wrapper);
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
