// References and symbol descriptions are instances of classes (spbe-linker.ts, spbe-index.ts) instead of
// Langium's object literals with getters, which V8 keeps as hash tables, and node paths are flat strings. They
// must behave as Langium's do: the same services with Langium's buildReference, description provider and node
// locator put back give the same links, descriptions, paths, diagnostics and semantic model, after a build and
// after edits that relink.
import { AstUtils, DefaultAstNodeDescriptionProvider, DefaultAstNodeLocator, DefaultLinker, EmptyFileSystem, TextDocument, URI, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type Reference } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSpbeServices, type SpbeServices } from '../../src/language/spbe-module.js';
import { SpbeLinker } from '../../src/language/spbe-linker.js';
import { ensureBuiltinLibrary } from '../../src/language/builtin-document.js';
import { collect } from '../../src/model/build-workspace.js';
import { generateWorkspace } from '../../bench/generate.mjs';
import { readExample } from '../helpers/services.js';
import { tokenGarbage } from './hostile-inputs.js';

/** SpbeLinker with Langium's own buildReference. */
class LiteralLinker extends SpbeLinker {
    override buildReference = DefaultLinker.prototype.buildReference;
}

let ours: SpbeServices;
let langiums: SpbeServices;

async function create(withLangiumObjects: boolean): Promise<SpbeServices> {
    const services = withLangiumObjects
        ? createSpbeServices({ ...EmptyFileSystem, language: 'en' }, {
            references: { Linker: (s: SpbeServices) => new LiteralLinker(s) },
            workspace: { AstNodeDescriptionProvider: (s: SpbeServices) => new DefaultAstNodeDescriptionProvider(s), AstNodeLocator: () => new DefaultAstNodeLocator() },
        }).Spbe
        : createSpbeServices({ ...EmptyFileSystem, language: 'en' }).Spbe;
    await services.shared.workspace.DocumentBuilder.build([ensureBuiltinLibrary(services.shared)]);
    return services;
}

beforeAll(async () => {
    ours = await create(false);
    langiums = await create(true);
});

const files: Record<string, string> = {
    ...Object.fromEntries(Object.entries(readExample('kota-malang')).map(([name, text]) => [`example-${name}`, text])),
    ...Object.fromEntries(Object.entries((generateWorkspace('small', 9) as { files: Record<string, string> }).files).map(([name, text]) => [`generated-${name}`, text])),
    'unresolved.spbe': 'proses P "P" { menggunakan Nope, D1 kode RAB.99 pemilik Hilang }\ndata D1 "D" { wali-data Tidak }\naplikasi A "A" { umum BUKAN }\n'
        + 'peta-rencana { inisiatif I "I" { setelah I, J  tahun 2025 } }',
    'garbage.spbe': tokenGarbage(8_000, 5),
};

async function buildAll(services: SpbeServices): Promise<LangiumDocument[]> {
    const documents = Object.entries(files).map(([name, text]) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

const segment = (s: DocumentSegment | undefined) => s && `${s.offset}-${s.end}/${s.length} ${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`;
const description = (d: AstNodeDescription | undefined) => d && [d.name, d.type, d.path, d.documentUri.toString(), segment(d.nameSegment), segment(d.selectionSegment), d.node?.$type];
const where = (node: AstNode | undefined) => node && `${AstUtils.getDocument(node).uri.toString()}#${node.$cstNode?.offset}`;

/** Everything a reader can ask of the documents' references and of the index, in order. */
function summary(services: SpbeServices, documents: LangiumDocument[]) {
    const references = (document: LangiumDocument) => AstUtils.streamAst(document.parseResult.value).flatMap(node => AstUtils.streamReferences(node))
        .map(({ reference }) => {
            const r = reference as Reference;
            return [r.$refText, r.$refNode?.offset, where(r.ref), r.error?.message, description(r.$nodeDescription), '_ref' in r];
        }).toArray();
    const locator = services.workspace.AstNodeLocator;
    return {
        paths: documents.map(d => AstUtils.streamAst(d.parseResult.value).map(node => locator.getAstNodePath(node)).toArray()),
        references: documents.map(references),
        // The linker's list of what it linked, in the order it linked them.
        linked: documents.map(d => (d.references as Reference[]).map(r => `${r.$refText}@${r.$refNode?.offset}`)),
        symbols: services.shared.workspace.IndexManager.allElements().map(description).toArray(),
        local: documents.map(d => [...d.localSymbols?.getStream(d.parseResult.value) ?? []].map(description)),
        diagnostics: documents.map(d => d.diagnostics),
        model: JSON.parse(JSON.stringify(collect(services, documents).model)),
    };
}

async function edit(services: SpbeServices, name: string, text: string, version: number): Promise<void> {
    const uri = URI.file(`/ws/${name}`);
    services.shared.workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'spbe', version, text));
    await services.shared.workspace.DocumentBuilder.update([uri], []);
}

describe('references and descriptions as class instances', () => {
    test('give what Langium\'s object literals give: links, errors, descriptions, diagnostics, model; after edits too', async () => {
        const [a, b] = await Promise.all([buildAll(ours), buildAll(langiums)]);
        const first = summary(ours, a);
        expect(first).toEqual(summary(langiums, b));
        expect(first.references.flat().length).toBeGreaterThan(500);
        expect(first.references.flat().filter(r => r[3]).length).toBeGreaterThan(5);
        expect(first.paths.flat().filter(p => p.split('/').length > 3).length).toBeGreaterThan(100);
        expect(ours.workspace.AstNodeLocator.constructor).not.toBe(DefaultAstNodeLocator);
        expect(langiums.workspace.AstNodeLocator.constructor).toBe(DefaultAstNodeLocator);
        // Edits that rename, remove and add what others refer to: the other documents are relinked (unlink, link).
        const instansi = Object.keys(files).find(n => n.startsWith('generated-') && files[n].includes('unit '))!;
        const edits: Array<[string, string]> = [
            ['unresolved.spbe', files['unresolved.spbe'].replace('Nope', 'D1').replace('Hilang', 'X')],
            [instansi, files[instansi].replace(/unit (\w+)/, 'unit $1Baru')],
            ['unresolved.spbe', files['unresolved.spbe'] + '\nunit Hilang "H"\ndata Nope "N"'],
        ];
        let version = 1;
        for (const [name, text] of edits) {
            version++;
            await edit(ours, name, text, version);
            await edit(langiums, name, text, version);
            const docs = (services: SpbeServices) => Object.keys(files).map(n => services.shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${n}`))!);
            expect(summary(ours, docs(ours))).toEqual(summary(langiums, docs(langiums)));
        }
    }, 120_000);
});
