// Roadmap (Peta Rencana) rules: years within the agency's five-year period, a schedule that respects
// dependencies, all seven muatan covered, owners, planned elements realized, and index targets that exist.
import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { MUATAN } from '../../common/vocabulary.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { replace } from './fixes.js';
import { report } from './report.js';
import { Rules } from './rules.js';

const endOf = (r: ast.Rentang) => r.selesai ?? r.mulai;
const span = (r: ast.Rentang) => (r.selesai !== undefined ? `${r.mulai}–${r.selesai}` : `${r.mulai}`);
/** A whole number that can be a year: 99999...9 (Infinity) or 2023.5 cannot. */
const isYear = (n: number) => Number.isSafeInteger(n);
/** A range whose start year was lost to a syntax error (`tahun -5`) is judged as absent: the error reports it. */
const written = (r: ast.Rentang | undefined) => (r?.mulai !== undefined ? r : undefined);

/** Members of a cycle, as a set (a cycle of 20,000 initiatives was searched once per `setelah`). */
const cycleSets = new WeakMap<readonly ast.Inisiatif[], Set<ast.Inisiatif>>();
function inCycle(cycle: readonly ast.Inisiatif[], node: ast.Inisiatif): boolean {
    let set = cycleSets.get(cycle);
    if (!set) cycleSets.set(cycle, set = new Set(cycle));
    return set.has(node);
}

/** `A → B → C → A`; a long cycle is cut after a few names (each of its members reports it: 20,000 full lists ran out of memory). */
function cycleText(cycle: readonly ast.Inisiatif[]): { text: string; more?: number } {
    const SHOWN = 6;
    if (cycle.length <= SHOWN + 2) return { text: [...cycle, cycle[0]].map(c => c.name).join(' → ') };
    return { text: [...cycle.slice(0, SHOWN).map(c => c.name), '…', cycle[0].name].join(' → '), more: cycle.length };
}

export function roadmapChecks(ctx: RuleContext): RuleChecks {
    const checkRange = (node: ast.Rentang, accept: ValidationAcceptor) => {
        if (node.selesai === undefined || node.mulai <= node.selesai) return;
        const fixes = node.$cstNode ? [{ title: t({ id: `Tukar menjadi ${node.selesai} - ${node.mulai}`, en: `Swap to ${node.selesai} - ${node.mulai}` }), edits: [replace(node.$cstNode.range, `${node.selesai} - ${node.mulai}`)], preferred: true }] : [];
        report(accept, Rules.startAfterEnd, {
            id: `Tahun mulai ${node.mulai} setelah tahun selesai ${node.selesai}.`,
            en: `Start year ${node.mulai} is after end year ${node.selesai}.`
        }, { node }, fixes);
    };

    const checkPeriod = (node: ast.Instansi, accept: ValidationAcceptor) => {
        const p = written(node.periode);
        if (!p || (p.selesai !== undefined && p.mulai > p.selesai)) return;
        if (!isYear(p.mulai) || (p.selesai !== undefined && !isYear(p.selesai))) {
            const written = p.$cstNode?.text ?? span(p); // as written: 400 nines read as Infinity
            report(accept, Rules.periodLength, {
                id: `Periode ${written} bukan rentang tahun (mis. 2023 - 2027).`,
                en: `The period ${written} is not a range of years (e.g. 2023 - 2027).`
            }, { node, property: 'periode' });
            return;
        }
        const years = endOf(p) - p.mulai + 1;
        if (years === 5) return;
        report(accept, Rules.periodLength, {
            id: `Periode ${span(p)} mencakup ${years} tahun; Arsitektur dan Peta Rencana SPBE berlaku lima tahun (mis. ${p.mulai} - ${p.mulai + 4}).`,
            en: `The period ${span(p)} covers ${years} year${years === 1 ? '' : 's'}; the SPBE architecture and roadmap cover five years (e.g. ${p.mulai} - ${p.mulai + 4}).`
        }, { node, property: 'periode' });
    };

    const checkInitiative = (node: ast.Inisiatif, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        const period = written(facts.agencies[0]?.periode);
        const tahun = written(node.tahun);
        if (tahun && period && (period.selesai === undefined || period.mulai <= period.selesai)) {
            if (tahun.mulai < period.mulai || endOf(tahun) > endOf(period)) {
                report(accept, Rules.outsidePeriod, {
                    id: `Tahun inisiatif ${node.name} (${span(tahun)}) di luar periode instansi ${span(period)}.`,
                    en: `Initiative ${node.name}'s years (${span(tahun)}) fall outside the agency's period ${span(period)}.`
                }, { node, property: 'tahun' });
            }
        }
        if (!node.pelaksana) {
            report(accept, Rules.initiativeWithoutOwner, {
                id: `Inisiatif ${node.name} tidak punya unit pelaksana. Tambahkan \`pelaksana <Unit>\`.`,
                en: `Initiative ${node.name} has no owner unit. Add \`pelaksana <Unit>\`.`
            }, { node, property: 'name' });
        }
        if (!node.tahun) {
            report(accept, Rules.initiativeWithoutYears, {
                id: `Inisiatif ${node.name} tidak dijadwalkan. Tambahkan \`tahun <mulai> - <selesai>\`.`,
                en: `Initiative ${node.name} is not scheduled. Add \`tahun <start> - <end>\`.`
            }, { node, property: 'name' });
        }
        if (!node.muatan) {
            report(accept, Rules.initiativeWithoutMuatan, {
                id: `Inisiatif ${node.name} tidak punya muatan. Tambahkan \`muatan <${MUATAN.join('|')}>\`.`,
                en: `Initiative ${node.name} has no muatan (roadmap content). Add \`muatan <${MUATAN.join('|')}>\`.`
            }, { node, property: 'name' });
        }
        const cycle = facts.cycles.get(node);
        node.pendahulu.forEach((ref, index) => {
            const pred = ref.ref;
            if (!pred) return;
            if (cycle && inCycle(cycle, pred)) {
                const names = cycleText(cycle);
                report(accept, Rules.dependencyCycle, {
                    id: `Ketergantungan melingkar antarinisiatif: ${names.text}${names.more ? ` (${names.more} inisiatif)` : ''}. Hapus salah satu \`setelah\`.`,
                    en: `Initiatives depend on each other in a cycle: ${names.text}${names.more ? ` (${names.more} initiatives)` : ''}. Remove one of the \`setelah\` links.`
                }, { node, property: 'pendahulu', index });
                return;
            }
            const predYears = written(pred.tahun);
            if (tahun && predYears && tahun.mulai < endOf(predYears)) {
                report(accept, Rules.startsBeforePredecessor, {
                    id: `${node.name} mulai ${tahun.mulai}, sebelum pendahulunya ${pred.name} selesai (${endOf(predYears)}).`,
                    en: `${node.name} starts in ${tahun.mulai}, before its predecessor ${pred.name} ends (${endOf(predYears)}).`
                }, { node, property: 'pendahulu', index });
            }
        });
    };

    const checkMuatanCoverage = (node: ast.PetaRencana, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        if (facts.roadmaps[0] !== node) return;
        const missing = MUATAN.filter(m => !facts.muatan.has(m));
        if (missing.length === 0) return;
        report(accept, Rules.muatanCoverage, {
            id: `Peta rencana belum mencakup muatan: ${missing.join(', ')} (${7 - missing.length} dari 7). Indikator 12 mensyaratkan ketujuh muatan untuk level 3.`,
            en: `The roadmap does not cover the muatan: ${missing.join(', ')} (${7 - missing.length} of 7). Index indicator 12 needs all seven for level 3.`
        }, node.name ? { node, property: 'name' } : { node, keyword: 'peta-rencana' });
    };

    const checkElementLifecycle = (node: ast.Elemen, accept: ValidationAcceptor) => {
        const facts = ctx.facts();
        if (node.status === 'rencana' && facts.roadmaps.length > 0 && facts.realizersOf(node).length === 0) {
            report(accept, Rules.plannedNotRealized, {
                id: `${node.name} berstatus rencana, tetapi tidak ada inisiatif yang mewujudkannya (\`mewujudkan ${node.name}\`).`,
                en: `${node.name} is planned (status rencana), but no initiative realizes it (\`mewujudkan ${node.name}\`).`
            }, { node, property: 'status' });
        }
        const retiring = facts.retirersOf(node);
        if (node.status !== 'dihentikan' && retiring.length === 0) return;
        const dependents = facts.referrersOf(node).filter((r): r is ast.Elemen => ast.isElemen(r) && r.status === 'rencana');
        if (dependents.length === 0) return;
        const how = node.status === 'dihentikan'
            ? { id: 'dihentikan', en: 'retired' }
            : { id: `dihentikan oleh ${retiring.map(i => i.name).join(', ')}`, en: `retired by ${retiring.map(i => i.name).join(', ')}` };
        report(accept, Rules.retiredDependency, {
            id: `${node.name} ${how.id}, padahal elemen rencana ${dependents.map(d => d.name).join(', ')} masih bergantung padanya.`,
            en: `${node.name} is ${how.en}, yet the planned element${dependents.length > 1 ? 's' : ''} ${dependents.map(d => d.name).join(', ')} still depend${dependents.length > 1 ? '' : 's'} on it.`
        }, node.status === 'dihentikan' ? { node, property: 'status' } : { node, property: 'name' });
    };

    const checkIndicator = (node: ast.TargetIndikator, accept: ValidationAcceptor) => {
        const ruleSet = ctx.facts().indexRuleSet;
        if (!ruleSet || ruleSet.indicators.has(node.nomor)) return;
        const max = ruleSet.max;
        report(accept, Rules.unknownIndicator, {
            id: `Indikator ${node.nomor} tidak ada dalam aturan indeks ${ruleSet.name} (indikator 1–${max}).`,
            en: `Indicator ${node.nomor} is not in the index rule set ${ruleSet.name} (indicators 1–${max}).`
        }, { node, property: 'nomor' });
    };

    const checkTarget = (node: ast.TargetTahunan, accept: ValidationAcceptor) => {
        if (!Number.isInteger(node.level) || node.level < 1 || node.level > 5) {
            report(accept, Rules.levelRange, {
                id: `Level target ${node.level} tidak valid: level kematangan indeks SPBE adalah bilangan bulat 1–5.`,
                en: `Target level ${node.level} is invalid: SPBE index maturity levels are whole numbers 1–5.`
            }, { node, property: 'level' });
            return;
        }
        const earlier = ctx.facts().decreases.get(node);
        if (earlier) {
            report(accept, Rules.targetDecreases, {
                id: `Target indikator ${earlier.indicator} turun menjadi ${node.level} pada ${node.tahun}, padahal ${earlier.initiative.name} menargetkan ${earlier.node.level} pada ${earlier.node.tahun}.`,
                en: `The target for indicator ${earlier.indicator} drops to ${node.level} in ${node.tahun}, though ${earlier.initiative.name} targets ${earlier.node.level} in ${earlier.node.tahun}.`
            }, { node, property: 'level' });
        }
    };

    const checkMilestone = (node: ast.Tonggak, accept: ValidationAcceptor) => {
        if (node.tahun === undefined) return;
        const period = written(ctx.facts().agencies[0]?.periode);
        const initiative = node.inisiatif?.ref;
        const initiativeYears = written(initiative?.tahun);
        if (period && (node.tahun < period.mulai || node.tahun > endOf(period))) {
            report(accept, Rules.milestoneYear, {
                id: `Tonggak ${node.name} (${node.tahun}) di luar periode instansi ${span(period)}.`,
                en: `Milestone ${node.name} (${node.tahun}) falls outside the agency's period ${span(period)}.`
            }, { node, property: 'tahun' });
        } else if (initiative && initiativeYears && (node.tahun < initiativeYears.mulai || node.tahun > endOf(initiativeYears))) {
            report(accept, Rules.milestoneYear, {
                id: `Tonggak ${node.name} (${node.tahun}) di luar tahun inisiatifnya ${initiative.name} (${span(initiativeYears)}).`,
                en: `Milestone ${node.name} (${node.tahun}) falls outside the years of its initiative ${initiative.name} (${span(initiativeYears)}).`
            }, { node, property: 'tahun' });
        }
    };

    return {
        Tonggak: [checkMilestone],
        Rentang: [checkRange], Instansi: [checkPeriod], Inisiatif: [checkInitiative], PetaRencana: [checkMuatanCoverage],
        Proses: [checkElementLifecycle], Data: [checkElementLifecycle], Layanan: [checkElementLifecycle],
        Aplikasi: [checkElementLifecycle], Infrastruktur: [checkElementLifecycle], Keamanan: [checkElementLifecycle],
        TargetIndikator: [checkIndicator], TargetTahunan: [checkTarget],
    };
}
