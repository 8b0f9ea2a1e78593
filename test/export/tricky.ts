// A model whose text contains everything an exporter must escape: markup, CDATA ends, quotes, separators of
// CSV/Mermaid/Markdown, a control character, and names that look like syntax.
export const TRICKY = `
instansi Uji "Pemkab <Uji> & \\"Coba\\" ]]> 'x'" {
    jenis pemerintah-daerah
    periode 2025 - 2027
    deskripsi "<script>alert(1)</script> # not a heading"
    dasar-hukum arsitektur "Perbup 1/2025; \\"Arsitektur\\""
}
unit Dinas "Dinas <b>Kominfo</b>, \\"TI\\""
proses P1 "Proses: satu; dua # tiga %% empat" {
    kode RAB.09.06.06
    pemilik Dinas
    deskripsi "baris satu\\nbaris dua, dengan \\"kutip\\""
    menghasilkan D1
}
data D1 "=SUM(A1:A2)" {
    kode RAD.09.06.06
    klasifikasi terbatas
    wali-data Dinas
}
layanan L1 "section Layanan | pipa *tebal* [tautan](x)" {
    kode RAL.02.04.06
    jenis publik
    didukung-oleh P1
    melalui A1
}
aplikasi A1 "App ]]> <![CDATA[ x" {
    kode RAA.01.02
    umum SRIKANDI
    mendukung P1
    memproses D1
    berjalan-di I1
}
infrastruktur I1 "PDN \u0007 bel" { kategori pusat-data-nasional pengelola nasional }
keamanan K1 "Standar 'aman'" { kategori standar melindungi D1, A1 }
peta-rencana {
    inisiatif done "title: Inisiatif # satu; dua" {
        muatan aplikasi
        tahun 2025 - 2026
        pelaksana Dinas
        anggaran 1500000
        mewujudkan A1
        indikator 37 { 2025: 3, 2026: 4 }
    }
    inisiatif Kedua "Kedua, dengan koma" {
        muatan keamanan
        tahun 2026
        setelah done
        status batal
    }
}
`;
