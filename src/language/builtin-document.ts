// The built-in national library (reference/builtin-library.ts) as a Langium document of the workspace.
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { URI } from 'langium';
import { BUILTIN_LIBRARY_URI_TEXT, builtinLibraryText } from '../reference/builtin-library.js';

export const BUILTIN_LIBRARY_URI = URI.parse(BUILTIN_LIBRARY_URI_TEXT);

/**
 * Returns the built-in library document, creating and registering it with the workspace's documents
 * the first time. Callers outside the language server (CLI, tests) build it together with their files.
 */
export function ensureBuiltinLibrary(shared: LangiumSharedCoreServices): LangiumDocument {
    const documents = shared.workspace.LangiumDocuments;
    const existing = documents.getDocument(BUILTIN_LIBRARY_URI);
    if (existing) return existing;
    const doc = shared.workspace.LangiumDocumentFactory.fromString(builtinLibraryText(), BUILTIN_LIBRARY_URI);
    documents.addDocument(doc);
    return doc;
}
