// Helpers for rule tests: build a model, pick the diagnostics of one rule, apply a quick fix by title.
import { TextDocument, URI } from 'langium';
import { clearDocuments } from 'langium/test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { buildFiles } from '../../helpers/services.js';

export interface Found {
    diagnostic: Diagnostic;
    /** The source text the diagnostic's range covers. */
    text: string;
    file: string;
}

export type Files = string | Record<string, string>;

function asFiles(files: Files): Record<string, string> {
    return typeof files === 'string' ? { 'model.spbe': files } : files;
}

/** Builds the files as one workspace and returns the diagnostics whose code is `rule`. */
export async function findings(services: SpbeServices, files: Files, rule: string): Promise<Found[]> {
    const ws = await buildFiles(services, asFiles(files));
    const out: Found[] = [];
    for (const doc of ws.documents) {
        for (const d of doc.diagnostics ?? []) {
            if (d.code !== rule) continue;
            out.push({ diagnostic: d, text: doc.textDocument.getText(d.range), file: URI.parse(doc.uri.toString()).path.split('/').pop()! });
        }
    }
    return out;
}

/** The quick fixes offered for the first finding of `rule` in a one-file model. */
export async function fixesFor(services: SpbeServices, text: string, rule: string): Promise<{ actions: CodeAction[]; apply: (title: RegExp) => string }> {
    const ws = await buildFiles(services, { 'model.spbe': text });
    const doc = ws.documents[0];
    const diagnostic = (doc.diagnostics ?? []).find(d => d.code === rule);
    if (!diagnostic) throw new Error(`no ${rule} finding in the model`);
    const uri = doc.textDocument.uri;
    const result = await services.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    const actions = (result ?? []) as CodeAction[];
    const textDocument = TextDocument.create(uri, 'spbe', 0, text);
    return {
        actions,
        apply: (title: RegExp) => {
            const action = actions.find(a => title.test(a.title));
            if (!action) throw new Error(`no fix titled ${title} among: ${actions.map(a => a.title).join(' | ')}`);
            return TextDocument.applyEdits(textDocument, action.edit!.changes![uri]);
        }
    };
}

/** Removes the user's documents (testCodeAction parses its own document into the same workspace). */
export async function clearUserDocuments(services: SpbeServices): Promise<void> {
    await clearDocuments(services.shared, services.shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme !== 'spbe-builtin').toArray());
}
