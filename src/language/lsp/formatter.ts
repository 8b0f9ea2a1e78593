// Formatting: one property per line, blocks indented, top-level declarations at column 0, at most
// one blank line kept where the author put blank lines, `,` and `:` tight. It is a pretty printer over the CST's tokens
// (comments included), so formatting a formatted file changes nothing. Files with syntax errors are
// left alone rather than risk rearranging half-typed text.
import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, FormattingOptions, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { hasSyntaxErrors } from '../parser-messages.js';

/** Properties whose value is itself a keyword (`status aktif`, `muatan layanan`, ...). */
const TAKES_KEYWORD_VALUE = new Set(['status', 'jenis', 'muatan', 'kategori', 'klasifikasi', 'pengelola', 'dasar-hukum']);

/** Nodes written on one line inside their parent's block. */
function isInlineNode(node: AstNode): boolean {
    return ast.isIntegrasi(node) || ast.isIndikatorIndeks(node) || ast.isAspekIndeks(node) || ast.isDomainIndeks(node)
        || ast.isNilaiIndikator(node) || ast.isPredikatIndeks(node) || ast.isTargetIndikator(node) || ast.isTargetTahunan(node)
        || ast.isAbaikan(node) || ast.isDasarHukum(node) || ast.isRentang(node) || isViewRulePart(node);
}

/** A named view's rule and its selectors: one rule per line. */
function isViewRulePart(node: AstNode): boolean {
    return ast.isAturanTampilan(node) || ast.isPrefiksKode(node) || (node.$container !== undefined && ast.isAturanTampilan(node.$container));
}

export function formatText(document: LangiumDocument, options: Pick<FormattingOptions, 'tabSize' | 'insertSpaces'>): string | undefined {
    const { parseResult, textDocument } = document;
    if (hasSyntaxErrors(parseResult)) return undefined;
    const root = parseResult.value.$cstNode;
    if (!root) return undefined;
    const text = textDocument.getText();
    const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 4);
    const leaves = CstUtils.streamCst(root).filter(n => !('content' in n)).toArray()
        .sort((a, b) => a.offset - b.offset);

    const lines: string[] = [];
    let line = '';
    let depth = 0;
    let inlineBraces = 0;
    let prev: CstNode | undefined;
    let prevEnd = 0;

    const newLine = (indentDepth: number, keepBlank: boolean) => {
        if (line.trim() !== '' || lines.length > 0) lines.push(line.trimEnd());
        if (keepBlank && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        line = unit.repeat(Math.max(0, indentDepth));
    };

    for (const leaf of leaves) {
        const gap = text.substring(prevEnd, leaf.offset);
        const newlinesBefore = (gap.match(/\n/g) ?? []).length;
        const isComment = leaf.hidden;
        const isKeyword = GrammarAST.isKeyword(leaf.grammarSource);
        const value = leaf.text;
        const owner = leaf.astNode;
        const prevText = prev?.text;
        const afterLineComment = prev?.hidden === true && prevText?.startsWith('//');

        let breakBefore = false;
        let indentDepth = depth;
        let keepBlank = false;

        if (prev === undefined) {
            breakBefore = false;
        } else if (isComment) {
            breakBefore = newlinesBefore > 0;
            keepBlank = depth === 0 && newlinesBefore > 1;
        } else if (value === '}' && inlineBraces === 0) {
            breakBefore = true;
            indentDepth = depth - 1;
        } else if (depth === 0) {
            // A new top-level declaration starts at column 0.
            breakBefore = owner.$container !== undefined && ast.isModel(owner.$container) && owner.$cstNode?.offset === leaf.offset;
            keepBlank = breakBefore && newlinesBefore > 1;
        } else if (isKeyword && inlineBraces === 0) {
            if (isInlineNode(owner)) breakBefore = (ast.isNilaiIndikator(owner) || ast.isAturanTampilan(owner)) && owner.$cstNode?.offset === leaf.offset;
            else breakBefore = !(prev && GrammarAST.isKeyword(prev.grammarSource) && TAKES_KEYWORD_VALUE.has(prevText ?? '')) && value !== ',' && value !== ':' && value !== '-' && value !== '{';
        }
        if (afterLineComment) breakBefore = true;
        // Keep (at most) one blank line the author put between lines, except just inside braces.
        if (breakBefore && newlinesBefore > 1 && prevText !== '{' && !(value === '}' && !isComment)) keepBlank = true;

        if (breakBefore) {
            newLine(indentDepth, keepBlank);
        } else if (prev !== undefined) {
            // `RAB.09*`: the star of a code prefix sticks to the code.
            const tight = value === ',' || value === ':' || (value === '*' && ast.isPrefiksKode(owner));
            if (!tight) line += ' ';
        }
        line += value;

        if (!isComment && value === '{') {
            if (ast.isTargetIndikator(owner)) inlineBraces++;
            else depth++;
        } else if (!isComment && value === '}') {
            if (inlineBraces > 0) inlineBraces--;
            else depth = Math.max(0, depth - 1);
        }
        prev = leaf;
        prevEnd = leaf.end;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines.join('\n') + '\n';
}

export class SpbeFormatter implements Formatter {
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        const formatted = formatText(document, params.options);
        const original = document.textDocument.getText();
        if (formatted === undefined || formatted === original) return [];
        return [{
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(original.length) },
            newText: formatted
        }];
    }

    formatDocumentRange(): MaybePromise<TextEdit[]> {
        return [];
    }

    formatDocumentOnType(): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
