// What one document contributes to the workspace-wide facts, read from its extraction (its own AST alone).
//
// Relations are recorded by the *name* they are written with (`$refText`), never by resolving them: names
// are global ids (every cross-reference is `[Type:ID]`), so a name says the same thing as the link, and a
// document's contribution stays valid until its own text changes. An edit then costs one document's
// contribution and a merge, not a relink of every document that refers to the edited one (Langium unlinks
// those on each keystroke; resolving their references again for the facts was most of an edit's time in a
// national-scale workspace).
import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { DocumentExtraction } from '../document-extraction.js';

/** A relation from `from` to the element named `target`; `type` is the type the reference expects. */
export interface NamedEdge<T extends AstNode = AstNode> { readonly target: string; readonly type: string; readonly from: T }

export interface DocumentFacts extends DocumentExtraction {
    /** Any relation of an element or initiative to another element (one edge per referrer and target). */
    readonly refers: readonly NamedEdge[];
    readonly realizes: readonly NamedEdge<ast.Inisiatif>[];
    readonly retires: readonly NamedEdge<ast.Inisiatif>[];
    /** `layanan ... melalui App`: the service, by the application's name. */
    readonly via: readonly NamedEdge<ast.Layanan>[];
    /** `proses ... menghasilkan Data`: the process, by the data set's name. */
    readonly produces: readonly NamedEdge<ast.Proses>[];
    /**
     * Everything in this document that other documents' findings can depend on, as one string: when it is
     * unchanged after an edit, no other document needs validating again (see revalidate.ts).
     */
    signature(): string;
    /**
     * What named views (`tampilan`) in other documents read beyond signature(): each element's owner and code,
     * each relation by kind, units' parents, initiatives' owners, statuses and what they change. When only this
     * changed, only the documents that hold views are validated again.
     */
    viewSignature(): string;
}

type Ref = { $refText?: string } | undefined;

/** The facts of one document, by name, from its extraction (document-extraction.ts). */
export function computeDocumentFacts(x: DocumentExtraction): DocumentFacts {
    const refers: NamedEdge[] = [], realizes: NamedEdge<ast.Inisiatif>[] = [], retires: NamedEdge<ast.Inisiatif>[] = [];
    const via: NamedEdge<ast.Layanan>[] = [], produces: NamedEdge<ast.Proses>[] = [];

    /** An edge from `from` to a named target, once per target (`seen`), never to itself. */
    const refer = (from: AstNode & { name?: string }, type: string, r: Ref, into: NamedEdge[], seen: Set<string>) => {
        const target = r?.$refText;
        if (!target || target === from.name || seen.has(target)) return;
        seen.add(target);
        into.push({ target, type, from });
    };

    // Each element's relations come together (extractDocument lists them element by element).
    let element: ast.Elemen | undefined;
    let seen = new Set<string>(), seenVia = new Set<string>(), seenProduced = new Set<string>();
    for (const r of x.relations) {
        if (r.from !== element) { element = r.from; seen = new Set(); seenVia = new Set(); seenProduced = new Set(); }
        refer(r.from, r.targetType, r.target, refers, seen);
        if (r.via && r.viaType) refer(r.from, r.viaType, r.via, refers, seen);
        if (r.kind === 'melalui') refer(r.from, r.targetType, r.target, via as NamedEdge[], seenVia);
        if (r.kind === 'menghasilkan') refer(r.from, r.targetType, r.target, produces as NamedEdge[], seenProduced);
    }
    for (const i of x.initiatives) {
        const seenAll = new Set<string>(), seenRealized = new Set<string>(), seenRetired = new Set<string>();
        for (const r of [...i.mewujudkan, ...i.mengubah, ...i.menghentikan]) refer(i, 'Elemen', r, refers, seenAll);
        for (const r of i.mewujudkan) refer(i, 'Elemen', r, realizes as NamedEdge[], seenRealized);
        for (const r of i.menghentikan) refer(i, 'Elemen', r, retires as NamedEdge[], seenRetired);
    }

    let signature: string | undefined, viewSignature: string | undefined;
    return {
        ...x, refers, realizes, retires, via, produces,
        signature: () => signature ??= signatureOf(x.declared, refers, via, produces, x.agencies, x.roadmaps, x.initiatives, x.assessments, x.ruleSets, x.builtin),
        viewSignature: () => viewSignature ??= viewSignatureOf(x),
    };
}

function viewSignatureOf(x: DocumentExtraction): string {
    const parts: string[] = [];
    const names = (refs: readonly Ref[]) => refs.map(r => r?.$refText ?? '').join(',');
    for (const u of x.units) parts.push(`u ${u.name} ${u.induk?.$refText ?? ''}`);
    for (const e of x.elements) parts.push(`e ${e.name} ${e.pemilik?.$refText ?? ''} ${e.kode?.$refText ?? ''}`);
    for (const r of x.relations) parts.push(`r ${r.kind} ${r.from.name} ${r.target.$refText} ${r.via?.$refText ?? ''}`);
    for (const i of x.initiatives) {
        parts.push(`i ${i.name} ${i.pelaksana?.$refText ?? ''} ${i.status ?? ''} ${names(i.mewujudkan)} ${names(i.mengubah)} ${names(i.menghentikan)}`);
    }
    return parts.join('\n');
}

/**
 * The parts other documents' rules read: declared names and kinds, each relation with the referrer's
 * name and status (R: a planned element depending on a retired one), the services' kind and processes
 * (A: which Aplikasi Umum code an app needs), producing processes' codes (R: data mirrors), initiatives'
 * order, years and targets, the agency's period and workspace-wide acknowledgements, assessments.
 */
function signatureOf(
    declared: readonly (readonly [string, AstNode])[], refers: readonly NamedEdge[], via: readonly NamedEdge<ast.Layanan>[],
    produces: readonly NamedEdge<ast.Proses>[], agencies: readonly ast.Instansi[], roadmaps: readonly ast.PetaRencana[],
    initiatives: readonly ast.Inisiatif[], assessments: readonly ast.Penilaian[], ruleSets: readonly ast.AturanIndeks[], builtin: boolean
): string {
    const parts: string[] = [];
    for (const [name, node] of declared) {
        const status = ast.isElemen(node) ? node.status ?? '' : '';
        parts.push(`d ${node.$type} ${name} ${status}`);
    }
    for (const e of refers) parts.push(`r ${e.type} ${e.target} ${(e.from as { name?: string }).name ?? ''} ${ast.isElemen(e.from) ? e.from.status ?? '' : ''}`);
    for (const e of via) parts.push(`v ${e.target} ${e.from.jenis ?? ''} ${e.from.didukungOleh.map(p => p.$refText).join(',')}`);
    for (const e of produces) parts.push(`p ${e.target} ${e.from.kode?.$refText ?? ''}`);
    for (const a of agencies) {
        parts.push(`a ${a.name} ${a.periode ? `${a.periode.mulai}-${a.periode.selesai ?? ''}` : ''} ${a.abaikan.map(x => `${x.aturan}:${x.alasan}`).join(',')}`);
    }
    for (const r of roadmaps) parts.push(`m ${r.name}`);
    for (const i of initiatives) {
        const targets = i.indikator.map(ind => `${ind.nomor}:${ind.target.map(t => `${t.tahun}=${t.level}`).join('/')}`).join(',');
        parts.push(`i ${i.name} ${i.muatan ?? ''} ${i.tahun ? `${i.tahun.mulai}-${i.tahun.selesai ?? ''}` : ''} ${i.pendahulu.map(p => p.$refText).join(',')} ${targets}`);
    }
    for (const a of assessments) parts.push(`n ${a.tahun} ${a.aturan?.$refText ?? ''}`);
    if (!builtin) for (const s of ruleSets) parts.push(`s ${s.name} ${s.indikator.map(i => i.nomor).join(',')}`);
    return parts.join('\n');
}
