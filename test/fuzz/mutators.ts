// Seeded mutators over model texts. Each takes the text and a random source and returns a new text;
// the same seed always yields the same inputs, so every finding can be replayed.
import { mulberry32 } from '../../scripts/lib/seeded-random.mjs';

/** The fuzzer's seeded random source (mulberry32, shared with the benchmark generator). */
export function createRandom(seed: number): Random {
    const next = mulberry32(seed);
    return {
        next,
        int: (n: number) => Math.floor(next() * n),
        pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
        chance: (p: number) => next() < p,
    };
}

export interface Random {
    next(): number;
    /** An integer in [0, n). */
    int(n: number): number;
    pick<T>(items: readonly T[]): T;
    chance(p: number): boolean;
}

export type Mutator = (text: string, rnd: Random, context: MutationContext) => string;

export interface MutationContext {
    /** Texts of the other files, for splicing lines across files. */
    others: string[];
}

const TOKEN = /"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][\w.-]*|\d+(?:\.\d+)?|\s+|./g;

interface Token { text: string; start: number }

function tokens(text: string): Token[] {
    const out: Token[] = [];
    for (const m of text.matchAll(TOKEN)) if (!/^\s+$/.test(m[0])) out.push({ text: m[0], start: m.index! });
    return out;
}

function replaceAt(text: string, start: number, length: number, insert: string): string {
    return text.slice(0, start) + insert + text.slice(start + length);
}

function lines(text: string): string[] {
    return text.split('\n');
}

const KEYWORDS = ['instansi', 'unit', 'proses', 'data', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan', 'peta-rencana',
    'inisiatif', 'tonggak', 'referensi', 'kode', 'aplikasi-umum', 'penilaian', 'aturan-indeks', 'indikator', 'level', 'bukti',
    'muatan', 'tahun', 'setelah', 'mewujudkan', 'menghentikan', 'terintegrasi-dengan', 'melalui', 'abaikan', 'basis', 'umum',
    'khusus', 'status', 'aktif', 'rencana', 'pemilik', 'bobot', 'domain', 'aspek', 'predikat', 'dari', 'sampai', '{', '}', ',', ':', '-'];

/** Strings an architect might paste, plus markup and odd characters. */
const ODD_TEXTS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', ']]>', '&amp;', '\u0000',
    '\uFFFD', '\uD800', '\uDFFF', '\u202E', '\u200B', '\t', '\r', '\r\n', '\f', '\v', '\u00A0', '\uFEFF', 'é', '漢字', '🙂',
    '${x}', '%s', '\\', '\\"', '"', '/*', '*/', '//', 'RAB.', 'RAB.99.99.99.99.99', '-1', '1e400', '99999999999999999999999',
    '0.0.0', 'NaN', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'];

export const MUTATORS: Record<string, Mutator> = {
    deleteToken(text, rnd) {
        const ts = tokens(text);
        if (ts.length === 0) return text;
        const t = rnd.pick(ts);
        return replaceAt(text, t.start, t.text.length, '');
    },
    duplicateToken(text, rnd) {
        const ts = tokens(text);
        if (ts.length === 0) return text;
        const t = rnd.pick(ts);
        return replaceAt(text, t.start, 0, t.text + ' ');
    },
    swapTokens(text, rnd) {
        const ts = tokens(text);
        if (ts.length < 2) return text;
        let [a, b] = [rnd.pick(ts), rnd.pick(ts)];
        if (a.start === b.start) return text;
        if (a.start > b.start) [a, b] = [b, a];
        return text.slice(0, a.start) + b.text + text.slice(a.start + a.text.length, b.start) + a.text + text.slice(b.start + b.text.length);
    },
    replaceTokenWithKeyword(text, rnd) {
        const ts = tokens(text);
        if (ts.length === 0) return text;
        const t = rnd.pick(ts);
        return replaceAt(text, t.start, t.text.length, rnd.pick(KEYWORDS));
    },
    deleteLine(text, rnd) {
        const ls = lines(text);
        ls.splice(rnd.int(ls.length), 1);
        return ls.join('\n');
    },
    duplicateLine(text, rnd) {
        const ls = lines(text);
        const i = rnd.int(ls.length);
        ls.splice(i, 0, ls[i]);
        return ls.join('\n');
    },
    swapLines(text, rnd) {
        const ls = lines(text);
        const i = rnd.int(ls.length), j = rnd.int(ls.length);
        [ls[i], ls[j]] = [ls[j], ls[i]];
        return ls.join('\n');
    },
    spliceLineFromOtherFile(text, rnd, ctx) {
        if (ctx.others.length === 0) return text;
        const source = lines(rnd.pick(ctx.others));
        const ls = lines(text);
        ls.splice(rnd.int(ls.length + 1), 0, rnd.pick(source));
        return ls.join('\n');
    },
    truncate(text, rnd) {
        return text.slice(0, rnd.int(text.length + 1));
    },
    insertRandomChars(text, rnd) {
        let insert = '';
        const n = 1 + rnd.int(8);
        for (let i = 0; i < n; i++) insert += String.fromCharCode(rnd.chance(0.5) ? rnd.int(128) : rnd.int(0x10000));
        return replaceAt(text, rnd.int(text.length + 1), 0, insert);
    },
    insertOddText(text, rnd) {
        return replaceAt(text, rnd.int(text.length + 1), 0, rnd.pick(ODD_TEXTS));
    },
    oddTextInString(text, rnd) {
        const strings = tokens(text).filter(t => t.text.startsWith('"') && t.text.length > 1);
        if (strings.length === 0) return text;
        const s = rnd.pick(strings);
        return replaceAt(text, s.start + 1, 0, rnd.pick(ODD_TEXTS).replace(/"/g, '\\"'));
    },
    nonUtf8Bytes(text, rnd) {
        // What a Latin-1 / Windows-1252 file or a binary fragment looks like once decoded as UTF-8.
        const bytes = Buffer.alloc(1 + rnd.int(16));
        for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + rnd.int(0x80);
        return replaceAt(text, rnd.int(text.length + 1), 0, bytes.toString('utf8'));
    },
    removeBrace(text, rnd) {
        const braces = [...text.matchAll(/[{}]/g)];
        if (braces.length === 0) return text;
        return replaceAt(text, rnd.pick(braces).index!, 1, '');
    },
    addBrace(text, rnd) {
        return replaceAt(text, rnd.int(text.length + 1), 0, rnd.pick(['{', '}', '{{', '}}', '{ }']));
    },
    removeQuote(text, rnd) {
        const quotes = [...text.matchAll(/"/g)];
        if (quotes.length === 0) return text;
        return replaceAt(text, rnd.pick(quotes).index!, 1, '');
    },
    unterminatedComment(text, rnd) {
        return replaceAt(text, rnd.int(text.length + 1), 0, '/*');
    },
    veryLongName(text, rnd) {
        const names = tokens(text).filter(t => /^[A-Za-z_]/.test(t.text));
        if (names.length === 0) return text;
        const t = rnd.pick(names);
        const n = rnd.pick([1_000, 10_000, 100_000]);
        return replaceAt(text, t.start, t.text.length, t.text[0] + 'x'.repeat(n));
    },
    veryLongString(text, rnd) {
        return replaceAt(text, rnd.int(text.length + 1), 0, ` "${'y'.repeat(rnd.pick([1_000, 100_000]))}" `);
    },
    deepNesting(text, rnd) {
        const depth = rnd.pick([50, 500, 5_000]);
        const unit = rnd.pick(['{', 'proses P {', 'indikator 1 {', 'peta-rencana { inisiatif I {', '(', '[']);
        const closed = rnd.chance(0.5);
        return replaceAt(text, rnd.int(text.length + 1), 0, unit.repeat(depth) + (closed ? '}'.repeat(depth) : ''));
    },
    hugeNumber(text, rnd) {
        const numbers = tokens(text).filter(t => /^\d/.test(t.text));
        if (numbers.length === 0) return text;
        const t = rnd.pick(numbers);
        return replaceAt(text, t.start, t.text.length, rnd.pick(['0', '99999999999999999999999', '1.5', '0000', '9'.repeat(400), '2029', '1']));
    },
    duplicateDeclaration(text, rnd) {
        const decls = [...text.matchAll(/^(proses|data|layanan|aplikasi|infrastruktur|keamanan|unit) [^\n]*$/gm)];
        if (decls.length === 0) return text;
        const d = rnd.pick(decls);
        return text + '\n' + d[0] + (d[0].includes('{') && !d[0].includes('}') ? ' }' : '') + '\n';
    },
    crlf(text) {
        return text.replace(/\n/g, '\r\n');
    },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** A 10 MB text: the example repeated. */
export function tenMegabytes(seedText: string): string {
    return seedText.repeat(Math.ceil(10 * 1024 * 1024 / Math.max(1, seedText.length)));
}

/** Applies 1..max random mutators; returns the text and the names applied (for the report). */
export function mutate(text: string, rnd: Random, context: MutationContext, max = 4): { text: string; applied: string[] } {
    const applied: string[] = [];
    const n = 1 + rnd.int(max);
    for (let i = 0; i < n; i++) {
        const name = rnd.pick(MUTATOR_NAMES);
        text = MUTATORS[name](text, rnd, context);
        applied.push(name);
    }
    return { text, applied };
}
