// What one document contributes to the workspace-wide facts, read from its own AST alone.
//
// Relations are recorded by the *name* they are written with (`$refText`), never by resolving them: names
// are global ids (every cross-reference is `[Type:ID]`), so a name says the same thing as the link, and a
// document's contribution stays valid until its own text changes. An edit then costs one document's
// contribution and a merge, not a relink of every document that refers to the edited one (Langium unlinks
// those on each keystroke; resolving their references again for the facts was most of an edit's time in a
// national-scale workspace).
import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';

/** A relation from `from` to the element named `target`; `type` is the type the reference expects. */
export interface NamedEdge<T extends AstNode = AstNode> { readonly target: string; readonly type: string; readonly from: T }

export interface DocumentFacts {
    readonly builtin: boolean;
    /** Declarations that live in the global scope: [name (codes as `kode X`), node]. */
    readonly declared: readonly (readonly [string, AstNode])[];
    readonly agencies: readonly ast.Instansi[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly elements: readonly ast.Elemen[];
    readonly initiatives: readonly ast.Inisiatif[];
    readonly ruleSets: readonly ast.AturanIndeks[];
    readonly assessments: readonly ast.Penilaian[];
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
}

type Ref = { $refText?: string } | undefined;

export function computeDocumentFacts(root: AstNode, builtin: boolean): DocumentFacts {
    const declared: [string, AstNode][] = [];
    const agencies: ast.Instansi[] = [], roadmaps: ast.PetaRencana[] = [], elements: ast.Elemen[] = [], initiatives: ast.Inisiatif[] = [];
    const ruleSets: ast.AturanIndeks[] = [], assessments: ast.Penilaian[] = [];
    const refers: NamedEdge[] = [], realizes: NamedEdge<ast.Inisiatif>[] = [], retires: NamedEdge<ast.Inisiatif>[] = [];
    const via: NamedEdge<ast.Layanan>[] = [], produces: NamedEdge<ast.Proses>[] = [];
    const declare = (name: string | undefined, node: AstNode) => { if (name) declared.push([name, node]); };

    /** Edges from `from` to each named target, once per target, never to itself. */
    const refer = (from: AstNode & { name?: string }, type: string, refs: Ref[], into: NamedEdge[] = refers, seen = new Set<string>()) => {
        for (const r of refs) {
            const target = r?.$refText;
            if (!target || target === from.name || seen.has(target)) continue;
            seen.add(target);
            into.push({ target, type, from });
        }
        return seen;
    };

    if (ast.isModel(root)) {
        for (const decl of root.declarations) {
            if (ast.isAturanIndeks(decl)) ruleSets.push(decl);
            if (builtin) continue;
            if (ast.isPenilaian(decl)) { assessments.push(decl); continue; }
            if (ast.isReferensi(decl)) continue; // a workspace set may reuse a built-in name on purpose
            if (ast.isKodeReferensi(decl)) { declare(decl.name && 'kode ' + decl.name, decl); continue; }
            declare(decl.name, decl);
            // A nameless instansi (its name lost to a syntax error) is left out, as in the semantic model.
            if (ast.isInstansi(decl) && decl.name !== undefined) agencies.push(decl);
            else if (ast.isElemen(decl)) { elements.push(decl); referAll(decl); }
            else if (ast.isPetaRencana(decl)) {
                roadmaps.push(decl);
                for (const i of decl.inisiatif) { declare(i.name, i); initiatives.push(i); referInitiative(i); }
                for (const m of decl.tonggak) declare(m.name, m);
            }
        }
    }

    function referAll(e: ast.Elemen): void {
        if (ast.isProses(e)) {
            refer(e, 'Data', [...e.menghasilkan, ...e.menggunakan]);
            refer(e, 'Data', e.menghasilkan, produces as NamedEdge[]);
        } else if (ast.isLayanan(e)) {
            const seen = refer(e, 'Proses', e.didukungOleh);
            refer(e, 'Aplikasi', e.melalui, refers, seen);
            refer(e, 'Aplikasi', e.melalui, via as NamedEdge[]);
        } else if (ast.isAplikasi(e)) {
            const seen = refer(e, 'Proses', e.mendukung);
            refer(e, 'Data', e.memproses, refers, seen);
            refer(e, 'Infrastruktur', [...e.berjalanDi, ...e.integrasi.map(i => i.bus)], refers, seen);
            refer(e, 'Aplikasi', e.integrasi.map(i => i.target), refers, seen);
        } else if (ast.isInfrastruktur(e)) {
            refer(e, 'Infrastruktur', e.terhubungKe);
        } else if (ast.isKeamanan(e)) {
            refer(e, 'Elemen', e.melindungi);
        }
    }

    function referInitiative(i: ast.Inisiatif): void {
        refer(i, 'Elemen', [...i.mewujudkan, ...i.mengubah, ...i.menghentikan]);
        refer(i, 'Elemen', i.mewujudkan, realizes as NamedEdge[]);
        refer(i, 'Elemen', i.menghentikan, retires as NamedEdge[]);
    }

    let signature: string | undefined;
    return {
        builtin, declared, agencies, roadmaps, elements, initiatives, ruleSets, assessments, refers, realizes, retires, via, produces,
        signature: () => signature ??= signatureOf(declared, refers, via, produces, agencies, roadmaps, initiatives, assessments, ruleSets, builtin)
    };
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
