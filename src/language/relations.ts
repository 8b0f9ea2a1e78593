// The relations between architecture elements, one row per kind: the keyword, the element type it is
// written in, the grammar property that holds it and the type of element it points to. Validation's
// workspace facts and the semantic model both read relations through this table (document-extraction.ts),
// so a new relation is added in the grammar (spbe.langium) and here; the compiler then points at every
// output that shows relations by kind (diagram labels, CSV and ArchiMate export). No imports: the
// semantic model's types take RelationKind from here without taking in the AST.
export const RELATIONS = [
    { kind: 'menghasilkan', from: 'Proses', property: 'menghasilkan', to: 'Data' },
    { kind: 'menggunakan', from: 'Proses', property: 'menggunakan', to: 'Data' },
    { kind: 'didukung-oleh', from: 'Layanan', property: 'didukungOleh', to: 'Proses' },
    { kind: 'melalui', from: 'Layanan', property: 'melalui', to: 'Aplikasi' },
    { kind: 'mendukung', from: 'Aplikasi', property: 'mendukung', to: 'Proses' },
    { kind: 'memproses', from: 'Aplikasi', property: 'memproses', to: 'Data' },
    { kind: 'berjalan-di', from: 'Aplikasi', property: 'berjalanDi', to: 'Infrastruktur' },
    // Written as a list of `Target melalui Bus` (Integrasi nodes): the service bus is the relation's `via`.
    { kind: 'terintegrasi-dengan', from: 'Aplikasi', property: 'integrasi', to: 'Aplikasi', via: 'Infrastruktur' },
    { kind: 'terhubung-ke', from: 'Infrastruktur', property: 'terhubungKe', to: 'Infrastruktur' },
    { kind: 'melindungi', from: 'Keamanan', property: 'melindungi', to: 'Elemen' },
] as const;

export type RelationRow = (typeof RELATIONS)[number];
export type RelationKind = RelationRow['kind'];
