// Quick fixes, applied and compared before/after: with langium/test's testCodeAction where a finding has
// exactly one fix, and by title where it offers a choice (then the finding must be gone after the fix).
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { testCodeAction } from 'langium/test';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { createTestServices } from '../../helpers/services.js';
import { clearUserDocuments, findings, fixesFor } from './rule-helpers.js';

let services: SpbeServices;
let codeAction: ReturnType<typeof testCodeAction>;

beforeAll(async () => {
    services = await createTestServices();
    codeAction = testCodeAction(services);
});

beforeEach(async () => {
    await clearUserDocuments(services);
});

async function single(before: string, rule: string, after: string): Promise<void> {
    const result = await codeAction(before, rule, after);
    expect(result.action?.title).toBeTruthy();
    await result.dispose();
}

describe('single quick fixes (testCodeAction)', () => {
    test('SPBE-R02 uses the mirrored code of the right reference', () =>
        single('data D "D" { kode RAB.09.06.06 }', 'SPBE-R02', 'data D "D" { kode RAD.09.06.06 }'));
    test('SPBE-R06 uses the RAL code mirroring the supporting process', () =>
        single('layanan L "L" { kode RAL.02.04.05 didukung-oleh P }\nproses P "P" { kode RAB.09.06.06 }', 'SPBE-R06',
            'layanan L "L" { kode RAL.02.04.06 didukung-oleh P }\nproses P "P" { kode RAB.09.06.06 }'));
    test('SPBE-R07 uses the RAD code mirroring the producing process', () =>
        single('data D "D" { kode RAD.09.06.05 }\nproses P "P" { kode RAB.09.06.06 menghasilkan D }', 'SPBE-R07',
            'data D "D" { kode RAD.09.06.06 }\nproses P "P" { kode RAB.09.06.06 menghasilkan D }'));
    test('SPBE-A04 removes `khusus`', () =>
        single('aplikasi A "A" { umum SRIKANDI khusus }', 'SPBE-A04', 'aplikasi A "A" { umum SRIKANDI  }'));
    test('SPBE-T04 makes the owner the wali data', () =>
        single('unit U "U"\ndata D "D" {\n    pemilik U\n}', 'SPBE-T04', 'unit U "U"\ndata D "D" {\n    wali-data U\n    pemilik U\n}'));
    test('SPBE-T08 inserts a justification stub', () =>
        single('aplikasi A "A" {\n    khusus\n    berjalan-di S\n}\ninfrastruktur S "S" { kategori server pengelola instansi }', 'SPBE-T08',
            'aplikasi A "A" {\n    justifikasi "Why not in the national data centre or a government cloud: ..."\n    khusus\n    berjalan-di S\n}\ninfrastruktur S "S" { kategori server pengelola instansi }'));
    test('SPBE-P03 swaps the years', () =>
        single('peta-rencana { inisiatif X "X" { tahun 2025 - 2023 } }', 'SPBE-P03', 'peta-rencana { inisiatif X "X" { tahun 2023 - 2025 } }'));
    test('SPBE-G02 corrects a mistyped rule id', () =>
        single('proses P "P" { abaikan SPBE-T6 "ok" }', 'SPBE-G02', 'proses P "P" { abaikan SPBE-T06 "ok" }'));
    test('SPBE-G04 removes a stale acknowledgement with its line', () =>
        single('proses P "P" {\n    abaikan SPBE-T01 "lama"\n    deskripsi "x"\n}\nlayanan L "L" { didukung-oleh P }', 'SPBE-G04',
            'proses P "P" {\n    deskripsi "x"\n}\nlayanan L "L" { didukung-oleh P }'));
    test('a finding without a fix offers no action', async () => {
        const result = await codeAction('proses P "P"', 'SPBE-T06', undefined);
        expect(result.action).toBeUndefined();
        await result.dispose();
    });
});

describe('quick fixes with a choice', () => {
    test('SPBE-R01 offers the nearest codes, closest first', async () => {
        const before = 'proses P "P" { kode RAB.09.06.16 }';
        const { actions, apply } = await fixesFor(services, before, 'SPBE-R01');
        expect(actions[0].title).toBe('Use RAB.09.06.06 (Penyelenggaraan Kearsipan)');
        expect(actions[0].isPreferred).toBe(true);
        expect(actions.length).toBeLessThanOrEqual(5);
        const after = apply(/RAB\.09\.06\.06/);
        expect(after).toBe('proses P "P" { kode RAB.09.06.06 }');
        expect(await findings(services, after, 'SPBE-R01')).toEqual([]);
    });

    test('SPBE-R01 offers the siblings under the nearest known ancestor', async () => {
        const { actions } = await fixesFor(services, 'aplikasi A "A" { kode RAA.01.XYZW }', 'SPBE-R01');
        expect(actions.map(a => a.title)).toEqual(['Use RAA.01.01 (Aplikasi Umum Layanan Publik)', 'Use RAA.01.02 (Aplikasi Umum Administrasi Pemerintahan)']);
    });

    test('SPBE-R03 offers every child code', async () => {
        const before = 'proses P "P" { kode RAB.09.06 }';
        const { actions, apply } = await fixesFor(services, before, 'SPBE-R03');
        expect(actions.map(a => a.title)).toHaveLength(6);
        const after = apply(/RAB\.09\.06\.06/);
        expect(after).toBe('proses P "P" { kode RAB.09.06.06 }');
        expect(await findings(services, after, 'SPBE-R03')).toEqual([]);
    });

    test('SPBE-A02 offers the codes of the right kind, the likely one first', async () => {
        const before = 'aplikasi A "A" { kode RAA.02.02 umum SRIKANDI }';
        const { actions, apply } = await fixesFor(services, before, 'SPBE-A02');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Use code RAA.01.02 (Aplikasi Umum Administrasi Pemerintahan)', true], ['Use code RAA.01.01 (Aplikasi Umum Layanan Publik)', false]]);
        const after = apply(/RAA\.01\.02/);
        expect(after).toBe('aplikasi A "A" { kode RAA.01.02 umum SRIKANDI }');
        expect(await findings(services, after, 'SPBE-A02')).toEqual([]);
    });

    const eOffice = 'proses Arsip "Arsip" { kode RAB.09.06.06 }\naplikasi E "E-Office" {\n    kode RAA.02.02\n    khusus\n    mendukung Arsip\n}';

    test('SPBE-A03: use the shared application instead', async () => {
        const { actions, apply } = await fixesFor(services, eOffice, 'SPBE-A03');
        expect(actions.map(a => a.title)).toEqual(['Use the shared application SRIKANDI', 'Add a justification']);
        const after = apply(/shared application/);
        expect(after).toBe('proses Arsip "Arsip" { kode RAB.09.06.06 }\naplikasi E "E-Office" {\n    kode RAA.01.02\n    umum SRIKANDI\n    mendukung Arsip\n}');
        expect(await findings(services, after, 'SPBE-A03')).toEqual([]);
        expect(await findings(services, after, 'SPBE-A02')).toEqual([]);
    });

    test('SPBE-A03: add a justification stub', async () => {
        const { apply } = await fixesFor(services, eOffice, 'SPBE-A03');
        const after = apply(/justification/);
        expect(after).toBe('proses Arsip "Arsip" { kode RAB.09.06.06 }\naplikasi E "E-Office" {\n    justifikasi "Why SRIKANDI is not used: ..."\n    kode RAA.02.02\n    khusus\n    mendukung Arsip\n}');
        expect(await findings(services, after, 'SPBE-A03')).toEqual([]);
    });
});

describe('classification', () => {
    test('SPBE-T09 offers the three classifications', async () => {
        const before = 'data D "D" {\n    wali-data U\n}\nunit U "U"';
        const { actions, apply } = await fixesFor(services, before, 'SPBE-T09');
        expect(actions.map(a => a.title)).toEqual(['Classify as terbuka (open)', 'Classify as terbatas (restricted)', 'Classify as tertutup (closed)']);
        const after = apply(/terbatas/);
        expect(after).toBe('data D "D" {\n    klasifikasi terbatas\n    wali-data U\n}\nunit U "U"');
        expect(await findings(services, after, 'SPBE-T09')).toEqual([]);
    });
});

describe('shared application names', () => {
    test('SPBE-A01 offers the catalog name a mistyped one was meant to be', async () => {
        await clearUserDocuments(services);
        const result = await codeAction('aplikasi A "A" { umum Srikandi }', 'SPBE-A01', 'aplikasi A "A" { umum SRIKANDI }');
        expect(result.action?.title).toBe('Use SRIKANDI');
        await result.dispose();
    });
});

describe('quick fixes of the lifecycle, ownership and structure rules (applied, then the finding is gone)', () => {
    /** Applies the fix titled `title` to the first finding of `rule`, checks the text and that the finding is gone. */
    async function applies(before: string, rule: string, title: RegExp, after: string): Promise<void> {
        const { apply } = await fixesFor(services, before, rule);
        const fixed = apply(title);
        expect(fixed).toBe(after);
        expect(await findings(services, fixed, rule)).toEqual([]);
    }

    test('SPBE-P17: `mewujudkan X` becomes `mengubah X` (the only value: the keyword changes)', () =>
        applies('aplikasi A "A"\npeta-rencana { inisiatif X "X" {\n    tahun 2025\n    mewujudkan A\n} }', 'SPBE-P17', /mengubah A/,
            'aplikasi A "A"\npeta-rencana { inisiatif X "X" {\n    tahun 2025\n    mengubah A\n} }'));
    test('SPBE-P17: one value of several moves to its own `mengubah`', () =>
        applies('aplikasi A "A"\naplikasi B "B" { status rencana }\npeta-rencana { inisiatif X "X" {\n    mewujudkan B, A\n} }', 'SPBE-P17', /mengubah A/,
            'aplikasi A "A"\naplikasi B "B" { status rencana }\npeta-rencana { inisiatif X "X" {\n    mengubah A\n    mewujudkan B\n} }'));
    test('SPBE-P17: or the element is marked planned', () =>
        applies('aplikasi A "A" {\n    khusus\n}\npeta-rencana { inisiatif X "X" { mewujudkan A } }', 'SPBE-P17', /Mark A rencana/,
            'aplikasi A "A" {\n    status rencana\n    khusus\n}\npeta-rencana { inisiatif X "X" { mewujudkan A } }'));
    test('SPBE-P18: a planned element its finished initiative created becomes active', () =>
        applies('aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { status selesai mewujudkan A } }', 'SPBE-P18', /Mark A aktif/,
            'aplikasi A "A" { status aktif }\npeta-rencana { inisiatif X "X" { status selesai mewujudkan A } }'));
    test('SPBE-P18: an element a finished initiative retired becomes dihentikan', () =>
        applies('infrastruktur S "S" { kategori server }\npeta-rencana { inisiatif X "X" { status selesai menghentikan S } }', 'SPBE-P18', /Mark S dihentikan/,
            'infrastruktur S "S" { status dihentikan kategori server }\npeta-rencana { inisiatif X "X" { status selesai menghentikan S } }'));
    test('SPBE-P20: the reference to the retired element is removed (first of two values)', () =>
        applies('aplikasi A "A" { berjalan-di S, T }\ninfrastruktur S "S" { status dihentikan }\ninfrastruktur T "T"', 'SPBE-P20', /Remove S/,
            'aplikasi A "A" { berjalan-di T }\ninfrastruktur S "S" { status dihentikan }\ninfrastruktur T "T"'));
    test('SPBE-P20: a whole line goes when it held the only value; an integration bus with its `melalui`', async () => {
        await applies('aplikasi A "A" {\n    khusus\n    berjalan-di S\n}\ninfrastruktur S "S" { status dihentikan }', 'SPBE-P20', /Remove S/,
            'aplikasi A "A" {\n    khusus\n}\ninfrastruktur S "S" { status dihentikan }');
        await applies('aplikasi A "A" { terintegrasi-dengan B melalui S }\naplikasi B "B"\ninfrastruktur S "S" { status dihentikan }', 'SPBE-P20', /Remove S/,
            'aplikasi A "A" { terintegrasi-dengan B }\naplikasi B "B"\ninfrastruktur S "S" { status dihentikan }');
    });
    test('SPBE-P24: a second creator changes the element instead', () =>
        applies('aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 mewujudkan A }\ninisiatif Y "Y" { tahun 2025 mewujudkan A } }', 'SPBE-P24', /mengubah A/,
            'aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 mewujudkan A }\ninisiatif Y "Y" { tahun 2025 mengubah A } }'));
    test('SPBE-P28: a five-year period from the first initiative', () =>
        applies('instansi I "I" {\n}\npeta-rencana { inisiatif X "X" { tahun 2025 }\ninisiatif Y "Y" { tahun 2024 } }', 'SPBE-P28', /periode 2024 - 2028/,
            'instansi I "I" {\n    periode 2024 - 2028\n}\npeta-rencana { inisiatif X "X" { tahun 2025 }\ninisiatif Y "Y" { tahun 2024 } }'));
    test('SPBE-T12: the producing process\'s owner becomes the producer; or the wali data the owner', async () => {
        const before = 'unit U "U"\nunit W "W"\ndata D "D" {\n    wali-data W\n}\nproses P "P" { pemilik U menghasilkan D }';
        const { actions } = await fixesFor(services, before, 'SPBE-T12');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Make U the producer (owner of the producing process)', true], ['Make the wali data W the owner', false]]);
        await applies(before, 'SPBE-T12', /Make U the producer/, 'unit U "U"\nunit W "W"\ndata D "D" {\n    produsen-data U\n    wali-data W\n}\nproses P "P" { pemilik U menghasilkan D }');
        await applies(before, 'SPBE-T12', /wali data W the owner/, 'unit U "U"\nunit W "W"\ndata D "D" {\n    pemilik W\n    wali-data W\n}\nproses P "P" { pemilik U menghasilkan D }');
    });
    test('SPBE-T13: the owner of the process a service is for', () =>
        applies('unit U "U"\nlayanan L "L" { didukung-oleh P }\nproses P "P" { pemilik U }', 'SPBE-T13', /Make U the owner \(owner of P\)/,
            'unit U "U"\nlayanan L "L" { pemilik U didukung-oleh P }\nproses P "P" { pemilik U }'));
    test('SPBE-T14: a security element gets one of the three categories', async () => {
        const before = 'keamanan K "K" { melindungi D }\ndata D "D"';
        const { actions } = await fixesFor(services, before, 'SPBE-T14');
        expect(actions.map(a => a.title)).toEqual(['Category standar', 'Category penerapan', 'Category kelaikan']);
        await applies(before, 'SPBE-T14', /penerapan/, 'keamanan K "K" { kategori penerapan melindungi D }\ndata D "D"');
    });
    test('SPBE-T15: the kind the RAL code points to comes first', async () => {
        const before = 'layanan L "L" { kode RAL.02.04.06 }';
        const { actions } = await fixesFor(services, before, 'SPBE-T15');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Kind publik', false], ['Kind administrasi-pemerintahan', true]]);
        await applies(before, 'SPBE-T15', /administrasi/, 'layanan L "L" { jenis administrasi-pemerintahan kode RAL.02.04.06 }');
    });
    test('SPBE-T16: a RAL.01 service becomes `jenis publik`', () =>
        applies('layanan L "L" { kode RAL.01.43.04 jenis administrasi-pemerintahan }', 'SPBE-T16', /jenis publik/, 'layanan L "L" { kode RAL.01.43.04 jenis publik }'));
    test('SPBE-A07: an application of no kind is marked `khusus`', () =>
        applies('aplikasi A "A" {\n    berjalan-di S\n}\ninfrastruktur S "S"', 'SPBE-A07', /khusus/, 'aplikasi A "A" {\n    khusus\n    berjalan-di S\n}\ninfrastruktur S "S"'));
    test('SPBE-G07: a reference to the element itself is removed (the last of three values, an integration)', async () => {
        await applies('infrastruktur S "S" { terhubung-ke T, U, S }\ninfrastruktur T "T"\ninfrastruktur U "U"', 'SPBE-G07', /Remove `terhubung-ke S`/,
            'infrastruktur S "S" { terhubung-ke T, U }\ninfrastruktur T "T"\ninfrastruktur U "U"');
        await applies('aplikasi A "A" { terintegrasi-dengan A melalui S, B }\naplikasi B "B"\ninfrastruktur S "S"', 'SPBE-G07', /Remove `terintegrasi-dengan A`/,
            'aplikasi A "A" { terintegrasi-dengan B }\naplikasi B "B"\ninfrastruktur S "S"');
    });
    test('SPBE-L01: did you mean a declared name of the expected kind (any case)', async () => {
        const before = 'unit DisKominfo "Diskominfo"\nunit Bappeda "Bappeda"\nproses P "P" { pemilik Diskominfo }';
        const { actions } = await fixesFor(services, before, 'SPBE-L01');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Use DisKominfo', true]]);
        await applies(before, 'SPBE-L01', /DisKominfo/, 'unit DisKominfo "Diskominfo"\nunit Bappeda "Bappeda"\nproses P "P" { pemilik DisKominfo }');
    });
});
