// Traceability and completeness: services are realized by processes and delivered by applications,
// applications run on infrastructure (the national data centre or a government cloud), data has a
// custodian, security protects something, every element is used, and all six domains are present.
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { DOMAINS } from '../../common/vocabulary.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { insertProperty, type QuickFix } from './fixes.js';
import { report } from './report.js';
import { Rules } from './rules.js';

const retired = (node: ast.Elemen) => node.status === 'dihentikan';

/**
 * Where an application may run without a justification (Perpres 95/2018 Art. 27: agencies use the national
 * data centre; a government cloud is its equivalent):
 * - the national data centre (`kategori pusat-data-nasional`);
 * - any infrastructure run by the national government (`pengelola nasional`, e.g. a shared application's host);
 * - a cloud run by government (`kategori komputasi-awan` with `pengelola provinsi` or `instansi`).
 * Anything else (the agency's own server room, a third-party or commercial cloud, an unspecified operator) needs
 * a `justifikasi` on the application or on the infrastructure.
 */
export function isSanctionedHosting(infra: ast.Infrastruktur): boolean {
    if (infra.kategori === 'pusat-data-nasional' || infra.pengelola === 'nasional') return true;
    return infra.kategori === 'komputasi-awan' && (infra.pengelola === 'provinsi' || infra.pengelola === 'instansi');
}

export function traceabilityChecks(ctx: RuleContext): RuleChecks {
    const checkService = (node: ast.Layanan, accept: ValidationAcceptor) => {
        if (retired(node)) return;
        if (node.didukungOleh.length === 0) {
            report(accept, Rules.serviceWithoutProcess, {
                id: `Layanan ${node.name} tidak didukung proses bisnis mana pun. Tambahkan \`didukung-oleh <Proses>\`.`,
                en: `Service ${node.name} is supported by no business process. Add \`didukung-oleh <Process>\`.`
            }, { node, property: 'name' });
        }
        if (node.melalui.length === 0) {
            report(accept, Rules.serviceWithoutApp, {
                id: `Layanan ${node.name} tidak diberikan melalui aplikasi mana pun. Tambahkan \`melalui <Aplikasi>\`.`,
                en: `Service ${node.name} is delivered through no application. Add \`melalui <Application>\`.`
            }, { node, property: 'name' });
        }
    };

    const checkApplication = (node: ast.Aplikasi, accept: ValidationAcceptor) => {
        if (retired(node)) return;
        // A shared application (umum) runs at its national operator: modelling its host is optional.
        if (node.berjalanDi.length === 0 && !node.umum) {
            report(accept, Rules.appWithoutInfra, {
                id: `Aplikasi ${node.name} tidak berjalan di infrastruktur mana pun. Tambahkan \`berjalan-di <Infrastruktur>\`.`,
                en: `Application ${node.name} runs on no infrastructure. Add \`berjalan-di <Infrastructure>\`.`
            }, { node, property: 'name' });
        }
        for (const integration of node.integrasi) {
            const bus = integration.bus?.ref;
            if (!bus || bus.kategori === 'sistem-penghubung-layanan') continue;
            // `terintegrasi-dengan melalui X`: the missing target is a syntax error; the bus is still judged.
            const target = integration.target?.$refText ?? '?';
            report(accept, Rules.integrationBus, {
                id: `Integrasi ${node.name} dengan ${target} melalui ${bus.name} (${bus.kategori ?? 'kategori tidak disebut'}); integrasi antaraplikasi melalui sistem penghubung layanan (SPLP, \`kategori sistem-penghubung-layanan\`).`,
                en: `${node.name} integrates with ${target} through ${bus.name} (${bus.kategori ?? 'no category'}); applications integrate through a service bus (SPLP, \`kategori sistem-penghubung-layanan\`).`
            }, { node: integration, property: 'bus' });
        }
        if (node.justifikasi !== undefined) return;
        node.berjalanDi.forEach((ref, index) => {
            const infra = ref.ref;
            if (!infra || isSanctionedHosting(infra) || infra.justifikasi !== undefined) return;
            const what = `${infra.kategori ?? t({ id: 'kategori tidak disebut', en: 'no category' })}, ${infra.pengelola ? `pengelola ${infra.pengelola}` : t({ id: 'pengelola tidak disebut', en: 'no operator' })}`;
            const stub = insertProperty(node, `justifikasi "${t({ id: `Alasan tidak di PDN/komputasi awan pemerintah: ...`, en: `Why not in the national data centre or a government cloud: ...` })}"`);
            const fixes: QuickFix[] = stub ? [{ title: t({ id: 'Tambahkan justifikasi', en: 'Add a justification' }), edits: [stub] }] : [];
            report(accept, Rules.hosting, {
                id: `Aplikasi ${node.name} berjalan di ${infra.name} (${what}), bukan di Pusat Data Nasional atau komputasi awan pemerintah. Pindahkan, atau catat alasannya dengan \`justifikasi "..."\` pada aplikasi atau infrastrukturnya.`,
                en: `Application ${node.name} runs on ${infra.name} (${what}), not in the national data centre or a government cloud. Move it, or record why with \`justifikasi "..."\` on the application or the infrastructure.`
            }, { node, property: 'berjalanDi', index }, fixes);
        });
    };

    const checkData = (node: ast.Data, accept: ValidationAcceptor) => {
        if (retired(node) || node.waliData) return;
        const owner = node.pemilik?.ref?.name;
        const edit = owner ? insertProperty(node, `wali-data ${owner}`) : undefined;
        report(accept, Rules.dataWithoutCustodian, {
            id: `Data ${node.name} tidak punya wali data. Tambahkan \`wali-data <Unit>\`.`,
            en: `Data set ${node.name} has no wali data (data custodian). Add \`wali-data <Unit>\`.`
        }, { node, property: 'name' }, edit ? [{ title: t({ id: `Jadikan ${owner} wali data`, en: `Make ${owner} the wali data` }), edits: [edit] }] : []);
    };

    const checkClassification = (node: ast.Data, accept: ValidationAcceptor) => {
        if (retired(node) || node.klasifikasi) return;
        const fixes = (['terbuka', 'terbatas', 'tertutup'] as const).map(k => insertProperty(node, `klasifikasi ${k}`))
            .map((edit, i) => edit ? { title: t({ id: `Klasifikasi ${['terbuka', 'terbatas', 'tertutup'][i]}`, en: `Classify as ${['terbuka (open)', 'terbatas (restricted)', 'tertutup (closed)'][i]}` }), edits: [edit] } : undefined)
            .filter((f): f is QuickFix => f !== undefined);
        report(accept, Rules.dataWithoutClassification, {
            id: `Data ${node.name} tidak punya klasifikasi. Tambahkan \`klasifikasi terbuka|terbatas|tertutup\`.`,
            en: `Data set ${node.name} has no classification. Add \`klasifikasi terbuka|terbatas|tertutup\`.`
        }, { node, property: 'name' }, fixes);
    };

    // Security protects data, applications and infrastructure (the national reference's RAK scope).
    const checkSecurityTargets = (node: ast.Keamanan, accept: ValidationAcceptor) => {
        node.melindungi.forEach((ref, index) => {
            const target = ref.ref;
            if (!target || !(ast.isProses(target) || ast.isLayanan(target))) return;
            report(accept, Rules.securityTarget, {
                id: `${node.name} melindungi ${target.name}, sebuah ${ast.isProses(target) ? 'proses bisnis' : 'layanan'}; keamanan SPBE melindungi data, aplikasi dan infrastruktur. Rujuk data atau aplikasinya.`,
                en: `${node.name} protects ${target.name}, a ${ast.isProses(target) ? 'business process' : 'service'}; SPBE security protects data, applications and infrastructure. Refer to its data or applications.`
            }, { node, property: 'melindungi', index });
        });
    };

    const checkSecurity = (node: ast.Keamanan, accept: ValidationAcceptor) => {
        if (retired(node) || node.melindungi.length > 0) return;
        report(accept, Rules.securityProtectsNothing, {
            id: `Elemen keamanan ${node.name} tidak melindungi apa pun. Tambahkan \`melindungi <Elemen>\`.`,
            en: `Security element ${node.name} protects nothing. Add \`melindungi <Element>\`.`
        }, { node, property: 'name' });
    };

    // Services are the architecture's roots and security elements point outward: the rest must be used.
    const checkReferenced = (node: ast.Proses | ast.Data | ast.Aplikasi | ast.Infrastruktur, accept: ValidationAcceptor) => {
        if (retired(node) || ctx.facts().referrersOf(node).length > 0) return;
        // An application that supports a process is in use even when no service names it.
        if (ast.isAplikasi(node) && node.mendukung.length > 0) return;
        report(accept, Rules.unreferenced, {
            id: `Tidak ada yang merujuk ${node.name}: tidak ada layanan, proses, aplikasi, elemen keamanan atau inisiatif yang memakainya.`,
            en: `Nothing refers to ${node.name}: no service, process, application, security element or initiative uses it.`
        }, { node, property: 'name' });
    };

    const checkDomainCoverage = (node: ast.Instansi, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        if (facts.agencies[0] !== node) return;
        const missing = DOMAINS.filter(d => !facts.domains.has(d));
        if (missing.length === 0) return;
        report(accept, Rules.domainCoverage, {
            id: `Arsitektur belum mencakup domain: ${missing.join(', ')} (${6 - missing.length} dari 6). Indikator 11 mensyaratkan keenam domain untuk level 3.`,
            en: `The architecture does not cover the domain${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (${6 - missing.length} of 6). Index indicator 11 needs all six for level 3.`
        }, { node, property: 'name' });
    };

    return {
        Layanan: [checkService], Aplikasi: [checkApplication, checkReferenced], Data: [checkData, checkClassification, checkReferenced],
        Keamanan: [checkSecurity, checkSecurityTargets], Proses: [checkReferenced], Infrastruktur: [checkReferenced], Instansi: [checkDomainCoverage],
    };
}
