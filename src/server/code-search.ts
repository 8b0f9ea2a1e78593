// Answers `spbe/searchCodes`, the editor's "find reference code" command: the same search as `spbe kode`
// (reference/search.ts) over the workspace's effective catalog, kept to the reference of the element the
// cursor is in (a process gets RAB codes, an application RAA codes) unless the user asks for all.
import { AstUtils, CstUtils, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CodeItem, SearchCodesParams, SearchCodesResponse } from '../common/protocol.js';
import { SEARCH_CODES_LIMIT } from '../common/protocol.js';
import { codeEntries } from '../language/catalog.js';
import { isAplikasi, isData, isElemen, isInfrastruktur, isKeamanan, isLayanan, isProses } from '../language/generated/ast.js';
import type { SpbeServices } from '../language/spbe-module.js';
import { levelName, type RefPrefix } from '../reference/codes.js';
import { searchCodes } from '../reference/search.js';

/** Checks the request's shape: it comes from another process. */
export function parseSearchCodesParams(raw: unknown): SearchCodesParams | undefined {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const p = raw as Record<string, unknown>;
    if (typeof p.query !== 'string' || p.query.length > 1000) return undefined;
    const pos = p.position as Record<string, unknown> | undefined;
    const position = pos && Number.isInteger(pos.line) && Number.isInteger(pos.character) ? { line: pos.line as number, character: pos.character as number } : undefined;
    return { query: p.query, uri: typeof p.uri === 'string' ? p.uri : undefined, position, allDomains: p.allDomains === true };
}

/** The reference of the element around the cursor, if the cursor is in one. */
export function prefixAtCursor(shared: LangiumSharedServices, uri: string | undefined, position: SearchCodesParams['position']): RefPrefix | undefined {
    if (!uri || !position) return undefined;
    const doc = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
    const root = doc?.parseResult.value.$cstNode;
    if (!doc || !root) return undefined;
    const offset = doc.textDocument.offsetAt(position);
    // The leaf at the cursor, or the one just before it (the cursor usually sits after `kode `).
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
    const element = leaf ? AstUtils.getContainerOfType(leaf.astNode, isElemen) : undefined;
    // Right after an element's closing brace is outside it.
    if (!element?.$cstNode || offset >= element.$cstNode.end) return undefined;
    return isProses(element) ? 'RAB' : isData(element) ? 'RAD' : isLayanan(element) ? 'RAL' : isAplikasi(element) ? 'RAA'
        : isInfrastruktur(element) ? 'RAI' : isKeamanan(element) ? 'RAK' : undefined;
}

export function searchCodesRequest(services: SpbeServices, params: SearchCodesParams): SearchCodesResponse {
    const prefix = params.allDomains ? undefined : prefixAtCursor(services.shared, params.uri, params.position);
    const { matches, total } = searchCodes(codeEntries(services.reference.Catalog.table()), {
        words: params.query.split(/\s+/).filter(Boolean), domain: prefix, limit: SEARCH_CODES_LIMIT,
    });
    const items: CodeItem[] = matches.map(m => ({
        code: m.entry.code, name: m.entry.name,
        detail: [levelName(m.entry.code), ...(m.path.length ? [m.path.map(p => p.name).join(' › ')] : [])].join(' · '),
    }));
    return { items, total, prefix };
}
