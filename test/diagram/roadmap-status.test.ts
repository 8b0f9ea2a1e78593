// The roadmap's statuses and overdue initiatives as a reader sees them: every status looks different
// without relying on colour, in every theme; overdue initiatives are marked, explained on hover and in the
// legend; the legend lists only what the drawing holds.
import { describe, expect, test } from 'vitest';
import { renderRoadmapSvg } from '../../src/diagram/index.js';
import { THEMES } from '../../src/common/view-options.js';
import { modelOf } from './fixtures.js';

const STATUSES = ['belum-mulai', 'berjalan', 'selesai', 'tertunda', 'batal'] as const;

/** One initiative per status (and one without), all in the same lane and years, so only the status differs. */
async function everyStatus() {
    return modelOf({
        'a.spbe': `instansi A "A" { periode 2025 - 2029 }
            unit U "U"
            peta-rencana {
                ${STATUSES.map(s => `inisiatif I_${s.replace('-', '_')} "Inisiatif ${s}" { muatan layanan tahun 2027 pelaksana U status ${s} }`).join('\n')}
                inisiatif I_kosong "Inisiatif tanpa status" { muatan layanan tahun 2027 pelaksana U }
            }`,
    });
}

/** A bar's markup in the SVG (bars are drawn one a line). */
function barMarkup(svg: string, id: string): string {
    const bar = new RegExp(`<g class="bar" data-id="${id}"[^\\n]*`).exec(svg);
    expect(bar, `bar ${id}`).not.toBeNull();
    return bar![0];
}

/** The outline of a bar: its rectangle's fill kind (hollow = the background), width and dashes. */
function outline(svg: string, id: string): string {
    const rect = /<rect class="shape"[^>]*>/.exec(barMarkup(svg, id))![0];
    const background = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"/.exec(svg)![1];
    const fill = /fill="([^"]*)"/.exec(rect)![1] === background ? 'hollow' : 'filled';
    return `${fill}${/ stroke-width="[^"]*"/.exec(rect)![0]}${/ stroke-dasharray="[^"]*"/.exec(rect)?.[0] ?? ''}`;
}

/** The status symbol as shapes, without position or colour: circles, path commands, line directions. */
function symbol(svg: string, id: string): string {
    const group = /<g class="status"[^>]*>(.*?)<\/g>/.exec(barMarkup(svg, id))![1];
    return [...group.matchAll(/<(\w+)([^>]*)>/g)].map(([, tag, attrs]) => {
        const n = (a: string) => Number(new RegExp(`\\b${a}="([-\\d.]+)"`).exec(attrs)?.[1]);
        if (tag === 'line') return `line ${Math.sign(n('x2') - n('x1'))},${Math.sign(n('y2') - n('y1'))}`;
        if (tag === 'path') return `path ${/\bd="([^"]*)"/.exec(attrs)![1].replace(/[-\d.,\s]+/g, '')}`;
        return tag;
    }).join(' ');
}

/** How a bar looks apart from its text, position and colours. */
function look(svg: string, id: string): string {
    const bar = barMarkup(svg, id);
    return [outline(svg, id), symbol(svg, id), / opacity="[^"]*"/.exec(/<g class="bar"[^>]*>/.exec(bar)![0])?.[0] ?? '', /<line /.test(bar.replace(/<g class="status".*?<\/g>/, '')) ? 'struck' : ''].join(' | ');
}

describe('roadmap statuses', () => {
    test.each(THEMES)('every status has its own look apart from colour (%s theme)', async theme => {
        const svg = await renderRoadmapSvg(await everyStatus(), { theme, today: '2026-06-30' });
        const id = (s: string) => `I_${s.replace('-', '_')}`;
        const looks = new Map(STATUSES.map(s => [s, look(svg, id(s))]));
        expect(new Set(looks.values()).size).toBe(STATUSES.length);
        // Two ways at least, each enough on its own to tell any two statuses apart: the symbol and the outline.
        expect(new Set(STATUSES.map(s => symbol(svg, id(s)))).size).toBe(STATUSES.length);
        expect(new Set(STATUSES.map(s => outline(svg, id(s)))).size).toBe(STATUSES.length);
        // Not started is hollow and dashed, under way and done are filled and solid, done the thickest.
        expect(outline(svg, id('belum-mulai'))).toBe('hollow stroke-width="1.4" stroke-dasharray="6 4"');
        expect(outline(svg, id('berjalan'))).toBe('filled stroke-width="1.4"');
        expect(outline(svg, id('selesai'))).toBe('filled stroke-width="2.6"');
        expect(look(svg, id('batal'))).toMatch(/opacity="0.55" \| struck$/);
        // No status: drawn like one not started yet, and the legend says so.
        expect(look(svg, 'I_kosong')).toBe(looks.get('belum-mulai'));
        expect(svg).toContain('belum mulai / status kosong');
    });

    test('the legend shows the statuses that occur and no others', async () => {
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2025 - 2029 }
                peta-rencana {
                    inisiatif Satu "Satu" { muatan layanan tahun 2025 status selesai }
                    inisiatif Dua "Dua" { muatan layanan tahun 2026 status berjalan }
                }`,
        });
        const svg = await renderRoadmapSvg(model, { today: '2026-06-30' });
        const legend = svg.slice(svg.indexOf('<g class="legend">'));
        const labels = [...legend.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(m => m[1]);
        expect(labels).toEqual(['Legenda', 'berjalan', 'selesai', 'hari ini']);
    });

    test('an initiative past its last year and not done is marked overdue, with a tooltip and a legend entry', async () => {
        const model = await modelOf({
            'a.spbe': `instansi A "A" { periode 2023 - 2027 }
                peta-rencana {
                    inisiatif Telat "Belum selesai" { muatan layanan tahun 2023 - 2024 status berjalan }
                    inisiatif TelatKosong "Tanpa status" { muatan aplikasi tahun 2024 }
                    inisiatif Tunda "Ditunda" { muatan aplikasi tahun 2025 status tertunda }
                    inisiatif Selesai "Sudah selesai" { muatan layanan tahun 2024 status selesai }
                    inisiatif Batal "Dibatalkan" { muatan keamanan tahun 2023 status batal }
                    inisiatif TahunIni "Berakhir tahun ini" { muatan keamanan tahun 2026 status berjalan }
                }`,
        });
        const svg = await renderRoadmapSvg(model, { today: '2026-03-01' });
        const overdue = [...svg.matchAll(/<g class="bar" data-id="(\w+)"[^>]*data-overdue="true"/g)].map(m => m[1]);
        expect(overdue.sort()).toEqual(['Telat', 'TelatKosong', 'Tunda']);
        expect(svg.match(/<g class="overdue" data-kind="terlambat">/g)).toHaveLength(3 + 1);   // three bars and the legend
        expect(svg).toContain('<title>Belum selesai (Telat, 2023\u20132024) \u00b7 berjalan \u00b7 terlambat: seharusnya selesai 2024</title>');
        expect(svg).toMatch(/<text [^>]*>terlambat: tahun akhirnya lewat, belum selesai<\/text>/);
        // Without a today date nothing is overdue.
        const undated = await renderRoadmapSvg(model);
        expect(undated).not.toContain('data-overdue');
        expect(undated).not.toContain('terlambat');
    });
});
