// The options of the two views (re-exported by index.ts, the module's public surface), defined with their
// parser in common/view-options.ts. A view checks the options it is given before drawing.
import { checkViewOptions, type ViewKind } from '../common/view-options.js';
import { DiagramOptionError } from './theme.js';

export type { ArchitectureDiffMarks, ArchitectureViewOptions, DiffMark, RoadmapViewOptions, ThemeName, Ticks } from '../common/view-options.js';

/** Throws a DiagramOptionError naming every option that is not a value of its kind. */
export function assertViewOptions(view: ViewKind, options: object): void {
    const errors = checkViewOptions(view, options);
    if (errors.length) throw new DiagramOptionError(errors.join('; '));
}
