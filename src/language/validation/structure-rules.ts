// Ownership and structure: who owns and produces each element, the facts a kind needs (a service's
// `jenis`, an infrastructure or security element's `kategori`), and structures that must not loop
// (units under units, reference sets on reference sets) or point at themselves.
import type { AstNode, Reference, ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { relationsOf } from '../document-extraction.js';
import { insertProperty, removeListItem, replaceProperty, type QuickFix } from './fixes.js';
import { report, type Where } from './report.js';
import { Rules } from './rules.js';

const retired = (node: ast.Elemen) => node.status === 'dihentikan';
const PUBLIC = 'RAL.01';
const ADMIN = 'RAL.02';
const under = (code: string | undefined, root: string) => !!code && (code === root || code.startsWith(root + '.'));

/** Every reference an element writes to an element (melindungi and integration buses included), with where it is and how to remove it. */
function allRefs(e: ast.Elemen): { ref: Reference<ast.Elemen>; keyword: string; where: Where; remove: () => ReturnType<typeof removeListItem> }[] {
    const out: { ref: Reference<ast.Elemen>; keyword: string; where: Where; remove: () => ReturnType<typeof removeListItem> }[] = [];
    for (const r of relationsOf(e)) {
        const integration = ast.isIntegrasi(r.node) ? r.node : undefined;
        if (r.target) out.push({ ref: r.target, keyword: r.kind, where: integration ? { node: integration, property: 'target' } : { node: e, property: r.property, index: r.index }, remove: () => removeListItem(e, r.property, r.index, r.kind) });
        if (integration && r.via) out.push({ ref: r.via as Reference<ast.Elemen>, keyword: 'melalui', where: { node: integration as AstNode, property: 'bus' }, remove: () => removeListItem(integration, 'bus', 0, 'melalui') });
    }
    return out;
}

export function structureChecks(ctx: RuleContext): RuleChecks {
    // Data needs someone accountable for it: its owner or its producer (Perpres 39/2019, Satu Data Indonesia:
    // every data set has a produsen data; the wali data is the custodian, not the producer).
    const checkDataOwnership = (node: ast.Data, accept: ValidationAcceptor) => {
        if (retired(node) || node.pemilik || node.produsenData.length > 0) return;
        const fixes: QuickFix[] = [];
        const owners = [...new Set(ctx.facts().producersOf(node).map(p => p.pemilik?.$refText).filter((n): n is string => !!n))];
        for (const [i, owner] of owners.slice(0, 3).entries()) {
            const edit = insertProperty(node, `produsen-data ${owner}`);
            if (edit) fixes.push({ title: t({ id: `Jadikan ${owner} produsen data (pemilik proses penghasilnya)`, en: `Make ${owner} the producer (owner of the producing process)` }), edits: [edit], preferred: i === 0 });
        }
        const custodian = node.waliData?.$refText;
        const edit = custodian ? insertProperty(node, `pemilik ${custodian}`) : undefined;
        if (edit) fixes.push({ title: t({ id: `Jadikan wali data ${custodian} pemilik`, en: `Make the wali data ${custodian} the owner` }), edits: [edit], preferred: fixes.length === 0 });
        report(accept, Rules.dataWithoutOwner, {
            id: `Data ${node.name} tidak punya pemilik maupun produsen data. Tambahkan \`pemilik <Unit>\` atau \`produsen-data <Unit>\`.`,
            en: `Data set ${node.name} has neither an owner nor a producer. Add \`pemilik <Unit>\` or \`produsen-data <Unit>\`.`
        }, { node, property: 'name' }, fixes);
    };

    // Every element the agency runs has an owner unit; infrastructure run by the national or provincial
    // government is theirs, an Aplikasi Umum its pengampu's. (Data sets are judged by SPBE-T12, which also
    // accepts a producer.)
    const checkOwner = (node: ast.Proses | ast.Layanan | ast.Aplikasi | ast.Infrastruktur | ast.Keamanan, accept: ValidationAcceptor) => {
        if (retired(node) || node.pemilik) return;
        if (ast.isInfrastruktur(node) && (node.pengelola === 'nasional' || node.pengelola === 'provinsi')) return;
        // An Aplikasi Umum's owner is its national pengampu (the catalog's `pengampu`, e.g. ANRI for SRIKANDI).
        if (ast.isAplikasi(node) && node.umum) return;
        const related: (Reference<ast.Elemen> | undefined)[] = ast.isLayanan(node) ? node.didukungOleh : ast.isAplikasi(node) ? node.mendukung : ast.isKeamanan(node) ? node.melindungi : [];
        const candidate = related.map(r => r?.ref?.pemilik?.$refText).find((n): n is string => !!n);
        const edit = candidate ? insertProperty(node, `pemilik ${candidate}`) : undefined;
        const source = related.find(r => r?.ref?.pemilik?.$refText === candidate)?.ref?.name;
        report(accept, Rules.elementWithoutOwner, {
            id: `${node.name} tidak punya unit pemilik. Tambahkan \`pemilik <Unit>\`: unit yang bertanggung jawab atasnya.`,
            en: `${node.name} has no owner unit. Add \`pemilik <Unit>\`: the unit accountable for it.`
        }, { node, property: 'name' }, edit ? [{ title: t({ id: `Jadikan ${candidate} pemilik (pemilik ${source})`, en: `Make ${candidate} the owner (owner of ${source})` }), edits: [edit] }] : []);
    };

    // RAI and RAK have no official codes: the kategori is the element's place in the national structure.
    const checkCategory = (node: ast.Infrastruktur | ast.Keamanan, accept: ValidationAcceptor) => {
        if (retired(node) || node.kategori) return;
        const fixes: QuickFix[] = [];
        if (ast.isKeamanan(node)) {
            for (const k of ['standar', 'penerapan', 'kelaikan']) {
                const edit = insertProperty(node, `kategori ${k}`);
                if (edit) fixes.push({ title: t({ id: `Kategori ${k}`, en: `Category ${k}` }), edits: [edit] });
            }
        }
        report(accept, Rules.missingCategory, ast.isKeamanan(node) ? {
            id: `Elemen keamanan ${node.name} tidak punya kategori. Tambahkan \`kategori standar|penerapan|kelaikan\` (struktur Referensi Arsitektur Keamanan).`,
            en: `Security element ${node.name} has no category. Add \`kategori standar|penerapan|kelaikan\` (the security reference's structure).`
        } : {
            id: `Infrastruktur ${node.name} tidak punya kategori. Tambahkan \`kategori <pusat-data-nasional|pusat-data|jaringan-intra|sistem-penghubung-layanan|komputasi-awan|...>\` (struktur Referensi Arsitektur Infrastruktur).`,
            en: `Infrastructure element ${node.name} has no category. Add \`kategori <pusat-data-nasional|pusat-data|jaringan-intra|sistem-penghubung-layanan|komputasi-awan|...>\` (the infrastructure reference's structure).`
        }, { node, property: 'name' }, fixes);
    };

    const checkServiceKind = (node: ast.Layanan, accept: ValidationAcceptor) => {
        if (retired(node)) return;
        const code = node.kode?.ref?.name;
        if (!node.jenis) {
            const preferred = under(code, PUBLIC) ? 'publik' : under(code, ADMIN) ? 'administrasi-pemerintahan' : undefined;
            const fixes: QuickFix[] = [];
            for (const k of ['publik', 'administrasi-pemerintahan'] as const) {
                const edit = insertProperty(node, `jenis ${k}`);
                if (edit) fixes.push({ title: t({ id: `Jenis ${k}`, en: `Kind ${k}` }), edits: [edit], preferred: k === preferred });
            }
            report(accept, Rules.serviceWithoutKind, {
                id: `Layanan ${node.name} tidak menyebut jenisnya. Tambahkan \`jenis publik\` atau \`jenis administrasi-pemerintahan\`${preferred ? ` (kodenya ${code} menunjuk ${preferred})` : ''}.`,
                en: `Service ${node.name} does not state its kind. Add \`jenis publik\` or \`jenis administrasi-pemerintahan\`${preferred ? ` (its code ${code} points to ${preferred})` : ''}.`
            }, { node, property: 'name' }, fixes);
            return;
        }
        // RAL.01 is the public-service half of the service reference. (RAL.02 holds functions that also face
        // the public, such as complaints handling RAL.02.04.05, so `jenis publik` there is not judged.)
        if (node.jenis === 'administrasi-pemerintahan' && under(code, PUBLIC)) {
            const edit = replaceProperty(node, 'jenis', 'publik');
            report(accept, Rules.serviceKindCode, {
                id: `Layanan ${node.name} berkode ${code}, layanan publik (${PUBLIC}), tetapi dinyatakan \`jenis administrasi-pemerintahan\`.`,
                en: `Service ${node.name} is coded ${code}, a public service (${PUBLIC}), but declared \`jenis administrasi-pemerintahan\`.`
            }, { node, property: 'jenis' }, edit ? [{ title: t({ id: 'Ganti menjadi `jenis publik`', en: 'Change to `jenis publik`' }), edits: [edit], preferred: true }] : []);
        }
    };

    const checkSelfReference = (node: ast.Elemen, accept: ValidationAcceptor) => {
        if (!node.name) return;
        for (const r of allRefs(node)) {
            if (r.ref.$refText !== node.name) continue;
            const edit = r.remove();
            report(accept, Rules.selfRelation, {
                id: `${node.name} merujuk dirinya sendiri (\`${r.keyword} ${node.name}\`): relasi menghubungkan dua elemen berbeda. Hapus atau ganti rujukannya.`,
                en: `${node.name} refers to itself (\`${r.keyword} ${node.name}\`): a relation connects two different elements. Remove or correct it.`
            }, r.where, edit ? [{ title: t({ id: `Hapus \`${r.keyword} ${node.name}\``, en: `Remove \`${r.keyword} ${node.name}\`` }), edits: edit, preferred: true }] : []);
        }
    };

    const checkUnitCycle = (node: ast.Unit, accept: ValidationAcceptor) => {
        const cycle = ctx.facts().unitCycles.get(node);
        if (!cycle) return;
        const names = [...cycle.map(u => u.name), cycle[0].name].join(' → ');
        report(accept, Rules.unitCycle, {
            id: `Hierarki unit melingkar: ${names}. Satu unit tidak bisa berada di bawah dirinya sendiri; perbaiki salah satu \`induk\`.`,
            en: `The unit hierarchy loops: ${names}. A unit cannot sit below itself; correct one of the \`induk\` links.`
        }, { node, property: 'induk' });
    };

    const checkReferenceSetCycle = (node: ast.Referensi, accept: ValidationAcceptor) => {
        const cycle = ctx.facts().referenceSetCycles.get(node);
        if (!cycle) return;
        const names = [...cycle.map(r => r.name), cycle[0].name].join(' → ');
        report(accept, Rules.referenceSetCycle, {
            id: `Rantai \`basis\` set referensi melingkar: ${names}. Kode dari set ini tidak punya dasar; akhiri rantainya pada set nasional (mis. \`basis perpres-132-2022\`).`,
            en: `The reference sets' \`basis\` chain loops: ${names}. Codes of these sets have no foundation; end the chain at a national set (e.g. \`basis perpres-132-2022\`).`
        }, { node, property: 'basis' });
    };

    return {
        Data: [checkDataOwnership], Proses: [checkOwner, checkSelfReference], Layanan: [checkOwner, checkServiceKind, checkSelfReference],
        Aplikasi: [checkOwner, checkSelfReference], Infrastruktur: [checkOwner, checkCategory, checkSelfReference], Keamanan: [checkOwner, checkCategory, checkSelfReference],
        Unit: [checkUnitCycle], Referensi: [checkReferenceSetCycle],
    };
}
