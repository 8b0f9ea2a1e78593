import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import type { Assessment, IndexRuleSet, SemanticModel } from '../../src/model/types.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/services.js';
import { parseCsvRecords } from '../helpers/csv.js';
import { computeAll, computeIndex, findRuleSet, predicateOf, round2, ruleSetIssues } from '../../src/index/compute.js';

let services: SpbeServices;
let builtin: SemanticModel;
let rs59: IndexRuleSet;
let rs8: IndexRuleSet;

const at = { uri: '', start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const assessment = (year: number, levels: Record<number, number>): Assessment =>
    ({ year, values: Object.entries(levels).map(([i, level]) => ({ indicator: Number(i), level, evidence: [], source: at })), source: at });
const all = (n: number, level: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, level]));

beforeAll(async () => {
    services = await createTestServices();
    builtin = (await buildFiles(services, { 'empty.spbe': '' })).model;
    rs59 = findRuleSet(builtin, 'permenpanrb-59-2020')!;
    rs8 = findRuleSet(builtin, 'permenpanrb-8-2026')!;
});

const csv = (name: string) => {
    const text = fs.readFileSync(path.join(ROOT, 'src/reference/data', name), 'utf8').replace(/\r?\n/g, '\r\n');
    const rows = parseCsvRecords(text.endsWith('\r\n') ? text : text + '\r\n', ',', false);
    return rows.slice(1).map(r => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));
};

describe('built-in rule sets (generated from the CSVs)', () => {
    test('every indicator, aspect, domain and band matches its CSV row', () => {
        for (const [id, file] of [['permenpanrb-59-2020', 'indicators-permenpanrb-59-2020.csv'], ['permenpanrb-8-2026', 'indicators-permenpanrb-8-2026.csv']]) {
            const rs = findRuleSet(builtin, id)!;
            const rows = csv(file);
            expect(rs.indicators.map(i => [i.number, i.name, i.weight])).toEqual(rows.map(r => [Number(r.indicator), r.name, Number(r.indicator_weight_pct)]));
            for (const r of rows) {
                const aspect = rs.aspects.find(a => a.id === (/^\d/.test(r.aspect) ? `A${r.aspect}` : r.aspect))!;
                expect([aspect.name, aspect.weight]).toEqual([r.aspect_name, Number(r.aspect_weight_pct)]);
                expect(rs.indicators.find(i => i.number === Number(r.indicator))!.aspect).toBe(aspect.id);
                if (r.domain) expect([aspect.domain, rs.domains.find(d => d.id === r.domain)!.weight]).toEqual([r.domain, Number(r.domain_weight_pct)]);
            }
            const bands = csv('predicates.csv').filter(p => p.ruleset === id);
            expect(rs.predicates).toEqual(bands.map(b => ({ name: b.predicate, min: Number(b.min_inclusive), max: Number(b.max_exclusive) })));
        }
    });

    test('59/2020: 4 domains, 8 aspects, 47 indicators, weights that add up', () => {
        expect([rs59.domains.length, rs59.aspects.length, rs59.indicators.length]).toEqual([4, 8, 47]);
        expect(rs59.domains.map(d => d.weight)).toEqual([13, 25, 16.5, 45.5]);
        expect(rs59.indicators.find(i => i.number === 42)).toMatchObject({ aspect: 'A8', weight: 3 });
        expect(ruleSetIssues(rs59)).toEqual([]);
    });
    test('8/2026: 7 aspects, 20 indicators, its own bands', () => {
        expect([rs8.domains.length, rs8.aspects.length, rs8.indicators.length]).toEqual([0, 7, 20]);
        expect(ruleSetIssues(rs8)).toEqual([]);
        expect(rs8.predicates.map(p => [p.name, p.min])).toEqual([['Kurang', 1], ['Cukup', 1.5], ['Baik', 2.5], ['Sangat Baik', 3.5], ['Memuaskan', 4]]);
    });
    test('a rule set whose weights do not add up is reported', () => {
        const broken = { ...rs8, indicators: rs8.indicators.slice(1) };
        expect(ruleSetIssues(broken).map(i => i.message)).toEqual([
            'indicator weights of permenpanrb-8-2026 add up to 95, not 100', 'aspect A1 weighs 10 but its indicators add up to 5']);
    });
});

describe('index computation', () => {
    test('all indicators at one level give that level', () => {
        for (const level of [1, 2, 3, 4, 5]) {
            const r = computeIndex(rs59, assessment(2024, all(47, level)));
            expect(r.index).toBe(level);
            expect(r.complete).toBe(true);
            expect(r.domains.every(d => d.index === level)).toBe(true);
        }
    });
    test('hand-computed: domain 4 at level 5, the rest at level 1', () => {
        // 54.5% of the weight at level 1 and 45.5% at level 5: (54.5 + 227.5) / 100 = 2.82
        const levels = all(47, 1);
        for (let i = 32; i <= 47; i++) levels[i] = 5;
        const r = computeIndex(rs59, assessment(2024, levels));
        expect(r.index).toBe(2.82);
        expect(r.predicate).toBe('Baik');
        expect(r.domains.map(d => [d.id, d.index])).toEqual([['D1', 1], ['D2', 1], ['D3', 1], ['D4', 5]]);
    });
    test('hand-computed: aspect sub-indices weigh their own indicators', () => {
        // A8: indicators 42-47 weigh 3 each; levels 5,5,5,2,2,2 -> (45 + 18) / 18 = 3.5
        const levels = all(47, 3);
        Object.assign(levels, { 42: 5, 43: 5, 44: 5, 45: 2, 46: 2, 47: 2 });
        const r = computeIndex(rs59, assessment(2024, levels));
        expect(r.aspects.find(a => a.id === 'A8')!.index).toBe(3.5);
        // index: 3 everywhere except A8's deviation (+6 -3)*3 = +9 weight-levels over 100 -> 3.09
        expect(r.index).toBe(3.09);
    });
    test('hand-computed under 8/2026: indicator 20 (weight 15) at 5, the rest at 2', () => {
        // (85*2 + 15*5) / 100 = 2.45 -> Cukup under 8/2026 (Baik starts at 2.5)
        const levels = all(20, 2);
        levels[20] = 5;
        const r = computeIndex(rs8, assessment(2026, levels));
        expect(r.index).toBe(2.45);
        expect(r.predicate).toBe('Cukup');
    });
    test('missing indicators are left out of the mean and the result is marked incomplete', () => {
        // only 11 (2.5) at 4 and 42 (3.0) at 2: (10 + 6) / 5.5 = 2.909...
        const r = computeIndex(rs59, assessment(2024, { 11: 4, 42: 2 }));
        expect(r.raw).toBeCloseTo(16 / 5.5, 10);
        expect(r.index).toBe(2.91);
        expect(r.complete).toBe(false);
        expect(r.missing).toHaveLength(45);
        expect(r.domains.find(d => d.id === 'D1')).toMatchObject({ index: undefined, assessed: 0, total: 10 });
    });
    test('unknown indicators, invalid levels and duplicates are reported and left out', () => {
        const a = assessment(2024, { 1: 3, 99: 4, 2: 7 });
        a.values.push({ indicator: 1, level: 5, evidence: [], source: at });
        const r = computeIndex(rs59, a);
        expect(r.issues.map(i => i.kind)).toEqual(['invalid-level', 'unknown-indicator', 'duplicate-indicator']);
        expect(r.index).toBe(3);
    });
    test('nothing assessed: no index, no predicate', () => {
        const r = computeIndex(rs59, assessment(2024, {}));
        expect([r.index, r.predicate, r.complete]).toEqual([undefined, undefined, false]);
    });
});

describe('predicate bands (lower edge inclusive)', () => {
    test.each([
        [1.0, 'Kurang'], [1.79, 'Kurang'], [1.8, 'Cukup'], [2.59, 'Cukup'], [2.6, 'Baik'], [3.49, 'Baik'],
        [3.5, 'Sangat Baik'], [4.19, 'Sangat Baik'], [4.2, 'Memuaskan'], [5.0, 'Memuaskan'],
    ])('59/2020: %s -> %s', (value, predicate) => {
        expect(predicateOf(rs59, value)).toBe(predicate);
    });
    test('a value that is 2.6 up to binary fractions lands in Baik', () => {
        expect(predicateOf(rs59, 0.1 * 26 - 1e-12)).toBe('Baik');
        expect(round2(2.5999999999)).toBe(2.6);
    });
    test.each([[1.49, 'Kurang'], [1.5, 'Cukup'], [2.5, 'Baik'], [3.5, 'Sangat Baik'], [3.99, 'Sangat Baik'], [4.0, 'Memuaskan']])('8/2026: %s -> %s', (value, predicate) => {
        expect(predicateOf(rs8, value)).toBe(predicate);
    });
});

describe('Kota Malang', () => {
    test('the reconstructed self-assessments reproduce the published indices', async () => {
        const { model } = await buildFiles(services, readExample('kota-malang'));
        const { results, problems } = computeAll(model);
        expect(problems).toEqual([]);
        expect(results.map(r => [r.year, r.index, r.predicate, r.complete])).toEqual([
            [2022, 2.6, 'Baik', true], [2023, 3.82, 'Sangat Baik', true]]);
    });
    test('a workspace rule set is used by name', async () => {
        const { model } = await buildFiles(services, { 'a.spbe': `
            aturan-indeks mini "Mini" {
                aspek X "X" bobot 100
                indikator 1 "Satu" aspek X bobot 25
                indikator 2 "Dua" aspek X bobot 75
                predikat "Rendah" dari 1 sampai 3
                predikat "Tinggi" dari 3 sampai 5.0001
            }
            penilaian 2025 aturan mini { indikator 1 level 1  indikator 2 level 4 }` });
        const { results } = computeAll(model);
        // (25*1 + 75*4) / 100 = 3.25
        expect(results.map(r => [r.ruleSet, r.index, r.predicate])).toEqual([['mini', 3.25, 'Tinggi']]);
    });
});
