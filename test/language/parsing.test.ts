import { describe, expect, test, beforeAll, vi } from 'vitest';
import { parseHelper } from 'langium/test';
import type { Model, Proses, Aplikasi, PetaRencana } from '../../src/language/generated/ast.js';
import { createTestServices } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';

let services: SpbeServices;
let parse: ReturnType<typeof parseHelper<Model>>;

beforeAll(async () => {
    services = await createTestServices();
    parse = parseHelper<Model>(services);
});

describe('parsing', () => {
    test('the illustration from the issue parses into the expected AST', async () => {
        const doc = await parse(`
            instansi KotaMalang "Pemerintah Kota Malang" {
                jenis pemerintah-daerah
                periode 2023 - 2027
                referensi perpres-132-2022
            }
            unit Diskominfo "Dinas Komunikasi dan Informatika"
            proses Kearsipan "Penyelenggaraan Kearsipan" { kode RAB.09.06.06  pemilik Diskominfo }
            aplikasi Srikandi "SRIKANDI" { kode RAA.01.02  umum SRIKANDI  berjalan-di PusatDataNasional }
            infrastruktur PusatDataNasional "PDN" { kategori pusat-data-nasional }
            peta-rencana {
                inisiatif AdopsiSrikandi "Penerapan SRIKANDI di seluruh OPD" {
                    muatan aplikasi  tahun 2023 - 2024  pelaksana Diskominfo  mewujudkan Srikandi
                    indikator 37 { 2023: 3, 2024: 4 }
                }
            }
        `, { validation: true });
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        const decls = doc.parseResult.value.declarations;
        expect(decls.map(d => d.$type)).toEqual(['Instansi', 'Unit', 'Proses', 'Aplikasi', 'Infrastruktur', 'PetaRencana']);
        const proses = decls[2] as Proses;
        expect(proses.kode?.ref?.title).toBe('Penyelenggaraan Kearsipan');
        expect(proses.pemilik?.ref?.name).toBe('Diskominfo');
        const app = decls[3] as Aplikasi;
        expect(app.umum?.ref?.fungsi).toContain('kearsipan');
        expect(app.berjalanDi[0].ref?.name).toBe('PusatDataNasional');
        const roadmap = decls[5] as PetaRencana;
        const init = roadmap.inisiatif[0];
        expect([init.muatan, init.tahun?.mulai, init.tahun?.selesai]).toEqual(['aplikasi', 2023, 2024]);
        expect(init.indikator[0].target.map(t => [t.tahun, t.level])).toEqual([[2023, 3], [2024, 4]]);
        // The fragment is syntactically and referentially sound; completeness rules (coverage, traceability) may warn.
        expect(doc.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
    });

    test('hyphenated names (Aplikasi Umum such as SP4N-LAPOR) are single identifiers', async () => {
        const doc = await parse(`aplikasi Lapor "SP4N-LAPOR!" { kode RAA.01.01 umum SP4N-LAPOR }`, { validation: true });
        const app = doc.parseResult.value.declarations[0] as Aplikasi;
        expect(app.umum?.$refText).toBe('SP4N-LAPOR');
        expect(app.umum?.ref?.name).toBe('SP4N-LAPOR');
    });

    test('a syntax error says in plain words what was expected', async () => {
        const doc = await parse(`proses P "x" {\n  kode RAB.09.06.06\n  foo\n}`);
        expect(doc.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(doc.parseResult.parserErrors[0].message).toMatch(/Expected '}' to close the block, or a known property, but found `foo`/);
    });

    test('a missing name is reported as "a name", not as a token type', async () => {
        const doc = await parse(`unit "Dinas"`);
        expect(doc.parseResult.parserErrors[0].message).toMatch(/Expected a name \(for example Diskominfo\), but found `"Dinas"`/);
    });
});

describe('the grammar', () => {
    // langium-config.json generates in production mode, which skips chevrotain's grammar checks when the
    // parser is built (~100 ms of every start of the server and the CLI). They run here instead.
    test('passes chevrotain\'s grammar validations with no ambiguity reported', async () => {
        const { inject, EmptyFileSystem } = await import('langium');
        const { createDefaultModule, createDefaultSharedModule } = await import('langium/lsp');
        const { SpbeGeneratedModule, SpbeGeneratedSharedModule, SpbeLanguageMetaData } = await import('../../src/language/generated/module.js');
        const { SpbeModule } = await import('../../src/language/spbe-module.js');
        expect(SpbeLanguageMetaData.mode).toBe('production');
        const shared = inject(createDefaultSharedModule(EmptyFileSystem), SpbeGeneratedSharedModule);
        const development = { LanguageMetaData: () => ({ ...SpbeLanguageMetaData, mode: 'development' as const }) };
        const dev = inject(createDefaultModule({ shared }), SpbeGeneratedModule, SpbeModule, development);
        const logged: unknown[] = [];
        const spies = (['log', 'warn', 'error'] as const).map(level => vi.spyOn(console, level).mockImplementation((...args) => { logged.push(args); }));
        try {
            expect(dev.LanguageMetaData.mode).toBe('development');
            const result = dev.parser.LangiumParser.parse('proses P "P" { kode RAB.01 }');
            expect(result.parserErrors).toEqual([]);
        } finally {
            spies.forEach(s => s.mockRestore());
        }
        expect(logged).toEqual([]);
    });
});
