// Semantic highlighting: declared names, references to units/elements/initiatives, and reference codes
// get token types the theme colours differently from the keywords the TextMate grammar already marks.
// A list property is highlighted by finding its CST nodes once: Langium's `{ property, index }` finds them
// all again for each item, which made a list of 10,000 references take minutes.
import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenTypes } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { RELATIONS } from '../relations.js';

/** Properties that list references to elements: the relations written as plain lists (an integration's target
 * and bus are highlighted on its Integrasi node, below) and the initiatives' verbs. */
const ELEMENT_REFS: readonly string[] = [...RELATIONS.filter(r => !('via' in r)).map(r => r.property), 'mewujudkan', 'mengubah', 'menghentikan'];

export class SpbeSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isUnit(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.type });
        else if (ast.isElemen(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: 'declaration' });
        else if (ast.isInisiatif(node) || ast.isTonggak(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.event, modifier: 'declaration' });
        else if (ast.isInstansi(node) || ast.isReferensi(node) || ast.isAturanIndeks(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace });
        else if (ast.isKodeReferensi(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: 'declaration' });
        else if (ast.isAplikasiUmum(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: 'defaultLibrary' });

        if ('kode' in node && ast.isElemen(node) && node.kode) acceptor({ node, property: 'kode', type: SemanticTokenTypes.enumMember });
        if (ast.isElemen(node) && node.pemilik) acceptor({ node, property: 'pemilik', type: SemanticTokenTypes.type });
        if (ast.isData(node)) {
            if (node.waliData) acceptor({ node, property: 'waliData', type: SemanticTokenTypes.type });
            eachItem(node, 'produsenData', acceptor, SemanticTokenTypes.type);
        }
        if (ast.isAplikasi(node) && node.umum) acceptor({ node, property: 'umum', type: SemanticTokenTypes.class, modifier: 'defaultLibrary' });
        if (ast.isInisiatif(node)) {
            if (node.pelaksana) acceptor({ node, property: 'pelaksana', type: SemanticTokenTypes.type });
            eachItem(node, 'pendahulu', acceptor, SemanticTokenTypes.event);
        }
        if (ast.isIntegrasi(node)) {
            acceptor({ node, property: 'target', type: SemanticTokenTypes.class });
            if (node.bus) acceptor({ node, property: 'bus', type: SemanticTokenTypes.class });
        }
        // Named views: the view's name, and the names and codes its rules select by.
        if (ast.isTampilan(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: 'declaration' });
        else if (ast.isPemilihElemen(node)) node.elemen.forEach((_, index) => acceptor({ node, property: 'elemen', index, type: SemanticTokenTypes.class }));
        else if (ast.isPemilihUnit(node)) node.unit.forEach((_, index) => acceptor({ node, property: 'unit', index, type: SemanticTokenTypes.type }));
        else if (ast.isPemilihInisiatif(node)) node.inisiatif.forEach((_, index) => acceptor({ node, property: 'inisiatif', index, type: SemanticTokenTypes.event }));
        else if (ast.isPrefiksKode(node)) acceptor({ node, property: 'kode', type: SemanticTokenTypes.enumMember });
        for (const property of ELEMENT_REFS) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value) && value.length > 0) eachItem(node, property, acceptor, SemanticTokenTypes.class);
        }
    }
}

function eachItem(node: AstNode, property: string, acceptor: SemanticTokenAcceptor, type: string): void {
    if (!node.$cstNode) return;
    for (const cst of GrammarUtils.findNodesForProperty(node.$cstNode, property)) acceptor({ cst, type });
}
