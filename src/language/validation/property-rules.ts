// A property given twice in one block (SPBE-S02). A block lists its properties in any order, so the grammar
// reads it as a loop, and a single-valued property there is assigned with '=' (the AST keeps one value, as
// the code expects); written twice, the parser keeps the last value and drops the earlier one. Langium's
// grammar check warns about exactly this ("Found multiple assignments"); the grammar says why it is
// intended, and this rule makes sure no value is lost silently: every occurrence but the last is reported,
// with a fix that removes it. It is generic: any '=' or '?=' assignment of any rule that occurs more than
// once in one node, read off the concrete syntax tree (which keeps every occurrence).
import type { AstNode, CstNode, ValidationAcceptor } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import { reflection } from '../generated/ast.js';
import type { RuleChecks, RuleContext } from './context.js';
import { replace } from './fixes.js';
import { report } from './report.js';
import { Rules } from './rules.js';

interface Occurrence { feature: string; first: CstNode; last: CstNode }

/** The single-valued assignments written in `node`'s own text (not in nested nodes), in order. */
export function singleValuedAssignments(node: AstNode): Occurrence[] {
    const out: Occurrence[] = [];
    const visit = (cst: CstNode) => {
        const assignment = cst.grammarSource ? AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment) : undefined;
        // The value of one of the node's assignments (a token, a datatype rule's text, or the whole text of a
        // nested node, whose own CST node belongs to it): one occurrence, not entered.
        if (assignment) {
            const leaves = [...CstUtils.flattenCst(cst)];
            if (assignment.operator !== '+=' && leaves.length) out.push({ feature: assignment.feature, first: leaves[0], last: leaves[leaves.length - 1] });
            return;
        }
        // Groups and fragments of the node's own rule are entered; nested nodes were handled above.
        if (cst.astNode === node && isCompositeCstNode(cst)) for (const child of cst.content) visit(child);
    };
    if (node.$cstNode && isCompositeCstNode(node.$cstNode)) for (const child of node.$cstNode.content) visit(child);
    return out;
}

/** The keyword that introduces a value (`pemilik` in `pemilik Diskominfo`), if the token before it is one. */
function keywordBefore(value: CstNode): CstNode | undefined {
    const previous = CstUtils.getPreviousNode(value, false);
    return previous && GrammarAST.isKeyword(previous.grammarSource) && previous.text !== '{' && previous.text !== ',' ? previous : undefined;
}

export function checkRepeatedProperties(node: AstNode, accept: ValidationAcceptor): void {
    const byFeature = new Map<string, Occurrence[]>();
    for (const o of singleValuedAssignments(node)) {
        const list = byFeature.get(o.feature);
        if (list) list.push(o); else byFeature.set(o.feature, [o]);
    }
    for (const [feature, list] of byFeature) {
        if (list.length < 2) continue;
        for (const o of list.slice(0, -1)) {
            const keyword = keywordBefore(o.first);
            const start = keyword ?? o.first;
            const word = keyword?.text ?? feature;
            // Removing the property takes the white space before it too, so no empty line is left.
            const before = CstUtils.getPreviousNode(start, false);
            const range = { start: (before ?? start).range.end, end: o.last.range.end };
            report(accept, Rules.repeatedProperty, {
                id: `\`${word}\` ditulis ${list.length} kali dalam blok ini; hanya yang terakhir berlaku. Hapus yang lain.`,
                en: `\`${word}\` is given ${list.length} times in this block; only the last one counts. Remove the others.`
            }, { node, range: { start: start.range.start, end: o.last.range.end } },
            [{ title: `Hapus \`${word}\` ini / remove this \`${word}\``, edits: [replace(range, '')], preferred: true }]);
        }
    }
}

/**
 * The check, for every concrete node type of the language (a new rule with a property block is covered
 * without a list); not for the union types, whose checks Langium would run again on the same node.
 */
export function propertyChecks(_ctx: RuleContext): RuleChecks {
    const concrete = reflection.getAllTypes().filter(type => reflection.getAllSubTypes(type).every(sub => sub === type));
    return Object.fromEntries(concrete.map(type => [type, [checkRepeatedProperties]])) as RuleChecks;
}
