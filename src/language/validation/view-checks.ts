// Rules of named views (`tampilan`): built-in names kept for the built-in views, each property once,
// selectors that fit the kind of view, sound values, and rules that show something and do not cancel each
// other out. "Shows nothing" and "cancelled" come from the one resolver of view rules (view-rules.ts), run on
// the workspace as written (WorkspaceFacts.viewInput), so the editor warns about what the diagram will be.
import type { ValidationAcceptor } from 'langium';
import { ELEMENT_STATUSES, INITIATIVE_STATUSES } from '../../common/vocabulary.js';
import { VIEW_OPTION_LIMITS } from '../../common/view-options.js';
import * as ast from '../generated/ast.js';
import { readSelector, readViewRules, viewKindOf, writtenName } from '../view-ast.js';
import { AROUND_DEPTH, hidesArrows, resolveView, SELECTORS_BY_KIND, type SelectorKind, type ViewSelector } from '../view-rules.js';
import type { RuleChecks, RuleContext } from './context.js';
import { report } from './report.js';
import { Rules } from './rules.js';

/** The built-in views' names (spbe render --view, the panels). */
export const BUILTIN_VIEW_NAMES = ['arsitektur', 'peta-rencana'] as const;

const KIND_WORD = { architecture: 'arsitektur', roadmap: 'peta-rencana' } as const;

/** The keyword that writes each selector, for messages. */
const SELECTOR_WORD: Record<SelectorKind, string> = {
    all: 'semua', elements: 'elemen', domains: 'domain', units: 'unit', codes: 'kode', statuses: 'status', relations: 'relasi',
    muatan: 'muatan', initiatives: 'inisiatif', years: 'tahun',
};

const line = (node: ast.AturanTampilan) => (node.$cstNode?.range.start.line ?? 0) + 1;

export function viewChecks(ctx: RuleContext): RuleChecks {
    const checkName = (node: ast.Tampilan, accept: ValidationAcceptor) => {
        const builtin = BUILTIN_VIEW_NAMES.find(b => b === node.name?.toLowerCase());
        if (!builtin) return;
        report(accept, Rules.viewBuiltinName, {
            id: `'${node.name}' adalah nama tampilan bawaan (seluruh ${builtin === 'arsitektur' ? 'arsitektur' : 'peta rencana'}); \`spbe render --view\` dan panel tidak dapat membedakannya. Beri tampilan ini nama lain.`,
            en: `'${node.name}' is the name of a built-in view (the whole ${builtin === 'arsitektur' ? 'architecture' : 'roadmap'}); \`spbe render --view\` and the panels could not tell them apart. Give this view another name.`
        }, { node, property: 'name' });
    };

    const checkOnce = (node: ast.Tampilan, accept: ValidationAcceptor) => {
        for (const [property, keyword] of [['deskripsi', 'deskripsi'], ['jenis', 'jenis'], ['padaTahun', 'pada-tahun']] as const) {
            const values = node[property] as unknown[];
            for (let i = 1; i < values.length; i++) {
                report(accept, Rules.viewPropertyTwice, {
                    id: `\`${keyword}\` sudah ditulis untuk tampilan ${node.name}; tulis sekali saja (yang pertama berlaku).`,
                    en: `\`${keyword}\` is already given for view ${node.name}; write it once (the first one counts).`
                }, { node, property, index: i });
            }
        }
    };

    const checkFits = (node: ast.Tampilan, accept: ValidationAcceptor) => {
        const kind = viewKindOf(node);
        if (kind === 'roadmap' && node.padaTahun.length) {
            report(accept, Rules.viewSelectorKind, {
                id: '`pada-tahun` menggambar arsitektur pada akhir suatu tahun; tampilan peta rencana menunjukkan semua tahun. Hapus, atau pilih tahun dengan `sertakan tahun 2025 - 2026`.',
                en: '`pada-tahun` draws the architecture as of the end of a year; a roadmap view shows every year. Remove it, or select years with `sertakan tahun 2025 - 2026`.'
            }, { node, property: 'padaTahun', index: 0 });
        }
        for (const rule of node.aturan) {
            for (const p of rule.pemilih) {
                const selector = readSelectorKind(p);
                if (!SELECTORS_BY_KIND[kind].includes(selector)) {
                    const other = kind === 'architecture' ? 'roadmap' : 'architecture';
                    report(accept, Rules.viewSelectorKind, {
                        id: `\`${SELECTOR_WORD[selector]}\` tidak berlaku untuk tampilan ${KIND_WORD[kind]}${SELECTORS_BY_KIND[other].includes(selector) ? `; gunakan dalam tampilan \`jenis ${KIND_WORD[other]}\`` : ''}. Yang berlaku: ${SELECTORS_BY_KIND[kind].map(s => SELECTOR_WORD[s]).join(', ')}.`,
                        en: `\`${SELECTOR_WORD[selector]}\` does not apply to a${kind === 'architecture' ? 'n architecture' : ' roadmap'} view${SELECTORS_BY_KIND[other].includes(selector) ? `; use it in a \`jenis ${KIND_WORD[other]}\` view` : ''}. What applies: ${SELECTORS_BY_KIND[kind].map(s => SELECTOR_WORD[s]).join(', ')}.`
                    }, { node: p });
                } else if (ast.isPemilihStatus(p)) {
                    const allowed: readonly string[] = kind === 'architecture' ? ELEMENT_STATUSES : INITIATIVE_STATUSES;
                    p.status.forEach((status, index) => {
                        if (allowed.includes(status)) return;
                        report(accept, Rules.viewSelectorKind, {
                            id: `\`${status}\` adalah status ${kind === 'architecture' ? 'inisiatif' : 'elemen'}; dalam tampilan ${KIND_WORD[kind]} statusnya ${allowed.join(', ')}.`,
                            en: `\`${status}\` is a${kind === 'architecture' ? 'n initiative' : 'n element'} status; in a${kind === 'architecture' ? 'n architecture' : ' roadmap'} view the statuses are ${allowed.join(', ')}.`
                        }, { node: p, property: 'status', index });
                    });
                }
            }
        }
    };

    const checkValues = (node: ast.Tampilan, accept: ValidationAcceptor) => {
        const year = node.padaTahun[0];
        const { min, max } = VIEW_OPTION_LIMITS.year;
        if (year !== undefined && !(Number.isInteger(year) && year >= min && year <= max)) {
            report(accept, Rules.viewValue, {
                id: `\`pada-tahun\` memerlukan tahun bulat antara ${min} dan ${max}, bukan ${year}.`,
                en: `\`pada-tahun\` needs a whole year from ${min} to ${max}, not ${year}.`
            }, { node, property: 'padaTahun', index: 0 });
        }
        for (const rule of node.aturan) {
            const depth = rule.kedalaman;
            if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0 && depth <= AROUND_DEPTH.max)) {
                report(accept, Rules.viewValue, {
                    id: `\`kedalaman\` adalah jumlah langkah relasi: bilangan bulat 0 sampai ${AROUND_DEPTH.max}, bukan ${depth}.`,
                    en: `\`kedalaman\` is a number of relation steps: a whole number from 0 to ${AROUND_DEPTH.max}, not ${depth}.`
                }, { node: rule, property: 'kedalaman' });
            }
            for (const p of rule.pemilih) {
                if (!ast.isPemilihTahun(p) || !p.tahun) continue;
                const bad = [p.tahun.mulai, p.tahun.selesai].find(y => y !== undefined && !Number.isInteger(y));
                if (bad !== undefined) {
                    report(accept, Rules.viewValue, {
                        id: `Tahun dalam \`tahun\` harus bilangan bulat, bukan ${bad}.`,
                        en: `The years of \`tahun\` must be whole years, not ${bad}.`
                    }, { node: p, property: 'tahun' });
                }
            }
        }
    };

    /** Shows nothing, or rules that cancel each other: what the resolver makes of the rules in this workspace. */
    const checkEffect = (node: ast.Tampilan, accept: ValidationAcceptor) => {
        if (!node.name) return;
        if (!node.aturan.some(r => r.sertakan)) {
            report(accept, Rules.viewEmpty, {
                id: `Tampilan ${node.name} tidak menampilkan apa pun: tidak ada aturan \`sertakan\` (tampilan dimulai kosong). Tambahkan mis. \`sertakan semua\` atau \`sertakan domain aplikasi\`.`,
                en: `View ${node.name} shows nothing: it has no \`sertakan\` rule (a view starts empty). Add one, e.g. \`sertakan semua\` or \`sertakan domain aplikasi\`.`
            }, { node, property: 'name' });
            return;
        }
        const kind = viewKindOf(node);
        const rules = readViewRules(node, writtenName);
        const resolved = resolveView(ctx.facts().viewInput, { kind, rules });
        if (resolved.ids.length === 0) {
            const what = kind === 'architecture' ? { id: 'elemen', en: 'element' } : { id: 'inisiatif', en: 'initiative' };
            report(accept, Rules.viewEmpty, {
                id: `Tampilan ${node.name} tidak menampilkan apa pun: aturannya tidak memilih satu ${what.id} pun di workspace ini.`,
                en: `View ${node.name} shows nothing: its rules select no ${what.en} in this workspace.`
            }, { node, property: 'name' });
        }
        node.aturan.forEach((rule, r) => {
            const cancelledBy = resolved.effects[r]?.cancelledBy;
            if (cancelledBy?.length) {
                const lines = cancelledBy.map(j => line(node.aturan[j]));
                report(accept, Rules.viewContradiction, {
                    id: `Semua yang ditambahkan aturan ini dihapus lagi oleh \`kecualikan\` di baris ${lines.join(', ')}: aturan ini tidak berpengaruh. Hapus salah satunya, atau persempit pengecualiannya.`,
                    en: `Everything this rule adds is removed again by the \`kecualikan\` on line ${lines.join(', ')}: the rule has no effect. Remove one of them, or narrow the exclusion.`
                }, { node: rule });
                return;
            }
            const clash = disjointPair(rule.pemilih);
            if (clash) {
                const word = SELECTOR_WORD[clash.selector.kind];
                const both = clash.values ? `${word} ${clash.values.join(', ')}` : undefined;
                report(accept, Rules.viewContradiction, {
                    id: `Selektor yang digabung \`dan\` harus cocok semuanya, dan tidak ada yang cocok dengan \`${word}\` ini sekaligus \`${word}\` sebelumnya: aturan ini tidak memilih apa pun.${both ? ` Untuk memilih keduanya tulis satu daftar, mis. \`${both}\`.` : ''}`,
                    en: `Selectors joined by \`dan\` must all match, and nothing matches this \`${word}\` as well as the \`${word}\` before it: the rule selects nothing.${both ? ` To select both, write one list, e.g. \`${both}\`.` : ''}`
                }, { node: clash.node });
                return;
            }
            if (hidesArrows(rules[r])) {
                const hidden = new Set(rules[r].selectors.flatMap(s => s.kind === 'relations' ? s.relations : []));
                const includer = node.aturan.findIndex((other, j) => other.sertakan && rules[j].selectors.length > 0 &&
                    rules[j].selectors.every(s => s.kind === 'relations' && s.relations.some(k => hidden.has(k))));
                if (includer >= 0) {
                    report(accept, Rules.viewContradiction, {
                        id: `Aturan ini menyembunyikan panah relasi yang dibawa masuk oleh \`sertakan relasi\` di baris ${line(node.aturan[includer])}. Hapus salah satunya.`,
                        en: `This rule hides the arrows of the relations that \`sertakan relasi\` on line ${line(node.aturan[includer])} brings in. Remove one of them.`
                    }, { node: rule });
                }
            }
        });
    };

    return { Tampilan: [checkName, checkOnce, checkFits, checkValues, checkEffect] };
}

function readSelectorKind(p: ast.Pemilih): SelectorKind {
    return readSelector(p, writtenName).kind;
}

/**
 * In a rule of selectors joined by `dan`, a selector of a one-valued property (an element has one domain,
 * one status, one name; an initiative one muatan and one span of years) that shares no value with an
 * earlier selector of the same kind: nothing can match both. `values`: the two lists as one.
 */
function disjointPair(pemilih: readonly ast.Pemilih[]): { node: ast.Pemilih; selector: ViewSelector; values?: string[] } | undefined {
    const values = (s: ViewSelector): readonly string[] | undefined => {
        switch (s.kind) {
            case 'domains': return s.domains;
            case 'statuses': return s.statuses;
            case 'muatan': return s.muatan;
            case 'elements': case 'initiatives': return s.ids;
            default: return undefined;
        }
    };
    const seen: ViewSelector[] = [];
    for (const node of pemilih) {
        const s = readSelector(node, writtenName);
        for (const earlier of seen) {
            if (earlier.kind !== s.kind) continue;
            if (s.kind === 'years' && earlier.kind === 'years' && (s.start > earlier.end || s.end < earlier.start)) return { node, selector: s };
            const a = values(earlier), b = values(s);
            if (a && b && !a.some(v => b.includes(v))) return { node, selector: s, values: [...a, ...b] };
        }
        seen.push(s);
    }
    return undefined;
}
