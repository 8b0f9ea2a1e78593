// The options of the two views (re-exported by index.ts, the module's public surface).
import type { Domain, Muatan } from '../model/types.js';
import type { ThemeName } from './theme.js';

export interface ArchitectureViewOptions {
    /** Show only this element and its neighbours up to `depth` relation steps. */
    focus?: string;
    /** Relation steps around `focus` (default 1). */
    depth?: number;
    /** Only these domains. */
    domains?: Domain[];
    /** Only elements owned by these units (or their sub-units). */
    units?: string[];
    /** The architecture as of the end of this year, from what the roadmap creates and retires. */
    year?: number;
    theme?: ThemeName;
}

export interface RoadmapViewOptions {
    muatan?: Muatan[];
    /** Only initiatives carried out (pelaksana) by these units or their sub-units. */
    units?: string[];
    /** Date of the "today" line, YYYY-MM-DD; no line when absent. */
    today?: string;
    /** Finer ticks under the year columns. */
    ticks?: 'tahun' | 'semester' | 'triwulan';
    theme?: ThemeName;
}
