// Small helpers the exporters share: labels, look-ups and number formats. No I/O.
import type { ArchElement, Domain, SemanticModel } from '../model/types.js';
export { DOMAIN_TITLES, MUATAN_TITLES } from '../model/labels.js';
import type { Lang, Texts } from '../common/i18n.js';

/** Short domain names used in file names and view ids. */
export const DOMAIN_SLUG: Record<Domain, string> = {
    layanan: 'layanan', proses: 'proses-bisnis', data: 'data', aplikasi: 'aplikasi', infrastruktur: 'infrastruktur', keamanan: 'keamanan'
};

export function label(texts: Texts, lang: Lang): string {
    return texts[lang];
}

/** Looks up names by id: units, elements, initiatives. */
export class Names {
    private readonly units: Map<string, string>;
    private readonly elements: Map<string, ArchElement>;
    constructor(model: SemanticModel) {
        this.units = new Map(model.units.map(u => [u.id, u.name]));
        this.elements = new Map(model.elements.map(e => [e.id, e]));
    }
    unit(id: string | undefined): string {
        return id === undefined ? '' : this.units.get(id) ?? id;
    }
    element(id: string): string {
        return this.elements.get(id)?.name ?? id;
    }
    get(id: string): ArchElement | undefined {
        return this.elements.get(id);
    }
}

/** `2023` or `2023–2024`. */
export function years(start: number | undefined, end: number | undefined): string {
    if (start === undefined) return '';
    return end === undefined || end === start ? String(start) : `${start}–${end}`;
}

/** Rupiah with Indonesian digit grouping: Rp 1.500.000.000. */
export function rupiah(amount: number | undefined): string {
    if (amount === undefined) return '';
    const whole = Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return `Rp ${whole}`;
}

/** `37: 2023→3, 2024→4` per indicator; with names, `37 Layanan Kearsipan: 2023→3, 2024→4`. */
export function targetsText(targets: { indicator: number; targets: { year: number; level: number }[] }[], names?: ReadonlyMap<number, string>): string {
    return targets.map(t => `${t.indicator}${names?.get(t.indicator) ? ` ${names.get(t.indicator)}` : ''}: ${t.targets.map(x => `${x.year}→${x.level}`).join(', ')}`).join('; ');
}
