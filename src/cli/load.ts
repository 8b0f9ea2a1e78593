// Loads the .spbe files under command-line paths into one built workspace.
import { URI } from 'langium';
import { SpbeCliEnvironment } from './environment.js';
import { createSpbeServices, type SpbeServices } from '../language/spbe-module.js';
import { buildWorkspace, type BuiltWorkspace } from '../model/build-workspace.js';
import { readModelSources, type ModelSources } from './read-model-file.js';
import { loadConfig } from './config.js';
import { warn } from './terminal-text.js';
import { takeWarmServices } from './warm-services.js';
import { environmentLanguage, type Lang } from '../common/i18n.js';

export interface LoadedWorkspace extends BuiltWorkspace {
    services: SpbeServices;
    files: string[];
    /** The spbe.json whose rule settings were applied, if any. */
    configFile?: string;
}

export interface LoadOptions {
    /** Receives one-line warnings about files that were read but are not clean (not UTF-8). */
    warn?: (message: string) => void;
    /** The language of the diagnostics (default: the environment's, SPBE_LANG / LANG). */
    language?: Lang;
}

/** Loads the model files under `paths` (or files already read with readModelSources). */
export async function loadWorkspace(paths: string[] | ModelSources, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const { files, texts } = Array.isArray(paths) ? await readModelSources(paths, options.warn ?? warn) : paths;
    // A file too large to analyse was not read: it is passed by URI, and the language layer reports it
    // from its size without reading it.
    const sources = files.map((file, i) => texts[i] === undefined ? URI.file(file) : { uri: URI.file(file).toString(), text: texts[i]! });
    const config = await loadConfig(Array.isArray(paths) ? paths : paths.paths);
    const Spbe = takeWarmServices(options.language ?? environmentLanguage(), config.rules)
        ?? createSpbeServices({ ...SpbeCliEnvironment, language: options.language, rules: config.rules }).Spbe;
    const built = await buildWorkspace(Spbe, sources);
    // Added to `built`, not spread from it: a spread would read its model, which is derived when first read.
    return Object.assign(built, { services: Spbe, files, configFile: config.file });
}

