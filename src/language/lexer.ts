// The lexer, with tokens that are instances of a class. Chevrotain makes each token an object literal, and its
// end-of-file token, made the same way with NaN positions, leads V8 to store the positions of every token as
// boxed doubles: six extra heap objects per token (the large workspace has 400,000 tokens), and one more for
// each read of a position in code that V8 has not optimised. A class keeps its own field layout, with the
// positions as small integers. The tokens carry the same fields with the same values.
import type { IToken, TokenType } from 'chevrotain';
import type { LangiumCoreServices } from 'langium';
import { DefaultLexer } from 'langium';

class LexedToken implements IToken {
    image: string;
    startOffset: number;
    endOffset: number;
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
    tokenTypeIdx: number;
    tokenType: TokenType;

    constructor(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number, imageLength: number) {
        // As chevrotain's createFullToken (positionTracking 'full', which Langium's lexer uses).
        this.image = image;
        this.startOffset = startOffset;
        this.endOffset = startOffset + imageLength - 1;
        this.startLine = startLine;
        this.endLine = startLine;
        this.startColumn = startColumn;
        this.endColumn = startColumn + imageLength - 1;
        this.tokenTypeIdx = tokenTypeIdx;
        this.tokenType = tokenType;
    }
}

export class SpbeLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
        // The function chevrotain's lexer calls for each token it matches (chosen in its constructor by
        // positionTracking; Langium always asks for 'full').
        (this.chevrotainLexer as unknown as { createTokenInstance: (...args: ConstructorParameters<typeof LexedToken>) => IToken }).createTokenInstance =
            (image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) =>
                new LexedToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength);
    }
}
