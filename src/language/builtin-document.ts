// The built-in national library (reference/builtin-library.ts) as a Langium document of the workspace:
// parsed from its text, or, where the host has one, revived from the AST serialised at build time.
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { TextDocument, URI } from 'langium';
import { BUILTIN_LIBRARY_URI_TEXT, builtinLibraryText } from '../reference/builtin-library.js';
import type { SpbeServices, SpbeSharedServices } from './spbe-module.js';

export const BUILTIN_LIBRARY_URI = URI.parse(BUILTIN_LIBRARY_URI_TEXT);

/**
 * Returns the built-in library document, creating and registering it with the workspace's documents
 * the first time. Callers outside the language server (CLI, tests) build it together with their files.
 */
export function ensureBuiltinLibrary(shared: LangiumSharedCoreServices): LangiumDocument {
    const documents = shared.workspace.LangiumDocuments;
    const existing = documents.getDocument(BUILTIN_LIBRARY_URI);
    if (existing) return existing;
    const snapshot = (shared as SpbeSharedServices).environment?.LibrarySnapshot?.();
    const doc = (snapshot ? fromSnapshot(shared, snapshot) : undefined)
        ?? shared.workspace.LangiumDocumentFactory.fromString(builtinLibraryText(), BUILTIN_LIBRARY_URI);
    documents.addDocument(doc);
    return doc;
}

/**
 * The snapshot's first line: what it was made from. A snapshot of another library text (a stale build) is
 * not used. The grammar is not in the key: the build writes the snapshot with the bundle that reads it.
 */
function snapshotKey(): string {
    // FNV-1a over the text, twice with different seeds: a check against staleness, not against an attacker.
    const text = builtinLibraryText();
    let a = 0x811c9dc5, b = 0x01000193 ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return `spbe-library ${(a >>> 0).toString(16)}${(b >>> 0).toString(16)} ${text.length}`;
}

/**
 * The library document from a snapshot: the same AST, references resolved, but no syntax tree (nothing in a
 * host without an editor asks for the library's positions). Its text is there for whoever asks.
 */
function fromSnapshot(shared: LangiumSharedCoreServices, snapshot: string): LangiumDocument | undefined {
    const newline = snapshot.indexOf('\n');
    if (newline < 0 || snapshot.slice(0, newline) !== snapshotKey()) return undefined;
    const services = shared.ServiceRegistry.getServices(BUILTIN_LIBRARY_URI) as SpbeServices;
    const model = services.serializer.JsonSerializer.deserialize(snapshot.slice(newline + 1));
    const doc = shared.workspace.LangiumDocumentFactory.fromModel(model, BUILTIN_LIBRARY_URI);
    let text: TextDocument | undefined;
    Object.defineProperty(doc, 'textDocument', {
        get: () => text ??= TextDocument.create(BUILTIN_LIBRARY_URI_TEXT, services.LanguageMetaData.languageId, 0, builtinLibraryText()),
    });
    return doc;
}

/** Writes the snapshot `ensureBuiltinLibrary` revives: the library parsed and linked by `services`, serialised. */
export async function serializeBuiltinLibrary(services: SpbeServices): Promise<string> {
    const shared = services.shared;
    const doc = shared.workspace.LangiumDocumentFactory.fromString(builtinLibraryText(), BUILTIN_LIBRARY_URI);
    if (doc.parseResult.lexerErrors.length || doc.parseResult.parserErrors.length) throw new Error('the built-in library does not parse');
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: false });
    return `${snapshotKey()}\n${services.serializer.JsonSerializer.serialize(doc.parseResult.value, { refText: true })}`;
}
