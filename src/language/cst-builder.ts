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
import type { IToken } from 'chevrotain';
import type { CstNode } from 'langium';
import { CstNodeBuilder, CstUtils, LangiumParser, LeafCstNodeImpl, type LangiumCoreServices } from 'langium';

/** Well below V8's argument limit (about 120,000 with the default stack), with room for the caller's frames. */
const CHUNK = 8192;

export class SpbeCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const current = this.current;
        const root = current.root;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
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
