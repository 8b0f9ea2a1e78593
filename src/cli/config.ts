// The workspace settings file `spbe.json`: found in the checked folder (or a checked file's folder) or the
// nearest ancestor that has one. `{ "rules": { "SPBE-T06": "off", "SPBE-P05": "error" } }`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseRuleOverrides, type RuleSetting } from '../language/validation/rule-settings.js';
import { UsageError } from './errors.js';

export const CONFIG_FILE = 'spbe.json';

export interface WorkspaceConfig {
    file?: string;
    rules: Record<string, RuleSetting>;
}

async function isFile(p: string): Promise<boolean> {
    try { return (await fs.stat(p)).isFile(); } catch { return false; }
}

async function isDirectory(p: string): Promise<boolean> {
    try { return (await fs.stat(p)).isDirectory(); } catch { return false; }
}

export async function findConfig(paths: string[]): Promise<string | undefined> {
    if (paths.length === 0) return undefined;
    const first = path.resolve(paths[0]);
    let dir = (await isDirectory(first)) ? first : path.dirname(first);
    for (;;) {
        const candidate = path.join(dir, CONFIG_FILE);
        if (await isFile(candidate)) return candidate;
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

export async function loadConfig(paths: string[]): Promise<WorkspaceConfig> {
    const file = await findConfig(paths);
    if (!file) return { rules: {} };
    const shown = path.relative(process.cwd(), file) || file;
    let json: unknown;
    try {
        json = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (err) {
        throw new UsageError(`${shown}: not valid JSON (${(err as Error).message}). Fix the file or remove it.`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new UsageError(`${shown}: must be a JSON object like { "rules": { "SPBE-T06": "off" } }`);
    }
    const { overrides, problems } = parseRuleOverrides((json as { rules?: unknown }).rules);
    if (problems.length) throw new UsageError(`${shown}: ${problems.join('; ')}`);
    return { file, rules: overrides };
}
