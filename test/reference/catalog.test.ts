import { beforeAll, describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { NATIONAL_CODE_COUNT } from '../../src/reference/generated/builtin-library.js';
import { codeAncestry, codeLevel, parentCode } from '../../src/reference/codes.js';
import { buildFiles, createTestServices } from '../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

describe('the built-in national reference', () => {
    test('ships all 1,084 codes of reference-codes.csv with their levels', async () => {
        await buildFiles(services, {});
        const codes = [...services.reference.Catalog.table().codes.values()];
        expect(NATIONAL_CODE_COUNT).toBe(1084);
        expect(codes).toHaveLength(1084);
        const count = (prefix: string, level: number) => codes.filter(c => c.name.startsWith(prefix + '.') && codeLevel(c.name) === level).length;
        expect([count('RAB', 1), count('RAB', 2), count('RAB', 3)]).toEqual([9, 45, 304]);
        expect([count('RAA', 1), count('RAA', 2)]).toEqual([2, 4]);
        expect(services.reference.Catalog.lookup('RAB.09.06.06')?.title).toBe('Penyelenggaraan Kearsipan');
        expect(services.reference.Catalog.children('RAB.09.06').map(c => c.name)).toContain('RAB.09.06.06');
        expect([...services.reference.Catalog.table().aplikasiUmum.keys()]).toEqual(
            ['SRIKANDI', 'SP4N-LAPOR', 'SPSE', 'SIPD', 'KRISNA', 'SIASN', 'E-KINERJA', 'JDIH', 'SDI']);
    });

    test('hover on RAB.09.06.06 shows its name, level and parent path', async () => {
        await expectHover(services)({
            text: 'proses P "Kearsipan" { kode RAB.09<|>.06.06 }',
            index: 0,
            hover: '**RAB.09.06.06** — Penyelenggaraan Kearsipan\n\nLevel 3 (fungsi)\n\nRAB.09 Pemerintahan Umum › RAB.09.06 Aparatur Negara › RAB.09.06.06 Penyelenggaraan Kearsipan',
            disposeAfterCheck: true,
        });
    });

    test('code helpers derive level, parent and ancestry from the code', () => {
        expect(codeLevel('RAB.09.06.06')).toBe(3);
        expect(parentCode('RAB.09.06.06')).toBe('RAB.09.06');
        expect(parentCode('RAB.09')).toBeUndefined();
        expect(codeAncestry('RAD.04.02.05')).toEqual(['RAD.04', 'RAD.04.02', 'RAD.04.02.05']);
    });

    test('a workspace can extend and override the national set, and define agency-level codes', async () => {
        const ws = await buildFiles(services, {
            'referensi.spbe': `
                referensi nasional-plus "Referensi nasional + RAI/RAK instansi" {
                    basis perpres-132-2022
                    kode RAI.01 "Fasilitas Komputasi"
                    kode RAI.01.01 "Pusat Data Nasional"
                    kode RAB.09.06.06 "Penyelenggaraan Kearsipan (revisi)"
                }
                kode RAB.09.06.06.01 "Pengelolaan Arsip Dinamis"`,
            'model.spbe': `
                instansi X "X" { referensi nasional-plus }
                proses Arsip "Arsip" { kode RAB.09.06.06.01 }
                proses Kearsipan "Kearsipan" { kode RAB.09.06.06 }
                infrastruktur Pdn "PDN" { kode RAI.01.01 kategori pusat-data-nasional }`,
        });
        // No errors: every code resolves (validation warnings about completeness are not the point here).
        expect([...ws.diagnostics.values()].flat().filter(d => d.severity === 1)).toEqual([]);
        const catalog = services.reference.Catalog;
        expect(catalog.table().referenceSet).toBe('nasional-plus');
        expect(catalog.lookup('RAB.09.06.06')?.title).toBe('Penyelenggaraan Kearsipan (revisi)');
        expect(catalog.lookup('RAB.01')?.title).toBe('Pertahanan dan Luar Negeri');
        const arsip = ws.model.elements.find(e => e.id === 'Arsip')!;
        expect(arsip.code).toMatchObject({ code: 'RAB.09.06.06.01', name: 'Pengelolaan Arsip Dinamis', level: 4, known: true, agencyDefined: true });
        expect(arsip.code?.path.map(p => p.code)).toEqual(['RAB.09', 'RAB.09.06', 'RAB.09.06.06', 'RAB.09.06.06.01']);
        expect(ws.model.elements.find(e => e.id === 'Pdn')?.code?.name).toBe('Pusat Data Nasional');
    });

    test('an unknown code is an error at its position, naming the code', async () => {
        const ws = await buildFiles(services, { 'a.spbe': 'proses P "x" {\n    kode RAB.99.98.97\n}' });
        const diags = [...ws.diagnostics.values()].flat().filter(d => d.severity === 1);
        expect(diags).toHaveLength(1);
        expect(diags[0]).toMatchObject({ code: 'SPBE-R01', severity: 1, range: { start: { line: 1, character: 9 }, end: { line: 1, character: 21 } } });
        expect(diags[0].message).toContain("'RAB.99.98.97'");
    });
});
