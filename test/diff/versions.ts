// Two versions of the Kota Malang example for the diff tests (test/diff, test/diagram/diff-view.test.ts).
import { readExample } from '../helpers/services.js';

/** Replaces `from` by `to` in one file, failing loudly when the example no longer has `from`. */
export function edit(files: Record<string, string>, file: string, from: string | RegExp, to: string): void {
    const text = files[file];
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: ${from} not found; the test's edits no longer fit the example`);
    files[file] = next;
}

/** Kota Malang with: an element added, one removed, code/owner/status/relations changed, an initiative added,
 *  one removed, one moved in time, one re-scoped, an index target changed, a unit added, a milestone moved. */
export function changedExample(): Record<string, string> {
    const f = readExample('kota-malang');
    edit(f, 'aplikasi.spbe', /$/, 'aplikasi SiPedas "SI Pedas (pengaduan desa)" {\n    kode RAA.02.02\n    khusus\n    pemilik Diskominfo\n    status rencana\n    berjalan-di PusatDataNasional\n}\n');
    edit(f, 'proses-bisnis.spbe', /proses ManajemenKeamananInformasi "Manajemen Keamanan Informasi" \{\n[^}]*\}\n/, '');
    edit(f, 'peta-rencana.spbe', '        mengubah ManajemenKeamananInformasi\n', '');
    edit(f, 'aplikasi.spbe', 'aplikasi Pdktsam "PDKTSAM" {\n    kode RAA.02.02', 'aplikasi Pdktsam "PDKTSAM" {\n    kode RAA.02.01');
    edit(f, 'aplikasi.spbe', '    umum SP4N-LAPOR\n    pemilik Diskominfo', '    umum SP4N-LAPOR\n    pemilik Setda');
    edit(f, 'aplikasi.spbe', '    umum SRIKANDI\n    status rencana\n', '    umum SRIKANDI\n');
    edit(f, 'aplikasi.spbe', '    memproses DataKesos\n    berjalan-di PusatDataKota', '    memproses DataKesos\n    berjalan-di PusatDataNasional');
    edit(f, 'aplikasi.spbe', 'terintegrasi-dengan Lapor melalui SplpMalang, Pdktsam melalui SplpMalang', 'terintegrasi-dengan Lapor melalui SplpMalang, Pdktsam melalui SplpMalang, Siasn');
    edit(f, 'peta-rencana.spbe', /    inisiatif KompetensiSdm[\s\S]*?\n    \}\n/, '');
    edit(f, 'peta-rencana.spbe', 'tahun 2026 - 2027\n        pelaksana Diskominfo\n        setelah PembangunanSplp', 'tahun 2027 - 2028\n        pelaksana Diskominfo\n        setelah PembangunanSplp');
    edit(f, 'peta-rencana.spbe', 'mengubah DataStatistikSektoral, PortalSatuData', 'mengubah DataStatistikSektoral, PortalSatuData, LayananDataTerbuka');
    edit(f, 'peta-rencana.spbe', 'indikator 29 { 2025: 3, 2027: 4 }', 'indikator 29 { 2025: 3, 2027: 5 }');
    edit(f, 'peta-rencana.spbe', '    tonggak ArsitekturDitetapkan', '    inisiatif PengembanganSiPedas "Pengembangan SI Pedas" {\n        muatan layanan\n        tahun 2026\n        pelaksana Diskominfo\n        mewujudkan SiPedas\n    }\n    tonggak ArsitekturDitetapkan');
    edit(f, 'peta-rencana.spbe', 'tahun 2025\n        bulan 12', 'tahun 2026\n        bulan 3');
    edit(f, 'instansi.spbe', /$/, 'unit Dpmptsp "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" {\n    jenis opd\n}\n');
    return f;
}

