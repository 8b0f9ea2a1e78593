// The language server's own services, added to the language's (language/spbe-module.ts) with Langium's
// dependency injection: the semantic model of the open workspace, the code lenses that read it, and the
// engine that lays out its diagrams. The CLI and the tests of the language alone build the language
// services without them.
import type { Module } from 'langium';
import { createSpbeServices, type SpbeContext, type SpbeServices, type SpbeSharedServices } from '../language/spbe-module.js';
import { InProcessLayout, type LayoutEngine } from '../diagram/index.js';
import { SpbeCodeLensProvider } from './code-lens.js';
import { CurrentModel } from './current-model.js';

export type SpbeServerAddedServices = {
    model: {
        Current: CurrentModel
    },
    diagram: {
        /** Lays out the diagrams the panels ask for (spbe/diagram). */
        Layout: LayoutEngine
    }
}

export type SpbeServerServices = SpbeServices & SpbeServerAddedServices;

/** The server's environment beyond the language's: where diagrams are laid out (default: elkjs in the server's thread). */
export interface SpbeServerContext extends SpbeContext {
    layout?: LayoutEngine;
}

export function createSpbeServerModule(context: SpbeServerContext): Module<SpbeServerServices, Partial<SpbeServices> & SpbeServerAddedServices> {
    return {
        model: {
            Current: (services) => new CurrentModel(services)
        },
        diagram: {
            Layout: () => context.layout ?? new InProcessLayout()
        },
        lsp: {
            CodeLensProvider: (services) => new SpbeCodeLensProvider(services),
        },
    };
}

/** The language services plus the server's (see SpbeContext and SpbeServerContext for `context`). */
export function createSpbeServerServices(context: SpbeServerContext): { shared: SpbeSharedServices; Spbe: SpbeServerServices } {
    return createSpbeServices(context, createSpbeServerModule(context));
}
