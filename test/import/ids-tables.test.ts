// Identifiers from Indonesian names, and the CSV reading underneath the inventories.
import { describe, expect, test } from 'vitest';
import { IdAllocator, idFromName, isValidId, KEYWORDS } from '../../src/import/ids.js';
import { decodeText, detectDelimiter, parseCsv, readCsv, sniff } from '../../src/import/tables.js';
import { SpbeGrammar } from '../../src/language/generated/grammar.js';
import { GrammarAST, AstUtils } from 'langium';

describe('ids', () => {
    test('the keyword list is the grammar\'s', () => {
        const keywords = new Set(AstUtils.streamAllContents(SpbeGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).filter(v => /^[a-z]/.test(v)));
        expect([...KEYWORDS].sort()).toEqual([...keywords].sort());
    });

    test('names with spaces, punctuation, accents, digits and acronyms', () => {
        expect(idFromName('Dinas Komunikasi dan Informatika')).toBe('DinasKomunikasiDanInformatika');
        expect(idFromName('SP4N-LAPOR!')).toBe('SP4NLAPOR');
        expect(idFromName('e-Office Kabupaten')).toBe('EOfficeKabupaten');
        expect(idFromName('Sistem Informasi Pengelolaan Keuangan Daerah yang Terintegrasi dengan Perbankan')).toBe('SistemInformasiPengelolaanKeuanganDaerah');
        expect(idFromName('112 Layanan Darurat', 'Layanan')).toBe('Layanan112LayananDarurat');
        expect(idFromName('Kedai Café – Perizinan')).toBe('KedaiCafePerizinan');
        expect(idFromName('!!!', 'Aplikasi')).toBe('Aplikasi');
    });

    test('unique, never a keyword, the source\'s own id kept when it is valid and free', () => {
        const ids = new IdAllocator();
        expect(ids.allocate('SIPD')).toBe('SIPD');
        expect(ids.allocate('SIPD')).toBe('SIPD2');
        expect(ids.allocate('sipd')).toBe('Sipd3');
        expect(ids.allocate('Data', { preferred: 'data' })).toBe('Data');
        expect(ids.allocate('x', { preferred: 'Kearsipan' })).toBe('Kearsipan');
        expect(ids.allocate('Kearsipan', { preferred: 'Kearsipan' })).toBe('Kearsipan2');
        expect(isValidId('status')).toBe(false);
        expect(isValidId('RAB')).toBe(false);
        expect(isValidId('Unit-Kerja_1')).toBe(true);
    });
});

describe('CSV', () => {
    test('quotes, doubled quotes, separators and line breaks inside fields', () => {
        expect(parseCsv('a;"b;c";"say ""hi"""\r\n"multi\nline";2;\n', ';')).toEqual([['a', 'b;c', 'say "hi"'], ['multi\nline', '2', '']]);
    });

    test('the separator: semicolon, comma, tab, or Excel\'s sep= line', () => {
        expect(detectDelimiter('Nama;Kode;Pemilik\nA;B;C\n')).toEqual({ delimiter: ';', skipFirstLine: false });
        expect(detectDelimiter('Nama,Kode\n"A; B",RAA.01\n')).toEqual({ delimiter: ',', skipFirstLine: false });
        expect(detectDelimiter('Nama\tKode\nA\tB\n').delimiter).toBe('\t');
        expect(detectDelimiter('sep=;\nNama;Kode\n')).toEqual({ delimiter: ';', skipFirstLine: true });
        const table = readCsv(new TextEncoder().encode('sep=;\nNama;Kode\nA;RAA.02.02\n'), 'x.csv', []);
        expect(table.rows).toEqual([{ row: 2, cells: ['Nama', 'Kode'] }, { row: 3, cells: ['A', 'RAA.02.02'] }]);
    });

    test('encodings: UTF-8 with BOM, UTF-16 as Excel\'s "Unicode text", Windows-1252 with a note', () => {
        expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4e, 0x61]))).toEqual({ text: 'Na', encoding: 'UTF-8' });
        const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Nama\tKode'].flatMap(c => [c.charCodeAt(0), 0])]);
        expect(decodeText(utf16)).toEqual({ text: 'Nama\tKode', encoding: 'UTF-16LE' });
        expect(sniff(utf16)).toBe('text');
        const issues: never[] = [];
        const table = readCsv(Uint8Array.from([0x4e, 0x61, 0x6d, 0x61, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), 'lama.csv', issues);
        expect(table.rows[1].cells).toEqual(['Café']);
        expect(issues).toMatchObject([{ severity: 'info', source: { file: 'lama.csv' } }]);
    });
});
