// Registers the SPBE validation checks. Rules are grouped by concern in files beside this one; the
// rule registry (ids, default severities, titles) is rules.ts, documented in docs/rules.md.
import type { ValidationChecks } from 'langium';
import type { SpbeAstType } from '../generated/ast.js';
import type { SpbeServices } from '../spbe-module.js';
import { aplikasiUmumChecks } from './aplikasi-umum-rules.js';
import { mergeChecks, type RuleContext } from './context.js';
import { generalChecks } from './general-rules.js';
import { indexChecks } from './index-rules.js';
import { lifecycleChecks } from './lifecycle-rules.js';
import { referenceChecks } from './reference-rules.js';
import { roadmapChecks } from './roadmap-rules.js';
import { structureChecks } from './structure-rules.js';
import { traceabilityChecks } from './traceability-rules.js';

export function registerValidationChecks(services: SpbeServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SpbeValidator;
    registry.register(validator.checks() as ValidationChecks<SpbeAstType>, validator);
}

export class SpbeValidator {
    private readonly context: RuleContext;

    constructor(services: SpbeServices) {
        const facts = services.validation.WorkspaceFacts;
        this.context = { catalog: services.reference.Catalog, facts: () => facts.get() };
    }

    checks(): Record<string, unknown> {
        const ctx = this.context;
        return mergeChecks(referenceChecks(ctx), aplikasiUmumChecks(ctx), traceabilityChecks(ctx), structureChecks(ctx), roadmapChecks(ctx), lifecycleChecks(ctx), indexChecks(ctx), generalChecks(ctx));
    }
}
