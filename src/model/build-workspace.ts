// Builds a set of documents as one workspace (parse, link, validate) together with the built-in
// national library, and derives the semantic model. Used by the CLI, the tests and the benchmarks,
// so they all go through the same services as the language server.
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SpbeServices } from '../language/spbe-module.js';
import { ensureBuiltinLibrary } from '../language/builtin-document.js';
import { isBuiltinUri } from '../reference/builtin-library.js';
import { buildSemanticModel } from './build-model.js';
import type { SemanticModel } from './types.js';

export interface BuiltWorkspace {
    documents: LangiumDocument[];
    /** Diagnostics of the user's documents, by URI string. */
    diagnostics: Map<string, Diagnostic[]>;
    model: SemanticModel;
}

export interface SourceText {
    uri: string;
    text: string;
}

/** Builds files given as URIs (read through the services' file system) or as in-memory texts. */
export async function buildWorkspace(services: SpbeServices, sources: (URI | SourceText)[]): Promise<BuiltWorkspace> {
    const shared = services.shared;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const library = ensureBuiltinLibrary(shared);
    const documents: LangiumDocument[] = [];
    for (const source of sources) {
        if (source instanceof URI) {
            documents.push(await langiumDocuments.getOrCreateDocument(source));
        } else {
            const uri = URI.parse(source.uri);
            const doc = shared.workspace.LangiumDocumentFactory.fromString(source.text, uri);
            langiumDocuments.addDocument(doc);
            documents.push(doc);
        }
    }
    await shared.workspace.DocumentBuilder.build([library, ...documents], { validation: true });
    return collect(services, [library, ...documents]);
}

/** Reads diagnostics and the semantic model off documents that are already built. */
export function collect(services: SpbeServices, all: LangiumDocument[]): BuiltWorkspace {
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const doc of all) {
        if (isBuiltinUri(doc.uri)) continue;
        diagnostics.set(doc.uri.toString(), doc.diagnostics ?? []);
    }
    const extractions = services.references.Extraction;
    const model = buildSemanticModel(all, services.reference.Catalog, { diagnostics, extraction: d => extractions.of(d) });
    return { documents: all.filter(d => !isBuiltinUri(d.uri)), diagnostics, model };
}
