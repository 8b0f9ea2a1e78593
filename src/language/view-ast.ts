// Reads a `tampilan` declaration into the plain rules of view-rules.ts. The semantic model reads it with the
// links resolved (an unresolved name selects nothing), the validator with the names as written.
import type { Reference } from 'langium';
import type { ViewKind } from '../common/view-options.js';
import * as ast from './generated/ast.js';
import { AROUND_DEPTH, type ViewRule, type ViewSelector } from './view-rules.js';

/** How a reference is read: the name it resolves to (the model) or the name written (the validator). */
export type NameOf = (ref: Reference<ast.Elemen | ast.Unit | ast.Inisiatif | ast.KodeReferensi> | undefined) => string | undefined;

// A reference cut short by a syntax error (`kode *`) is undefined: it names nothing.
export const writtenName: NameOf = ref => ref?.$refText || undefined;
export const resolvedName: NameOf = ref => ref?.ref?.name;

/** `jenis peta-rencana` makes a roadmap view; a view is an architecture view otherwise. */
export function viewKindOf(node: ast.Tampilan): ViewKind {
    return node.jenis[0] === 'peta-rencana' ? 'roadmap' : 'architecture';
}

/** `pada-tahun N` when N is a whole year (the validator reports anything else). */
export function viewYearOf(node: ast.Tampilan): number | undefined {
    const year = node.padaTahun[0];
    return Number.isInteger(year) ? year : undefined;
}

/** The steps of `sekitar`: the default without `kedalaman`, at most the maximum (the validator reports a bad one). */
export function aroundDepthOf(rule: ast.AturanTampilan): number | undefined {
    if (!rule.sekitar) return undefined;
    const depth = rule.kedalaman;
    if (depth === undefined || !Number.isInteger(depth) || depth < 0) return AROUND_DEPTH.default;
    return Math.min(depth, AROUND_DEPTH.max);
}

export function readViewRules(node: ast.Tampilan, name: NameOf): ViewRule[] {
    return node.aturan.map(rule => {
        const out: ViewRule = { include: rule.sertakan, selectors: rule.pemilih.map(p => readSelector(p, name)) };
        const around = aroundDepthOf(rule);
        if (around !== undefined) out.around = around;
        return out;
    });
}

export function readSelector(p: ast.Pemilih, name: NameOf): ViewSelector {
    const names = (refs: Reference<ast.Elemen | ast.Unit | ast.Inisiatif>[]) => refs.map(name).filter((n): n is string => n !== undefined);
    switch (p.$type) {
        case 'PemilihSemua': return { kind: 'all' };
        case 'PemilihElemen': return { kind: 'elements', ids: names(p.elemen) };
        case 'PemilihDomain': return { kind: 'domains', domains: [...p.domain] };
        case 'PemilihUnit': return { kind: 'units', units: names(p.unit) };
        case 'PemilihKode': return {
            kind: 'codes',
            codes: p.kode.flatMap(k => { const code = name(k.kode); return code ? [{ code, descendants: k.turunan }] : []; }),
        };
        case 'PemilihStatus': return { kind: 'statuses', statuses: [...p.status] };
        case 'PemilihRelasi': return { kind: 'relations', relations: [...p.relasi] };
        case 'PemilihMuatan': return { kind: 'muatan', muatan: [...p.muatan] };
        case 'PemilihInisiatif': return { kind: 'initiatives', ids: names(p.inisiatif) };
        case 'PemilihTahun': {
            const start = p.tahun?.mulai, end = p.tahun?.selesai ?? start;
            // A range cut short by a syntax error selects nothing.
            return start === undefined || end === undefined ? { kind: 'years', start: 1, end: 0 } : { kind: 'years', start, end };
        }
    }
}
