// The one definition and parser of view options: the CLI's flags, a panel's filters and a program's typed
// options all go through it and get the same checks and the same messages.
import { describe, expect, test } from 'vitest';
import { checkViewOptions, parseDate, parseViewFilters, parseViewOptions } from '../../src/common/view-options.js';
import { localDate, todayLine } from '../../src/common/view-options.js';

const FLAGS = { depth: '--depth', focus: '--focus', domains: '--domain', year: '--tahun', muatan: '--muatan', theme: '--theme', architecture: '--view arsitektur', roadmap: '--view peta-rencana' };

describe('parseViewOptions', () => {
    test('reads the text of flags as the values of options', () => {
        expect(parseViewOptions('architecture', { focus: 'Sipd', depth: '2', year: '2025', domains: ['aplikasi', 'data'], units: ['Setda'], theme: 'dark' }, { strict: true }))
            .toEqual({ ok: true, options: { focus: 'Sipd', depth: 2, year: 2025, domains: ['aplikasi', 'data'], units: ['Setda'], theme: 'dark' } });
        expect(parseViewOptions('roadmap', { muatan: ['keamanan'], today: '2025-06-30', ticks: 'triwulan' }, { strict: true }))
            .toEqual({ ok: true, options: { muatan: ['keamanan'], today: '2025-06-30', ticks: 'triwulan' } });
    });

    test('strict: every problem at once, named as the caller names the options', () => {
        const parsed = parseViewOptions('architecture', { depth: 'x', domains: ['apps'], year: '1850', muatan: ['keamanan'], theme: 'purple' }, { strict: true, names: FLAGS });
        expect(parsed).toEqual({ ok: false, errors: [
            '--muatan applies to --view peta-rencana, not --view arsitektur',
            "--depth must be a whole number from 0 to 20, not 'x'",
            "unknown domain 'apps': use layanan, proses, data, aplikasi, infrastruktur, keamanan",
            "--tahun must be a year from 1900 to 2200, not '1850'",
            "--theme must be light, dark or high-contrast, not 'purple'",
        ] });
        expect(parseViewOptions('architecture', { depth: '2' }, { strict: true, names: FLAGS })).toEqual({ ok: false, errors: ['--depth needs --focus'] });
    });

    test("lenient: the other view's filters and a depth without a focus are left out, as a panel's toolbar holds them", () => {
        const filters = { focus: 'Sipd', depth: 2, domains: ['aplikasi'], units: ['Setda'], muatan: ['aplikasi'], year: 2025 };
        expect(parseViewOptions('roadmap', { ...filters, theme: 'light', today: '2025-06-30' }))
            .toEqual({ ok: true, options: { muatan: ['aplikasi'], units: ['Setda'], today: '2025-06-30', theme: 'light' } });
        expect(parseViewOptions('architecture', { depth: 3, year: 2025.4 })).toEqual({ ok: true, options: { year: 2025 } });
    });

    test('a date must be a real day', () => {
        expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
        for (const bad of ['2025-02-29', '30-06-2025', '2025-6-30', 20250630]) expect(parseDate(bad), String(bad)).toBeUndefined();
        expect(parseViewOptions('roadmap', { today: '2025-02-30' })).toEqual({ ok: false, errors: ["'2025-02-30' is not a date: write today's date as YYYY-MM-DD, e.g. 2025-06-30"] });
    });
});

describe('parseViewFilters', () => {
    test('untrusted JSON: malformed or unknown values are errors, unknown keys and empty lists are dropped', () => {
        expect(parseViewFilters({ units: [], extra: 1, depth: 0 })).toEqual({ ok: true, options: { depth: 0 } });
        expect(parseViewFilters({ domains: ['apps'], focus: '', units: 'Setda' })).toEqual({ ok: false, errors: [
            "focus must be the name of an element, not ''",
            "unknown domain 'apps': use layanan, proses, data, aplikasi, infrastruktur, keamanan",
            "units must be a list of names, not 'Setda'",
        ] });
        expect(parseViewFilters('all')).toEqual({ ok: false, errors: ["view options must be an object, not 'all'"] });
    });

    test("a panel's drill-down level travels with its filters; '' is the overview", () => {
        expect(parseViewFilters({ drill: 'aplikasi/Diskominfo', domains: ['aplikasi'] })).toEqual({ ok: true, options: { drill: 'aplikasi/Diskominfo', domains: ['aplikasi'] } });
        expect(parseViewFilters({ drill: '' })).toEqual({ ok: true, options: {} });
        expect(parseViewFilters({ drill: 7 })).toEqual({ ok: false, errors: ['drill must be the id of a group of the overview (such as aplikasi/Diskominfo), not 7'] });
        expect(parseViewFilters({ drill: 'x'.repeat(201) }).ok).toBe(false);
        // The roadmap has no drill-down: a panel's toolbar may still hold one, the roadmap leaves it out.
        expect(parseViewOptions('roadmap', { drill: 'aplikasi' })).toEqual({ ok: true, options: {} });
        expect(parseViewOptions('architecture', { drill: 'aplikasi', allElements: 'true' }, { strict: true }))
            .toEqual({ ok: true, options: { drill: 'aplikasi', allElements: true } });
        expect(parseViewOptions('architecture', { allElements: 'yes' }, { strict: true }))
            .toEqual({ ok: false, errors: ["allElements must be true or false, not 'yes'"] });
    });
});

describe('checkViewOptions', () => {
    test('typed options from a program: the values are checked, the limits on what a person may ask for are not', () => {
        expect(checkViewOptions('architecture', { year: 3000, depth: 50 })).toEqual([]);
        expect(checkViewOptions('architecture', { year: 2025.5, depth: -1, domains: ['apps' as never] })).toEqual([
            'depth must be a whole number of 0 or more, not -1',
            "unknown domain 'apps': use layanan, proses, data, aplikasi, infrastruktur, keamanan",
            'year must be a whole year such as 2025, not 2025.5',
        ]);
        expect(checkViewOptions('roadmap', { ticks: 'bulan' as never, muatan: ['apps' as never] })).toEqual([
            "unknown muatan 'apps': use tata-kelola, manajemen, layanan, infrastruktur, aplikasi, keamanan, audit-tik",
            "ticks must be tahun, semester or triwulan, not 'bulan'",
        ]);
    });
});

describe('todayLine (the spbe.diagram.today setting)', () => {
    const now = new Date(2026, 2, 7, 23, 30);   // local time: late on 7 March 2026
    test('empty or absent is the current local date; none is no line; a date is that date', () => {
        expect(todayLine('', now)).toBe('2026-03-07');
        expect(todayLine(undefined, now)).toBe('2026-03-07');
        expect(todayLine('  ', now)).toBe('2026-03-07');
        expect(todayLine('none', now)).toBeUndefined();
        expect(todayLine('None', now)).toBeUndefined();
        expect(todayLine('2025-06-30', now)).toBe('2025-06-30');
    });
    test('a value that is not a date falls back to the current date rather than to no line', () => {
        expect(todayLine('2025-02-30', now)).toBe('2026-03-07');
        expect(todayLine('kemarin', now)).toBe('2026-03-07');
        expect(localDate(new Date(2025, 0, 5))).toBe('2025-01-05');
    });
});
