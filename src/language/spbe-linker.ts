// Linking errors in words an architect understands, naming what was not found and what to do.
import type { AstNodeDescription, LinkingError, ReferenceInfo } from 'langium';
import { DefaultLinker } from 'langium';
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
        this.language = () => services.shared.environment.DisplayLanguage;
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
