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
import { SpbeIndexManager, SpbeReferenceDescriptionProvider } from './spbe-index.js';
import { SpbeCodeActionProvider } from './lsp/code-actions.js';
import { RuleSettings } from './validation/rule-settings.js';
import { WorkspaceFactsProvider } from './validation/workspace-facts.js';
import { DocumentExtractions } from './document-extraction.js';
import { watchRuleFile, watchRuleSettings, watchWorkspaceFacts } from './validation/revalidate.js';
import { SpbeDocumentFactory } from './document-limits.js';
import { createSpbeCompletionParser, createSpbeParser } from './parser-recovery.js';
import { SpbeTokenBuilder, SpbeValueConverter } from './string-token.js';
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

export type SpbeServices = LangiumServices & SpbeAddedServices;

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
    },
    parser: {
        ParserErrorMessageProvider: () => new SpbeParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SpbeLexerErrorMessageProvider(),
        TokenBuilder: () => new SpbeTokenBuilder(),
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

export const SpbeSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
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

/**
 * Creates the shared and language services. `context.fileSystemProvider` decides where files come from
 * (Node's file system for the CLI and server, an in-memory one in tests). A host adds its own services
 * with `added` (the language server's: server/server-module.ts), so this folder does not import the hosts.
 */
export function createSpbeServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Spbe: SpbeServices };
export function createSpbeServices<A>(context: DefaultSharedModuleContext, added: Module<SpbeServices & A, Partial<SpbeServices> & A>): { shared: LangiumSharedServices; Spbe: SpbeServices & A };
export function createSpbeServices<A>(context: DefaultSharedModuleContext, added?: Module<SpbeServices & A, Partial<SpbeServices> & A>): { shared: LangiumSharedServices; Spbe: SpbeServices & A } {
    const shared = inject(createDefaultSharedModule(context), SpbeGeneratedSharedModule, SpbeSharedModule);
    const Spbe = inject(createDefaultModule({ shared }), SpbeGeneratedModule, SpbeModule, (added ?? {}) as Module<SpbeServices & A, A>);
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
