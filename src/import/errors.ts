// A problem with an input that stops the import (the file is not what it claims, a required column is
// missing): the CLI prints it as one line naming the file (and row) and exits with code 2.
import type { Texts } from '../common/i18n.js';
import type { SourceRef } from './types.js';

export class ImportError extends Error {
    readonly where: SourceRef;
    constructor(file: string, where: Omit<SourceRef, 'file'> | undefined, readonly texts: Texts) {
        super(texts.en);
        this.where = { file, ...where };
    }
}
