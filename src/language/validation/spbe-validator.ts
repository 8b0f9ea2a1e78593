// Registers the SPBE validation checks. Rules are grouped by concern in files beside this one.
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { SpbeAstType, Model } from '../generated/ast.js';
import type { SpbeServices } from '../spbe-module.js';

export function registerValidationChecks(services: SpbeServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.SpbeValidator;
    const checks: ValidationChecks<SpbeAstType> = {
        Model: validator.checkModel.bind(validator),
    };
    registry.register(checks, validator);
}

export class SpbeValidator {
    constructor(_services: SpbeServices) {}

    checkModel(_model: Model, _accept: ValidationAcceptor): void {
        // Workspace rules arrive with the validation issue.
    }
}
