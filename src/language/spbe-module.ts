// Dependency injection: the SPBE language's services on top of Langium's defaults.
import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SpbeGeneratedModule, SpbeGeneratedSharedModule } from './generated/module.js';
import { ReferenceCatalog } from './catalog.js';
import { SpbeScopeComputation, SpbeScopeProvider } from './spbe-scope.js';
import { SpbeLinker } from './spbe-linker.js';
import { SpbeLexerErrorMessageProvider, SpbeParserErrorMessageProvider } from './parser-messages.js';
import { SpbeDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks, SpbeValidator } from './validation/spbe-validator.js';
import { SpbeHoverProvider } from './lsp/hover.js';
import { SpbeCompletionProvider } from './lsp/completion.js';
import { SpbeNodeKindProvider } from './lsp/node-kinds.js';
import { SpbeSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { SpbeFormatter } from './lsp/formatter.js';
import { SpbeWorkspaceManager } from './spbe-workspace-manager.js';
import { SpbeDocumentBuilder } from './spbe-document-builder.js';
import { SpbeAstNodeDescriptionProvider, SpbeAstNodeLocator, SpbeIndexManager, SpbeReferenceDescriptionProvider } from './spbe-index.js';
import { SpbeCodeActionProvider } from './lsp/code-actions.js';
import { RuleSettings, type RuleOverrides } from './validation/rule-settings.js';
import { DisplayLanguage, type Lang } from '../common/i18n.js';
import { WorkspaceFactsProvider } from './validation/workspace-facts.js';
import { DocumentExtractions } from './document-extraction.js';
import { watchRuleFile, watchRuleSettings, watchWorkspaceFacts } from './validation/revalidate.js';
import { SpbeDocumentFactory } from './document-limits.js';
import { createSpbeCompletionParser, createSpbeParser } from './parser-recovery.js';
import { SpbeTokenBuilder, SpbeValueConverter } from './string-token.js';
import { SpbeLexer } from './lexer.js';
import { SpbeDocumentHighlightProvider, SpbeReferences } from './spbe-references.js';

export type SpbeAddedServices = {
    reference: {
        Catalog: ReferenceCatalog
    },
    references: {
        /** What each document declares and relates: read by validation's facts and the semantic model. */
        Extraction: DocumentExtractions
    },
    validation: {
        SpbeValidator: SpbeValidator,
        RuleSettings: RuleSettings,
        WorkspaceFacts: WorkspaceFactsProvider
    }
}

/** Services all languages of a host share: the environment the host gives them (see SpbeContext). */
export type SpbeSharedAddedServices = {
    environment: {
        /** The language of messages (diagnostics, hover, quick fixes, code lenses). */
        DisplayLanguage: DisplayLanguage
        /** The built-in library's AST serialised at build time, when the host has one (see SpbeContext). */
        LibrarySnapshot: LibrarySnapshot
    }
}

/** Reads the built-in library's serialised AST (node/library-snapshot.ts); undefined: parse the library's text. */
export type LibrarySnapshot = () => string | undefined;

export type SpbeSharedServices = LangiumSharedServices & SpbeSharedAddedServices;

export type SpbeServices = LangiumServices & SpbeAddedServices & { readonly shared: SpbeSharedServices };

/**
 * What a host gives the services when it creates them: where files come from (`fileSystemProvider`: Node's
 * file system for the CLI and the Node server, an in-memory one in the web worker and in tests), the LSP
 * connection (language servers only), and the environment below. Nothing of it is a global to set later.
 */
export interface SpbeContext extends DefaultSharedModuleContext {
    /** The language of messages; without it, the environment's (SPBE_LANG, LANG). A language server follows its client's locale. */
    language?: Lang;
    /** The workspace's rule severities (spbe.json) that apply from the start; a language server reads spbe.json itself. */
    rules?: RuleOverrides;
    /**
     * The built-in library's AST as `spbe` writes it at build time (dist/builtin-library.ast.json). A host that
     * never shows the library's text (the CLI) passes it to skip parsing 1,250 lines at every start; the editor
     * needs the library's syntax tree (go to definition opens it) and parses it.
     */
    librarySnapshot?: LibrarySnapshot;
    /** Shared services of the host, over the language's (the web worker's document update handler). */
    sharedModule?: Module<SpbeSharedServices, PartialLangiumSharedServices>;
}

export const SpbeModule: Module<SpbeServices, PartialLangiumServices & SpbeAddedServices> = {
    reference: {
        Catalog: (services) => new ReferenceCatalog(services.shared)
    },
    references: {
        Extraction: () => new DocumentExtractions(),
        ScopeComputation: (services) => new SpbeScopeComputation(services),
        ScopeProvider: (services) => new SpbeScopeProvider(services),
        Linker: (services) => new SpbeLinker(services),
        References: (services) => new SpbeReferences(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new SpbeReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new SpbeAstNodeDescriptionProvider(services),
        AstNodeLocator: () => new SpbeAstNodeLocator(),
    },
    parser: {
        ParserErrorMessageProvider: (services) => new SpbeParserErrorMessageProvider(() => services.shared.environment.DisplayLanguage),
        LexerErrorMessageProvider: (services) => new SpbeLexerErrorMessageProvider(() => services.shared.environment.DisplayLanguage),
        TokenBuilder: (services) => new SpbeTokenBuilder(() => services.shared.environment.DisplayLanguage),
        Lexer: (services) => new SpbeLexer(services),
        ValueConverter: () => new SpbeValueConverter(),
        LangiumParser: (services) => createSpbeParser(services),
        CompletionParser: (services) => createSpbeCompletionParser(services),
    },
    validation: {
        DocumentValidator: (services) => new SpbeDocumentValidator(services),
        SpbeValidator: (services) => new SpbeValidator(services),
        RuleSettings: () => new RuleSettings(),
        WorkspaceFacts: (services) => new WorkspaceFactsProvider(services.shared, services.references.Extraction),
    },
    lsp: {
        HoverProvider: (services) => new SpbeHoverProvider(services),
        CompletionProvider: (services) => new SpbeCompletionProvider(services),
        SemanticTokenProvider: (services) => new SpbeSemanticTokenProvider(services),
        Formatter: () => new SpbeFormatter(),
        CodeActionProvider: () => new SpbeCodeActionProvider(),
        DocumentHighlightProvider: (services) => new SpbeDocumentHighlightProvider(services),
    },
};

export const SpbeSharedModule: Module<SpbeSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new SpbeNodeKindProvider(),
    },
    workspace: {
        WorkspaceManager: (services) => new SpbeWorkspaceManager(services),
        DocumentBuilder: (services) => new SpbeDocumentBuilder(services),
        IndexManager: (services) => new SpbeIndexManager(services),
        LangiumDocumentFactory: (services) => new SpbeDocumentFactory(services),
    },
};

/** The services the context decides: the display language (shared by all languages) and the rule settings to start with. */
function environmentModules(context: SpbeContext): {
    shared: Module<SpbeSharedServices, SpbeSharedAddedServices>;
    language: Module<SpbeServices, { validation: { RuleSettings: RuleSettings } }>;
} {
    return {
        shared: { environment: {
            DisplayLanguage: () => new DisplayLanguage(context.language),
            LibrarySnapshot: () => context.librarySnapshot ?? (() => undefined),
        } },
        language: { validation: { RuleSettings: () => new RuleSettings(context.rules) } },
    };
}

/**
 * Creates the shared and language services for the environment `context` describes (see SpbeContext). A
 * host adds its own services with `added` (the language server's: server/server-module.ts), so this folder
 * does not import the hosts.
 */
export function createSpbeServices(context: SpbeContext): { shared: SpbeSharedServices; Spbe: SpbeServices };
export function createSpbeServices<A>(context: SpbeContext, added: Module<SpbeServices & A, Partial<SpbeServices> & A>): { shared: SpbeSharedServices; Spbe: SpbeServices & A };
export function createSpbeServices<A>(context: SpbeContext, added?: Module<SpbeServices & A, Partial<SpbeServices> & A>): { shared: SpbeSharedServices; Spbe: SpbeServices & A } {
    const environment = environmentModules(context);
    const shared = inject(createDefaultSharedModule(context), SpbeGeneratedSharedModule, SpbeSharedModule, environment.shared,
        context.sharedModule ?? {}) as SpbeSharedServices;
    const Spbe = inject(createDefaultModule({ shared }), SpbeGeneratedModule, SpbeModule, environment.language,
        (added ?? {}) as Module<SpbeServices & A, A>) as SpbeServices & A;
    shared.ServiceRegistry.register(Spbe);
    registerValidationChecks(Spbe);
    if (context.connection) {
        watchRuleSettings(Spbe);
        watchRuleFile(Spbe);
        watchWorkspaceFacts(Spbe);
    } else {
        // No language server: nothing else configures the workspace, so do it here.
        // initialized() resolves the provider's `ready`, which getConfiguration() awaits (the validator reads `spbe.rules`).
        void shared.workspace.ConfigurationProvider.initialized({});
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: {} });
    }
    return { shared, Spbe };
}
