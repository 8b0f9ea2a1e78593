// Langium's CST node builder, made safe and linear for files with very many comments or declarations.
//
// Comments are hidden tokens: before each token it consumes, the parser hands the comments that precede it
// to addHiddenNodes, which Langium (4.2, parser/cst-node-builder.js) implements with two problems:
// - It inserts them with `push(...nodes)` / `splice(i, 0, ...nodes)` / `unshift(...nodes)`. A spread passes
//   every element as an argument on the call stack, so some 125,000 comments in one place (150,000 lines of
//   `/**/` inside one element: a legal 750 KB file) overflowed the stack and the file could not be analysed.
//   Here they are added in chunks that fit.
// - At the start of every rule (even with no comments to add) it looks up the new node's position with
//   `indexOf` in its parent's children, from the front; at the top level that is every declaration so far,
//   so a file of many declarations cost time quadratic in their number (a 900 KB file of token garbage, whose
//   error recovery makes some 30,000 declarations: 1.9 s of 6). The new node is its parent's last child, so
//   it is looked up from the back, and nothing is done when there is nothing to add.
// The comments land in the same places and the same order as with Langium's builder.
//
// Every token becomes a leaf (400,000 in a workspace of 20,000 elements), and Langium gives each one its
// range (three objects) when it is built, though few are ever read (names, references, findings). Worse,
// chevrotain's token objects keep their positions as boxed numbers (its end-of-file token has NaN positions,
// so V8 stores the fields of every token as doubles), and copying them into the leaves and ranges boxed
// every number there too: about 250 bytes per leaf, 100 MB of the large workspace's 400 MB heap. The leaves
// here keep the token's four positions as small integers and make the range, the same one from then on,
// when it is first read.
import type { IToken, TokenType } from 'chevrotain';
import type { CstNode, GrammarAST, RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { CstNodeBuilder, LangiumParser, LeafCstNodeImpl, type LangiumCoreServices } from 'langium';

/** Well below V8's argument limit (about 120,000 with the default stack), with room for the caller's frames. */
const CHUNK = 8192;

/** `n` as a small integer (what V8 stores unboxed) when it is one; token positions always are. */
function int(n: number): number {
    return (n | 0) === n ? n | 0 : n;
}

/** A leaf with Langium's range (CstUtils.tokenToRange of its token), made when it is first read. */
export class SpbeLeafCstNode extends LeafCstNodeImpl {
    private readonly startLine: number;
    private readonly startColumn: number;
    private readonly endLine: number;
    private readonly endColumn: number;

    constructor(token: IToken, tokenType: TokenType, hidden: boolean) {
        super(int(token.startOffset), token.image.length, undefined as unknown as Range, tokenType, hidden);
        this.startLine = int(token.startLine!);
        this.startColumn = int(token.startColumn!);
        this.endLine = int(token.endLine!);
        this.endColumn = int(token.endColumn!);
    }

    override get range(): Range {
        const self = this as unknown as { _range: Range | undefined };
        // Chevrotain counts lines and columns from 1, the LSP from 0 (as tokenToRange converts them).
        return self._range ??= {
            start: { character: this.startColumn - 1, line: this.startLine - 1 },
            end: { character: this.endColumn, line: this.endLine - 1 }
        };
    }
}

export class SpbeCstNodeBuilder extends CstNodeBuilder {
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNodeImpl {
        const leaf = new SpbeLeafCstNode(token, token.tokenType, !feature);
        leaf.grammarSource = feature;
        leaf.root = (this as unknown as { rootNode: RootCstNode }).rootNode;
        this.current.content.push(leaf);
        return leaf;
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const current = this.current;
        const root = current.root;
        const nodes = tokens.map(token => {
            const leaf = new SpbeLeafCstNode(token, token.tokenType, true);
            leaf.root = root;
            return leaf;
        });
        // Inside a node that has content: after it.
        if (current.content.length > 0) {
            insertAll(current.content, current.content.length, nodes);
            return;
        }
        // At a node just begun: before the first of it and its ancestors that is not its parent's first child.
        let node: CstNode = current;
        while (node.container) {
            const siblings = node.container.content;
            const index = siblings.lastIndexOf(node);
            if (index > 0) {
                insertAll(siblings, index, nodes);
                return;
            }
            node = node.container;
        }
        // Otherwise they are the first nodes of the file.
        insertAll(root.content, 0, nodes);
    }
}

/** `list.splice(index, 0, ...items)` without passing more than CHUNK arguments at once. */
function insertAll(list: CstNode[], index: number, items: CstNode[]): void {
    for (let i = 0; i < items.length; i += CHUNK) {
        const chunk = items.slice(i, i + CHUNK);
        if (index === list.length) list.push(...chunk);
        else list.splice(index, 0, ...chunk);
        index += chunk.length;
    }
}

/** Langium's document parser with the chunking node builder above. */
export class SpbeLangiumParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // The builder is a private field of LangiumParser that Langium offers no way to inject.
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new SpbeCstNodeBuilder();
    }
}
