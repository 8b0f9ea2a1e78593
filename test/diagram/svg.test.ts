// The SVG output: deterministic, escaped, linked to the model by data-id, status and errors visible.
import { describe, expect, test } from 'vitest';
import { renderArchitectureSvg, renderRoadmapSvg } from '../../src/diagram/index.js';
import { svgToPng } from '../../src/cli/png.js';
import { esc, wrapText, textWidth } from '../../src/diagram/svg-util.js';
import { kotaMalang, modelOf } from './fixtures.js';

const HOSTILE = '<script>alert(1)</script> & "quotes" \'apos\'';

const hostileModel = () => modelOf({
    'x.spbe': `instansi X "Instansi ${HOSTILE.replace(/"/g, '\\"')}" { periode 2025 - 2026 }
        unit U "Unit <b>tebal</b>" { singkatan "U&<i>" }
        aplikasi App "${HOSTILE.replace(/"/g, '\\"')}" { khusus pemilik U berjalan-di Dc }
        infrastruktur Dc "DC </text><script>x</script>" { kategori pusat-data pengelola instansi }
        peta-rencana {
            inisiatif Ini "${HOSTILE.replace(/"/g, '\\"')}" { muatan aplikasi tahun 2025 pelaksana U }
            tonggak T "Tonggak <img src=x onerror=alert(1)>" { tahun 2025 bulan 3 }
        }`,
});

describe('SVG output', () => {
    test('the same model and options give byte-identical SVG', async () => {
        const model = await kotaMalang();
        expect(await renderArchitectureSvg(model, { theme: 'dark' })).toBe(await renderArchitectureSvg(model, { theme: 'dark' }));
        const opts = { today: '2025-06-30', ticks: 'triwulan' as const };
        expect(await renderRoadmapSvg(model, opts)).toBe(await renderRoadmapSvg(model, opts));
    });

    test('model text is escaped: markup in names shows as text and the SVG stays well-formed', async () => {
        const model = await hostileModel();
        expect(model.elements.find(e => e.id === 'App')!.name).toBe(HOSTILE);
        for (const svg of [await renderArchitectureSvg(model), await renderRoadmapSvg(model, { today: '2025-05-01' })]) {
            expect(svg).not.toMatch(/<script|<b>|<i>|<img/);
            expect(svg).toContain('&lt;script&gt;');
            expect(svg).toContain('&amp;');
            // resvg parses strictly as XML: it fails on anything malformed.
            await expect(svgToPng(svg)).resolves.toBeInstanceOf(Uint8Array);
        }
    });

    test('esc handles characters XML forbids', () => {
        expect(esc('a\u0000b\u0007c')).toBe('a\uFFFDb\uFFFDc');
        expect(esc(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
    });

    test('wrapText keeps every line within the width, splits overlong words, and ellipsises beyond maxLines', () => {
        const text = 'Sistem Penghubung Layanan Pemerintah SuperKalifragilistikExpialidosiusYangSangatPanjangSekali';
        const lines = wrapText(text, 120, 12, true);
        for (const l of lines) expect(textWidth(l, 12, true)).toBeLessThanOrEqual(120);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        const two = wrapText(text, 120, 12, true, 2);
        expect(two).toHaveLength(2);
        expect(two[1].endsWith('\u2026')).toBe(true);
    });

    test('architecture: each node and edge carries data-id and data-kind; status and errors are visible', async () => {
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2026 }
                unit U "U"
                aplikasi Baru "Baru" { khusus pemilik U status rencana berjalan-di Dc }
                aplikasi Lama "Lama" { khusus pemilik U status dihentikan berjalan-di Dc }
                aplikasi Rusak "Rusak" { khusus pemilik U berjalan-di TidakAda }
                infrastruktur Dc "DC" { kategori pusat-data pengelola instansi }`,
        });
        const svg = await renderArchitectureSvg(model);
        // The node's tooltip holds what the compact node leaves out: id, owner, status.
        expect(svg).toMatch(/<g class="node" data-id="Baru" data-kind="aplikasi" data-status="rencana"[^>]*><title>Baru \(Baru\)\npemilik: U\nstatus: rencana<\/title><path [^>]*stroke-dasharray="6 4"/);
        expect(svg).toMatch(/<g class="node" data-id="Lama" data-kind="aplikasi" data-status="dihentikan"[^>]*opacity="0.55"/);
        const rusak = model.elements.find(e => e.id === 'Rusak')!;
        expect(rusak.errors).toBeGreaterThan(0);
        expect(svg).toMatch(new RegExp(`<g class="node" data-id="Rusak"[^>]*data-errors="${rusak.errors}"[^]*?<g class="badge" data-kind="error">`));
        // Both run on Dc: one bundle into it, with one label.
        expect(svg).toContain('<g class="edge" data-id="Baru-&gt;Dc:berjalan-di" data-kind="berjalan-di" data-from="Baru" data-to="Dc" data-count="1" data-bundle="&gt;Dc:berjalan di">');
        expect(svg.match(/<g class="edge-label"[^>]*>.*?>berjalan di<\/text><\/g>/g)).toHaveLength(1);
        expect(svg).toContain('<g class="legend">');
    });

    test('roadmap: bars, milestones, arrows and the today line carry their ids and kinds', async () => {
        const model = await kotaMalang();
        const svg = await renderRoadmapSvg(model, { today: '2026-01-15', ticks: 'semester' });
        expect(svg).toMatch(/<g class="bar" data-id="MigrasiPdn" data-kind="inisiatif" data-muatan="infrastruktur" data-start="2026" data-end="2027"/);
        expect(svg).toContain('<g class="arrow" data-id="PembangunanSplp-&gt;MigrasiPdn" data-kind="pendahulu"');
        expect(svg).toMatch(/<g class="milestone" data-id="ReviuParuhWaktu" data-kind="tonggak" data-initiative="ReviuArsitektur">/);
        expect(svg).toContain('data-kind="hari-ini" data-date="2026-01-15"');
        expect(svg.match(/>S1</g)).toHaveLength(5);   // a semester tick label per year
        for (const m of ['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik']) {
            expect(svg).toContain(`data-lane="${m}"`);
        }
        // Lanes appear in the regulation's order.
        const order = [...svg.matchAll(/data-lane="([a-z-]+)"/g)].map(m => m[1]);
        expect(order).toEqual(['tonggak', 'tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik']);
    });

    test('no today line without a date, or when the date is outside the period; a bad date is refused', async () => {
        const model = await kotaMalang();
        expect(await renderRoadmapSvg(model)).not.toContain('hari-ini');
        expect(await renderRoadmapSvg(model, { today: '2031-01-01' })).not.toContain('hari-ini');
        await expect(renderRoadmapSvg(model, { today: '2025-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
    });

    test('an initiative without usable years is left out and named, the rest is drawn', async () => {
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2029 }
                unit U "U"
                peta-rencana {
                    inisiatif Typo "Tahun salah ketik" { muatan layanan tahun 2205 pelaksana U }
                    inisiatif NoYear "Tanpa tahun" { muatan layanan pelaksana U }
                    inisiatif Ok "Baik" { muatan layanan tahun 2026 pelaksana U }
                }`,
        });
        const svg = await renderRoadmapSvg(model);
        expect(svg).toContain('data-id="Ok"');
        expect(svg).not.toContain('data-id="Typo"');
        expect(svg).toContain('2 inisiatif tanpa tahun yang sah tidak digambar: Typo, NoYear');
        expect(svg.match(/<text [^>]*font-weight="bold"[^>]*>(\d{4})</g)).toHaveLength(5);   // 2025..2029 only
    });

    test('themes change colours, not the drawing', async () => {
        const model = await kotaMalang();
        const light = await renderArchitectureSvg(model, { focus: 'Sipd' });
        const hc = await renderArchitectureSvg(model, { focus: 'Sipd', theme: 'high-contrast' });
        expect(hc).not.toBe(light);
        expect(hc).toContain('fill="#000000"');
        const strip = (s: string) => s.replace(/#[0-9a-f]{6}/g, '#');
        expect(strip(hc)).toBe(strip(light));
    });
});

describe('PNG', () => {
    test('has the PNG signature and the SVG size times the scale, and text is drawn with the shipped font', async () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" viewBox="0 0 200 50"><rect width="200" height="50" fill="#fff"/>' +
            '<text x="10" y="30" font-family="\'DejaVu Sans\'" font-size="20">Teks PNG</text></svg>';
        const png = await svgToPng(svg, { scale: 2 });
        expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        const view = new DataView(png.buffer, png.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([400, 100]);
        // Without glyphs the text would vanish and the image would be as plain as this one.
        const blank = await svgToPng(svg.replace('Teks PNG', ''), { scale: 2 });
        expect(png.length).toBeGreaterThan(blank.length + 500);
    });
});
