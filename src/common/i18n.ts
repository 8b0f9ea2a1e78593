// The display language of messages: Indonesian or English. Nothing here is set by a host or a test: the
// hosts pass the language to what they create (the CLI from --lang, else SPBE_LANG / LC_ALL / LANG; the
// language server from the client's locale) and the language services hold it in their DisplayLanguage
// service. Code that makes messages calls `t(texts)`: without a language of its own it gets the one of the
// DisplayLanguage whose `run()` it is called in (the services run validation checks, parser, linker and
// hover messages that way), else English.
export type Lang = 'id' | 'en';

export interface Texts { id: string; en: string }

/** The language a locale or `--lang` value asks for: Indonesian for id, id-ID, id_ID.UTF-8; English for any other; undefined for none. */
export function languageOf(locale: string | undefined): Lang | undefined {
    if (!locale) return undefined;
    return /^id([_\-.]|$)/i.test(locale) ? 'id' : 'en';
}

/** The language the environment asks for (SPBE_LANG, LC_ALL, LC_MESSAGES, LANG); English when it says nothing (or in a browser). */
export function environmentLanguage(): Lang {
    const env = typeof process !== 'undefined' && process.env ? process.env : {};
    return languageOf(env.SPBE_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'en';
}

/** The language of the DisplayLanguage.run() under way, if any: it lasts only while run()'s synchronous work does. */
let running: Lang | undefined;

/** Picks the text in `lang`; without it, in the language of the enclosing DisplayLanguage.run(), else English. */
export function t(texts: Texts, lang?: Lang): string {
    return texts[lang ?? running ?? 'en'];
}

/** Runs `work` with t() in `lang` (none: in the language of the run already under way), as DisplayLanguage.run() does. */
export function inLanguage<T>(lang: Lang | undefined, work: () => T): T {
    const outer = running;
    running = lang ?? outer;
    try {
        return work();
    } finally {
        running = outer;
    }
}

/** The display language of one set of language services (see the top of this file). */
export class DisplayLanguage {
    private lang: Lang;

    /** `lang`: what the host asked for; without it, the environment's. */
    constructor(lang?: Lang) {
        this.lang = lang ?? environmentLanguage();
    }

    get current(): Lang {
        return this.lang;
    }

    /** Follows a locale (the language client's, e.g. 'id' or 'en-US'); none leaves the language as it is. */
    useLocale(locale: string | undefined): void {
        this.lang = languageOf(locale) ?? this.lang;
    }

    /** Picks the text in this language. */
    t(texts: Texts): string {
        return texts[this.lang];
    }

    /**
     * Runs `work` with `t(texts)` in this language. Only its synchronous part: after an `await` inside it,
     * t() no longer knows the language (pass it explicitly there).
     */
    run<T>(work: () => T): T {
        return inLanguage(this.lang, work);
    }
}
