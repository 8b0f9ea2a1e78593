// Messages from a webview are untrusted: only well-formed ones get through, with only their known fields.
import { describe, expect, test } from 'vitest';
import { parseFilters, parsePanelState, parseWebviewMessage } from '../../src/common/protocol.js';

describe('parseWebviewMessage', () => {
    test('accepts the known messages', () => {
        expect(parseWebviewMessage({ type: 'reveal', id: 'Srikandi' })).toEqual({ type: 'reveal', id: 'Srikandi' });
        expect(parseWebviewMessage({ type: 'export', format: 'png' })).toEqual({ type: 'export', format: 'png' });
        expect(parseWebviewMessage({ type: 'rendered', version: 3, ids: ['A', 'B'], transform: { x: 1, y: 2, scale: 0.5 } }))
            .toEqual({ type: 'rendered', version: 3, ids: ['A', 'B'], transform: { x: 1, y: 2, scale: 0.5 } });
        expect(parseWebviewMessage({ type: 'rendered', version: 4, ids: [], transform: { x: 1, y: 2, scale: 0.5 }, zoomed: true }))
            .toEqual({ type: 'rendered', version: 4, ids: [], transform: { x: 1, y: 2, scale: 0.5 }, zoomed: true });
    });

    test('drops unknown types and wrong shapes', () => {
        for (const bad of [null, 'reveal', 42, [], {}, { type: 'eval', code: 'x' }, { type: 'reveal' }, { type: 'reveal', id: 7 },
            { type: 'reveal', id: '' }, { type: 'reveal', id: 'x'.repeat(500) }, { type: 'export', format: 'pdf' },
            { type: 'rendered', version: 1, ids: 'A', transform: { x: 0, y: 0, scale: 1 } },
            { type: 'rendered', version: 1, ids: [], transform: { x: 0, y: 0, scale: -1 } },
            { type: 'filters', filters: { depth: 'deep' } }, { type: 'rasterized', requestId: 'one' }]) {
            expect(parseWebviewMessage(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });

    test('a rasterized answer keeps only a PNG data URL', () => {
        expect(parseWebviewMessage({ type: 'rasterized', requestId: 1, dataUrl: 'javascript:alert(1)' }))
            .toEqual({ type: 'rasterized', requestId: 1, dataUrl: undefined, error: undefined });
        expect(parseWebviewMessage({ type: 'rasterized', requestId: 2, dataUrl: 'data:image/png;base64,AAAA' }))
            .toMatchObject({ dataUrl: 'data:image/png;base64,AAAA' });
    });
});

describe('parseFilters', () => {
    test('keeps known fields, rounds numbers and drops empty lists and unknown keys', () => {
        expect(parseFilters({ focus: 'Sipd', depth: 2.4, year: 2025, domains: ['aplikasi'], units: [], extra: 'x' }))
            .toEqual({ focus: 'Sipd', depth: 2, year: 2025, domains: ['aplikasi'] });
    });
    test('keeps the named view a panel shows (its picker), and a panel restored with one', () => {
        expect(parseFilters({ view: 'RantaiPengaduan', domains: ['aplikasi'] })).toEqual({ view: 'RantaiPengaduan', domains: ['aplikasi'] });
        expect(parseFilters({ view: '' })).toBeUndefined();
        expect(parseFilters({ view: ['a'] })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'filters', filters: { view: 'x'.repeat(201) } })).toBeUndefined();
        expect(parsePanelState({ view: 'roadmap', filters: { view: 'PetaKeamanan' } })?.filters).toEqual({ view: 'PetaKeamanan' });
    });
    test('rejects out-of-range values', () => {
        expect(parseFilters({ year: 99999 })).toBeUndefined();
        expect(parseFilters({ depth: -1 })).toBeUndefined();
        expect(parseFilters({ muatan: [1, 2] })).toBeUndefined();
    });
});

describe('parsePanelState', () => {
    test('restores a saved panel and refuses an unknown view', () => {
        expect(parsePanelState({ view: 'roadmap', filters: { muatan: ['aplikasi'] }, transform: { x: 0, y: 0, scale: 2 } }))
            .toEqual({ view: 'roadmap', filters: { muatan: ['aplikasi'] }, transform: { x: 0, y: 0, scale: 2 } });
        expect(parsePanelState({ view: 'gantt' })).toBeUndefined();
        // Whether the user zoomed (keep the transform) or not (fit the diagram to the panel again).
        expect(parsePanelState({ view: 'roadmap', transform: { x: 1, y: 2, scale: 3 }, zoomed: true })?.zoomed).toBe(true);
        expect(parsePanelState({ view: 'roadmap', transform: { x: 1, y: 2, scale: 3 }, zoomed: 'yes' })?.zoomed).toBeUndefined();
        expect(parsePanelState({ view: 'architecture', filters: 'all' })).toEqual({ view: 'architecture', filters: {}, transform: undefined });
    });

    test('a drill-down level clicked in the panel travels as a filter and is restored with the panel', () => {
        expect(parseWebviewMessage({ type: 'filters', filters: { drill: 'aplikasi/Diskominfo' } }))
            .toEqual({ type: 'filters', filters: { drill: 'aplikasi/Diskominfo' } });
        expect(parsePanelState({ view: 'architecture', filters: { drill: 'data/Bkad', year: 2026 } }))
            .toEqual({ view: 'architecture', filters: { drill: 'data/Bkad', year: 2026 }, transform: undefined });
        expect(parseWebviewMessage({ type: 'filters', filters: { drill: ['aplikasi'] } })).toBeUndefined();
    });
});
