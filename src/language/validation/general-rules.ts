// General rules: ids unique across the whole workspace, acknowledgements that name real rules, one agency.
import type { AstNode, ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { t } from '../../common/i18n.js';
import type { RuleContext, RuleChecks } from './context.js';
import { replaceProperty } from './fixes.js';
import { relatedAt, report } from './report.js';
import { ALL_RULES, ruleById, Rules } from './rules.js';
import { AstUtils, URI } from 'langium';

function place(node: AstNode): string {
    const doc = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    const file = URI.parse(doc.uri.toString()).path.split('/').pop();
    return `${file}:${line}`;
}

const MAX_LISTED = 5;

export function generalChecks(ctx: RuleContext): RuleChecks {
    const checkUnique = (node: AstNode & { name?: string }, accept: ValidationAcceptor) => {
        if (!node.name) return;
        const key = ast.isKodeReferensi(node) ? 'kode ' + node.name : ast.isTampilan(node) ? 'tampilan ' + node.name : node.name;
        const all = ctx.facts().duplicates.get(key);
        if (!all) return;
        // At most MAX_LISTED other places are named (and linked): listing all of them in each of n duplicates
        // was quadratic (5000 initiatives of one name took minutes; found by the fuzzer, seed 3 input 44).
        // Only the first few others are looked at, not all of them: filtering the whole list for each of
        // n duplicates was still quadratic (0.8 s of CPU for 5000 nested 'proses P {').
        const listed: AstNode[] = [];
        for (let i = 0; i < all.length && listed.length < MAX_LISTED; i++) if (all[i] !== node) listed.push(all[i]);
        const more = all.length - 1 - listed.length;
        const places = listed.map(place).join(', ');
        const related = listed.map(o => relatedAt(o, t({ id: `juga dideklarasikan di sini`, en: `also declared here` }))).filter(r => r !== undefined);
        report(accept, Rules.duplicateId, {
            id: `'${node.name}' dideklarasikan ${all.length} kali di workspace (juga di ${places}${more > 0 ? ` dan ${more} tempat lain` : ''}). Id harus unik; ganti salah satu nama.`,
            en: `'${node.name}' is declared ${all.length} times in the workspace (also at ${places}${more > 0 ? ` and ${more} more` : ''}). Ids must be unique; rename one.`
        }, { node, property: 'name' }, [], related);
    };

    const checkAcknowledgement = (node: ast.Abaikan, accept: ValidationAcceptor) => {
        // `abaikan "reason"` without the rule id is a syntax error, reported as such.
        if (typeof node.aturan !== 'string' || ruleById(node.aturan)) return;
        const near = ALL_RULES.filter(r => r.id.toLowerCase() === node.aturan.toLowerCase() || distance(r.id, node.aturan) <= 1);
        const edit = near.length === 1 ? replaceProperty(node, 'aturan', near[0].id) : undefined;
        report(accept, Rules.unknownRuleAck, {
            id: `Aturan '${node.aturan}' tidak dikenal, jadi \`abaikan\` ini tidak mengakui temuan apa pun.${near.length === 1 ? ` Maksudnya ${near[0].id}?` : ' Lihat docs/rules.md untuk daftar aturan.'}`,
            en: `Unknown rule '${node.aturan}', so this \`abaikan\` acknowledges nothing.${near.length === 1 ? ` Did you mean ${near[0].id}?` : ' See docs/rules.md for the rule ids.'}`
        }, { node, property: 'aturan' }, edit ? [{ title: t({ id: `Ganti dengan ${near[0].id}`, en: `Use ${near[0].id}` }), edits: [edit], preferred: true }] : []);
    };

    const checkSingleAgency = (node: ast.Instansi, accept: ValidationAcceptor) => {
        const first = ctx.facts().agencies[0];
        if (!first || first === node) return;
        const related = relatedAt(first, t({ id: 'instansi pertama', en: 'the first instansi' }));
        report(accept, Rules.secondAgency, {
            id: `Workspace sudah punya instansi ${first.name} (${place(first)}); satu workspace memodelkan satu instansi. Pisahkan instansi lain ke workspace sendiri.`,
            en: `The workspace already has the instansi ${first.name} (${place(first)}); one workspace models one agency. Move the other agency to its own workspace.`
        }, { node, property: 'name' }, [], related ? [related] : []);
    };

    const unique = [checkUnique];
    return {
        Instansi: [checkUnique, checkSingleAgency], Unit: unique, Proses: unique, Data: unique, Layanan: unique, Aplikasi: unique,
        Infrastruktur: unique, Keamanan: unique, PetaRencana: unique, Inisiatif: unique, Tonggak: unique, Tampilan: unique, KodeReferensi: [
            (node, accept) => { if (ast.isModel(node.$container)) checkUnique(node, accept); }
        ],
        Abaikan: [checkAcknowledgement],
    };
}

function distance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 1) return 2;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const rest = (x: string, y: string) => x.substring(i + 1) === y.substring(i + 1) || x.substring(i + 1) === y.substring(i) || x.substring(i) === y.substring(i + 1);
    return a === b ? 0 : rest(a, b) ? 1 : 2;
}
