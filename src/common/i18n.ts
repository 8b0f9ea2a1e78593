// The display language of messages: Indonesian or English. The CLI sets it from `--lang`, the
// language server from the client's locale; otherwise it follows SPBE_LANG / LC_ALL / LANG.
export type Lang = 'id' | 'en';

export interface Texts { id: string; en: string }

function fromEnvironment(): Lang {
    const env = typeof process !== 'undefined' ? process.env : {};
    const value = env.SPBE_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return /^id([_\-.]|$)/i.test(value) ? 'id' : 'en';
}

let current: Lang = fromEnvironment();

export function setLanguage(lang: Lang | string | undefined): void {
    if (lang === 'id' || lang === 'en') current = lang;
    else if (typeof lang === 'string' && /^id([_\-.]|$)/i.test(lang)) current = 'id';
    else if (typeof lang === 'string' && lang) current = 'en';
}

/** Back to the language of the environment, as at start-up. */
export function resetLanguage(): void {
    current = fromEnvironment();
}

export function getLanguage(): Lang {
    return current;
}

/** Picks the text in the current display language. */
export function t(texts: Texts, lang: Lang = current): string {
    return texts[lang];
}
