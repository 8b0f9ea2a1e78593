// Severity control: a rule's severity per workspace (`spbe.json` at the workspace root:
// `{ "rules": { "SPBE-T06": "off" } }`) and per editor (the LSP setting `spbe.rules`, which wins).
import { ruleById, type Severity } from './rules.js';

export type RuleSetting = Severity | 'off';
export type RuleOverrides = Readonly<Record<string, RuleSetting>>;

const SETTINGS = new Set(['off', 'error', 'warning', 'info', 'hint']);

/** Checks a `rules` map from spbe.json or the LSP settings; returns the valid entries and what is wrong. */
export function parseRuleOverrides(value: unknown): { overrides: Record<string, RuleSetting>; problems: string[] } {
    const overrides: Record<string, RuleSetting> = {};
    const problems: string[] = [];
    if (value === undefined || value === null) return { overrides, problems };
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push('"rules" must be an object mapping rule ids to off|error|warning|info|hint');
        return { overrides, problems };
    }
    for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
        if (!ruleById(id)) problems.push(`unknown rule id '${id}' (see docs/rules.md)`);
        else if (typeof setting !== 'string' || !SETTINGS.has(setting)) problems.push(`rule ${id}: '${String(setting)}' is not one of off, error, warning, info, hint`);
        else overrides[id] = setting as RuleSetting;
    }
    return { overrides, problems };
}

/**
 * The workspace's rule overrides (from spbe.json): those the host created the services with (the CLI reads
 * spbe.json first), replaced by the language server's workspace manager whenever it reads spbe.json.
 */
export class RuleSettings {
    private workspace: Record<string, RuleSetting>;

    constructor(initial: RuleOverrides = {}) {
        this.workspace = { ...initial };
    }

    setWorkspaceOverrides(overrides: Record<string, RuleSetting>): void {
        this.workspace = { ...overrides };
    }

    workspaceOverrides(): RuleOverrides {
        return this.workspace;
    }
}
