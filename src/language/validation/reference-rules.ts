// Reference conformance: codes that exist, belong to the element's domain, sit at the deepest national
// level, agency codes that hang under known codes, and services/data sets that mirror their processes.
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { ReferenceCatalog } from '../catalog.js';
import { codeAncestry, codeLevel, codePrefix, DOMAIN_PREFIX, levelName, parentCode, type DomainKind, type RefPrefix } from '../../reference/codes.js';
import { mirrorCodes } from '../../reference/mirrors.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { replaceProperty, type QuickFix } from './fixes.js';
import { report } from './report.js';
import { Rules } from './rules.js';
import { domainOf } from '../labels.js';
import { levenshtein } from '../../common/names.js';

const DOMAIN_NAMES: Record<DomainKind, { id: string; en: string }> = {
    proses: { id: 'proses bisnis', en: 'business process' }, data: { id: 'data', en: 'data set' },
    layanan: { id: 'layanan', en: 'service' }, aplikasi: { id: 'aplikasi', en: 'application' },
    infrastruktur: { id: 'infrastruktur', en: 'infrastructure element' }, keamanan: { id: 'keamanan', en: 'security element' },
};

/** A quick fix that replaces an element's `kode` by another code (named in the title). */
export function codeFix(node: ast.Elemen, catalog: ReferenceCatalog, code: string, preferred = false): QuickFix | undefined {
    const edit = replaceProperty(node, 'kode', code);
    if (!edit) return undefined;
    const name = catalog.lookup(code)?.title;
    return { title: t({ id: `Ganti dengan ${code}${name ? ` (${name})` : ''}`, en: `Use ${code}${name ? ` (${name})` : ''}` }), edits: [edit], preferred };
}

export { levenshtein };

/**
 * "Did you mean": known codes near an unknown one. Candidates are codes of the same reference and level
 * within edit distance 2, and the children of the nearest known ancestor at that level; closest first.
 */
export function suggestCodes(catalog: ReferenceCatalog, code: string, limit = 5): string[] {
    const prefix = codePrefix(code);
    const level = codeLevel(code);
    const candidates = new Map<string, number>();
    if (prefix) {
        for (const known of catalog.table().codes.keys()) {
            if (!known.startsWith(prefix + '.') || codeLevel(known) !== level) continue;
            const d = levenshtein(code, known);
            if (d <= 2) candidates.set(known, d);
        }
    }
    const ancestor = codeAncestry(code).slice(0, -1).reverse().find(c => catalog.lookup(c));
    if (ancestor && codeLevel(ancestor) === level - 1) {
        for (const child of catalog.children(ancestor)) {
            if (!candidates.has(child.name)) candidates.set(child.name, levenshtein(code, child.name));
        }
    }
    return [...candidates].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([c]) => c);
}

export function referenceChecks(ctx: RuleContext): RuleChecks {
    const catalog = ctx.catalog;

    const checkElementCode = (node: ast.Elemen, accept: ValidationAcceptor) => {
        const code = node.kode?.ref;
        if (!code) return; // absent, or unknown (SPBE-R01 comes from linking)
        const domain = domainOf(node);
        const expected = DOMAIN_PREFIX[domain];
        const prefix = codePrefix(code.name);
        if (prefix !== expected) {
            const mirrors = mirrorCodes(code.name, expected);
            const fixes = mirrors.map((m, i) => codeFix(node, catalog, m, i === 0)).filter((f): f is QuickFix => !!f);
            const names = DOMAIN_NAMES[domain];
            report(accept, Rules.wrongReference, {
                id: `${code.name} adalah kode ${prefix}, sedangkan ${names.id} dikodekan dengan ${expected}.${mirrors.length ? ` Padanannya: ${mirrors.join(', ')}.` : ''}`,
                en: `${code.name} is a ${prefix} code, but a ${names.en} is coded against ${expected}.${mirrors.length ? ` Its counterpart: ${mirrors.join(', ')}.` : ''}`
            }, { node, property: 'kode' }, fixes);
            return;
        }
        // Only deeper *national* codes count: an agency's own sub-levels may group processes under a fungsi.
        const national = catalog.table().national;
        const children = catalog.children(code.name).filter(c => national.has(c.name));
        if (children.length > 0 && domain !== 'infrastruktur' && domain !== 'keamanan') {
            const childLevel = levelName(children[0].name);
            // Codes a workspace declares may have no title.
            const titled = (c: { name: string; title?: string }, open = ' (', close = ')') => c.title ? `${c.name}${open}${c.title}${close}` : c.name;
            report(accept, Rules.tooShallow, {
                id: `${titled(code)} adalah ${levelName(code.name)}; lekatkan ${DOMAIN_NAMES[domain].id} pada ${childLevel} di bawahnya (${children.length} pilihan, mis. ${titled(children[0], ' ', '')}).`,
                en: `${titled(code)} is an ${levelName(code.name)}; attach the ${DOMAIN_NAMES[domain].en} to a ${childLevel} below it (${children.length} options, e.g. ${titled(children[0], ' ', '')}).`
            }, { node, property: 'kode' }, children.map(c => codeFix(node, catalog, c.name)).filter((f): f is QuickFix => !!f));
        }
    };

    // A service's RAL code should mirror the RAB code of a process that supports it.
    const checkServiceMirror = (node: ast.Layanan, accept: ValidationAcceptor) => {
        checkMirror(node, node.didukungOleh.map(r => r.ref).filter((p): p is ast.Proses => !!p), 'RAL', accept);
    };
    // A data set's RAD code should mirror the RAB code of a process that produces it.
    const checkDataMirror = (node: ast.Data, accept: ValidationAcceptor) => {
        checkMirror(node, ctx.facts().producersOf(node), 'RAD', accept);
    };
    const checkMirror = (node: ast.Layanan | ast.Data, processes: readonly ast.Proses[], target: RefPrefix, accept: ValidationAcceptor) => {
        const code = node.kode?.ref?.name;
        if (!code || codePrefix(code) !== target || codeLevel(code) < 3) return;
        const coded = processes.filter(p => p.kode?.ref && codePrefix(p.kode.ref.name) === 'RAB' && codeLevel(p.kode.ref.name) >= 3);
        const expected = [...new Set(coded.flatMap(p => mirrorCodes(p.kode!.ref!.name, target)))].sort();
        if (expected.length === 0) return; // nothing to compare with
        const own = mirrorCodes(code, target);
        if (own.some(c => expected.includes(c))) return;
        const rule = target === 'RAL' ? Rules.serviceMirror : Rules.dataMirror;
        const processList = coded.map(p => `${p.name} (${p.kode!.ref!.name})`).join(', ');
        const verb = target === 'RAL' ? { id: 'didukung oleh', en: 'is supported by' } : { id: 'dihasilkan oleh', en: 'is produced by' };
        report(accept, rule, {
            id: `${code} tidak sesuai dengan kode RAB proses: ${node.name} ${verb.id} ${processList}, yang padanan ${target}-nya ${expected.join(', ')}.`,
            en: `${code} does not mirror the processes' RAB codes: ${node.name} ${verb.en} ${processList}, whose ${target} counterpart is ${expected.join(', ')}.`
        }, { node, property: 'kode' }, expected.map((c, i) => codeFix(node, catalog, c, i === 0)).filter((f): f is QuickFix => !!f));
    };

    // Agency-defined codes (top-level `kode`) extend the national reference below a known code.
    const checkAgencyCode = (node: ast.KodeReferensi, accept: ValidationAcceptor) => {
        if (!ast.isModel(node.$container)) return; // codes inside a `referensi` set define that set
        if (!node.name) return; // `kode` without its code: a syntax error, reported by the parser (fuzzer, seed 5 input 97)
        const prefix = codePrefix(node.name);
        const table = catalog.table();
        if (table.national.has(node.name)) {
            report(accept, Rules.agencyCodeShadows, {
                id: `${node.name} sudah ada di referensi nasional ("${table.national.get(node.name)!.title}"); definisi instansi ini menimpanya. Hapus definisi ini atau pakai kode di bawahnya.`,
                en: `${node.name} is already in the national reference ("${table.national.get(node.name)!.title}"); this agency definition overrides it. Remove it, or define a code below it.`
            }, { node, property: 'name' });
            return;
        }
        if (prefix === 'RAI' || prefix === 'RAK') {
            // No national codes exist for RAI/RAK: an agency code needs only a known parent when it has one.
            const parent = parentCode(node.name);
            if (!parent || table.codes.has(parent)) return;
        }
        const parent = parentCode(node.name);
        if (parent && table.codes.has(parent)) return;
        const suggestions = parent ? suggestCodes(catalog, parent, 3) : [];
        report(accept, Rules.agencyCodeParent, {
            id: parent
                ? `Induk ${parent} dari kode ${node.name} tidak dikenal. Kode instansi ditambahkan di bawah kode yang ada${suggestions.length ? ` (mungkin ${suggestions.join(', ')}?)` : ''}.`
                : `Kode ${node.name} tidak punya induk: kode instansi ditambahkan di bawah level nasional, bukan sebagai ${prefix ?? 'referensi'} level 1.`,
            en: parent
                ? `The parent ${parent} of code ${node.name} is unknown. Agency codes are added below an existing code${suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : ''}.`
                : `Code ${node.name} has no parent: agency codes are added below the national levels, not as a new level-1 ${prefix ?? 'reference'} code.`
        }, { node, property: 'name' });
    };

    return {
        Proses: [checkElementCode], Data: [checkElementCode, checkDataMirror], Layanan: [checkElementCode, checkServiceMirror],
        Aplikasi: [checkElementCode], Infrastruktur: [checkElementCode], Keamanan: [checkElementCode],
        KodeReferensi: [checkAgencyCode],
    };
}
