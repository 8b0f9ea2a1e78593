// Named views in the architecture document: one section each, after the others, with the view's description,
// its diagram (linked in Markdown, inline in HTML) and a table of what it shows.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, type Section } from '../../src/export/document.js';
import { exportHtml } from '../../src/export/html.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import type { SemanticModel } from '../../src/model/types.js';
import { buildFiles, createTestServices, readExample } from '../helpers/services.js';

let malang: SemanticModel;
beforeAll(async () => {
    malang = (await buildFiles(await createTestServices(), readExample('kota-malang'))).model;
});

const svg = (label: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><marker id="arrow"/><text>${label}</text></svg>`;

describe('named views in the document', () => {
    test('a last section with one subsection per view, in the order of the model', () => {
        const doc = buildDocument(malang);
        const last = doc.sections[doc.sections.length - 1];
        expect(last.id).toBe('tampilan');
        expect(last.title).toBe(`${doc.sections.length}. Tampilan Arsitektur dan Peta Rencana`);
        expect(last.sections.map(s => s.id)).toEqual(malang.views.map(v => `tampilan-${v.id}`));
        expect(last.sections.map(s => s.title)).toEqual(malang.views.map((v, k) => `${doc.sections.length}.${k + 1} ${v.name}`));
    });

    test('a view\'s section: its description, its kind and size, its diagram, and the elements or initiatives it shows', () => {
        const doc = buildDocument(malang, { diagrams: { views: { RantaiPengaduan: [{ caption: 'Rantai Pengaduan Publik SP4N-LAPOR!', diagram: { href: 'x-tampilan-RantaiPengaduan.svg' } }] } } });
        const sections = doc.sections[doc.sections.length - 1].sections;
        const chain = sections.find(s => s.id === 'tampilan-RantaiPengaduan')!;
        expect(chain.blocks.map(b => b.kind)).toEqual(['paragraph', 'paragraph', 'figure', 'table']);
        expect(chain.blocks[1]).toEqual({ kind: 'paragraph', text: 'Tampilan arsitektur, 7 elemen.' });
        expect(chain.blocks[2]).toMatchObject({ kind: 'figure', caption: 'Rantai Pengaduan Publik SP4N-LAPOR!', diagram: { href: 'x-tampilan-RantaiPengaduan.svg' } });
        const table = chain.blocks[3] as Extract<Section['blocks'][number], { kind: 'table' }>;
        expect(table.header).toEqual(['Domain', 'Kode', 'Nama', 'Pemilik']);
        // In the national order of the domains: the service first, the infrastructure last.
        expect(table.rows.map(r => r[2])).toEqual(['Layanan Pengaduan Pelayanan Publik', 'Pengelolaan Pengaduan Pelayanan Publik', 'Data Pengaduan Masyarakat',
            'SP4N-LAPOR!', 'Malang Mbois (super app)', 'Pusat Data Nasional (PDN)', 'Sistem Penghubung Layanan Pemerintah Kota Malang']);
        const roadmap = sections.find(s => s.id === 'tampilan-PetaKeamanan')!;
        const rows = (roadmap.blocks.find(b => b.kind === 'table') as Extract<Section['blocks'][number], { kind: 'table' }>).rows;
        expect(rows.map(r => [r[0], r[1]])).toEqual([
            ['Keamanan SPBE', 'Pembentukan Malangkota-CSIRT'], ['Keamanan SPBE', 'Penerapan SMKI berbasis SNI ISO/IEC 27001'],
            ['Audit TIK', 'Pembentukan dan pelatihan tim audit TIK internal'], ['Audit TIK', 'Audit infrastruktur, aplikasi dan keamanan SPBE'],
        ]);
    });

    test('Markdown links each view\'s diagram; HTML inlines it; English titles the section in English', () => {
        const md = exportMarkdown(malang, { diagrams: { views: { RantaiPengaduan: [{ caption: 'Rantai Pengaduan Publik SP4N-LAPOR!', diagram: { href: 'dokumen-tampilan-RantaiPengaduan.svg' } }] } } });
        expect(md).toContain('## 8. Tampilan Arsitektur dan Peta Rencana');
        expect(md).toContain('### 8.7 Rantai Pengaduan Publik SP4N-LAPOR!');
        expect(md).toContain('](dokumen-tampilan-RantaiPengaduan.svg)');
        const views = Object.fromEntries(malang.views.map(v => [v.id, [{ caption: v.name, diagram: { svg: svg(v.id) } }]]));
        const html = exportHtml(malang, { diagrams: { views } });
        expect(html).toContain('<section id="tampilan-RantaiPengaduan">');
        expect(html.match(/<svg /g)).toHaveLength(malang.views.length);
        // Each inline diagram keeps its own marker ids on the one page.
        expect(new Set([...html.matchAll(/<marker id="([^"]+)"/g)].map(m => m[1])).size).toBe(malang.views.length);
        expect(exportHtml(malang, { lang: 'en' })).toContain('<h2>8. Named views</h2>');
    });

    test('a model without views has no such section', () => {
        const doc = buildDocument({ ...malang, views: [] });
        expect(doc.sections.map(s => s.id)).not.toContain('tampilan');
    });
});
