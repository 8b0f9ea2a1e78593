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
//
// 3. Recovery inside a repetition does not recurse. When chevrotain skips tokens to get back into a
// `(...)*` or `(...)+` (for example the top level's `declarations+=Declaration*`), it re-enters the
// repetition by calling it again from inside itself (recoverable.js, tryInRepetitionRecovery), so every
// recovery in one repetition costs a few stack frames that stay until the repetition ends. About 2,500
// recoveries (900 KB of token garbage; a 1 MB file can hold 100,000) overflowed the stack. The re-entry
// is always the last thing those functions do, so here it is deferred to a loop in the repetition's
// entry point instead: the same calls in the same order, at constant stack depth.
//
// 4. The token to resync to is found once per stretch of input. For every recovery inside a repetition,
// chevrotain looks for the nearest token that may follow one of the rules being parsed, scanning forward
// from the current token (recoverable.js, findReSyncTokenType); at the top level the only such token is
// the end of the file, so every recovery there scanned the rest of the file: quadratic, 70 s for 900 KB
// of token garbage. The answer is the same for every position up to the token found, for the same rule
// stack, so it is remembered for that stretch.
import type { LangiumCoreServices, LangiumParser } from 'langium';
import { createCompletionParser, createParser, type LangiumCompletionParser } from 'langium';
import { SpbeLangiumParser } from './cst-builder.js';

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
    const parser = createParser(services.Grammar, new SpbeLangiumParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return harden(parser);
}

export function createSpbeCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    return harden(createCompletionParser(services));
}

function harden<P extends { parse(input: string, options?: never): unknown }>(parser: P): P {
    const wrapper = (parser as unknown as { wrapper?: FollowSetSource & RepetitionEngine }).wrapper;
    if (wrapper && typeof wrapper.getNextPossibleTokenTypes === 'function') memoiseFollowSets(wrapper);
    if (wrapper) flattenRepetitionRecovery(wrapper);
    if (wrapper) rememberResyncPoints(wrapper as unknown as ResyncSource);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: never) => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        if (wrapper) wrapper[PENDING] = undefined;
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

/** The chevrotain parser internals touched by flattenRepetitionRecovery (chevrotain 11, recognizer_engine.js and recoverable.js). */
interface RepetitionEngine {
    tryInRepetitionRecovery(grammarRule: Function, grammarRuleArgs: unknown[], lookAheadFunc: Function, expectedTokType: unknown): void;
    [PENDING]?: { rule: Function; args: unknown[] };
    [key: string]: unknown;
}

const PENDING = Symbol('pending repetition re-entry');

/** The repetition entry points whose last act may be to re-enter a repetition after recovery. */
const REPETITIONS = ['manyInternal', 'atLeastOneInternal', 'manySepFirstInternal', 'atLeastOneSepFirstInternal', 'repetitionSepSecondInternal'];

function flattenRepetitionRecovery(engine: RepetitionEngine): void {
    const originals = new Map<Function, Function>();
    for (const name of REPETITIONS) {
        const original = engine[name];
        if (typeof original !== 'function') return; // not the chevrotain this was written for: leave it as it is
    }
    for (const name of REPETITIONS) {
        const original = engine[name] as Function;
        const loop = function (this: RepetitionEngine, ...args: unknown[]): void {
            let rule = original;
            let ruleArgs = args;
            for (;;) {
                rule.apply(this, ruleArgs);
                const pending = this[PENDING];
                if (pending === undefined) return;
                this[PENDING] = undefined;
                rule = originals.get(pending.rule) ?? pending.rule;
                ruleArgs = pending.args;
            }
        };
        originals.set(loop, original);
        engine[name] = loop;
    }
    const tryRecovery = engine.tryInRepetitionRecovery;
    engine.tryInRepetitionRecovery = function (this: RepetitionEngine, grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
        // Chevrotain ends its resync with `grammarRule.apply(this, grammarRuleArgs); return;`: run it with a
        // grammar rule that only records the call, which the loop of the repetition's entry point then makes.
        const defer = function (this: RepetitionEngine, ...args: unknown[]) { this[PENDING] = { rule: grammarRule, args }; };
        return tryRecovery.call(this, originals.has(grammarRule) ? defer : grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType);
    };
}

/** The chevrotain parser internals touched by rememberResyncPoints. */
interface ResyncSource {
    findReSyncTokenType(): unknown;
    flattenFollowSet(): unknown[];
    tokenMatcher(token: unknown, tokenType: unknown): boolean;
    LA(howMuch: number): unknown;
    currIdx: number;
    tokVector: unknown[];
    RULE_STACK: number[];
    RULE_OCCURRENCE_STACK: number[];
}

function rememberResyncPoints(engine: ResyncSource): void {
    if (typeof engine.findReSyncTokenType !== 'function' || typeof engine.flattenFollowSet !== 'function' || typeof engine.currIdx !== 'number') return;
    // Per rule stack, the last scan: over `tokens`, the first token after any position in [from, at) that
    // is in the follow set is at `at`, and it matches `type`. (One scan per stack: the top level's reaches
    // the end of the file, and recoveries nested in a declaration alternate with it.)
    const scans = new Map<string, { tokens: unknown[]; from: number; at: number; type: unknown }>();
    engine.findReSyncTokenType = function (this: ResyncSource) {
        const key = `${this.RULE_STACK.join(',')}|${this.RULE_OCCURRENCE_STACK.join(',')}`;
        const position = this.currIdx;
        const last = scans.get(key);
        if (last && last.tokens === this.tokVector && position >= last.from && position < last.at) return last.type;
        const follows = this.flattenFollowSet();
        // Ends: the end of the file is always in the follow set, and LA() past the end returns it.
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            const type = follows.find(t => this.tokenMatcher(token, t));
            if (type !== undefined) {
                if (scans.size >= MAX_CACHED_PATHS) scans.clear();
                scans.set(key, { tokens: this.tokVector, from: position, at: position + k, type });
                return type;
            }
        }
    };
}
