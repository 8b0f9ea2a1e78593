// Lifecycle over time: the architecture's statuses (aktif, rencana, dihentikan) against what the roadmap
// creates, changes and retires, year by year. See lifecycle.ts for how the timeline is read.
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { moveToMengubah, setStatus, type QuickFix } from './fixes.js';
import { changers, creators, endOf, firstEnd, isDone, isLive, retirers, statusOf, usesOf } from './lifecycle.js';
import { report } from './report.js';
import { Rules } from './rules.js';

const yearOf = (i: ast.Inisiatif) => { const y = endOf(i); return y === undefined ? '' : ` (${y})`; };
const statusText = (i: ast.Inisiatif) => i.status ?? t({ id: 'tanpa status', en: 'no status' });
const sameDocument = (a: ast.Elemen | ast.Inisiatif, b: ast.Elemen | ast.Inisiatif) => {
    let x: AstLike = a, y: AstLike = b;
    while (x.$container) x = x.$container;
    while (y.$container) y = y.$container;
    return x === y;
};
type AstLike = { $container?: AstLike };

/** Operating dependencies: an active element with only planned targets here does not work today. */
const OPERATING: Record<string, readonly string[]> = { Layanan: ['didukungOleh', 'melalui'], Aplikasi: ['berjalanDi'] };

export function lifecycleChecks(ctx: RuleContext): RuleChecks {
    const checkElement = (node: ast.Elemen, accept: ValidationAcceptor) => {
        const f = ctx.facts();
        const status = statusOf(node);
        if (status === 'dihentikan') return;
        checkStatusAgainstRoadmap(node, accept);
        const uses = usesOf(node);
        if (uses.length === 0) return;
        const movers = [...changers(f, node), ...retirers(f, node)];
        const createdIn = status === 'rencana' ? firstEnd(creators(f, node)) : undefined;
        const planned = new Map<string, typeof uses>();
        for (const use of uses) {
            const target = use.ref.ref;
            if (!target || target === node) continue;
            const targetStatus = statusOf(target);
            const where = use.where;
            if (status === 'aktif' && targetStatus === 'dihentikan') {
                const edit = use.remove();
                report(accept, Rules.usesRetired, {
                    id: `${node.name} aktif tetapi masih memakai ${target.name} (\`${use.keyword}\`), yang sudah dihentikan. Hapus relasinya atau ganti ${target.name} dengan penggantinya.`,
                    en: `${node.name} is active but still uses ${target.name} (\`${use.keyword}\`), which is retired (status dihentikan). Remove the relation, or replace ${target.name} with its successor.`
                }, where, edit ? [{ title: t({ id: `Hapus ${target.name} dari \`${use.keyword}\``, en: `Remove ${target.name} from \`${use.keyword}\`` }), edits: edit }] : []);
            } else if (status === 'aktif') {
                const by = retirers(f, target);
                if (by.length > 0) {
                    const year = firstEnd(by);
                    const moved = movers.some(m => year === undefined || endOf(m) === undefined || endOf(m)! <= year);
                    if (!moved) {
                        const names = by.map(i => i.name).join(', ');
                        const when = year === undefined ? '' : ` ${t({ id: 'pada', en: 'in' })} ${year}`;
                        report(accept, Rules.usedAfterRetirement, {
                            id: `${node.name} masih memakai ${target.name} (\`${use.keyword}\`) setelah ${names} menghentikannya${when}, dan tidak ada inisiatif yang memindahkan ${node.name} sebelum itu. Tambahkan \`mengubah ${node.name}\` pada inisiatif yang selesai paling lambat saat itu, atau hentikan ${node.name} juga.`,
                            en: `${node.name} still uses ${target.name} (\`${use.keyword}\`) after ${names} retires it${when}, and no initiative moves ${node.name} off it by then. Add \`mengubah ${node.name}\` to an initiative ending by then, or retire ${node.name} too.`
                        }, where);
                    }
                }
                if (targetStatus === 'rencana') {
                    const list = planned.get(use.property) ?? [];
                    list.push(use);
                    planned.set(use.property, list);
                }
            } else if (status === 'rencana' && targetStatus === 'rencana' && createdIn !== undefined) {
                const targetIn = firstEnd(creators(f, target));
                if (targetIn !== undefined && targetIn > createdIn) {
                    const mine = creators(f, node).map(i => i.name).join(', ');
                    const theirs = creators(f, target).map(i => i.name).join(', ');
                    report(accept, Rules.plannedBeforeNeeds, {
                        id: `${node.name} diwujudkan ${mine} pada ${createdIn}, tetapi memakai ${target.name} (\`${use.keyword}\`) yang baru diwujudkan ${theirs} pada ${targetIn}. Jadwalkan ${mine} setelah ${theirs} (\`setelah ${creators(f, target)[0].name}\`).`,
                        en: `${node.name} is realized by ${mine} in ${createdIn}, but uses ${target.name} (\`${use.keyword}\`), which ${theirs} realizes only in ${targetIn}. Schedule ${mine} after ${theirs} (\`setelah ${creators(f, target)[0].name}\`).`
                    }, where);
                }
            }
        }
        // An active element whose operating dependencies are all planned does not work today, unless an
        // initiative changes it (the relation then describes the element after that change).
        if (status !== 'aktif' || movers.length > 0) return;
        for (const property of OPERATING[node.$type] ?? []) {
            const all = uses.filter(u => u.property === property && u.ref.ref && u.ref.ref !== node);
            const plannedHere = planned.get(property) ?? [];
            if (plannedHere.length === 0 || all.some(u => statusOf(u.ref.ref!) === 'aktif')) continue;
            const first = plannedHere[0];
            const names = plannedHere.map(u => u.ref.ref!.name).join(', ');
            report(accept, Rules.reliesOnPlanned, {
                id: `${node.name} aktif, tetapi \`${first.keyword}\` hanya menyebut elemen rencana (${names}): hari ini ${node.name} tidak bisa berjalan. Sebut elemen aktif yang dipakainya sekarang, atau tandai inisiatif yang mengubahnya (\`mengubah ${node.name}\`).`,
                en: `${node.name} is active, but its \`${first.keyword}\` names only planned elements (${names}): today it cannot work. Name the active element it uses now, or the initiative that changes it (\`mengubah ${node.name}\`).`
            }, first.where);
        }
    };

    /** An element's status behind what the roadmap says is done (rencana though created, aktif though retired). */
    const checkStatusAgainstRoadmap = (node: ast.Elemen, accept: ValidationAcceptor) => {
        const f = ctx.facts();
        const status = statusOf(node);
        const created = status === 'rencana' ? creators(f, node).find(isDone) : undefined;
        const retired = status === 'aktif' ? retirers(f, node).find(isDone) : undefined;
        const initiative = created ?? retired;
        if (!initiative) return;
        const target = created ? 'aktif' : 'dihentikan';
        const edit = setStatus(node, target);
        const fixes: QuickFix[] = edit ? [{ title: t({ id: `Tandai ${node.name} ${target}`, en: `Mark ${node.name} ${target}` }), edits: [edit], preferred: true }] : [];
        report(accept, Rules.statusBehindRoadmap, created ? {
            id: `${node.name} masih berstatus rencana, padahal ${initiative.name} sudah selesai mewujudkannya${yearOf(initiative)}. Tandai \`status aktif\`.`,
            en: `${node.name} is still planned (status rencana), but ${initiative.name} has finished creating it${yearOf(initiative)}. Mark it \`status aktif\`.`
        } : {
            id: `${node.name} masih aktif${node.status ? '' : ' (tanpa status)'}, padahal ${initiative.name} sudah selesai menghentikannya${yearOf(initiative)}. Tandai \`status dihentikan\`.`,
            en: `${node.name} is still active${node.status ? '' : ' (no status)'}, but ${initiative.name} has finished retiring it${yearOf(initiative)}. Mark it \`status dihentikan\`.`
        }, node.status ? { node, property: 'status' } : { node, property: 'name' }, fixes);
    };

    const checkInitiative = (node: ast.Inisiatif, accept: ValidationAcceptor) => {
        if (!isLive(node)) return;
        const f = ctx.facts();
        node.mewujudkan.forEach((ref, index) => {
            const element = ref.ref;
            if (!element) return;
            const first = creators(f, element)[0];
            if (first && first !== node) {
                const fix = moveToMengubah(node, index, element.name);
                report(accept, Rules.createdTwice, {
                    id: `${element.name} sudah diwujudkan oleh ${first.name}${yearOf(first)}; satu elemen diwujudkan satu inisiatif, inisiatif berikutnya mengubahnya (\`mengubah ${element.name}\`).`,
                    en: `${element.name} is already created by ${first.name}${yearOf(first)}; an element is created by one initiative, later ones change it (\`mengubah ${element.name}\`).`
                }, { node, property: 'mewujudkan', index }, fix ? [{ title: t({ id: `Ganti menjadi \`mengubah ${element.name}\``, en: `Change to \`mengubah ${element.name}\`` }), edits: fix, preferred: true }] : []);
                return;
            }
            if (isDone(node) || statusOf(element) !== 'aktif') return;
            const fixes: QuickFix[] = [];
            const move = moveToMengubah(node, index, element.name);
            if (move) fixes.push({ title: t({ id: `Ganti menjadi \`mengubah ${element.name}\``, en: `Change to \`mengubah ${element.name}\`` }), edits: move, preferred: true });
            const mark = sameDocument(node, element) ? setStatus(element, 'rencana') : undefined;
            if (mark) fixes.push({ title: t({ id: `Tandai ${element.name} rencana`, en: `Mark ${element.name} rencana` }), edits: [mark] });
            report(accept, Rules.createsActive, {
                id: `${node.name} mewujudkan ${element.name}, padahal ${element.name} sudah aktif${element.status ? '' : ' (tanpa status berarti aktif)'} dan ${node.name} belum selesai (${statusText(node)}). Bila ${element.name} sudah ada, ${node.name} mengubahnya (\`mengubah\`); bila belum, tandai ${element.name} \`status rencana\`.`,
                en: `${node.name} creates ${element.name} (\`mewujudkan\`), yet ${element.name} is already active${element.status ? '' : ' (no status means aktif)'} and ${node.name} has not finished (${statusText(node)}). If ${element.name} exists, ${node.name} changes it (\`mengubah\`); if not, mark ${element.name} \`status rencana\`.`
            }, { node, property: 'mewujudkan', index }, fixes);
        });
        const end = endOf(node);
        for (const [property, keyword] of [['mengubah', 'mengubah'], ['menghentikan', 'menghentikan']] as const) {
            node[property].forEach((ref, index) => {
                const element = ref.ref;
                if (!element) return;
                if (!isDone(node) && statusOf(element) === 'dihentikan') {
                    report(accept, Rules.touchesRetired, {
                        id: `${node.name} ${keyword === 'mengubah' ? 'mengubah' : 'menghentikan'} ${element.name}, padahal ${element.name} sudah dihentikan dan ${node.name} belum selesai (${statusText(node)}).`,
                        en: `${node.name} ${keyword === 'mengubah' ? 'changes' : 'retires'} ${element.name} (\`${keyword}\`), yet ${element.name} is already retired (status dihentikan) while ${node.name} has not finished (${statusText(node)}).`
                    }, { node, property, index });
                    return;
                }
                if (property !== 'menghentikan' || end === undefined) return;
                const later = creators(f, element).filter(c => (endOf(c) ?? -Infinity) > end);
                if (later.length === 0) return;
                report(accept, Rules.retiredBeforeCreated, {
                    id: `${node.name} menghentikan ${element.name} pada ${end}, sebelum ${later[0].name} mewujudkannya (${endOf(later[0])}).`,
                    en: `${node.name} retires ${element.name} in ${end}, before ${later[0].name} creates it (${endOf(later[0])}).`
                }, { node, property, index });
            });
        }
        // A status that contradicts a predecessor's (`setelah` is finish-to-start).
        node.pendahulu.forEach((ref, index) => {
            const pred = ref.ref;
            if (!pred || pred === node) return;
            let why: { id: string; en: string } | undefined;
            if (pred.status === 'batal') {
                why = { id: `${node.name} bergantung pada ${pred.name}, yang dibatalkan. Hapus \`setelah ${pred.name}\` atau batalkan ${node.name} juga.`,
                    en: `${node.name} depends on ${pred.name}, which is cancelled (status batal). Remove \`setelah ${pred.name}\`, or cancel ${node.name} too.` };
            } else if ((node.status === 'berjalan' || node.status === 'selesai') && pred.status === 'belum-mulai') {
                why = { id: `${node.name} sudah ${node.status}, padahal pendahulunya ${pred.name} belum mulai.`,
                    en: `${node.name} is already ${node.status === 'berjalan' ? 'running (berjalan)' : 'finished (selesai)'}, yet its predecessor ${pred.name} has not started (belum-mulai).` };
            } else if (node.status === 'selesai' && (pred.status === 'berjalan' || pred.status === 'tertunda')) {
                why = { id: `${node.name} sudah selesai, padahal pendahulunya ${pred.name} belum selesai (${pred.status}).`,
                    en: `${node.name} is finished (selesai), yet its predecessor ${pred.name} is not (${pred.status}).` };
            }
            if (why) report(accept, Rules.predecessorStatus, why, { node, property: 'pendahulu', index });
        });
    };

    return {
        Proses: [checkElement], Data: [checkElement], Layanan: [checkElement], Aplikasi: [checkElement], Infrastruktur: [checkElement], Keamanan: [checkElement],
        Inisiatif: [checkInitiative],
    };
}
