// Registers the SPBE validation checks. Rules are grouped by concern in files beside this one; the
// rule registry (ids, default severities, titles) is rules.ts, documented in docs/rules.md.
import type { AstNode, ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import type { DisplayLanguage } from '../../common/i18n.js';
import type { SpbeAstType } from '../generated/ast.js';
import type { SpbeServices } from '../spbe-module.js';
import { aplikasiUmumChecks } from './aplikasi-umum-rules.js';
import { Completeness } from './complete.js';
import { mergeChecks, type RuleContext } from './context.js';
import { generalChecks } from './general-rules.js';
import { indexChecks } from './index-rules.js';
import { lifecycleChecks } from './lifecycle-rules.js';
import { propertyChecks } from './property-rules.js';
import { referenceChecks } from './reference-rules.js';
import { roadmapChecks } from './roadmap-rules.js';
import { structureChecks } from './structure-rules.js';
import { traceabilityChecks } from './traceability-rules.js';
import { viewChecks } from './view-checks.js';

export function registerValidationChecks(services: SpbeServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SpbeValidator;
    registry.register(validator.checks() as ValidationChecks<SpbeAstType>, validator);
}

export class SpbeValidator {
    private readonly context: RuleContext;
    private readonly services: SpbeServices;
    private readonly completeness: Completeness;

    constructor(services: SpbeServices) {
        const facts = services.validation.WorkspaceFacts;
        this.context = { catalog: services.reference.Catalog, facts: () => facts.get() };
        this.services = services;
        this.completeness = new Completeness(services.Grammar);
    }

    /** Every rule's checks; none runs on a node that lacks a part its grammar requires (see complete.ts). */
    checks(): Record<string, unknown> {
        const ctx = this.context;
        const checks = mergeChecks(referenceChecks(ctx), aplikasiUmumChecks(ctx), traceabilityChecks(ctx), structureChecks(ctx), roadmapChecks(ctx), lifecycleChecks(ctx), indexChecks(ctx), viewChecks(ctx), generalChecks(ctx), propertyChecks(ctx));
        const completeness = this.completeness;
        for (const [type, list] of Object.entries(checks)) {
            checks[type] = list.map(check => ((node: AstNode, accept: ValidationAcceptor, token) =>
                completeness.isIncomplete(node) ? undefined : check(node, accept, token)) as ValidationCheck);
        }
        // Resolved once, when the first check runs (the shared services may not have it while these are
        // registered): it is one object for the services' life, and each read through the services' proxy
        // cost a look-up per check per node.
        let language: DisplayLanguage | undefined;
        return inDisplayLanguage(checks, () => language ??= this.services.shared.environment.DisplayLanguage);
    }
}

/** Each check runs in the services' display language, so the rules' `t(texts)` and `report()` speak it. */
function inDisplayLanguage(checks: Record<string, ValidationCheck[]>, language: () => DisplayLanguage): Record<string, ValidationCheck[]> {
    const out: Record<string, ValidationCheck[]> = {};
    for (const [type, list] of Object.entries(checks)) {
        out[type] = list.map(check => ((node, accept, token) => language().run(() => check(node, accept, token))) as ValidationCheck);
    }
    return out;
}
