// The diff view's styling (an additive option of the architecture diagram): what changed against another
// version is marked on the nodes and edges: added in green, removed ghosted in red, changed in amber. Colour is
// never the only sign: each mark also has its own line style, a badge letter and a data-diff attribute.
import type { Domain } from '../model/types.js';
import type { ArchitectureDiffMarks, DiffMark } from './options.js';
import type { LegendEntry } from './legend.js';
import { SYMBOL_H, SYMBOL_W } from './legend.js';
import { domainShape, type Palette } from './theme.js';
import { fmt } from './svg-util.js';

export function diffColor(mark: DiffMark, colors: Palette): string {
    return mark === 'added' ? colors.domain.proses.stroke : mark === 'removed' ? colors.error : colors.warning;
}

const LETTER: Record<DiffMark, string> = { added: '+', removed: '\u2212', changed: '~' };
export const DIFF_LABELS: Record<DiffMark, string> = { added: 'ditambah', removed: 'dihapus', changed: 'diubah' };

/** The mark of a relation, by the key `from\nkind\nto\nvia`. */
export function relationMark(marks: ArchitectureDiffMarks | undefined, r: { from: string; kind: string; to: string; via?: string }): DiffMark | undefined {
    return marks?.relations[`${r.from}\n${r.kind}\n${r.to}\n${r.via ?? ''}`];
}

/** A node's decoration: a halo drawn under its shape, a corner badge, the attributes of its group. */
export function nodeDiff(mark: DiffMark | undefined, domain: Domain, w: number, h: number, colors: Palette): { under: string; over: string; attrs: string } {
    if (!mark) return { under: '', over: '', attrs: '' };
    const color = diffColor(mark, colors);
    const dash = mark === 'removed' ? ' stroke-dasharray="5 4"' : '';
    const under = `<path class="diff-halo" d="${domainShape(domain, w + 12, h + 12)}" transform="translate(-6,-6)" fill="none" stroke="${color}" stroke-width="3.5"${dash}/>`;
    const over = `<g class="diff-badge"><rect x="${fmt(-8)}" y="${fmt(-8)}" width="16" height="16" rx="8" fill="${color}"/>` +
        `<text x="0" y="4" font-size="12" font-weight="bold" text-anchor="middle" fill="#ffffff">${LETTER[mark]}</text></g>`;
    return { under, over, attrs: ` data-diff="${mark}"${mark === 'removed' ? ' opacity="0.45"' : ''}` };
}

/** An edge's stroke in the diff view. */
export function edgeDiff(mark: DiffMark | undefined, colors: Palette): { stroke?: string; width?: string; dash?: string; attrs: string } {
    if (!mark) return { attrs: '' };
    return { stroke: diffColor(mark, colors), width: '2.2', dash: mark === 'removed' ? '6 4' : undefined, attrs: ` data-diff="${mark}"${mark === 'removed' ? ' opacity="0.55"' : ''}` };
}

export function diffLegendEntries(colors: Palette): LegendEntry[] {
    return (['added', 'removed', 'changed'] as const).map(mark => ({
        symbol: `<rect x="3" y="3" width="${SYMBOL_W - 6}" height="${SYMBOL_H - 6}" rx="3" fill="none" stroke="${diffColor(mark, colors)}" stroke-width="3"${mark === 'removed' ? ' stroke-dasharray="5 4"' : ''}/>` +
            `<text x="${SYMBOL_W / 2}" y="${SYMBOL_H / 2 + 4}" font-size="11" font-weight="bold" text-anchor="middle" fill="${diffColor(mark, colors)}">${LETTER[mark]}</text>`,
        label: DIFF_LABELS[mark],
    }));
}
