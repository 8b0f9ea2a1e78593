// The language server's own services, added to the language's (language/spbe-module.ts) with Langium's
// dependency injection: the semantic model of the open workspace and the code lenses that read it. The CLI
// and the tests of the language alone build the language services without them.
import type { Module } from 'langium';
import type { DefaultSharedModuleContext, LangiumSharedServices } from 'langium/lsp';
import { createSpbeServices, type SpbeServices } from '../language/spbe-module.js';
import { SpbeCodeLensProvider } from './code-lens.js';
import { CurrentModel } from './current-model.js';

export type SpbeServerAddedServices = {
    model: {
        Current: CurrentModel
    }
}

export type SpbeServerServices = SpbeServices & SpbeServerAddedServices;

export const SpbeServerModule: Module<SpbeServerServices, Partial<SpbeServices> & SpbeServerAddedServices> = {
    model: {
        Current: (services) => new CurrentModel(services)
    },
    lsp: {
        CodeLensProvider: (services) => new SpbeCodeLensProvider(services),
    },
};

/** The language services plus the server's (see createSpbeServices for `context`). */
export function createSpbeServerServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Spbe: SpbeServerServices } {
    return createSpbeServices(context, SpbeServerModule);
}
