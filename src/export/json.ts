// The semantic model as JSON, in the versioned shape that docs/model.schema.json documents.
// Bump SCHEMA_VERSION (and the schema's `schemaVersion` const) whenever a field changes meaning or is removed;
// adding an optional field is a minor change (1.x).
import type { SemanticModel, SourceRange } from '../model/types.js';

export const SCHEMA_VERSION = '1.1';
export const SCHEMA_ID = 'https://spbe-architect.dev/schema/model-1.json';

export interface JsonExportOptions {
    /** A URI prefix (a folder, ending in '/') that source URIs are made relative to, so the output does not depend on where the files are. */
    relativeTo?: string;
}

/** Serialises the model; keys keep the model's order and the output ends with a newline. */
export function exportJson(model: SemanticModel, options: JsonExportOptions = {}): string {
    const prefix = options.relativeTo;
    const rel = (uri: string) => prefix && uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
    const isRange = (v: unknown): v is SourceRange => typeof v === 'object' && v !== null && 'uri' in v && 'start' in v && 'end' in v;
    const replacer = function (this: unknown, key: string, value: unknown) {
        if (isRange(value)) return { ...value, uri: rel(value.uri) };
        if (key === 'files' && Array.isArray(value)) return value.map(v => typeof v === 'string' ? rel(v) : v);
        if (key === 'uri' && typeof value === 'string') return rel(value);
        return value;
    };
    const doc = { $schema: SCHEMA_ID, schemaVersion: SCHEMA_VERSION, ...model };
    return JSON.stringify(doc, replacer, 2) + '\n';
}
