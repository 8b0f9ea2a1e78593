// Reports a rule's finding: its default severity, the message in the display language, the rule id as the
// diagnostic code (and in `data.code`, where quick fixes look for it), and the quick fixes.
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import { t, type Texts } from '../../common/i18n.js';
import type { QuickFix, RuleData } from './fixes.js';
import type { RuleInfo } from './rules.js';

export interface Where<N extends AstNode = AstNode> {
    node: N;
    property?: string;
    index?: number;
    keyword?: string;
    /** An explicit range in the node's document (instead of a property or keyword). */
    range?: Range;
}

export function report(accept: ValidationAcceptor, rule: RuleInfo, message: Texts, where: Where, fixes: QuickFix[] = [],
    related: DiagnosticRelatedInformation[] = []): void {
    const data: RuleData = { code: rule.id };
    if (fixes.length) data.fixes = fixes;
    const info = { ...where, code: rule.id, data } as DiagnosticInfo<AstNode>;
    if (related.length) info.relatedInformation = related;
    accept(rule.severity, t(message), info);
}

/** A related location for a diagnostic: the node's name (or whole node) in its own document. */
export function relatedAt(node: AstNode, message: string): DiagnosticRelatedInformation | undefined {
    const doc = AstUtils.getDocument(node);
    const cst = node.$cstNode;
    if (!cst) return undefined;
    return { location: { uri: doc.uri.toString(), range: cst.range }, message };
}

export function nameOf(node: AstNode): string {
    return (node as { name?: string }).name ?? node.$type;
}
