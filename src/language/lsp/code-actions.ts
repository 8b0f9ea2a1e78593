// Quick fixes: each rule computes its fixes when it reports a finding and ships them in the diagnostic's
// `data` (see validation/fixes.ts); this provider turns them into LSP code actions.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind, type CodeAction, type Command } from 'vscode-languageserver-types';
import type { RuleData } from '../validation/fixes.js';

export class SpbeCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const uri = document.textDocument.uri;
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as RuleData | undefined;
            for (const fix of data?.fixes ?? []) {
                actions.push({
                    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred === true,
                    edit: { changes: { [uri]: fix.edits } }
                });
            }
        }
        return actions.length ? actions : undefined;
    }
}
