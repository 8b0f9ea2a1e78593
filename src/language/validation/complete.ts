// Which AST nodes are complete enough to validate. Error recovery builds a node even when a part the grammar
// requires is missing (`proses {`: a process without a name; `tahun -5`: a range without a start year); the
// syntax error already reports it, and a rule that reads the missing part said things like "Data set
// undefined has no wali data" or "Start year undefined is after end year 5". So the rules skip a node that
// lacks a property its grammar rule always assigns, read off the grammar itself (no list to keep in step).
import type { AstNode, Grammar, GrammarAST } from 'langium';
import { GrammarAST as G } from 'langium';

/** For each AST type, the properties its parser rule assigns on every path (single values, not lists or flags). */
export function requiredProperties(grammar: Grammar): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const rule of grammar.rules) {
        if (!G.isParserRule(rule) || rule.fragment || rule.dataType !== undefined || rule.returnType || rule.inferredType) continue;
        const required = requiredIn(rule.definition, new Set());
        if (required.size > 0) out.set(rule.name, [...required]);
    }
    return out;
}

function requiredIn(element: GrammarAST.AbstractElement, fragments: Set<GrammarAST.ParserRule>): Set<string> {
    if (element.cardinality === '?' || element.cardinality === '*') return new Set();
    if (G.isAssignment(element)) return element.operator === '=' ? new Set([element.feature]) : new Set();
    if (G.isGroup(element)) {
        const all = new Set<string>();
        for (const e of element.elements) for (const p of requiredIn(e, fragments)) all.add(p);
        return all;
    }
    if (G.isAlternatives(element) || G.isUnorderedGroup(element)) {
        // Only what every alternative assigns (an unordered group is counted the same, conservatively).
        const sets = element.elements.map(e => requiredIn(e, fragments));
        return sets.reduce((a, b) => new Set([...a].filter(p => b.has(p))));
    }
    if (G.isRuleCall(element)) {
        const called = element.rule.ref;
        if (G.isParserRule(called) && called.fragment && !fragments.has(called)) {
            return requiredIn(called.definition, new Set([...fragments, called]));
        }
    }
    return new Set();
}

export class Completeness {
    private readonly required: Map<string, string[]>;

    constructor(grammar: Grammar) {
        this.required = requiredProperties(grammar);
    }

    /** Whether a property the node's grammar rule always assigns is missing (lost to a syntax error). */
    isIncomplete(node: AstNode): boolean {
        const required = this.required.get(node.$type);
        if (!required) return false;
        const values = node as unknown as Record<string, unknown>;
        return required.some(p => values[p] === undefined);
    }
}
