// Completion: reference codes are offered with their names, filtered to the element's domain
// (a process is offered RAB codes, a data set RAD codes, ...), in code order.
import type { AstNode, AstNodeDescription, ReferenceInfo, Stream } from 'langium';
import { AstUtils } from 'langium';
import type { CompletionContext, CompletionValueItem } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import { DOMAIN_PREFIX } from '../../reference/codes.js';
import { domainOf } from '../labels.js';

export class SpbeCompletionProvider extends DefaultCompletionProvider {
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (this.astReflection.getReferenceType(refInfo) !== ast.KodeReferensi.$type) return candidates;
        const prefix = expectedPrefix(refInfo.container);
        return prefix ? candidates.filter(d => d.name.startsWith(prefix + '.')) : candidates;
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
