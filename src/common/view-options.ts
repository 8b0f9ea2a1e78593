// The options of the two diagram views, defined once, with the one parser that checks them wherever they
// come from: the CLI's flags (text), a panel's filters (JSON from a webview, untrusted), or a program that
// calls the diagram module (typed values, checked by checkViewOptions). Checks that need the model (is
// there a unit or element of that name?) are the diagram's (diagram/scope.ts).
import { DOMAINS, MUATAN, type Domain, type Muatan } from './vocabulary.js';

export type ViewKind = 'architecture' | 'roadmap';
export const VIEW_KINDS: readonly ViewKind[] = ['architecture', 'roadmap'];
export type ThemeName = 'light' | 'dark' | 'high-contrast';
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];
/** Finer ticks under the roadmap's year columns. */
export type Ticks = 'tahun' | 'semester' | 'triwulan';
export const TICKS: readonly Ticks[] = ['tahun', 'semester', 'triwulan'];

export interface ArchitectureViewOptions {
    /** Show only this element and its neighbours up to `depth` relation steps. */
    focus?: string;
    /** Relation steps around `focus` (default 1). */
    depth?: number;
    /** Only these domains. */
    domains?: Domain[];
    /** Only elements owned by these units (or their sub-units). */
    units?: string[];
    /** The architecture as of the end of this year, from what the roadmap creates and retires. */
    year?: number;
    /** Only these elements: what a named view selects (language/view-rules.ts); the filters above narrow it further. */
    elements?: string[];
    /** Relation kinds whose arrows are not drawn (a named view's `kecualikan relasi ...`). */
    hiddenRelations?: string[];
    /** The diagram's title instead of the default one (a named view's). */
    title?: string;
    /** The group of the drill-down to show (an id such as `aplikasi/Diskominfo`); the overview when absent or ''. */
    drill?: string;
    /** Every element at once, without groups (a poster: it need not read at fit). */
    allElements?: boolean;
    theme?: ThemeName;
    /** A diff view: marks what changed against another version (the model must hold the removed elements too). */
    diff?: ArchitectureDiffMarks;
}

export type DiffMark = 'added' | 'removed' | 'changed';

/** What changed, by element id and by relation key `${from}\n${kind}\n${to}\n${via ?? ''}`. */
export interface ArchitectureDiffMarks {
    elements: Record<string, DiffMark>;
    relations: Record<string, DiffMark>;
}

export interface RoadmapViewOptions {
    muatan?: Muatan[];
    /** Only initiatives carried out (pelaksana) by these units or their sub-units. */
    units?: string[];
    /** Date of the "today" line, YYYY-MM-DD; no line when absent. */
    today?: string;
    ticks?: Ticks;
    /** Only these initiatives: what a named view selects; the filters above narrow it further. */
    initiatives?: string[];
    /** The diagram's title instead of the default one (a named view's). */
    title?: string;
    theme?: ThemeName;
}

export type ViewOptions<V extends ViewKind> = V extends 'architecture' ? ArchitectureViewOptions : RoadmapViewOptions;

/** What a panel's toolbar holds: the filters of both views (each view reads its own). */
export type ViewFilters = Pick<ArchitectureViewOptions, 'focus' | 'depth' | 'domains' | 'units' | 'year' | 'drill'> & Pick<RoadmapViewOptions, 'muatan'> & {
    /** A named view (`tampilan` in the model) that the other filters narrow; the panel's default view when absent. */
    view?: string;
};

// The diff marks are a program's option (a server combines two models), not a person's: no flag or filter reads them.
export type ViewOption = Exclude<keyof ArchitectureViewOptions, 'diff'> | keyof RoadmapViewOptions;
const FILTERS: readonly ViewOption[] = ['focus', 'depth', 'domains', 'units', 'year', 'muatan', 'drill'];

/** Bounds on what a person (or a webview) may ask for; a program calling the diagram module is not held to them. */
export const VIEW_OPTION_LIMITS = { depth: { min: 0, max: 20 }, year: { min: 1900, max: 2200 }, nameLength: 200, listLength: 10_000 } as const;

type Read = { value: unknown } | { error: string };

interface Rule {
    views: readonly ViewKind[];
    /** Input (a CLI flag's text or a JSON value) to the option's value. */
    read(input: unknown, name: string): Read;
    /** A value of the option's type: undefined when it is fine, else what is wrong with it. */
    check(value: unknown, name: string): string | undefined;
}

const shown = (v: unknown) => {
    const text = typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
};
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= VIEW_OPTION_LIMITS.nameLength;
const or = (choices: readonly string[]) => `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;

/** A whole number within limits: a JSON number (rounded, as a toolbar's field gives it) or the digits of a flag. */
function wholeNumber(limits: { min: number; max: number }, what: string): Rule['read'] {
    return (input, name) => {
        const n = typeof input === 'number' && Number.isFinite(input) ? input : typeof input === 'string' && /^\d{1,9}$/.test(input) ? Number(input) : NaN;
        if (!(n >= limits.min && n <= limits.max)) return { error: `${name} must be ${what} from ${limits.min} to ${limits.max}, not ${shown(input)}` };
        return { value: Math.round(n) };
    };
}

function names(input: unknown, name: string): Read {
    if (!Array.isArray(input) || input.length > VIEW_OPTION_LIMITS.listLength || !input.every(isName)) {
        return { error: `${name} must be a list of names, not ${shown(input)}` };
    }
    return { value: input.length > 0 ? [...input] : undefined };
}

function oneOf(choices: readonly string[]): Rule['check'] {
    return (value, name) => choices.includes(value as string) ? undefined : `${name} must be ${or(choices)}, not ${shown(value)}`;
}

function allIn(choices: readonly string[], what: string): Rule['check'] {
    return value => {
        const unknown = (value as unknown[]).find(v => !choices.includes(v as string));
        return unknown === undefined ? undefined : `unknown ${what} ${shown(unknown)}: use ${choices.join(', ')}`;
    };
}

const nameList: Rule['check'] = (value, name) => Array.isArray(value) && value.every(v => typeof v === 'string') ? undefined : `${name} must be a list of names`;

const ARCHITECTURE: readonly ViewKind[] = ['architecture'], ROADMAP: readonly ViewKind[] = ['roadmap'], BOTH = VIEW_KINDS;
const text: Rule['read'] = input => ({ value: input });

const RULES: Record<ViewOption, Rule> = {
    focus: {
        views: ARCHITECTURE,
        read: (input, name) => isName(input) ? { value: input } : { error: `${name} must be the name of an element, not ${shown(input)}` },
        check: (value, name) => typeof value === 'string' ? undefined : `${name} must be the name of an element, not ${shown(value)}`,
    },
    depth: {
        views: ARCHITECTURE,
        read: wholeNumber(VIEW_OPTION_LIMITS.depth, 'a whole number'),
        check: (value, name) => Number.isInteger(value) && (value as number) >= 0 ? undefined : `${name} must be a whole number of 0 or more, not ${shown(value)}`,
    },
    domains: { views: ARCHITECTURE, read: names, check: allIn(DOMAINS, 'domain') },
    units: { views: BOTH, read: names, check: (value, name) => Array.isArray(value) && value.every(v => typeof v === 'string') ? undefined : `${name} must be a list of unit names` },
    year: {
        views: ARCHITECTURE,
        read: wholeNumber(VIEW_OPTION_LIMITS.year, 'a year'),
        check: (value, name) => Number.isInteger(value) ? undefined : `${name} must be a whole year such as 2025, not ${shown(value)}`,
    },
    muatan: { views: ROADMAP, read: names, check: allIn(MUATAN, 'muatan') },
    // A group id (domain/unit/.../code, diagram/groups.ts); '' is the overview. Whether it exists is the diagram's check.
    drill: {
        views: ARCHITECTURE,
        read: (input, name) => input === '' ? { value: undefined } : isName(input) ? { value: input }
            : { error: `${name} must be the id of a group of the overview (such as aplikasi/Diskominfo), not ${shown(input)}` },
        check: (value, name) => typeof value === 'string' ? undefined : `${name} must be the id of a group, not ${shown(value)}`,
    },
    allElements: {
        views: ARCHITECTURE,
        read: (input, name) => input === true || input === 'true' ? { value: true } : input === false || input === 'false' ? { value: undefined }
            : { error: `${name} must be true or false, not ${shown(input)}` },
        check: (value, name) => typeof value === 'boolean' ? undefined : `${name} must be true or false, not ${shown(value)}`,
    },
    today: {
        views: ROADMAP, read: text,
        check: value => isDate(value) ? undefined : `${shown(value)} is not a date: write today's date as YYYY-MM-DD, e.g. 2025-06-30`,
    },
    ticks: { views: ROADMAP, read: text, check: oneOf(TICKS) },
    elements: { views: ARCHITECTURE, read: names, check: nameList },
    hiddenRelations: { views: ARCHITECTURE, read: names, check: nameList },
    initiatives: { views: ROADMAP, read: names, check: nameList },
    title: {
        views: BOTH,
        read: (input, name) => typeof input === 'string' ? { value: input } : { error: `${name} must be a text, not ${shown(input)}` },
        check: (value, name) => typeof value === 'string' ? undefined : `${name} must be a text, not ${shown(value)}`,
    },
    theme: { views: BOTH, read: text, check: oneOf(THEMES) },
};
const OPTIONS = Object.keys(RULES) as ViewOption[];

/** A calendar date written YYYY-MM-DD, or undefined. */
export function parseDate(value: unknown): { year: number; month: number; day: number } | undefined {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (!m) return undefined;
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

export function isDate(value: unknown): value is string {
    return parseDate(value) !== undefined;
}

/** A date as YYYY-MM-DD in the local time zone (the day the user sees on their calendar). */
export function localDate(now: Date): string {
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The date of the roadmap's "today" line from a setting: empty or absent means the current date, `none`
 * no line at all, a date that date; anything else (a setting that is not a date) the current date too.
 */
export function todayLine(setting: string | undefined, now: Date): string | undefined {
    const value = setting?.trim() ?? '';
    if (value.toLowerCase() === 'none') return undefined;
    return isDate(value) ? value : localDate(now);
}

export function isTheme(value: unknown): value is ThemeName {
    return THEMES.includes(value as ThemeName);
}

export interface ViewOptionSettings {
    /** How options and views are called in messages (the CLI names its flags: `--tahun`, `--view peta-rencana`). */
    names?: Partial<Record<ViewOption | ViewKind, string>>;
    /**
     * Options of the other view, and a depth without a focus, are errors (the CLI: they were asked for and
     * would do nothing). Otherwise they are left out: a panel's toolbar keeps the filters of both views.
     */
    strict?: boolean;
}

export type Parsed<T> = { ok: true; options: T } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseFields(input: unknown, fields: readonly ViewOption[], name: (o: ViewOption) => string, errors: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (!isObject(input)) {
        errors.push(`view options must be an object, not ${shown(input)}`);
        return values;
    }
    for (const field of fields) {
        if (input[field] === undefined) continue;
        const read = RULES[field].read(input[field], name(field));
        const error = 'error' in read ? read.error : read.value === undefined ? undefined : RULES[field].check(read.value, name(field));
        if (error !== undefined) errors.push(error);
        else if ('value' in read && read.value !== undefined) values[field] = read.value;
    }
    return values;
}

/** The options of one view from untrusted input (unknown keys are ignored), or every problem with them. */
export function parseViewOptions<V extends ViewKind>(view: V, input: unknown, settings: ViewOptionSettings = {}): Parsed<ViewOptions<V>> {
    const name = (key: ViewOption | ViewKind) => settings.names?.[key] ?? (key === 'architecture' || key === 'roadmap' ? `the ${key} view` : key);
    const errors: string[] = [];
    const own = OPTIONS.filter(o => RULES[o].views.includes(view));
    if (settings.strict && isObject(input)) {
        const other = VIEW_KINDS.find(v => v !== view)!;
        for (const o of OPTIONS) {
            if (!own.includes(o) && input[o] !== undefined) errors.push(`${name(o)} applies to ${name(other)}, not ${name(view)}`);
        }
    }
    const values = parseFields(input, own, name, errors);
    if (values.depth !== undefined && values.focus === undefined) {
        if (settings.strict) errors.push(`${name('depth')} needs ${name('focus')}`);
        delete values.depth;
    }
    return errors.length ? { ok: false, errors } : { ok: true, options: values as ViewOptions<V> };
}

/** A panel's filters (of both views) from untrusted input, or every problem with them. */
export function parseViewFilters(input: unknown): Parsed<ViewFilters> {
    const errors: string[] = [];
    const values = parseFields(input, FILTERS, o => o, errors);
    const view = isObject(input) ? input.view : undefined;
    if (view !== undefined) {
        if (isName(view)) values.view = view;
        else errors.push(`view must be the id of a named view, not ${shown(view)}`);
    }
    return errors.length ? { ok: false, errors } : { ok: true, options: values as ViewFilters };
}

/** What is wrong with typed options given to the diagram module (no input limits: a program may ask for any year). */
export function checkViewOptions(view: ViewKind, options: ArchitectureViewOptions | RoadmapViewOptions): string[] {
    const errors: string[] = [];
    const given = options as Record<string, unknown>;
    for (const o of OPTIONS) {
        if (!RULES[o].views.includes(view) || given[o] === undefined) continue;
        const error = RULES[o].check(given[o], o);
        if (error !== undefined) errors.push(error);
    }
    return errors;
}
