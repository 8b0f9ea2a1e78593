// Completion: reference codes are offered with their names, filtered to the element's domain
// (a process is offered RAB codes, a data set RAD codes, ...), in code order.
// In a national-scale workspace a reference to any architecture element has 20,000 candidates; the
// list is capped (after filtering by what is typed, elements of the same file first), and the client
// asks again as the user types, since Langium marks every completion list incomplete.
import type { AstNode, AstNodeDescription, ReferenceInfo, Stream } from 'langium';
import { AstUtils, stream } from 'langium';
import type { CompletionBacktrackingInformation, CompletionContext, CompletionValueItem } from 'langium/lsp';
import type { IToken } from 'chevrotain';
import { DefaultCompletionProvider } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import { DOMAIN_PREFIX } from '../../reference/codes.js';
import { domainOf } from '../labels.js';

/** At most this many reference candidates per completion request. */
export const MAX_REFERENCE_CANDIDATES = 1000;

export class SpbeCompletionProvider extends DefaultCompletionProvider {
    /** The tokens of the text of the last request: the requests of one document version share them. */
    private lastTokens: { text: string; tokens: IToken[] } | undefined;

    /**
     * Langium lexes the whole document on every completion request just to find the token at the cursor,
     * by a linear scan (in a 50 KB file of 5000 syntax errors, 15 ms per request). The tokens are kept
     * for the text they came from and the token found by binary search; the answer is the same.
     */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        if (this.lastTokens?.text !== text) this.lastTokens = { text, tokens: this.lexer.tokenize(text).tokens };
        const tokens = this.lastTokens.tokens;
        if (tokens.length === 0) return { nextTokenStart: offset, nextTokenEnd: offset };
        // The first token that ends at or after the offset (tokens are sorted and do not overlap).
        let lo = 0, hi = tokens.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (tokens[mid].endOffset! >= offset) hi = mid; else lo = mid + 1;
        }
        const previous = lo > 0 ? tokens[lo - 1] : undefined;
        const previousTokenStart = previous?.startOffset;
        const previousTokenEnd = previous ? previous.endOffset! + 1 : undefined;
        const token = tokens[lo];
        if (token === undefined || token.startOffset >= offset) {
            // Between two tokens, or past the last one.
            return { nextTokenStart: offset, nextTokenEnd: offset, previousTokenStart, previousTokenEnd };
        }
        return { nextTokenStart: token.startOffset, nextTokenEnd: token.endOffset! + 1, previousTokenStart, previousTokenEnd };
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (this.astReflection.getReferenceType(refInfo) === ast.KodeReferensi.$type) {
            const prefix = expectedPrefix(refInfo.container);
            return prefix ? candidates.filter(d => d.name.startsWith(prefix + '.')) : candidates;
        }
        return this.capped(candidates, context);
    }

    private capped(candidates: Stream<AstNodeDescription>, context: CompletionContext): Stream<AstNodeDescription> {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        const here = context.document.uri.toString();
        const sameFile: AstNodeDescription[] = [];
        const others: AstNodeDescription[] = [];
        // A file's own declarations are both local and global symbols: offer each once.
        const seen = new Set<string>();
        for (const d of candidates) {
            if (typed && !this.fuzzyMatcher.match(typed, d.name)) continue;
            const uri = d.documentUri.toString();
            const key = `${uri}#${d.path}`;
            if (seen.has(key)) continue;
            seen.add(key);
            (uri === here ? sameFile : others).push(d);
        }
        return stream(sameFile).concat(others).limit(MAX_REFERENCE_CANDIDATES);
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        if (ast.isKodeReferensi(node)) {
            item.detail = node.title;
            item.sortText = node.name;
            item.filterText = node.name;
        } else if (node && 'title' in node && typeof node.title === 'string') {
            item.detail = node.title;
        }
        return item;
    }
}

function expectedPrefix(container: AstNode | undefined): string | undefined {
    if (!container) return undefined;
    if (ast.isElemen(container)) return DOMAIN_PREFIX[domainOf(container)];
    if (ast.isAplikasiUmum(container)) return 'RAB';
    const elemen = AstUtils.getContainerOfType(container, ast.isElemen);
    return elemen ? DOMAIN_PREFIX[domainOf(elemen)] : undefined;
}
