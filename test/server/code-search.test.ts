// The spbe/searchCodes request behind the editor's "find reference code" command: the same search as
// spbe kode, kept to the reference of the element around the cursor.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, createTestServices } from '../helpers/services.js';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { parseSearchCodesParams, searchCodesRequest } from '../../src/server/code-search.js';

let services: SpbeServices;
let uri: string;
const TEXT = [
    'proses Arsip "Arsip" {',
    '    kode ',
    '}',
    'aplikasi Eoffice "E-Office" {',
    '    kode ',
    '}',
    '',
].join('\n');

beforeAll(async () => {
    services = await createTestServices();
    const built = await buildFiles(services, { 'a.spbe': TEXT });
    uri = built.documents.find(d => d.uri.path.endsWith('/a.spbe'))!.uri.toString();
});

describe('spbe/searchCodes', () => {
    test('in a process the codes are RAB codes, in an application RAA codes; outside an element, all', () => {
        const inProcess = searchCodesRequest(services, { query: 'arsip', uri, position: { line: 1, character: 9 } });
        expect(inProcess.prefix).toBe('RAB');
        expect(inProcess.items).toEqual([{ code: 'RAB.09.06.06', name: 'Penyelenggaraan Kearsipan', detail: 'fungsi · Pemerintahan Umum › Aparatur Negara' }]);
        const inApp = searchCodesRequest(services, { query: 'umum', uri, position: { line: 4, character: 9 } });
        expect(inApp.prefix).toBe('RAA');
        expect(inApp.items.map(i => i.code)).toEqual(['RAA.01', 'RAA.01.01', 'RAA.01.02']);
        const outside = searchCodesRequest(services, { query: 'arsip', uri, position: { line: 6, character: 0 } });
        expect([outside.prefix, outside.items.map(i => i.code)]).toEqual([undefined, ['RAB.09.06.06', 'RAD.09.06.06', 'RAL.02.04.06']]);
        const widened = searchCodesRequest(services, { query: 'arsip', uri, position: { line: 1, character: 9 }, allDomains: true });
        expect(widened.items).toHaveLength(3);
    });

    test('at most 200 items, with the total; malformed requests are refused', () => {
        const all = searchCodesRequest(services, { query: '' });
        expect([all.items.length, all.total]).toEqual([200, 1084]);
        expect(parseSearchCodesParams({ query: 'a', position: { line: 1, character: 2 }, uri: 'file:///x', allDomains: true })).toEqual({ query: 'a', position: { line: 1, character: 2 }, uri: 'file:///x', allDomains: true });
        for (const bad of [null, 'arsip', { query: 3 }, { query: 'x'.repeat(2000) }]) expect(parseSearchCodesParams(bad)).toBeUndefined();
    });
});
