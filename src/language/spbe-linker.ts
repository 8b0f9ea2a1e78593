// Linking errors in words an architect understands, naming what was not found and what to do; and references
// that are instances of a class (see LinkedReference).
import type { AstNode, AstNodeDescription, CstNode, LangiumDocument, LinkingError, Reference, ReferenceInfo } from 'langium';
import { AstUtils, DefaultLinker, DocumentState, isAstNode, isAstNodeDescription, isLinkingError, RefResolving } from 'langium';
import { t, type DisplayLanguage } from '../common/i18n.js';
import type { SpbeServices } from './spbe-module.js';

const KIND_NAMES: Record<string, { id: string; en: string }> = {
    Unit: { id: 'unit', en: 'unit' },
    Proses: { id: 'proses bisnis', en: 'business process' },
    Data: { id: 'data', en: 'data set' },
    Layanan: { id: 'layanan', en: 'service' },
    Aplikasi: { id: 'aplikasi', en: 'application' },
    Infrastruktur: { id: 'infrastruktur', en: 'infrastructure element' },
    Keamanan: { id: 'keamanan', en: 'security element' },
    Elemen: { id: 'elemen arsitektur', en: 'architecture element' },
    Inisiatif: { id: 'inisiatif', en: 'initiative' },
    Referensi: { id: 'set referensi', en: 'reference set' },
    AturanIndeks: { id: 'aturan indeks', en: 'index rule set' },
    AspekIndeks: { id: 'aspek indeks', en: 'index aspect' },
    DomainIndeks: { id: 'domain indeks', en: 'index domain' },
};

export class SpbeLinker extends DefaultLinker {
    /** Read when a message is made: the parser creates the linker before the shared services may have one. */
    private readonly language: () => DisplayLanguage;

    constructor(services: SpbeServices) {
        super(services);
        let language: DisplayLanguage | undefined;
        this.language = () => language ??= services.shared.environment.DisplayLanguage;
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new LinkedReference(this as unknown as LinkerInternals, node, property, refNode, refText);
    }

    /**
     * As Langium's: every reference the document resolved is made unresolved again. Langium deletes the
     * found candidate; a LinkedReference has the field from the start and it is cleared instead (a delete is a
     * runtime call per reference: ~8 ms of each keystroke that relinks the documents referring to the edited one).
     */
    override unlink(document: LangiumDocument): void {
        for (const ref of document.references) {
            if (ref instanceof LinkedReference) {
                ref._ref = undefined;
                ref._nodeDescription = undefined;
            } else if ('_ref' in ref) {
                ref._ref = undefined;
                delete (ref as { _nodeDescription?: unknown })._nodeDescription;
            } else if ('_items' in ref) {
                (ref as { _items?: unknown })._items = undefined;
                delete (ref as { _linkingError?: unknown })._linkingError;
            }
        }
        document.references = [];
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        return this.language().run(() => this.describe(super.createLinkingError(refInfo, targetDescription), refInfo));
    }

    private describe(error: LinkingError, refInfo: ReferenceInfo): LinkingError {
        const type = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        if (type === 'KodeReferensi') {
            error.message = t({
                id: `Kode referensi '${name}' tidak dikenal: tidak ada di referensi nasional maupun di kode yang didefinisikan instansi. Periksa penulisannya atau definisikan dengan \`kode ${name} "Nama"\`.`,
                en: `Unknown reference code '${name}': it is neither in the national reference nor defined by the agency. Check the spelling, or define it with \`kode ${name} "Name"\`.`
            });
        } else if (type === 'AplikasiUmum') {
            error.message = t({
                id: `'${name}' bukan Aplikasi Umum dalam katalog nasional. Gunakan nama dari katalog (misalnya SRIKANDI, SP4N-LAPOR, SPSE) atau tandai aplikasi sebagai \`khusus\`.`,
                en: `'${name}' is not an Aplikasi Umum in the national catalog. Use a catalog name (e.g. SRIKANDI, SP4N-LAPOR, SPSE) or mark the application \`khusus\`.`
            });
        } else {
            const kind = KIND_NAMES[type] ?? { id: type, en: type };
            error.message = t({
                id: `Tidak ada ${kind.id} bernama '${name}' di workspace. Periksa penulisannya atau deklarasikan ${kind.id} itu.`,
                en: `No ${kind.en} named '${name}' in the workspace. Check the spelling or declare that ${kind.en}.`
            });
        }
        return error;
    }
}

/** The linker's methods a reference calls (protected in Langium's DefaultLinker). */
interface LinkerInternals {
    loadAstNode(description: AstNodeDescription): AstNode | undefined;
    createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError;
    getLinkedNode(refInfo: ReferenceInfo): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError };
    throwCyclicReferenceError(node: AstNode, property: string, refText: string): never;
}

/**
 * A cross-reference, resolved when it is first read: what Langium's DefaultLinker.buildReference returns, step
 * for step, as a class instead of an object literal with getters. V8 keeps such a literal as a hash table
 * (~430 bytes) with three closures: 60 MB for the 94,000 references of a 20,000-element workspace, against
 * ~50 bytes here, and a property read is a hash look-up there. The fields Langium's linker reads and writes
 * (`_ref`, `_nodeDescription`) are the same; what the closures held is in private fields, which no
 * enumeration, JSON or comparison sees.
 */
class LinkedReference implements Reference {
    // Own properties in the order of Langium's literal, and the candidate found (Langium adds it when found).
    readonly $refNode: CstNode | undefined;
    readonly $refText: string;
    _ref: AstNode | LinkingError | typeof RefResolving | undefined;
    _nodeDescription: AstNodeDescription | undefined;
    readonly #linker: LinkerInternals;
    readonly #node: AstNode;
    readonly #property: string;

    constructor(linker: LinkerInternals, node: AstNode, property: string, refNode: CstNode | undefined, refText: string) {
        this.$refNode = refNode;
        this.$refText = refText;
        this._ref = undefined;
        this._nodeDescription = undefined;
        this.#linker = linker;
        this.#node = node;
        this.#property = property;
    }

    get ref(): AstNode | undefined {
        const linker = this.#linker;
        if (isAstNode(this._ref)) {
            // Most frequent case: the target is already resolved.
            return this._ref;
        } else if (isAstNodeDescription(this._nodeDescription)) {
            // A candidate has been found before, but it is not loaded yet.
            const linkedNode = linker.loadAstNode(this._nodeDescription);
            this._ref = linkedNode ?? linker.createLinkingError({ reference: this, container: this.#node, property: this.#property }, this._nodeDescription);
        } else if (this._ref === undefined) {
            // The reference has not been linked yet, so do that now.
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(this.#node).$document;
            const refData = linker.getLinkedNode({ reference: this, container: this.#node, property: this.#property });
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // Document scope is not ready, don't set `this._ref` so linker can retry later.
                return this._ref = undefined;
            }
            this._ref = refData.node ?? refData.error;
            this._nodeDescription = refData.descr;
            document?.references.push(this);
        } else if (this._ref === RefResolving) {
            linker.throwCyclicReferenceError(this.#node, this.#property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}
