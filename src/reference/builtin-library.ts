// Makes the generated national reference a Langium document that lives beside the workspace's
// own files, so reference codes, Aplikasi Umum and index rule sets are ordinary link targets.
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { URI } from 'langium';
import { BUILTIN_LIBRARY_TEXT } from './generated/builtin-library.js';

/** URI scheme of the read-only built-in documents (the extension serves them as virtual files). */
export const BUILTIN_SCHEME = 'spbe-builtin';
export const BUILTIN_LIBRARY_URI = URI.parse(`${BUILTIN_SCHEME}:///referensi-nasional.spbe`);
export const DEFAULT_REFERENCE_SET = 'perpres-132-2022';

export function isBuiltinUri(uri: URI | string): boolean {
    return (typeof uri === 'string' ? uri : uri.scheme + ':').startsWith(BUILTIN_SCHEME + ':');
}

export function builtinLibraryText(): string {
    return BUILTIN_LIBRARY_TEXT;
}

/**
 * Returns the built-in library document, creating and registering it with the workspace's documents
 * the first time. Callers outside the language server (CLI, tests) build it together with their files.
 */
export function ensureBuiltinLibrary(shared: LangiumSharedCoreServices): LangiumDocument {
    const documents = shared.workspace.LangiumDocuments;
    const existing = documents.getDocument(BUILTIN_LIBRARY_URI);
    if (existing) return existing;
    const doc = shared.workspace.LangiumDocumentFactory.fromString(BUILTIN_LIBRARY_TEXT, BUILTIN_LIBRARY_URI);
    documents.addDocument(doc);
    return doc;
}
