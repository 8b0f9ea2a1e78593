// Quick fixes travel with their diagnostic (in `data`), computed by the rule that reports the finding,
// so the code action provider only turns them into LSP code actions. Edits are in the diagnostic's document.
import type { AstNode, CstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';

export interface QuickFix {
    title: string;
    edits: TextEdit[];
    /** The fix the editor offers first (Ctrl+.). */
    preferred?: boolean;
}

/** What a rule puts in `Diagnostic.data`: `code` is the rule id (as langium/test's testCodeAction expects). */
export interface RuleData {
    code: string;
    fixes?: QuickFix[];
    /** Set when an `abaikan` in the model acknowledges the finding: its written justification. */
    acknowledged?: string;
}

export function replace(range: Range, newText: string): TextEdit {
    return { range, newText };
}

/** Replaces the text of a property (a keyword-valued property, a reference or a name). */
export function replaceProperty(node: AstNode, property: string, newText: string, index?: number): TextEdit | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
    return cst ? replace(cst.range, newText) : undefined;
}

function lineIndent(node: CstNode): string {
    const text = node.root.fullText;
    const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
    return /^[ \t]*/.exec(text.substring(lineStart))![0];
}

/**
 * Inserts a property line (e.g. `justifikasi "..."`) into an element's block, after the opening brace,
 * or gives the element a block when it has none.
 */
export function insertProperty(node: AstNode, line: string): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const indent = lineIndent(cst);
    const brace = GrammarUtils.findNodeForKeyword(cst, '{');
    if (brace) {
        const text = cst.root.fullText;
        const closing = GrammarUtils.findNodeForKeyword(cst, '}');
        const sameLine = closing && text.substring(brace.end, closing.offset).indexOf('\n') < 0;
        if (sameLine) {
            // `{ kode X }` on one line: keep it on one line.
            return { range: { start: brace.range.end, end: brace.range.end }, newText: ` ${line}` };
        }
        return { range: { start: brace.range.end, end: brace.range.end }, newText: `\n${indent}    ${line}` };
    }
    return { range: { start: cst.range.end, end: cst.range.end }, newText: ` {\n${indent}    ${line}\n${indent}}` };
}
