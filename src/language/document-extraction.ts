// What one document declares and relates, read from its own AST: its declarations by kind, the names it
// puts in the global scope, and every relation written in it (RELATIONS), as references that may or may
// not resolve. Validation's workspace facts read the names written ($refText: document-facts.ts), the
// semantic model the resolved links (model/build-model.ts); both take them from here. A document's
// extraction is kept until the document is parsed again, so an edit re-reads that document alone.
import type { AstNode, LangiumDocument, Reference } from 'langium';
import * as ast from './generated/ast.js';
import { RELATIONS, type RelationKind, type RelationRow } from './relations.js';
import { isBuiltinUri } from '../reference/builtin-library.js';

/** A relation as written: `from` relates to the element `target` names (resolved or not). */
export interface WrittenRelation {
    readonly kind: RelationKind;
    readonly from: ast.Elemen;
    readonly target: Reference<ast.Elemen>;
    /** The type the target must have (`Elemen`: any element). */
    readonly targetType: string;
    /** The service bus of an integration. */
    readonly via?: Reference<ast.Infrastruktur>;
    readonly viaType?: string;
    /** Where it is written: the element, or the Integrasi of an integration. */
    readonly node: AstNode;
}

export interface DocumentExtraction {
    readonly builtin: boolean;
    /** Declarations that live in the global scope: [name (codes as `kode X`), node]. None for a built-in document. */
    readonly declared: readonly (readonly [string, AstNode])[];
    readonly agencies: readonly ast.Instansi[];
    readonly units: readonly ast.Unit[];
    readonly elements: readonly ast.Elemen[];
    readonly roadmaps: readonly ast.PetaRencana[];
    readonly initiatives: readonly ast.Inisiatif[];
    readonly milestones: readonly ast.Tonggak[];
    /** Index rule sets, of built-in documents too. */
    readonly ruleSets: readonly ast.AturanIndeks[];
    readonly assessments: readonly ast.Penilaian[];
    /** Named views (`tampilan`). Their names are declared as `tampilan X`: views are a namespace of their own. */
    readonly views: readonly ast.Tampilan[];
    /** Each element's relations, element by element, in the order of RELATIONS; unnamed elements' too. */
    readonly relations: readonly WrittenRelation[];
}

// Every row names a list property of its element type: a row the grammar does not have fails to compile.
type RowMatchesGrammar<R> = R extends { from: infer F extends keyof ast.SpbeAstType; property: infer P }
    ? P extends keyof ast.SpbeAstType[F] ? (ast.SpbeAstType[F][P] extends readonly unknown[] ? true : false) : false
    : false;
const rowsMatchGrammar: RowMatchesGrammar<RelationRow> extends true ? true : false = true;
void rowsMatchGrammar;

const ROWS_BY_TYPE = new Map<string, RelationRow[]>();
for (const row of RELATIONS) ROWS_BY_TYPE.set(row.from, [...(ROWS_BY_TYPE.get(row.from) ?? []), row]);

/** The relations an element writes, in the order of RELATIONS, then of the text. */
export function relationsOf(element: ast.Elemen): WrittenRelation[] {
    const out: WrittenRelation[] = [];
    for (const row of ROWS_BY_TYPE.get(element.$type) ?? []) {
        const items = (element as unknown as Record<string, unknown>)[row.property];
        if (!Array.isArray(items)) continue;
        for (const item of items as (Reference<ast.Elemen> | ast.Integrasi)[]) {
            if (ast.isIntegrasi(item)) {
                out.push({ kind: row.kind, from: element, target: item.target, targetType: row.to, via: item.bus, viaType: 'via' in row ? row.via : undefined, node: item });
            } else {
                out.push({ kind: row.kind, from: element, target: item, targetType: row.to, node: element });
            }
        }
    }
    return out;
}

export function extractDocument(root: AstNode, builtin: boolean): DocumentExtraction {
    const declared: [string, AstNode][] = [];
    const agencies: ast.Instansi[] = [], units: ast.Unit[] = [], elements: ast.Elemen[] = [], roadmaps: ast.PetaRencana[] = [];
    const initiatives: ast.Inisiatif[] = [], milestones: ast.Tonggak[] = [], ruleSets: ast.AturanIndeks[] = [], assessments: ast.Penilaian[] = [];
    const relations: WrittenRelation[] = [];
    const views: ast.Tampilan[] = [];
    const declare = (name: string | undefined, node: AstNode) => { if (name) declared.push([name, node]); };
    if (ast.isModel(root)) {
        for (const decl of root.declarations) {
            if (ast.isAturanIndeks(decl)) ruleSets.push(decl);
            if (builtin) continue;
            if (ast.isPenilaian(decl)) { assessments.push(decl); continue; }
            if (ast.isReferensi(decl)) continue; // a workspace set may reuse a built-in name on purpose
            if (ast.isKodeReferensi(decl)) { declare(decl.name && 'kode ' + decl.name, decl); continue; }
            if (ast.isTampilan(decl)) { declare(decl.name && 'tampilan ' + decl.name, decl); views.push(decl); continue; }
            declare(decl.name, decl);
            // A nameless instansi (its name lost to a syntax error) is left out, as in the semantic model.
            if (ast.isInstansi(decl)) { if (decl.name !== undefined) agencies.push(decl); }
            else if (ast.isUnit(decl)) units.push(decl);
            else if (ast.isElemen(decl)) { elements.push(decl); for (const r of relationsOf(decl)) relations.push(r); }
            else if (ast.isPetaRencana(decl)) {
                roadmaps.push(decl);
                for (const i of decl.inisiatif) { declare(i.name, i); initiatives.push(i); }
                for (const m of decl.tonggak) { declare(m.name, m); milestones.push(m); }
            }
        }
    }
    return { builtin, declared, agencies, units, elements, roadmaps, initiatives, milestones, ruleSets, assessments, views, relations };
}

/** Each document's extraction, kept until its AST is replaced (a new parse). */
export class DocumentExtractions {
    private readonly cache = new WeakMap<AstNode, DocumentExtraction>();

    of(document: LangiumDocument): DocumentExtraction | undefined {
        const root = document.parseResult?.value;
        if (!root) return undefined;
        let extraction = this.cache.get(root);
        if (!extraction) this.cache.set(root, extraction = extractDocument(root, isBuiltinUri(document.uri)));
        return extraction;
    }
}
