// The timeline of an element as the roadmap tells it: which initiatives create (`mewujudkan`), change
// (`mengubah`) and retire (`menghentikan`) it, and in which year. A cancelled initiative (`status batal`)
// does nothing, in validation as in the index projection. An initiative is done only when its status says
// `selesai`: the checks read no clock, so a model gets the same findings tomorrow as today.
import type { AstNode, Reference } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { relationsOf } from '../document-extraction.js';
import { removeListItem } from './fixes.js';
import type { Where } from './report.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export const isLive = (i: ast.Inisiatif): boolean => i.status !== 'batal';
export const isDone = (i: ast.Inisiatif): boolean => i.status === 'selesai';
export const statusOf = (e: ast.Elemen): 'aktif' | 'rencana' | 'dihentikan' => e.status ?? 'aktif';
export const endOf = (i: ast.Inisiatif): number | undefined => i.tahun ? (i.tahun.selesai ?? i.tahun.mulai) : undefined;

/** The earliest year one of the initiatives ends in (undefined when none has years). */
export function firstEnd(list: readonly ast.Inisiatif[]): number | undefined {
    let year: number | undefined;
    for (const i of list) { const y = endOf(i); if (y !== undefined && (year === undefined || y < year)) year = y; }
    return year;
}

/** The initiatives, not cancelled, that create / retire / change an element. */
export const creators = (f: WorkspaceFacts, e: ast.Elemen): ast.Inisiatif[] => f.realizersOf(e).filter(isLive);
export const retirers = (f: WorkspaceFacts, e: ast.Elemen): ast.Inisiatif[] => f.retirersOf(e).filter(isLive);
export const changers = (f: WorkspaceFacts, e: ast.Elemen): ast.Inisiatif[] => f.changersOf(e).filter(isLive);

/** One reference by which an element uses another, where it is written, and how to remove it. */
export interface Use {
    readonly ref: Reference<ast.Elemen>;
    /** The relation's keyword (`berjalan-di`, `melalui`, ...), for messages. */
    readonly keyword: string;
    readonly where: Where;
    /** The grammar property of the element that holds it (an integration's bus: `bus`). */
    readonly property: string;
    remove(): TextEdit[] | undefined;
}

/**
 * The references by which an element uses other elements: every relation (language/relations.ts) except a
 * security element's `melindungi` (protecting something is not depending on it), an integration's service
 * bus included.
 */
export function usesOf(e: ast.Elemen): Use[] {
    const out: Use[] = [];
    for (const r of relationsOf(e)) {
        if (r.kind === 'melindungi') continue;
        const integration = ast.isIntegrasi(r.node) ? r.node : undefined;
        // An integration cut short by a syntax error may lack its target (fuzzer, seed 1 input 1344).
        if (r.target) {
            out.push({
                ref: r.target, keyword: r.kind, property: r.property,
                where: integration ? { node: integration, property: 'target' } : { node: e, property: r.property, index: r.index },
                remove: () => removeListItem(e, r.property, r.index, r.kind)
            });
        }
        if (integration && r.via) {
            const bus = integration;
            out.push({
                ref: r.via as Reference<ast.Elemen>, keyword: 'melalui', property: 'bus', where: { node: bus as AstNode, property: 'bus' },
                remove: () => removeListItem(bus, 'bus', 0, 'melalui')
            });
        }
    }
    return out;
}
