// Every rule: a minimal model that triggers it (id, severity, range, message) and one that does not.
import { beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { ALL_RULES } from '../../../src/language/validation/rules.js';
import { createTestServices } from '../../helpers/services.js';
import { findings, type Files } from './rule-helpers.js';

let services: SpbeServices;

beforeAll(async () => {
    services = await createTestServices();
});

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

interface Case {
    rule: string;
    severity: keyof typeof SEVERITY;
    trigger: Files;
    /** The text each finding's range covers, in order (one entry per expected finding). */
    ranges: string[];
    message: RegExp;
    clean: Files;
}

const U = 'unit U "Unit"\n';
const SIX = `${U}
proses P "P" { kode RAB.09.06.06 menghasilkan D }
data D "D" { kode RAD.09.06.06 wali-data U }
layanan L "L" { kode RAL.02.04.06 didukung-oleh P melalui A }
aplikasi A "A" { kode RAA.02.02 khusus justifikasi "x" mendukung P berjalan-di PDN }
infrastruktur PDN "PDN" { kategori pusat-data-nasional pengelola nasional }
keamanan K "K" { kategori standar melindungi D }
`;
const SEVEN = ['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik']
    .map((m, i) => `inisiatif I${i} "I${i}" { muatan ${m} pelaksana U tahun 2024 }`).join('\n');

const cases: Case[] = [
    { rule: 'SPBE-S01', severity: 'error', trigger: 'proses P "P" { kode }', ranges: ['}'], message: /./, clean: 'proses P "P" { }' },
    { rule: 'SPBE-L01', severity: 'error', trigger: 'proses P "P" { pemilik Nobody }', ranges: ['Nobody'], message: /No unit named 'Nobody'/, clean: `${U}proses P "P" { pemilik U }` },
    // ---- reference conformance
    { rule: 'SPBE-R01', severity: 'error', trigger: 'proses P "P" { kode RAB.09.06.16 }', ranges: ['RAB.09.06.16'],
        message: /Unknown reference code 'RAB.09.06.16'.*Did you mean RAB.09.06.06/, clean: 'proses P "P" { kode RAB.09.06.06 }' },
    { rule: 'SPBE-R02', severity: 'error', trigger: 'data D "D" { kode RAB.09.06.06 }', ranges: ['RAB.09.06.06'],
        message: /RAB.09.06.06 is a RAB code, but a data set is coded against RAD\. Its counterpart: RAD.09.06.06/, clean: 'data D "D" { kode RAD.09.06.06 }' },
    { rule: 'SPBE-R03', severity: 'warning', trigger: 'proses P "P" { kode RAB.09.06 }', ranges: ['RAB.09.06'],
        message: /RAB.09.06 \(Aparatur Negara\) is an urusan; attach the business process to a fungsi below it \(6 options/, clean: 'proses P "P" { kode RAB.09.06.06 }' },
    { rule: 'SPBE-R04', severity: 'error', trigger: 'kode RAB.09.99.01 "Agency process"', ranges: ['RAB.09.99.01'],
        message: /The parent RAB.09.99 of code RAB.09.99.01 is unknown/, clean: 'kode RAB.09.06.06.01 "Agency process"' },
    { rule: 'SPBE-R05', severity: 'warning', trigger: 'kode RAB.09.06.06 "Kearsipan"', ranges: ['RAB.09.06.06'],
        message: /RAB.09.06.06 is already in the national reference \("Penyelenggaraan Kearsipan"\)/, clean: 'kode RAB.09.06.06.01 "Arsip dinamis"' },
    { rule: 'SPBE-R06', severity: 'warning', trigger: 'layanan L "L" { kode RAL.02.04.05 didukung-oleh P }\nproses P "P" { kode RAB.09.06.06 }', ranges: ['RAL.02.04.05'],
        message: /RAL.02.04.05 does not mirror the processes' RAB codes: L is supported by P \(RAB.09.06.06\), whose RAL counterpart is RAL.02.04.06/,
        clean: 'layanan L "L" { kode RAL.02.04.06 didukung-oleh P }\nproses P "P" { kode RAB.09.06.06.01 }\nkode RAB.09.06.06.01 "Arsip"' },
    { rule: 'SPBE-R07', severity: 'warning', trigger: 'data D "D" { kode RAD.09.06.05 }\nproses P "P" { kode RAB.09.06.06 menghasilkan D }', ranges: ['RAD.09.06.05'],
        message: /RAD.09.06.05 does not mirror .* D is produced by P \(RAB.09.06.06\), whose RAD counterpart is RAD.09.06.06/,
        clean: 'data D "D" { kode RAD.09.06.06 }\nproses P "P" { kode RAB.09.06.06 menghasilkan D }' },
    // ---- Aplikasi Umum
    { rule: 'SPBE-A01', severity: 'error', trigger: 'aplikasi A "A" { umum SRIKANDIX }', ranges: ['SRIKANDIX'],
        message: /'SRIKANDIX' is not an Aplikasi Umum in the national catalog/, clean: 'aplikasi A "A" { umum SRIKANDI }' },
    { rule: 'SPBE-A02', severity: 'error', trigger: 'aplikasi A "A" { kode RAA.02.02 umum SRIKANDI }', ranges: ['RAA.02.02'],
        message: /A is an Aplikasi Umum \(umum SRIKANDI\) but is coded RAA.02.02 \(Aplikasi Khusus\)/, clean: 'aplikasi A "A" { kode RAA.01.02 umum SRIKANDI }' },
    { rule: 'SPBE-A03', severity: 'warning', trigger: 'proses Arsip "Arsip" { kode RAB.09.06.06 }\naplikasi E "E-Office" { kode RAA.02.02 khusus mendukung Arsip }', ranges: ['khusus'],
        message: /E is an agency-specific application for a function the shared application SRIKANDI \(kearsipan dinamis \/ e-office; Arsip RAB.09.06.06\) already covers/,
        clean: 'proses Arsip "Arsip" { kode RAB.09.06.06 }\naplikasi E "E-Office" { kode RAA.02.02 khusus justifikasi "Dipakai sebelum SRIKANDI" mendukung Arsip }' },
    { rule: 'SPBE-A04', severity: 'error', trigger: 'aplikasi A "A" { umum SRIKANDI khusus }', ranges: ['khusus'],
        message: /A is declared both an Aplikasi Umum \(umum SRIKANDI\) and an Aplikasi Khusus/, clean: 'aplikasi A "A" { umum SRIKANDI }' },
    { rule: 'SPBE-A05', severity: 'warning', trigger: 'aplikasi A "A" { umum SRIKANDI }\naplikasi B "B" { umum SRIKANDI }', ranges: ['SRIKANDI', 'SRIKANDI'],
        message: /The Aplikasi Umum SRIKANDI is modeled more than once \(also [AB]\)/,
        clean: 'aplikasi A "A" { umum SRIKANDI status dihentikan }\naplikasi B "B" { umum SRIKANDI }\naplikasi C "C" { umum SPSE }' },
    { rule: 'SPBE-A06', severity: 'warning', trigger: 'aplikasi S "SPSE" { umum SPSE mendukung Pbj, Arsip }\nproses Pbj "Pbj" { kode RAB.09.02.11 }\nproses Arsip "Arsip" { kode RAB.09.06.06 }', ranges: ['Arsip'],
        message: /S is SPSE \(pengadaan barang\/jasa\), but supports Arsip \(RAB.09.06.06\), which SPSE does not cover \(RAB.09.02.11\)/,
        clean: 'aplikasi S "SPSE" { umum SPSE mendukung Pbj, Lain }\nproses Pbj "Pbj" { kode RAB.09.02.11.01 }\nproses Lain "Lain"\nkode RAB.09.02.11.01 "Pengadaan langsung"' },
    { rule: 'SPBE-A07', severity: 'warning', trigger: 'aplikasi A "A" { }', ranges: ['A'],
        message: /Application A is declared neither an Aplikasi Umum \(`umum X`\) nor an Aplikasi Khusus/, clean: 'aplikasi A "A" { kode RAA.02.02 }\naplikasi B "B" { khusus }\naplikasi C "C" { umum SPSE }' },
    // ---- traceability
    { rule: 'SPBE-T01', severity: 'warning', trigger: 'layanan L "L" { melalui A }\naplikasi A "A"', ranges: ['L'],
        message: /Service L is supported by no business process/, clean: 'layanan L "L" { didukung-oleh P melalui A }\naplikasi A "A"\nproses P "P"' },
    { rule: 'SPBE-T02', severity: 'warning', trigger: 'layanan L "L" { didukung-oleh P }\nproses P "P"', ranges: ['L'],
        message: /Service L is delivered through no application/, clean: 'layanan L "L" { didukung-oleh P melalui A }\naplikasi A "A"\nproses P "P"' },
    { rule: 'SPBE-T03', severity: 'warning', trigger: 'aplikasi A "A" { khusus }', ranges: ['A'],
        message: /Application A runs on no infrastructure/, clean: 'aplikasi A "A" { khusus berjalan-di PDN }\ninfrastruktur PDN "PDN" { kategori pusat-data-nasional }\naplikasi S "SRIKANDI" { umum SRIKANDI }' },
    { rule: 'SPBE-T04', severity: 'warning', trigger: `${U}data D "D" { pemilik U }`, ranges: ['D'],
        message: /Data set D has no wali data/, clean: `${U}data D "D" { pemilik U wali-data U }` },
    { rule: 'SPBE-T05', severity: 'warning', trigger: 'keamanan K "K" { kategori standar }', ranges: ['K'],
        message: /Security element K protects nothing/, clean: 'keamanan K "K" { kategori standar melindungi D }\ndata D "D"' },
    { rule: 'SPBE-T06', severity: 'warning', trigger: 'proses P "P"', ranges: ['P'],
        message: /Nothing refers to P/, clean: 'proses P "P"\nlayanan L "L" { didukung-oleh P }' },
    { rule: 'SPBE-T07', severity: 'warning', trigger: 'instansi I "I" { }\nproses P "P"', ranges: ['I'],
        message: /does not cover the domains: layanan, data, aplikasi, infrastruktur, keamanan \(1 of 6\)/, clean: `instansi I "I" { }\n${SIX}` },
    { rule: 'SPBE-T08', severity: 'warning', trigger: 'aplikasi A "A" { khusus berjalan-di S }\ninfrastruktur S "Server" { kategori server pengelola instansi }', ranges: ['S'],
        message: /Application A runs on S \(server, pengelola instansi\), not in the national data centre or a government cloud/,
        clean: 'aplikasi A "A" { khusus berjalan-di C, S }\ninfrastruktur C "Cloud" { kategori komputasi-awan pengelola provinsi }\ninfrastruktur S "Server" { kategori server pengelola instansi justifikasi "Migrasi 2026" }' },
    { rule: 'SPBE-T09', severity: 'warning', trigger: 'data D "D"', ranges: ['D'],
        message: /Data set D has no classification/, clean: 'data D "D" { klasifikasi terbatas }' },
    { rule: 'SPBE-T10', severity: 'warning', trigger: 'keamanan K "K" { melindungi D, P }\nproses P "P"\ndata D "D"', ranges: ['P'],
        message: /K protects P, a business process; SPBE security protects data, applications and infrastructure/, clean: 'keamanan K "K" { melindungi D }\ndata D "D"' },
    { rule: 'SPBE-T12', severity: 'warning', trigger: `${U}data D "D" { wali-data U }`, ranges: ['D'],
        message: /Data set D has neither an owner nor a producer/, clean: `${U}data D "D" { wali-data U produsen-data U }\ndata E "E" { pemilik U }\ndata F "F" { status dihentikan }` },
    { rule: 'SPBE-T13', severity: 'warning', trigger: `${U}layanan L "L" { didukung-oleh P }\nproses P "P" { pemilik U }\ninfrastruktur S "S" { pengelola instansi }`, ranges: ['L', 'S'],
        message: /(L|S) has no owner unit/,
        clean: `${U}layanan L "L" { pemilik U }\ninfrastruktur PDN "PDN" { pengelola nasional }\ninfrastruktur J "J" { pengelola provinsi }\naplikasi A "A" { status dihentikan }\naplikasi S "SRIKANDI" { umum SRIKANDI }\ndata D "D"` },
    { rule: 'SPBE-T14', severity: 'warning', trigger: 'keamanan K "K" { melindungi D }\ndata D "D"\ninfrastruktur S "S"', ranges: ['K', 'S'],
        message: /(Security element K|Infrastructure element S) has no category/, clean: 'keamanan K "K" { kategori standar melindungi D }\ndata D "D"\ninfrastruktur S "S" { kategori server }' },
    { rule: 'SPBE-T15', severity: 'warning', trigger: 'layanan L "L" { kode RAL.01.43.04 }', ranges: ['L'],
        message: /Service L does not state its kind\. .* \(its code RAL.01.43.04 points to publik\)/, clean: 'layanan L "L" { kode RAL.01.43.04 jenis publik }\nlayanan M "M" { status dihentikan }' },
    { rule: 'SPBE-T16', severity: 'warning', trigger: 'layanan L "L" { kode RAL.01.43.04 jenis administrasi-pemerintahan }', ranges: ['administrasi-pemerintahan'],
        message: /Service L is coded RAL.01.43.04, a public service \(RAL.01\), but declared `jenis administrasi-pemerintahan`/,
        clean: 'layanan L "L" { kode RAL.01.43.04 jenis publik }\nlayanan Aduan "Aduan" { kode RAL.02.04.05 jenis publik }\nlayanan M "M" { kode RAL.02.04.06 jenis administrasi-pemerintahan }' },
    { rule: 'SPBE-T11', severity: 'warning', trigger: 'aplikasi A "A" { terintegrasi-dengan B melalui J }\naplikasi B "B"\ninfrastruktur J "J" { kategori jaringan-intra }', ranges: ['J'],
        message: /A integrates with B through J \(jaringan-intra\); applications integrate through a service bus/,
        clean: 'aplikasi A "A" { terintegrasi-dengan B melalui S, B }\naplikasi B "B"\ninfrastruktur S "S" { kategori sistem-penghubung-layanan }' },
    // ---- roadmap
    { rule: 'SPBE-P01', severity: 'warning', trigger: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { inisiatif X "X" { tahun 2026 - 2028 } }', ranges: ['2026 - 2028'],
        message: /Initiative X's years \(2026–2028\) fall outside the agency's period 2023–2027/, clean: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { inisiatif X "X" { tahun 2026 - 2027 } }' },
    { rule: 'SPBE-P02', severity: 'warning', trigger: 'instansi I "I" { periode 2023 - 2026 }', ranges: ['2023 - 2026'],
        message: /The period 2023–2026 covers 4 years; .* five years/, clean: 'instansi I "I" { periode 2023 - 2027 }' },
    { rule: 'SPBE-P03', severity: 'error', trigger: 'peta-rencana { inisiatif X "X" { tahun 2025 - 2023 } }', ranges: ['2025 - 2023'],
        message: /Start year 2025 is after end year 2023/, clean: 'peta-rencana { inisiatif X "X" { tahun 2023 - 2025 } }' },
    { rule: 'SPBE-P04', severity: 'error', trigger: 'peta-rencana { inisiatif X "X" { setelah Z }\ninisiatif Y "Y" { setelah X }\ninisiatif Z "Z" { setelah Y } }', ranges: ['Z', 'X', 'Y'],
        message: /in a cycle: (X → Z → Y → X|Z → Y → X → Z|Y → X → Z → Y)/, clean: 'peta-rencana { inisiatif X "X" { }\ninisiatif Y "Y" { setelah X }\ninisiatif Z "Z" { setelah Y } }' },
    { rule: 'SPBE-P05', severity: 'warning', trigger: 'peta-rencana { inisiatif A "A" { tahun 2023 - 2025 }\ninisiatif B "B" { tahun 2024 setelah A } }', ranges: ['A'],
        message: /B starts in 2024, before its predecessor A ends \(2025\)/, clean: 'peta-rencana { inisiatif A "A" { tahun 2023 - 2025 }\ninisiatif B "B" { tahun 2025 setelah A } }' },
    { rule: 'SPBE-P06', severity: 'warning', trigger: 'peta-rencana R { inisiatif X "X" { muatan tata-kelola } }', ranges: ['R'],
        message: /does not cover the muatan: manajemen, layanan, infrastruktur, aplikasi, keamanan, audit-tik \(1 of 7\)/, clean: `${U}peta-rencana R { ${SEVEN} }` },
    { rule: 'SPBE-P07', severity: 'warning', trigger: 'peta-rencana { inisiatif X "X" { muatan layanan } }', ranges: ['X'],
        message: /Initiative X has no owner unit/, clean: `${U}peta-rencana { inisiatif X "X" { muatan layanan pelaksana U } }` },
    { rule: 'SPBE-P08', severity: 'warning', trigger: `${U}peta-rencana { inisiatif X "X" { pelaksana U } }`, ranges: ['X'],
        message: /Initiative X has no muatan/, clean: `${U}peta-rencana { inisiatif X "X" { muatan layanan pelaksana U } }` },
    { rule: 'SPBE-P09', severity: 'warning', trigger: 'proses P "P" { status rencana }\npeta-rencana { inisiatif X "X" { } }', ranges: ['rencana'],
        message: /P is planned \(status rencana\), but no initiative realizes it/, clean: 'proses P "P" { status rencana }\npeta-rencana { inisiatif X "X" { mewujudkan P } }' },
    { rule: 'SPBE-P10', severity: 'warning', trigger: 'infrastruktur S "S" { status dihentikan }\naplikasi A "A" { status rencana berjalan-di S }', ranges: ['dihentikan'],
        message: /S is retired, yet the planned element A still depends on it/, clean: 'infrastruktur S "S" { status dihentikan }\naplikasi A "A" { status aktif berjalan-di S }' },
    { rule: 'SPBE-P11', severity: 'error', trigger: 'peta-rencana { inisiatif X "X" { indikator 48 { 2024: 3 } } }', ranges: ['48'],
        message: /Indicator 48 is not in the index rule set permenpanrb-59-2020 \(indicators 1–47\)/, clean: 'peta-rencana { inisiatif X "X" { indikator 47 { 2024: 3 } } }' },
    { rule: 'SPBE-P12', severity: 'error', trigger: 'peta-rencana { inisiatif X "X" { indikator 11 { 2024: 6 } } }', ranges: ['6'],
        message: /Target level 6 is invalid/, clean: 'peta-rencana { inisiatif X "X" { indikator 11 { 2024: 5 } } }' },
    { rule: 'SPBE-P13', severity: 'warning', trigger: 'peta-rencana { inisiatif X "X" { indikator 11 { 2024: 4 } }\ninisiatif Y "Y" { indikator 11 { 2025: 3 } } }', ranges: ['3'],
        message: /The target for indicator 11 drops to 3 in 2025, though X targets 4 in 2024/, clean: 'peta-rencana { inisiatif X "X" { indikator 11 { 2024: 4 } }\ninisiatif Y "Y" { indikator 11 { 2025: 4 } } }' },
    { rule: 'SPBE-P14', severity: 'warning', trigger: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { tonggak M "M" { tahun 2030 } }', ranges: ['2030'],
        message: /Milestone M \(2030\) falls outside the agency's period 2023–2027/, clean: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { tonggak M "M" { tahun 2025 } }' },
    { rule: 'SPBE-P26', severity: 'warning', trigger: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { inisiatif X "X" { tahun 2023 indikator 11 { 2023: 3, 2024: 4 } }\ninisiatif Y "Y" { indikator 12 { 2028: 4 } } }', ranges: ['2024', '2028'],
        message: /The (2024 target falls outside the years of initiative X \(2023\)|2028 target falls outside the agency's period 2023–2027)/,
        clean: 'instansi I "I" { periode 2023 - 2027 }\npeta-rencana { inisiatif X "X" { tahun 2023 - 2024 indikator 11 { 2023: 3, 2024: 4 } }\ninisiatif Y "Y" { indikator 12 { 2027: 4 } } }' },
    { rule: 'SPBE-P27', severity: 'error', trigger: 'peta-rencana { tonggak M "M" { tahun 2024 bulan 13 } }', ranges: ['13'],
        message: /Month 13 is invalid: a month is a whole number from 1 to 12/, clean: 'peta-rencana { tonggak M "M" { tahun 2024 bulan 12 }\ntonggak N "N" { tahun 2024 bulan 1 } }' },
    { rule: 'SPBE-P28', severity: 'warning', trigger: 'instansi I "I" { }\npeta-rencana { inisiatif X "X" { tahun 2024 } }', ranges: ['I'],
        message: /The instansi I has a roadmap but states no period/, clean: 'instansi I "I" { periode 2024 - 2028 }\npeta-rencana { inisiatif X "X" { tahun 2024 } }\n' },
    // ---- lifecycle over time
    { rule: 'SPBE-P16', severity: 'warning', trigger: 'infrastruktur S "S"\naplikasi A "A" { berjalan-di S }\npeta-rencana { inisiatif X "X" { tahun 2026 menghentikan S } }', ranges: ['S'],
        message: /A still uses S \(`berjalan-di`\) after X retires it in 2026, and no initiative moves A off it by then/,
        clean: 'infrastruktur S "S"\naplikasi A "A" { berjalan-di S }\npeta-rencana { inisiatif X "X" { tahun 2026 - 2027 menghentikan S mengubah A }\ninisiatif Y "Y" { tahun 2025 status batal menghentikan A } }' },
    { rule: 'SPBE-P17', severity: 'warning', trigger: 'aplikasi A "A"\npeta-rencana { inisiatif X "X" { tahun 2025 status berjalan mewujudkan A } }', ranges: ['A'],
        message: /X creates A \(`mewujudkan`\), yet A is already active \(no status means aktif\) and X has not finished \(berjalan\)/,
        clean: 'aplikasi A "A"\naplikasi B "B" { status rencana }\npeta-rencana { inisiatif X "X" { status selesai mewujudkan A }\ninisiatif Y "Y" { mewujudkan B } }' },
    { rule: 'SPBE-P18', severity: 'warning', trigger: 'aplikasi A "A" { status rencana }\ninfrastruktur S "S"\npeta-rencana { inisiatif X "X" { tahun 2023 status selesai mewujudkan A menghentikan S } }', ranges: ['rencana', 'S'],
        message: /(A is still planned \(status rencana\), but X has finished creating it \(2023\)|S is still active \(no status\), but X has finished retiring it \(2023\))/,
        clean: 'aplikasi A "A" { status aktif }\ninfrastruktur S "S" { status dihentikan }\naplikasi B "B" { status rencana }\npeta-rencana { inisiatif X "X" { status selesai mewujudkan A menghentikan S }\ninisiatif Y "Y" { status berjalan mewujudkan B } }' },
    { rule: 'SPBE-P19', severity: 'warning', trigger: 'layanan L "L" { melalui A }\naplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { mewujudkan A } }', ranges: ['A'],
        message: /L is active, but its `melalui` names only planned elements \(A\): today it cannot work/,
        clean: 'layanan L "L" { melalui A, B }\nlayanan M "M" { melalui A }\naplikasi A "A" { status rencana }\naplikasi B "B"\npeta-rencana { inisiatif X "X" { mewujudkan A mengubah M } }' },
    { rule: 'SPBE-P20', severity: 'warning', trigger: 'aplikasi A "A" { berjalan-di S, T }\ninfrastruktur S "S" { status dihentikan }\ninfrastruktur T "T"', ranges: ['S'],
        message: /A is active but still uses S \(`berjalan-di`\), which is retired/,
        clean: 'aplikasi A "A" { status dihentikan berjalan-di S }\naplikasi B "B" { berjalan-di T }\ninfrastruktur S "S" { status dihentikan }\ninfrastruktur T "T"\nkeamanan K "K" { melindungi S }' },
    { rule: 'SPBE-P21', severity: 'warning', trigger: 'infrastruktur S "S" { status dihentikan }\npeta-rencana { inisiatif X "X" { menghentikan S } }', ranges: ['S'],
        message: /X retires S \(`menghentikan`\), yet S is already retired \(status dihentikan\) while X has not finished \(no status\)/,
        clean: 'infrastruktur S "S" { status dihentikan }\npeta-rencana { inisiatif X "X" { status selesai menghentikan S }\ninisiatif Y "Y" { status batal mengubah S } }' },
    { rule: 'SPBE-P22', severity: 'warning', trigger: 'aplikasi A "A" { status rencana berjalan-di C }\ninfrastruktur C "C" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 mewujudkan A }\ninisiatif Y "Y" { tahun 2026 mewujudkan C } }', ranges: ['C'],
        message: /A is realized by X in 2024, but uses C \(`berjalan-di`\), which Y realizes only in 2026/,
        clean: 'aplikasi A "A" { status rencana berjalan-di C }\ninfrastruktur C "C" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2026 mewujudkan A }\ninisiatif Y "Y" { tahun 2025 - 2026 mewujudkan C } }' },
    { rule: 'SPBE-P23', severity: 'warning', trigger: 'aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 menghentikan A }\ninisiatif Y "Y" { tahun 2026 mewujudkan A } }', ranges: ['A'],
        message: /X retires A in 2024, before Y creates it \(2026\)/,
        clean: 'aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2027 menghentikan A }\ninisiatif Y "Y" { tahun 2026 mewujudkan A }\ninisiatif Z "Z" { tahun 2028 status batal mewujudkan A } }' },
    { rule: 'SPBE-P24', severity: 'warning', trigger: 'aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 mewujudkan A }\ninisiatif Y "Y" { tahun 2025 mewujudkan A } }', ranges: ['A'],
        message: /A is already created by X \(2024\); an element is created by one initiative, later ones change it/,
        clean: 'aplikasi A "A" { status rencana }\npeta-rencana { inisiatif X "X" { tahun 2024 mewujudkan A }\ninisiatif Y "Y" { tahun 2025 mengubah A }\ninisiatif Z "Z" { status batal mewujudkan A } }' },
    { rule: 'SPBE-P25', severity: 'warning', trigger: 'peta-rencana { inisiatif X "X" { status belum-mulai }\ninisiatif Y "Y" { status berjalan setelah X }\ninisiatif Z "Z" { status batal }\ninisiatif W "W" { setelah Z } }', ranges: ['X', 'Z'],
        message: /(Y is already running \(berjalan\), yet its predecessor X has not started|W depends on Z, which is cancelled)/,
        clean: 'peta-rencana { inisiatif X "X" { status selesai }\ninisiatif Y "Y" { status selesai setelah X }\ninisiatif Z "Z" { status berjalan }\ninisiatif W "W" { status belum-mulai setelah Z } }' },
    { rule: 'SPBE-N01', severity: 'error', trigger: 'penilaian 2024 { indikator 48 level 3 }', ranges: ['48'],
        message: /Indicator 48 is not in the index rule set permenpanrb-59-2020 \(indicators 1–47\)/, clean: 'penilaian 2024 { indikator 47 level 3 }' },
    { rule: 'SPBE-N02', severity: 'error', trigger: 'penilaian 2024 { indikator 11 level 6 }', ranges: ['6'],
        message: /Level 6 is invalid/, clean: 'penilaian 2024 { indikator 11 level 5 }' },
    { rule: 'SPBE-N03', severity: 'error', trigger: 'penilaian 2024 { indikator 11 level 3\nindikator 11 level 4 }', ranges: ['11'],
        message: /Indicator 11 is already assessed in the 2024 assessment \(level 3\)/, clean: 'penilaian 2024 { indikator 11 level 3\nindikator 12 level 4 }' },
    { rule: 'SPBE-N04', severity: 'error', trigger: 'penilaian 2024 { indikator 11 level 3 }\npenilaian 2024 { indikator 12 level 3 }', ranges: ['2024'],
        message: /2024 is already assessed under permenpanrb-59-2020/, clean: 'penilaian 2024 { indikator 11 level 3 }\npenilaian 2024 aturan permenpanrb-8-2026 { indikator 12 level 3 }' },
    { rule: 'SPBE-N05', severity: 'warning', trigger: 'penilaian 2027 aturan permenpanrb-59-2020 { indikator 11 level 3 }\npeta-rencana { inisiatif X "X" { indikator 5 aturan permenpanrb-8-2026 { 2025: 3 } } }', ranges: ['2027', '2025'],
        message: /(The 2027 assessment uses permenpanrb-59-2020, but from 2026 permenpanrb-8-2026 replaces it|The 2025 target is for indicator 5 of permenpanrb-8-2026, which applies only from the 2026 evaluation)/,
        clean: 'penilaian 2025 { indikator 11 level 3 }\npenilaian 2026 aturan permenpanrb-8-2026 { indikator 5 level 3 }\npeta-rencana { inisiatif X "X" { indikator 5 aturan permenpanrb-8-2026 { 2026: 3 } indikator 11 { 2027: 4 } } }' },
    { rule: 'SPBE-P15', severity: 'warning', trigger: `${U}peta-rencana { inisiatif X "X" { muatan layanan pelaksana U } }`, ranges: ['X'],
        message: /Initiative X is not scheduled/, clean: `${U}peta-rencana { inisiatif X "X" { muatan layanan pelaksana U tahun 2024 } }` },
    // ---- general
    { rule: 'SPBE-G01', severity: 'error', trigger: { 'a.spbe': 'unit U "A"', 'b.spbe': '\nunit U "B"' }, ranges: ['U', 'U'],
        message: /'U' is declared 2 times in the workspace \(also at [ab]\.spbe:\d\)/, clean: { 'a.spbe': 'unit U "A"', 'b.spbe': 'unit V "B"' } },
    { rule: 'SPBE-G02', severity: 'warning', trigger: 'proses P "P" { abaikan SPBE-T6 "ok" }', ranges: ['SPBE-T6'],
        message: /Unknown rule 'SPBE-T6'.*Did you mean SPBE-T06/, clean: 'proses P "P" { abaikan SPBE-T06 "ok" }' },
    { rule: 'SPBE-S02', severity: 'error', trigger: 'proses P "P" {\n    pemilik A\n    kode RAB.09.06.06\n    pemilik B\n}\nunit A "A"\nunit B "B"', ranges: ['pemilik A'],
        message: /^`pemilik` is given 2 times in this block; only the last one counts\. Remove the others\.$/, clean: 'proses P "P" { pemilik A  kode RAB.09.06.06 }\nunit A "A"' },
    // 300 duplicate, unused, unowned data sets: 1,500 findings, 1,000 listed.
    { rule: 'SPBE-S03', severity: 'info', trigger: 'data D\n'.repeat(300), ranges: [''],
        message: /^500 more findings in this file are not shown \(0 errors, [\d,]+ warnings, [\d,]+ info\); these are the first 1,000, errors first\. Fix these and check again\.$/,
        clean: 'data D\n'.repeat(150) },
    { rule: 'SPBE-G04', severity: 'hint', trigger: 'proses P "P" { abaikan SPBE-T01 "lama" }', ranges: ['SPBE-T01 "lama"'],
        message: /`abaikan SPBE-T01` acknowledges no finding here/, clean: 'proses P "P" { abaikan SPBE-T06 "ok" }' },
    { rule: 'SPBE-G05', severity: 'error', trigger: 'unit A "A" { induk B }\nunit B "B" { induk A }\nunit C "C" { induk A }', ranges: ['B', 'A'],
        message: /The unit hierarchy loops: (A → B → A|B → A → B)/, clean: 'unit A "A"\nunit B "B" { induk A }\nunit C "C" { induk B }' },
    { rule: 'SPBE-G06', severity: 'error', trigger: 'referensi X "X" { basis Y }\nreferensi Y "Y" { basis X }', ranges: ['Y', 'X'],
        message: /The reference sets' `basis` chain loops: (X → Y → X|Y → X → Y)/, clean: 'referensi X "X" { basis Y }\nreferensi Y "Y" { basis perpres-132-2022 }' },
    { rule: 'SPBE-G07', severity: 'warning', trigger: 'aplikasi A "A" { terintegrasi-dengan B, A }\naplikasi B "B"\ninfrastruktur S "S" { terhubung-ke S }', ranges: ['A', 'S'],
        message: /(A refers to itself \(`terintegrasi-dengan A`\)|S refers to itself \(`terhubung-ke S`\))/, clean: 'aplikasi A "A" { terintegrasi-dengan B }\naplikasi B "B"\ninfrastruktur S "S" { terhubung-ke T }\ninfrastruktur T "T"' },
    // ---- named views (tampilan)
    { rule: 'SPBE-V01', severity: 'error', trigger: 'tampilan V "V" { sertakan muatan layanan }', ranges: ['muatan layanan'],
        message: /`muatan` does not apply to an architecture view; use it in a `jenis peta-rencana` view\. What applies: semua, elemen, domain/,
        clean: 'tampilan V "V" { jenis peta-rencana sertakan muatan layanan }' },
    { rule: 'SPBE-V02', severity: 'warning', trigger: 'aplikasi A "A"\ntampilan V "V" { sertakan domain data }', ranges: ['V'],
        message: /View V shows nothing: its rules select no element in this workspace/, clean: 'aplikasi A "A"\ntampilan V "V" { sertakan domain aplikasi }' },
    { rule: 'SPBE-V03', severity: 'warning', trigger: 'aplikasi A "A"\ntampilan V "V" {\n    sertakan domain aplikasi\n    kecualikan elemen A\n}',
        ranges: ['sertakan domain aplikasi'], message: /Everything this rule adds is removed again by the `kecualikan` on line 4: the rule has no effect/,
        clean: 'aplikasi A "A"\naplikasi B "B"\ntampilan V "V" {\n    sertakan domain aplikasi\n    kecualikan elemen A\n}' },
    { rule: 'SPBE-V04', severity: 'error', trigger: 'aplikasi A "A"\ntampilan arsitektur "Semua" { sertakan semua }', ranges: ['arsitektur'],
        message: /'arsitektur' is the name of a built-in view \(the whole architecture\)/, clean: 'aplikasi A "A"\ntampilan ArsitekturKota "Semua" { sertakan semua }' },
    { rule: 'SPBE-V05', severity: 'error', trigger: 'aplikasi A "A"\ntampilan V "V" { deskripsi "a" deskripsi "b" sertakan semua }', ranges: ['"b"'],
        message: /`deskripsi` is already given for view V; write it once/, clean: 'aplikasi A "A"\ntampilan V "V" { deskripsi "a" sertakan semua }' },
    { rule: 'SPBE-V06', severity: 'error', trigger: 'aplikasi A "A"\ntampilan V "V" { sertakan sekitar A kedalaman 25 }', ranges: ['25'],
        message: /`kedalaman` is a number of relation steps: a whole number from 0 to 20, not 25/, clean: 'aplikasi A "A"\ntampilan V "V" { sertakan sekitar A kedalaman 2 }' },
    { rule: 'SPBE-G03', severity: 'error', trigger: 'instansi A "A" { }\ninstansi B "B" { }', ranges: ['B'],
        message: /The workspace already has the instansi A \(model.spbe:1\)/, clean: 'instansi A "A" { }' },
];

describe('rules', () => {
    test('every registered rule has a case here', () => {
        expect(cases.map(c => c.rule).sort()).toEqual(ALL_RULES.map(r => r.id).sort());
    });

    for (const c of cases) {
        test(`${c.rule} is reported where it applies`, async () => {
            const found = await findings(services, c.trigger, c.rule);
            expect(found.map(f => f.text)).toEqual(c.ranges);
            for (const f of found) {
                expect(f.diagnostic.severity).toBe(SEVERITY[c.severity]);
                expect(f.diagnostic.message).toMatch(c.message);
                expect((f.diagnostic.data as { code?: string }).code).toBe(c.rule);
            }
        });
        test(`${c.rule} is silent where it does not apply`, async () => {
            expect((await findings(services, c.clean, c.rule)).map(f => f.diagnostic.message)).toEqual([]);
        });
    }
});

describe('rule details', () => {
    test('SPBE-G01 points at the other declaration', async () => {
        const [first] = await findings(services, { 'a.spbe': 'unit U "A"', 'b.spbe': '\nunit U "B"' }, 'SPBE-G01');
        const related = first.diagnostic.relatedInformation ?? [];
        expect(related.map(r => [r.location.uri.endsWith('/b.spbe'), r.location.range.start.line])).toEqual([[true, 1]]);
    });

    test('SPBE-A03 also finds the function through the services the application delivers', async () => {
        const found = await findings(services, `proses Aduan "Aduan" { kode RAB.09.06.05 }
layanan L "Pengaduan" { didukung-oleh Aduan melalui M }
aplikasi M "Aduan Kota" { kode RAA.02.02 khusus }`, 'SPBE-A03');
        expect(found.map(f => f.diagnostic.message)).toEqual([expect.stringMatching(/shared application SP4N-LAPOR/)]);
    });

    test('SPBE-A03 accepts an application that integrates the shared application', async () => {
        const found = await findings(services, `proses Aduan "Aduan" { kode RAB.09.06.05 }
layanan L "Pengaduan" { didukung-oleh Aduan melalui M }
aplikasi Lapor "LAPOR!" { umum SP4N-LAPOR }
aplikasi M "Super app" { kode RAA.02.02 khusus terintegrasi-dengan Lapor }`, 'SPBE-A03');
        expect(found).toEqual([]);
    });

    test('SPBE-T08 accepts any national-run host and flags a third-party cloud', async () => {
        const ok = await findings(services, 'aplikasi A "A" { berjalan-di N }\ninfrastruktur N "N" { kategori server pengelola nasional }', 'SPBE-T08');
        expect(ok).toEqual([]);
        const cloud = await findings(services, 'aplikasi A "A" { berjalan-di C }\ninfrastruktur C "C" { kategori komputasi-awan pengelola pihak-ketiga }', 'SPBE-T08');
        expect(cloud.map(f => f.text)).toEqual(['C']);
    });

    test('SPBE-T06 counts an application supporting a process as used', async () => {
        expect(await findings(services, 'aplikasi A "A" { mendukung P }\nproses P "P"\nlayanan L "L" { didukung-oleh P }', 'SPBE-T06')).toEqual([]);
        expect((await findings(services, 'aplikasi A "A" { memproses D }\ndata D "D"', 'SPBE-T06')).map(f => f.text)).toEqual(['A']);
    });

    test('SPBE-R03 ignores sub-levels the agency defined itself', async () => {
        expect(await findings(services, 'kode RAB.09.06.06.01 "Arsip dinamis"\nproses P "P" { kode RAB.09.06.06 }', 'SPBE-R03')).toEqual([]);
    });

    test('SPBE-P04 names a self-dependency', async () => {
        const found = await findings(services, 'peta-rencana { inisiatif X "X" { setelah X } }', 'SPBE-P04');
        expect(found.map(f => f.diagnostic.message)).toEqual([expect.stringContaining('X → X')]);
    });

    test('SPBE-P10 also applies to an element an initiative retires', async () => {
        const found = await findings(services, `infrastruktur S "S"
aplikasi A "A" { status rencana berjalan-di S }
peta-rencana { inisiatif X "X" { menghentikan S mewujudkan A } }`, 'SPBE-P10');
        expect(found.map(f => [f.text, f.diagnostic.message])).toEqual([['S', expect.stringContaining('S is retired by X, yet the planned element A')]]);
    });

    test('SPBE-P14 also checks a milestone against its initiative\'s years', async () => {
        const found = await findings(services, 'peta-rencana { inisiatif X "X" { tahun 2024 - 2025 }\ntonggak M "M" { tahun 2026 inisiatif X } }', 'SPBE-P14');
        expect(found.map(f => [f.text, f.diagnostic.message])).toEqual([['2026', 'Milestone M (2026) falls outside the years of its initiative X (2024–2025).']]);
    });

    test('SPBE-G04 also flags an acknowledgement of a rule switched off', async () => {
        services.validation.RuleSettings.setWorkspaceOverrides({ 'SPBE-T06': 'off' });
        try {
            expect((await findings(services, 'proses P "P" { abaikan SPBE-T06 "ok" }', 'SPBE-G04')).map(f => f.text)).toEqual(['SPBE-T06 "ok"']);
        } finally {
            services.validation.RuleSettings.setWorkspaceOverrides({});
        }
    });

    test('SPBE-N01 reads each assessment against its own rule set; an unknown rule set is a linking error, not N01', async () => {
        const model = 'penilaian 2022 { indikator 21 level 3 }\npenilaian 2026 aturan permenpanrb-8-2026 { indikator 21 level 3 }\npenilaian 2027 aturan tidak-ada { indikator 99 level 3 }';
        expect((await findings(services, model, 'SPBE-N01')).map(f => f.diagnostic.message))
            .toEqual(['Indicator 21 is not in the index rule set permenpanrb-8-2026 (indicators 1–20).']);
        expect((await findings(services, model, 'SPBE-L01')).map(f => f.text)).toEqual(['tidak-ada']);
    });

    test('SPBE-P11 reads targets against the rule set of the latest assessment', async () => {
        const model = 'peta-rencana { inisiatif X "X" { indikator 21 { 2026: 3 } } }\npenilaian 2026 aturan permenpanrb-8-2026 { }';
        expect((await findings(services, model, 'SPBE-P11')).map(f => f.diagnostic.message))
            .toEqual([expect.stringContaining('not in the index rule set permenpanrb-8-2026 (indicators 1–20)')]);
    });

    test('SPBE-P09: a cancelled initiative realizes nothing, as in the index projection', async () => {
        const found = await findings(services, 'proses P "P" { status rencana }\npeta-rencana { inisiatif X "X" { status batal mewujudkan P } }', 'SPBE-P09');
        expect(found.map(f => f.diagnostic.message)).toEqual(['P is planned (status rencana), but no initiative realizes it (`mewujudkan P`): X is cancelled.']);
    });

    test('SPBE-P11 reads a target against the rule set it names, else the agency\'s', async () => {
        const model = 'instansi I "I" { aturan-indeks permenpanrb-8-2026 }\npeta-rencana { inisiatif X "X" { indikator 21 { 2026: 3 } indikator 37 aturan permenpanrb-59-2020 { 2025: 4 } indikator 38 aturan permenpanrb-8-2026 { 2026: 3 } } }';
        expect((await findings(services, model, 'SPBE-P11')).map(f => [f.text, f.diagnostic.message])).toEqual([
            ['21', 'Indicator 21 is not in the index rule set permenpanrb-8-2026 (indicators 1–20).'],
            ['38', 'Indicator 38 is not in the index rule set permenpanrb-8-2026 (indicators 1–20).']]);
    });

    test('SPBE-P13 compares targets of one rule set only', async () => {
        const model = 'peta-rencana { inisiatif X "X" { indikator 11 { 2025: 4 } }\ninisiatif Y "Y" { indikator 11 aturan permenpanrb-8-2026 { 2026: 2 } } }';
        expect(await findings(services, model, 'SPBE-P13')).toEqual([]);
    });

    test('SPBE-P16: an initiative that moves the user only after the retirement does not count', async () => {
        const found = await findings(services, `infrastruktur S "S"
aplikasi A "A" { berjalan-di S }
peta-rencana { inisiatif X "X" { tahun 2026 menghentikan S }
inisiatif Y "Y" { tahun 2027 mengubah A } }`, 'SPBE-P16');
        expect(found.map(f => f.text)).toEqual(['S']);
    });

    test('SPBE-L01 suggests names of the expected kind: elements, initiatives, index rule sets', async () => {
        const model = `unit U "U"
proses ArsipDinamis "Arsip" { pemilik U }
data Arsip "Arsip (data)"
layanan L "L" { pemilik U didukung-oleh ArsipDinamsi }
peta-rencana { inisiatif Penetapan "P" { }
inisiatif Reviu "R" { setelah Penetapn } }
penilaian 2024 aturan permenpanrb-59-2002 { }`;
        expect((await findings(services, model, 'SPBE-L01')).map(f => [f.text, f.diagnostic.message.replace(/.*\. /, '')])).toEqual([
            ['ArsipDinamsi', 'Did you mean ArsipDinamis?'], ['Penetapn', 'Did you mean Penetapan?'], ['permenpanrb-59-2002', 'Did you mean permenpanrb-59-2020?']]);
        // A name of another kind is not offered (Arsip is a data set; a service is supported by processes).
        expect((await findings(services, 'data Arsip "A"\nlayanan L "L" { didukung-oleh Arsp }', 'SPBE-L01'))[0].diagnostic.message).not.toMatch(/Did you mean/);
    });

    test('SPBE-L01 compares only a document\'s first 20 unresolved names', async () => {
        const refs = Array.from({ length: 25 }, (_, i) => `proses P${i} "P" { pemilik Diskominfx }`).join('\n');
        const found = await findings(services, `unit Diskominfo "D"\n${refs}`, 'SPBE-L01');
        expect(found).toHaveLength(25);
        expect(found.filter(f => /Did you mean Diskominfo/.test(f.diagnostic.message))).toHaveLength(20);
    });

    test('messages follow the display language', async () => {
        services.shared.environment.DisplayLanguage.useLocale('id');
        try {
            const [f] = await findings(services, 'keamanan K "K" { kategori standar }', 'SPBE-T05');
            expect(f.diagnostic.message).toBe('Elemen keamanan K tidak melindungi apa pun. Tambahkan `melindungi <Elemen>`.');
            const [p17] = await findings(services, 'aplikasi A "A"\npeta-rencana { inisiatif X "X" { mewujudkan A } }', 'SPBE-P17');
            expect(p17.diagnostic.message).toBe('X mewujudkan A, padahal A sudah aktif (tanpa status berarti aktif) dan X belum selesai (tanpa status). Bila A sudah ada, X mengubahnya (`mengubah`); bila belum, tandai A `status rencana`.');
            const [l01] = await findings(services, 'unit Bappeda "B"\nproses P "P" { pemilik Bapeda }', 'SPBE-L01');
            expect(l01.diagnostic.message).toMatch(/Mungkin maksudnya Bappeda\?$/);
        } finally {
            services.shared.environment.DisplayLanguage.useLocale('en');
        }
    });
});
