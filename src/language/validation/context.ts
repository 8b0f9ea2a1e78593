// What the rule files share: the reference catalog, the per-build workspace facts, and a way to merge
// each file's checks into one registration.
import type { AstNode, ValidationAcceptor, ValidationCheck } from 'langium';
import type { SpbeAstType } from '../generated/ast.js';
import type { ReferenceCatalog } from '../catalog.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export interface RuleContext {
    readonly catalog: ReferenceCatalog;
    facts(): WorkspaceFacts;
}

type Check<T extends AstNode> = (node: T, accept: ValidationAcceptor) => void;
export type RuleChecks = { [K in keyof SpbeAstType]?: Check<SpbeAstType[K]>[] };

export function mergeChecks(...all: RuleChecks[]): Record<string, ValidationCheck[]> {
    const out: Record<string, ValidationCheck[]> = {};
    for (const checks of all) {
        for (const [type, list] of Object.entries(checks)) {
            (out[type] ??= []).push(...(list as unknown as ValidationCheck[]));
        }
    }
    return out;
}
