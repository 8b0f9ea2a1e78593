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

/** The start of the line a CST node begins on, and the start of the next line (for removing whole lines). */
function lineBounds(node: CstNode, endNode: CstNode): { blankBefore: boolean; blankAfter: boolean; start: Range['start']; next: Range['start'] } {
    const text = node.root.fullText;
    const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
    const lineEnd = text.indexOf('\n', endNode.end);
    return {
        blankBefore: text.substring(lineStart, node.offset).trim() === '',
        blankAfter: text.substring(endNode.end, lineEnd < 0 ? text.length : lineEnd).trim() === '',
        start: { line: node.range.start.line, character: 0 },
        next: lineEnd < 0 ? endNode.range.end : { line: endNode.range.end.line + 1, character: 0 },
    };
}

/**
 * The CST nodes of one value of a list property (`melalui A, B`), the keyword that opens its group (a
 * property may be written twice) and the values of that group.
 */
function listGroup(owner: AstNode, property: string, index: number, keyword: string): { item: CstNode; opening: CstNode; group: CstNode[] } | undefined {
    const cst = owner.$cstNode;
    if (!cst) return undefined;
    const items = GrammarUtils.findNodesForProperty(cst, property);
    const item = items[index];
    if (!item) return undefined;
    const keywords = GrammarUtils.findNodesForKeyword(cst, keyword);
    const opening = keywords.filter(k => k.offset < item.offset).pop();
    if (!opening) return undefined;
    const next = keywords.find(k => k.offset > opening.offset);
    const group = items.filter(i => i.offset > opening.offset && (!next || i.offset < next.offset));
    return { item, opening, group };
}

/**
 * Removes one value of a list property (`melalui A, B` -> `melalui B`): the value and its comma, or the
 * keyword with it when it is its group's only value (the whole line when nothing else is on it).
 * `index` is the value's index among all values of the property (0 for a single-valued one).
 */
export function removeListItem(owner: AstNode, property: string, index: number, keyword: string): TextEdit[] | undefined {
    const found = listGroup(owner, property, index, keyword);
    if (!found) return undefined;
    const { item, opening, group } = found;
    if (group.length === 1) {
        const line = lineBounds(opening, item);
        if (line.blankBefore && line.blankAfter) return [replace({ start: line.start, end: line.next }, '')];
        // With the spaces before the keyword (on its line), so `{ a melalui B }` becomes `{ a }`.
        const text = opening.root.fullText;
        let spaces = 0;
        while (spaces < opening.range.start.character && (text[opening.offset - spaces - 1] === ' ' || text[opening.offset - spaces - 1] === '\t')) spaces++;
        return [replace({ start: { line: opening.range.start.line, character: opening.range.start.character - spaces }, end: item.range.end }, '')];
    }
    const at = group.indexOf(item);
    // Without the first value: up to the next one; otherwise from the end of the previous one (its comma).
    return [at === 0 ? replace({ start: item.range.start, end: group[1].range.start }, '') : replace({ start: group[at - 1].range.end, end: item.range.end }, '')];
}

/** `mewujudkan X` -> `mengubah X` for one value of an initiative's `mewujudkan` list. */
export function moveToMengubah(node: AstNode, index: number, name: string): TextEdit[] | undefined {
    const found = listGroup(node, 'mewujudkan', index, 'mewujudkan');
    if (!found) return undefined;
    if (found.group.length === 1) return [replace(found.opening.range, 'mengubah')];
    const removal = removeListItem(node, 'mewujudkan', index, 'mewujudkan');
    const insertion = insertProperty(node, `mengubah ${name}`);
    return removal && insertion ? [insertion, ...removal] : undefined;
}

/** Sets an element's status: replaces the written one, or inserts `status X`. */
export function setStatus(node: AstNode & { status?: string }, status: string): TextEdit | undefined {
    return node.status ? replaceProperty(node, 'status', status) : insertProperty(node, `status ${status}`);
}
