// Every diagnostic leaves the server with a rule id as its code (syntax and linking errors included),
// and the read-only built-in library is never validated.
import type { LangiumDocument, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../../reference/builtin-library.js';
import { Rules } from './rules.js';

export class SpbeDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        if (isBuiltinUri(document.uri)) return [];
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const d of diagnostics) {
            if (d.code !== undefined) continue;
            const data = d.data as { code?: string; containerType?: string; property?: string } | undefined;
            if (data?.code === DocumentValidator.LexingError || data?.code === DocumentValidator.ParsingError) d.code = Rules.syntax.id;
            else if (data?.code === DocumentValidator.LinkingError) {
                d.code = isCodeReference(data.containerType, data.property) ? Rules.unknownCode.id : Rules.unresolved.id;
            }
        }
        return diagnostics;
    }
}

function isCodeReference(_containerType?: string, property?: string): boolean {
    return property === 'kode' || property === 'mencakup';
}
