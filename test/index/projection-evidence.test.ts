import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import type { SemanticModel } from '../../src/model/types.js';
import { findRuleSet } from '../../src/index/compute.js';
import { projectIndex } from '../../src/index/projection.js';
import { checkEvidence, evidenceRules } from '../../src/index/evidence.js';

let services: SpbeServices;
let malang: SemanticModel;

beforeAll(async () => {
    services = await createTestServices();
    malang = (await buildFiles(services, readExample('kota-malang'))).model;
});

const levelsLine = (levels: Record<number, number>) => Object.entries(levels).map(([i, l]) => `indikator ${i} level ${l}`).join('\n');
const all47 = (level: number) => Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, level]));

describe('projection', () => {
    test('Kota Malang: from the 2023 assessment, each later year under 59/2020 applies that year\'s targets', () => {
        const p = projectIndex(malang, findRuleSet(malang, 'permenpanrb-59-2020')!);
        expect(p.baseYear).toBe(2023);
        // 8/2026 replaces 59/2020 from 2026: the 59/2020 projection ends in 2025.
        expect(p.years.map(y => [y.year, y.basis])).toEqual([[2023, 'assessment'], [2024, 'projection'], [2025, 'projection']]);
        expect(p.years[0].result.index).toBe(3.82);
        // 2024 raises 12 (2.5), 18 (2.5), 21 (1.5), 22 (1.5), 23 (1.5), 25 (1.5), 37 (2.75) by one level each: +13.75/100
        expect(p.years[1].raised.map(r => r.indicator)).toEqual([12, 18, 21, 22, 23, 25, 37]);
        expect(p.years[1].result.raw).toBeCloseTo(3.82 + 0.1375, 10);
        expect(p.years[1].result.index).toBe(3.96);
        const indices = p.years.map(y => y.result.index!);
        expect([...indices].sort((a, b) => a - b)).toEqual(indices);
        expect(p.years[2].result.index).toBe(4.10);
        expect(p.missed).toEqual([]);
    });

    test('Kota Malang: the projection switches to 8/2026 in 2026, carrying only mapped indicators', () => {
        const p = projectIndex(malang, findRuleSet(malang, 'permenpanrb-59-2020')!);
        const next = p.switchTo!;
        expect([next.ruleSet, next.startsAt, next.baseYear]).toEqual(['permenpanrb-8-2026', 2026, undefined]);
        // 59/2020 levels at the end of 2025 (20: 4 assessed, 25: 3 by the 2024 target, 28: 4 assessed) through the mapping.
        expect(next.carried.map(c => [c.fromIndicator, c.indicator, c.level])).toEqual([[20, 4, 4], [25, 3, 3], [28, 2, 4]]);
        // A mapped target: 59/2020 no. 25 (2026: 4) raises 8/2026 no. 3. Unmapped ones are listed, never read as 8/2026 numbers.
        expect(next.mapped.map(m => [m.indicator, m.to, m.initiative, m.years])).toEqual([[25, 3, 'KompetensiSdm', [2026]]]);
        expect(next.unmapped.map(m => [m.indicator, m.initiative, m.years])).toEqual([
            [16, 'MigrasiPdn', [2026, 2027]], [22, 'PenerapanSmki', [2026]], [29, 'AuditSpbe', [2027]], [30, 'AuditSpbe', [2027]], [31, 'AuditSpbe', [2027]]]);
        expect(next.years.map(y => [y.year, y.result.complete, y.result.indicators.length - y.result.missing.length])).toEqual([[2026, false, 3], [2027, false, 3]]);
        expect(next.years[0].raised).toEqual([{ indicator: 3, from: 3, to: 4, initiatives: ['KompetensiSdm'] }]);
        // Asked for 8/2026 directly (no assessment under it), the projection is the same segment.
        expect(projectIndex(malang, findRuleSet(malang, 'permenpanrb-8-2026')!)).toEqual(next);
    });

    test('no switch when the period ends before the newer rule set applies, or the agency is assessed under the older one after it', async () => {
        const { model } = await buildFiles(services, { 'a.spbe': `
            instansi X "X" { periode 2020 - 2024 }
            penilaian 2021 { ${levelsLine(all47(3))} }
            peta-rencana { inisiatif A "A" { tahun 2022 indikator 11 { 2022: 4 } } }` });
        const p = projectIndex(model, findRuleSet(model, 'permenpanrb-59-2020')!);
        expect([p.switchTo, p.noSwitch]).toEqual([undefined, { ruleSet: 'permenpanrb-8-2026', appliesFrom: 2026, reason: 'period-ends' }]);
        const { model: late } = await buildFiles(services, { 'a.spbe': `
            instansi X "X" { periode 2025 - 2029 }
            penilaian 2026 { ${levelsLine(all47(3))} }` });
        const q = projectIndex(late, findRuleSet(late, 'permenpanrb-59-2020')!);
        expect([q.switchTo, q.noSwitch?.reason, q.years.at(-1)!.year]).toEqual([undefined, 'assessed-later', 2029]);
    });

    test('a target naming its rule set counts there; an assessment is never scored under another rule set', async () => {
        const { model } = await buildFiles(services, { 'a.spbe': `
            instansi X "X" { periode 2026 - 2030 aturan-indeks permenpanrb-8-2026 }
            penilaian 2026 { ${Array.from({ length: 20 }, (_, i) => `indikator ${i + 1} level 2`).join('\n')} }
            peta-rencana { inisiatif A "A" { tahun 2027 indikator 20 { 2027: 4 } indikator 37 aturan permenpanrb-59-2020 { 2027: 5 } } }` });
        const p = projectIndex(model, findRuleSet(model, 'permenpanrb-8-2026')!);
        expect(p.baseYear).toBe(2026);
        // (85*2 + 15*4) / 100 = 2.30: the 59/2020 target for 37 is not read as an 8/2026 indicator.
        expect(p.years.find(y => y.year === 2027)!.result.index).toBe(2.3);
        expect(p.unmapped.map(u => [u.ruleSet, u.indicator])).toEqual([['permenpanrb-59-2020', 37]]);
        expect(projectIndex(model, findRuleSet(model, 'permenpanrb-59-2020')!).years).toEqual([]);
    });

    test('hand-computed: targets only raise, cancelled initiatives do not count, missed earlier targets are listed', async () => {
        const { model } = await buildFiles(services, { 'a.spbe': `
            instansi X "X" { periode 2022 - 2024 }
            penilaian 2022 { ${levelsLine({ ...all47(2), 42: 3 })} }
            peta-rencana {
                inisiatif A "A" { muatan layanan tahun 2022 - 2023 indikator 42 { 2022: 4, 2023: 5 } }
                inisiatif B "B" { muatan layanan tahun 2023 indikator 43 { 2023: 1 } }
                inisiatif C "C" { muatan layanan tahun 2024 status batal indikator 44 { 2024: 5 } }
                inisiatif D "D" { muatan tata-kelola tahun 2024 indikator 11 { 2024: 4 } indikator 99 { 2024: 3 } }
            }` });
        const p = projectIndex(model, findRuleSet(model, 'permenpanrb-59-2020')!);
        expect(p.missed).toEqual([{ indicator: 42, year: 2022, target: 4, assessed: 3, initiative: 'A' }]);
        expect(p.unknownIndicators).toEqual([{ indicator: 99, initiative: 'D' }]);
        // base: 2 everywhere, 42 (weight 3) at 3 -> 2.03
        expect(p.years.map(y => y.result.index)).toEqual([2.03, 2.09, 2.14]);
        // 2023: 42 -> 5 (+2*3 = +6 -> 2.09); the target 1 for 43 does not lower it. 2024: 11 -> 4 (+2*2.5 -> 2.14), 44 stays (batal)
        expect(p.years[1].raised).toEqual([{ indicator: 42, from: 3, to: 5, initiatives: ['A'] }]);
        expect(p.years[2].raised).toEqual([{ indicator: 11, from: 2, to: 4, initiatives: ['D'] }]);
    });
});

test('no assessment and no targets: no projection', async () => {
    const { model } = await buildFiles(services, { 'a.spbe': 'instansi X "X" { periode 2025 - 2029 }' });
    expect(projectIndex(model, findRuleSet(model, 'permenpanrb-59-2020')!).years).toEqual([]);
});

describe('evidence from the model', () => {
    test('Kota Malang: the rules the model meets and the ones it does not', () => {
        const rules = evidenceRules(malang, 2023);
        const holds = (i: number, l: number) => rules.find(r => r.indicator === i && r.level === l)?.holds;
        expect([holds(11, 3), holds(11, 4), holds(12, 3), holds(12, 4)]).toEqual([true, true, true, false]);
        expect([holds(16, 3), holds(17, 3), holds(18, 3), holds(22, 3), holds(23, 3)]).toEqual([true, true, false, true, true]);
        // SIPD serves 32-34, SRIKANDI 37 (active since 2023), JDIH 44
        expect([holds(32, 3), holds(35, 3), holds(37, 3), holds(42, 3), holds(43, 3), holds(44, 3)]).toEqual([true, true, true, true, true, true]);
    });

    test('Kota Malang 2023: the model backs every claim the evidence rules judge', () => {
        expect(checkEvidence(malang, malang.assessments.find(a => a.year === 2023)!)).toEqual([]);
    });

    test('a claim the model does not back is reported (SRIKANDI planned again)', async () => {
        const files = readExample('kota-malang');
        files['aplikasi.spbe'] = files['aplikasi.spbe'].replace('umum SRIKANDI\n', 'umum SRIKANDI\n    status rencana\n');
        const { model } = await buildFiles(services, files);
        const notes = checkEvidence(model, model.assessments.find(a => a.year === 2023)!);
        expect(notes.map(n => [n.indicator, n.kind, n.assessed, n.level])).toEqual([[37, 'unsupported', 3, 3]]);
    });

    test('a model covering six domains and seven muatan supports level 3 for indicators 11 and 12; a missing domain does not', async () => {
        const base = readExample('kota-malang');
        const { model } = await buildFiles(services, { ...base, 'penilaian.spbe': `penilaian 2023 { indikator 11 level 2  indikator 12 level 4  indikator 18 level 3 }` });
        const notes = checkEvidence(model, model.assessments[0]);
        expect(notes.map(n => [n.indicator, n.kind, n.level])).toEqual([[11, 'below-model', 4], [12, 'unsupported', 4], [18, 'unsupported', 3]]);
        expect(notes[2].message).toContain('service bus');
        const { model: partial } = await buildFiles(services, { 'a.spbe': `
            proses P "P" { kode RAB.09.06.06 }
            penilaian 2025 { indikator 11 level 3  indikator 12 level 3 }` });
        const partialNotes = checkEvidence(partial, partial.assessments[0]);
        expect(partialNotes.map(n => [n.indicator, n.kind])).toEqual([[11, 'unsupported'], [12, 'unsupported']]);
        expect(partialNotes[0].message).toMatch(/no active element in domain layanan, data, aplikasi, infrastruktur, keamanan/);
        expect(partialNotes[1].message).toMatch(/no initiative for muatan tata-kelola, manajemen/);
        expect(checkEvidence(partial, partial.assessments[0], 'id')[0].message).toBe(
            'indikator 11 dinilai mandiri pada level 3, tetapi model tidak menunjukkan level 3: tidak ada elemen aktif di domain layanan, data, aplikasi, infrastruktur, keamanan');
    });
});
