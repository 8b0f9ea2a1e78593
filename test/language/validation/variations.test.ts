// No finding on the Kota Malang example, nor on realistic correct variations of it that agencies write:
// their own level-4 codes, their own RAI codes in a workspace reference set, an acknowledged finding, a
// retired element nothing uses any more, the index rule set stated on the instansi.
import { beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles, createTestServices, readExample } from '../../helpers/services.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

function replaceOnce(text: string, from: string, to: string): string {
    if (!text.includes(from)) throw new Error(`the example no longer contains: ${from}`);
    return text.replace(from, to);
}

async function findingsOf(files: Record<string, string>) {
    const built = await buildFiles(services, files);
    return built.documents.flatMap(d => (d.diagnostics ?? []).map(x => ({ file: d.uri.path.split('/').pop(), code: x.code, severity: x.severity, message: x.message, data: x.data as { acknowledged?: string } })));
}

describe('the Kota Malang example and correct variations of it', () => {
    test('the example has no finding at all', async () => {
        expect(await findingsOf(readExample('kota-malang'))).toEqual([]);
    });

    test('variations: a level-4 agency code, workspace RAI codes, an acknowledged finding, a retired element, the rule set on the instansi', async () => {
        const files = readExample('kota-malang');
        // An agency level-4 process code below a national fungsi, used by the process.
        files['kode-instansi.spbe'] = 'kode RAB.09.06.06.01 "Pengelolaan Arsip Dinamis Perangkat Daerah"\n';
        files['proses-bisnis.spbe'] = replaceOnce(files['proses-bisnis.spbe'], 'kode RAB.09.06.06\n', 'kode RAB.09.06.06.01\n');
        // The workspace's own RAI codes on top of the national set, followed by the agency.
        files['referensi.spbe'] = 'referensi nasional-plus "Referensi nasional dengan kode RAI instansi" {\n    basis perpres-132-2022\n    kode RAI.01 "Fasilitas Komputasi"\n    kode RAI.01.01 "Pusat Data Nasional"\n}\n';
        files['instansi.spbe'] = replaceOnce(files['instansi.spbe'], 'referensi perpres-132-2022\n', 'referensi nasional-plus\n    aturan-indeks permenpanrb-59-2020\n');
        files['infrastruktur.spbe'] = replaceOnce(files['infrastruktur.spbe'], 'kategori pusat-data-nasional\n', 'kode RAI.01.01\n    kategori pusat-data-nasional\n');
        // A finding the agency acknowledges: the SPLP's owner is settled once it is built.
        files['infrastruktur.spbe'] = replaceOnce(files['infrastruktur.spbe'], '    pemilik Diskominfo\n    status rencana\n', '    status rencana\n    abaikan SPBE-T13 "Pemilik ditetapkan setelah SPLP selesai dibangun (2025)"\n');
        // A retired application nothing uses any more.
        files['aplikasi.spbe'] += 'aplikasi SimpegLama "SIMPEG lama" {\n    kode RAA.02.02\n    khusus\n    pemilik Bkpsdm\n    status dihentikan\n}\n';
        const all = await findingsOf(files);
        expect(all.filter(f => f.severity === DiagnosticSeverity.Error || f.severity === DiagnosticSeverity.Warning)).toEqual([]);
        expect(all.map(f => [f.file, f.code, f.severity, f.data?.acknowledged])).toEqual([
            ['infrastruktur.spbe', 'SPBE-T13', DiagnosticSeverity.Information, 'Pemilik ditetapkan setelah SPLP selesai dibangun (2025)']]);
    });
});
