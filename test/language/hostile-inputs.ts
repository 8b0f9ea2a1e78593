// Legal files (under the 1 MiB limit) that overflowed the call stack of the CLI and of the language server
// before the parser was made iterative (src/language/cst-builder.ts, parser-recovery.ts). Each is sized to
// overflow Langium's own parser with Node's default stack.
import { createRandom } from '../fuzz/mutators.js';

/** 140,000 comments before one token: Langium added them with one spread call (about 700 KB). */
export function manyComments(count = 140_000): string {
    return 'infrastruktur RuangServer "Ruang Server" {\n' + '/**/\n'.repeat(count) + '}\n';
}

/** A syntax error at the top level, then a declaration, thousands of times: each recovery nested a call (24 KB). */
export function manyTopLevelRecoveries(count = 3_000): string {
    return '}unit A\n'.repeat(count);
}

/** Keywords, names, punctuation, strings, numbers and comments at random (seeded). */
export function tokenGarbage(chars = 250_000, seed = 12): string {
    const rnd = createRandom(seed);
    const tokens = ['instansi', 'unit', 'proses', 'data', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan', 'peta-rencana',
        'inisiatif', 'tahun', 'kode', 'pemilik', 'status', 'abaikan', 'menghasilkan', 'tonggak', 'referensi', 'penilaian',
        'indikator', 'level', '{', '}', '{', '}', ',', ':', '-', '"x"', '12', 'RAB.01', '/**/', '// c\n', 'Foo', 'Bar', '\n'];
    let out = '';
    while (out.length < chars) out += rnd.pick(tokens) + (rnd.chance(0.5) ? ' ' : '');
    return out;
}

export function hostileTexts(): Record<string, string> {
    return { 'many-comments': manyComments(), 'many-top-level-recoveries': manyTopLevelRecoveries(), 'token-garbage': tokenGarbage() };
}
