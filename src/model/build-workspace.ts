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
    // Nothing rebuilds these documents afterwards, so the model can wait until it is read: `spbe check`
    // reads only the diagnostics (the model is ~5% of a large check).
    return collect(services, [library, ...documents], { lazyModel: true });
}

/**
 * Reads diagnostics and the semantic model off documents that are already built. `lazyModel`: the model is
 * derived when first read, for callers whose documents do not change before that (not the language server's).
 */
export function collect(services: SpbeServices, all: LangiumDocument[], { lazyModel = false } = {}): BuiltWorkspace {
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const doc of all) {
        if (isBuiltinUri(doc.uri)) continue;
        diagnostics.set(doc.uri.toString(), doc.diagnostics ?? []);
    }
    const extractions = services.references.Extraction;
    const derive = () => buildSemanticModel(all, services.reference.Catalog, { diagnostics, extraction: d => extractions.of(d) });
    const documents = all.filter(d => !isBuiltinUri(d.uri));
    if (!lazyModel) return { documents, diagnostics, model: derive() };
    let model: SemanticModel | undefined;
    return { documents, diagnostics, get model() { return model ??= derive(); } };
}
