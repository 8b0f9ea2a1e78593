// Aplikasi Umum: the national shared applications every agency must use. (An unknown `umum X` is a
// linking error, reported as SPBE-A01 by the document validator.)
import type { ValidationAcceptor } from 'langium';
import { GrammarUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { insertProperty, replace, replaceProperty, type QuickFix } from './fixes.js';
import { codeLevel } from '../../reference/codes.js';
import { report } from './report.js';
import { Rules } from './rules.js';

const UMUM = 'RAA.01';
const KHUSUS = 'RAA.02';

function under(code: string | undefined, root: string): boolean {
    return !!code && (code === root || code.startsWith(root + '.'));
}

export function aplikasiUmumChecks(ctx: RuleContext): RuleChecks {
    const catalog = ctx.catalog;

    /** Public services delivered through the app make it a public-service application (RAA.01.01), else RAA.01.02. */
    const umumCodeFor = (node: ast.Aplikasi): string => {
        const services = ctx.facts().servicesVia(node);
        return services.some(s => s.jenis === 'publik') ? 'RAA.01.01' : 'RAA.01.02';
    };

    const codeFixes = (node: ast.Aplikasi, root: string, preferred?: string): QuickFix[] => {
        const children = catalog.children(root).map(c => c.name);
        const ordered = preferred ? [preferred, ...children.filter(c => c !== preferred)] : children;
        const fixes: QuickFix[] = [];
        for (const code of ordered) {
            const edit = replaceProperty(node, 'kode', code);
            // A code the workspace declares may have no title (found by the fuzzer: "Use code RAA.02.02 (undefined)").
            const title = catalog.lookup(code)?.title;
            const name = title ? ` (${title})` : '';
            if (edit) fixes.push({ title: t({ id: `Ganti kode dengan ${code}${name}`, en: `Use code ${code}${name}` }), edits: [edit], preferred: code === ordered[0] });
        }
        return fixes;
    };

    const checkKind = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        if (node.umum && node.khusus) {
            const khusus = GrammarUtils.findNodeForKeyword(node.$cstNode, 'khusus');
            report(accept, Rules.umumAndKhusus, {
                id: `${node.name} dinyatakan sekaligus Aplikasi Umum (umum ${node.umum.$refText}) dan Aplikasi Khusus. Pilih salah satu.`,
                en: `${node.name} is declared both an Aplikasi Umum (umum ${node.umum.$refText}) and an Aplikasi Khusus. Choose one.`
            }, { node, keyword: 'khusus' }, khusus ? [{ title: t({ id: 'Hapus `khusus`', en: 'Remove `khusus`' }), edits: [replace(khusus.range, '')], preferred: true }] : []);
            return;
        }
        const code = node.kode?.ref?.name;
        if (!code) return;
        if (node.umum && under(code, KHUSUS)) {
            report(accept, Rules.raaKind, {
                id: `${node.name} adalah Aplikasi Umum (umum ${node.umum.$refText}) tetapi berkode ${code} (Aplikasi Khusus). Aplikasi Umum dikodekan di bawah ${UMUM}.`,
                en: `${node.name} is an Aplikasi Umum (umum ${node.umum.$refText}) but is coded ${code} (Aplikasi Khusus). Aplikasi Umum are coded under ${UMUM}.`
            }, { node, property: 'kode' }, codeFixes(node, UMUM, umumCodeFor(node)));
        } else if (!node.umum && under(code, UMUM)) {
            report(accept, Rules.raaKind, {
                id: `${node.name} berkode ${code} (Aplikasi Umum) tetapi ${node.khusus ? 'dinyatakan `khusus`' : 'tidak menyebut Aplikasi Umum mana (`umum X`)'}. Aplikasi Khusus dikodekan di bawah ${KHUSUS}.`,
                en: `${node.name} is coded ${code} (Aplikasi Umum) but ${node.khusus ? 'is declared `khusus`' : 'names no shared application (`umum X`)'}. Aplikasi Khusus are coded under ${KHUSUS}.`
            }, { node, property: 'kode' }, codeFixes(node, KHUSUS));
        }
    };

    // An agency-specific application doing what a shared application already does needs a justification.
    const checkDuplicatesSharedApp = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        const khusus = node.khusus || (!node.umum && under(node.kode?.ref?.name, KHUSUS));
        if (!khusus || node.umum || node.justifikasi !== undefined) return;
        // Integrating the shared application (e.g. a super app that forwards to SP4N-LAPOR!) is using it.
        // An integration cut short by a syntax error has no target (found by the fuzzer, seed 1 input 1344).
        const integratedShared = new Set(node.integrasi.map(i => i.target?.ref?.umum?.ref?.name).filter((n): n is string => !!n));
        const processes = new Map<string, ast.Proses>();
        for (const p of node.mendukung) if (p.ref) processes.set(p.ref.name, p.ref);
        for (const service of ctx.facts().servicesVia(node)) {
            for (const p of service.didukungOleh) if (p.ref) processes.set(p.ref.name, p.ref);
        }
        const hits: { app: ast.AplikasiUmum; process: ast.Proses; code: string }[] = [];
        for (const app of catalog.table().aplikasiUmum.values()) {
            if (integratedShared.has(app.name)) continue;
            for (const process of processes.values()) {
                const code = process.kode?.ref?.name;
                const covered = code && app.mencakup.some(c => under(code, c.$refText));
                if (covered && !hits.some(h => h.app === app)) hits.push({ app, process, code });
            }
        }
        if (hits.length === 0) return;
        const first = hits[0];
        const list = hits.map(h => `${h.app.name} (${h.app.fungsi ?? h.app.title}; ${h.process.name} ${h.code})`).join(', ');
        const fixes: QuickFix[] = [];
        const useShared: QuickFix = { title: t({ id: `Gunakan Aplikasi Umum ${first.app.name}`, en: `Use the shared application ${first.app.name}` }), edits: [], preferred: true };
        const keyword = GrammarUtils.findNodeForKeyword(node.$cstNode, 'khusus');
        const umumEdit = keyword ? replace(keyword.range, `umum ${first.app.name}`) : insertProperty(node, `umum ${first.app.name}`);
        if (umumEdit) useShared.edits.push(umumEdit);
        const codeEdit = node.kode ? replaceProperty(node, 'kode', umumCodeFor(node)) : undefined;
        if (codeEdit) useShared.edits.push(codeEdit);
        if (useShared.edits.length) fixes.push(useShared);
        const stub = insertProperty(node, `justifikasi "${t({ id: `Alasan tidak memakai ${first.app.name}: ...`, en: `Why ${first.app.name} is not used: ...` })}"`);
        if (stub) fixes.push({ title: t({ id: 'Tambahkan justifikasi', en: 'Add a justification' }), edits: [stub] });
        report(accept, Rules.duplicatesSharedApp, {
            id: `${node.name} adalah aplikasi khusus untuk fungsi yang sudah dicakup Aplikasi Umum ${list}. Gunakan Aplikasi Umum itu, atau catat alasannya dengan \`justifikasi "..."\`.`,
            en: `${node.name} is an agency-specific application for a function the shared application ${list} already covers. Use the shared application, or record why not with \`justifikasi "..."\`.`
        }, keyword ? { node, keyword: 'khusus' } : { node, property: 'name' }, fixes);
    };

    // One agency uses an Aplikasi Umum once: a second instance is a duplicate or a mislabelled application.
    const checkSharedAppOnce = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        const name = node.umum?.$refText;
        if (!name || node.status === 'dihentikan') return;
        const instances = ctx.facts().sharedAppInstances(name);
        if (instances.length < 2) return;
        const others = instances.filter(a => a !== node).map(a => a.name);
        report(accept, Rules.sharedAppTwice, {
            id: `Aplikasi Umum ${name} dimodelkan lebih dari sekali (juga ${others.join(', ')}). Satu instansi memakai satu ${name}: gabungkan elemennya, atau hentikan yang lama (\`status dihentikan\`).`,
            en: `The Aplikasi Umum ${name} is modeled more than once (also ${others.join(', ')}). An agency uses one ${name}: merge the elements, or retire the old one (\`status dihentikan\`).`
        }, { node, property: 'umum' });
    };

    // `umum X` says the application is X; a process it supports that X's catalog entry does not cover is
    // another function (a mislabelled application, or the wrong Aplikasi Umum).
    const checkSharedAppCoverage = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        const app = node.umum?.ref;
        if (!app || app.mencakup.length === 0) return;
        const covers = app.mencakup.map(c => c.$refText);
        node.mendukung.forEach((ref, index) => {
            const code = ref.ref?.kode?.ref?.name;
            if (!code || !code.startsWith('RAB.') || codeLevel(code) < 3 || covers.some(c => under(code, c))) return;
            const what = app.fungsi ?? app.title;
            const about = what ? ` (${what})` : '';
            report(accept, Rules.sharedAppScope, {
                id: `${node.name} adalah ${app.name}${about}, tetapi mendukung ${ref.ref!.name} (${code}) yang tidak dicakup ${app.name} (${covers.join(', ')}). Periksa apakah ini aplikasi lain, atau Aplikasi Umum yang lain.`,
                en: `${node.name} is ${app.name}${about}, but supports ${ref.ref!.name} (${code}), which ${app.name} does not cover (${covers.join(', ')}). Check whether this is another application, or another Aplikasi Umum.`
            }, { node, property: 'mendukung', index });
        });
    };

    // The regulation knows two kinds of application (Perpres 95/2018 Art. 1): umum (shared) or khusus.
    const checkKindStated = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        if (node.umum || node.khusus || node.status === 'dihentikan') return;
        const code = node.kode?.ref?.name;
        if (under(code, UMUM) || under(code, KHUSUS)) return;
        const edit = insertProperty(node, 'khusus');
        report(accept, Rules.appKindMissing, {
            id: `Aplikasi ${node.name} tidak dinyatakan Aplikasi Umum (\`umum X\`) maupun Aplikasi Khusus (\`khusus\`), dan kodenya tidak menunjukkannya.`,
            en: `Application ${node.name} is declared neither an Aplikasi Umum (\`umum X\`) nor an Aplikasi Khusus (\`khusus\`), and no RAA code tells which.`
        }, { node, property: 'name' }, edit ? [{ title: t({ id: 'Tandai `khusus`', en: 'Mark `khusus`' }), edits: [edit] }] : []);
    };

    return { Aplikasi: [checkKind, checkDuplicatesSharedApp, checkSharedAppOnce, checkSharedAppCoverage, checkKindStated] };
}
