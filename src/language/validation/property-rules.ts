// A property given twice in one block (SPBE-S02). A block lists its properties in any order, so the grammar
// reads it as a loop, and a single-valued property there is assigned with '=' (the AST keeps one value, as
// the code expects); written twice, the parser keeps the last value and drops the earlier one. Langium's
// grammar check warns about exactly this ("Found multiple assignments"); the grammar says why it is
// intended, and this rule makes sure no value is lost silently: every occurrence but the last is reported,
// with a fix that removes it. It is generic: any '=' or '?=' assignment of any rule that occurs more than
// once in one node, read off the concrete syntax tree (which keeps every occurrence).
import type { AstNode, CstNode, GrammarAST as GrammarTypes, ValidationAcceptor } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import { reflection } from '../generated/ast.js';
import type { RuleChecks, RuleContext } from './context.js';
import { replace } from './fixes.js';
import { report } from './report.js';
import { Rules } from './rules.js';

interface Occurrence { feature: string; first: CstNode; last: CstNode }

/**
 * The assignment a grammar element belongs to, or null, cached per element: the grammar is fixed, and the
 * rule asks this of every CST node of every node in the workspace.
 */
const assignmentOf = new WeakMap<GrammarTypes.AbstractElement, GrammarAST.Assignment | null>();

function assignmentFor(element: GrammarTypes.AbstractElement): GrammarAST.Assignment | undefined {
    let assignment = assignmentOf.get(element);
    if (assignment === undefined) {
        assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ?? null;
        assignmentOf.set(element, assignment);
    }
    return assignment ?? undefined;
}

/** The first leaf of `cst` in document order (what `flattenCst(cst)` yields first), without flattening it. */
function firstLeaf(cst: CstNode): CstNode | undefined {
    if (!isCompositeCstNode(cst)) return cst;
    for (const child of cst.content) {
        const leaf = firstLeaf(child);
        if (leaf) return leaf;
    }
    return undefined;
}

/** The last leaf of `cst` in document order (what `flattenCst(cst)` yields last). */
function lastLeaf(cst: CstNode): CstNode | undefined {
    if (!isCompositeCstNode(cst)) return cst;
    for (let i = cst.content.length - 1; i >= 0; i--) {
        const leaf = lastLeaf(cst.content[i]);
        if (leaf) return leaf;
    }
    return undefined;
}

/** The CST nodes of the single-valued assignments written in `node`'s own text (not in nested nodes), in order. */
function assignedValues(node: AstNode, visitValue: (feature: string, value: CstNode) => void): void {
    const visit = (cst: CstNode) => {
        const assignment = cst.grammarSource ? assignmentFor(cst.grammarSource) : undefined;
        // The value of one of the node's assignments (a token, a datatype rule's text, or the whole text of a
        // nested node, whose own CST node belongs to it): one occurrence, not entered.
        if (assignment) {
            if (assignment.operator !== '+=') visitValue(assignment.feature, cst);
            return;
        }
        // Groups and fragments of the node's own rule are entered; nested nodes were handled above.
        if (cst.astNode === node && isCompositeCstNode(cst)) for (const child of cst.content) visit(child);
    };
    if (node.$cstNode && isCompositeCstNode(node.$cstNode)) for (const child of node.$cstNode.content) visit(child);
}

/** The single-valued assignments written in `node`'s own text (not in nested nodes), in order; a value without text is none. */
export function singleValuedAssignments(node: AstNode): Occurrence[] {
    const out: Occurrence[] = [];
    assignedValues(node, (feature, value) => {
        const first = firstLeaf(value);
        if (first) out.push({ feature, first, last: lastLeaf(value)! });
    });
    return out;
}

/**
 * The occurrences of the features assigned more than once in `node`'s own text: the same as grouping
 * singleValuedAssignments(node) by feature and keeping the groups of two or more, without finding the leaves
 * of the values of features that occur once (nearly all of them).
 */
export function repeatedAssignments(node: AstNode): Map<string, Occurrence[]> {
    const features: string[] = [];
    const values: CstNode[] = [];
    const seen = new Set<string>();
    let twice: Set<string> | undefined;
    assignedValues(node, (feature, value) => {
        if (seen.has(feature)) (twice ??= new Set()).add(feature);
        else seen.add(feature);
        features.push(feature);
        values.push(value);
    });
    const out = new Map<string, Occurrence[]>();
    if (!twice) return out;
    for (let i = 0; i < features.length; i++) {
        if (!twice.has(features[i])) continue;
        const first = firstLeaf(values[i]);
        if (!first) continue;
        const list = out.get(features[i]);
        const occurrence = { feature: features[i], first, last: lastLeaf(values[i])! };
        if (list) list.push(occurrence); else out.set(features[i], [occurrence]);
    }
    for (const [feature, list] of out) if (list.length < 2) out.delete(feature);
    return out;
}

/** The keyword that introduces a value (`pemilik` in `pemilik Diskominfo`), if the token before it is one. */
function keywordBefore(value: CstNode): CstNode | undefined {
    const previous = CstUtils.getPreviousNode(value, false);
    return previous && GrammarAST.isKeyword(previous.grammarSource) && previous.text !== '{' && previous.text !== ',' ? previous : undefined;
}

export function checkRepeatedProperties(node: AstNode, accept: ValidationAcceptor): void {
    for (const [feature, list] of repeatedAssignments(node)) {
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
