// Services made ahead of a command: when node builds the CLI's start-up snapshot (startup-snapshot.ts), the
// parser, the lexer and the built-in library (parsed, linked and validated) are made then, and a command
// run from the snapshot takes them instead of making them again (~0.3 s of CPU at every start).
// Only what no command's options change is made ahead: the display language and the workspace's rule
// settings are set when the services are taken, as a language server sets them on its client's request.
import { eagerLoad } from 'langium';
import { type Lang } from '../common/i18n.js';
import { createSpbeServices, type SpbeServices } from '../language/spbe-module.js';
import { ensureBuiltinLibrary } from '../language/builtin-document.js';
import type { RuleOverrides } from '../language/validation/rule-settings.js';
import { SpbeCliEnvironment } from './environment.js';

let warm: SpbeServices | undefined;

/** Makes the services and builds the built-in library (the snapshot builder awaits it before the heap is saved). */
export async function makeWarmServices(): Promise<void> {
    const { Spbe } = createSpbeServices(SpbeCliEnvironment);
    // Every service made now, the parser and lexer first among them: the library below is revived from its
    // AST snapshot, not parsed, so nothing else would make them.
    eagerLoad(Spbe.shared);
    eagerLoad(Spbe);
    const library = ensureBuiltinLibrary(Spbe.shared);
    await Spbe.shared.workspace.DocumentBuilder.build([library], { validation: true });
    warm = Spbe;
}

/**
 * The services made ahead, set to `language` and `rules`; once only (a second workspace in the same
 * process, as `spbe diff` loads, gets services of its own), and only while nothing else has used them.
 */
export function takeWarmServices(language: Lang, rules: RuleOverrides | undefined): SpbeServices | undefined {
    const services = warm;
    warm = undefined;
    if (!services) return undefined;
    services.shared.environment.DisplayLanguage.useLocale(language);
    services.validation.RuleSettings.setWorkspaceOverrides(rules ?? {});
    return services;
}
