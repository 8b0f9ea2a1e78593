// Every diagnostic leaves the server with a rule id as its code (syntax and linking errors included),
// with the workspace's severity settings and the model's acknowledgements (`abaikan`) applied.
// The read-only built-in library is never validated.
import type { AstNode, AstReflection, ConfigurationProvider, IndexManager, LangiumDocument, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, CstUtils, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../../reference/builtin-library.js';
import type { ReferenceCatalog } from '../catalog.js';
import { isAbaikan, type Abaikan } from '../generated/ast.js';
import { t } from '../../common/i18n.js';
import { closestNames } from '../../common/names.js';
import type { SpbeServices } from '../spbe-module.js';
import { replace, type QuickFix, type RuleData } from './fixes.js';
import { levenshtein, suggestCodes } from './reference-rules.js';
import { parseRuleOverrides, type RuleSetting, type RuleSettings } from './rule-settings.js';
import { ruleById, Rules } from './rules.js';
import type { WorkspaceFactsProvider } from './workspace-facts.js';

const SEVERITY: Record<Exclude<RuleSetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint
};

/** Unresolved names per document that get "did you mean" suggestions. */
const MAX_NAME_SUGGESTIONS = 20;

/**
 * Findings listed per file. A generated or pasted file can hold hundreds of thousands (140,000 lines of
 * `data D`, a legal 980 KB file, gave 560,000: 2.4 GB and minutes in the CLI, a Problems view that stops
 * responding); past this many, errors first and then by position, one more finding says how many are not shown.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

interface LinkingData { code?: string; containerType?: string; property?: string; refText?: string }

export class SpbeDocumentValidator extends DefaultDocumentValidator {
    private readonly catalog: ReferenceCatalog;
    private readonly settings: RuleSettings;
    private readonly facts: WorkspaceFactsProvider;
    private readonly configuration: ConfigurationProvider;
    private readonly index: IndexManager;
    private readonly reflection: AstReflection;
    /** How many more unresolved names of the document being validated get "did you mean" suggestions. */
    private suggestionBudget = 0;

    constructor(services: SpbeServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
        this.catalog = services.reference.Catalog;
        this.settings = services.validation.RuleSettings;
        this.facts = services.validation.WorkspaceFacts;
        this.configuration = services.shared.workspace.ConfigurationProvider;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        if (isBuiltinUri(document.uri)) return [];
        const diagnostics = await this.validateAll(document, options, cancelToken);
        this.suggestionBudget = MAX_NAME_SUGGESTIONS;
        const overrides = { ...this.settings.workspaceOverrides(), ...parseRuleOverrides(await this.configuration.getConfiguration('spbe', 'rules')).overrides };
        const out: Diagnostic[] = [];
        const used = new Set<Abaikan>();
        const keep = (d: Diagnostic) => {
            const setting = overrides[String(d.code)];
            if (setting === 'off') return false;
            if (setting) d.severity = SEVERITY[setting];
            return true;
        };
        for (const d of diagnostics) {
            this.assignRule(d);
            const rule = String(d.code);
            if (!keep(d)) continue;
            if (rule !== Rules.syntax.id) {
                const ack = this.applyAcknowledgement(document, d, rule);
                if (ack) used.add(ack);
            }
            out.push(d);
        }
        for (const d of this.staleAcknowledgements(document, used)) if (keep(d)) out.push(d);
        return out.length > MAX_FINDINGS_PER_FILE ? this.capped(out) : out;
    }

    /** The first MAX_FINDINGS_PER_FILE findings (errors first, then by position) and one that counts the rest. */
    private capped(all: Diagnostic[]): Diagnostic[] {
        const rank = (d: Diagnostic) => d.severity ?? DiagnosticSeverity.Error;
        const sorted = all.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.d.range.start.line - b.d.range.start.line
            || a.d.range.start.character - b.d.range.start.character || a.i - b.i).map(x => x.d);
        const shown = sorted.slice(0, MAX_FINDINGS_PER_FILE);
        const rest = sorted.slice(MAX_FINDINGS_PER_FILE);
        const count = (s: DiagnosticSeverity) => rest.filter(d => rank(d) === s).length;
        const [errors, warnings, others] = [count(DiagnosticSeverity.Error), count(DiagnosticSeverity.Warning), rest.length - count(DiagnosticSeverity.Error) - count(DiagnosticSeverity.Warning)];
        const n = (x: number) => x.toLocaleString('en-US');
        shown.push({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information,
            code: Rules.tooManyFindings.id, source: this.getSource(),
            message: t({
                id: `${n(rest.length)} temuan lain di berkas ini tidak ditampilkan (${n(errors)} galat, ${n(warnings)} peringatan, ${n(others)} info); yang ditampilkan adalah ${n(MAX_FINDINGS_PER_FILE)} pertama, galat lebih dulu. Perbaiki yang ini lalu periksa lagi.`,
                en: `${n(rest.length)} more findings in this file are not shown (${n(errors)} errors, ${n(warnings)} warnings, ${n(others)} info); these are the first ${n(MAX_FINDINGS_PER_FILE)}, errors first. Fix these and check again.`
            })
        });
        return shown;
    }

    /**
     * Langium's validateDocument, but the rules' findings are added one by one: Langium adds them with
     * `push(...findings)`, a call with one argument per finding, which overflowed the stack at some 120,000
     * findings (140,000 lines of `data D`: a legal 980 KB file) and then reported none at all.
     */
    private async validateAll(document: LangiumDocument, options: ValidationOptions, cancelToken: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        const stopsAt = (code: string) => diagnostics.some(d => (d.data as { code?: string } | undefined)?.code === code);
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && stopsAt(DocumentValidator.LexingError)) return diagnostics;
            this.processParsingErrors(parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && stopsAt(DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && stopsAt(DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            for (const d of await this.validateAst(parseResult.value, options, cancelToken)) diagnostics.push(d);
        } catch (err) {
            if (isOperationCancelled(err)) throw err;
            console.error('An error occurred during validation:', err);
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /** `abaikan` entries of known, per-element rules that acknowledged nothing in this validation. */
    private staleAcknowledgements(document: LangiumDocument, used: Set<Abaikan>): Diagnostic[] {
        const out: Diagnostic[] = [];
        const text = document.textDocument.getText();
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isAbaikan(node) || used.has(node) || !node.$cstNode || typeof node.alasan !== 'string') continue;
            const rule = ruleById(node.aturan);
            if (!rule || rule.workspace) continue; // unknown ids are SPBE-G02; workspace rules are judged elsewhere
            // Remove `abaikan <rule> "reason"` (with its line when it stands alone).
            let start = text.lastIndexOf('abaikan', node.$cstNode.offset);
            let end = node.$cstNode.end;
            const lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const lineEnd = text.indexOf('\n', end);
            if (text.substring(lineStart, start).trim() === '' && text.substring(end, lineEnd < 0 ? text.length : lineEnd).trim() === '') {
                start = lineStart;
                end = lineEnd < 0 ? text.length : lineEnd + 1;
            }
            const range = node.$cstNode.range;
            const removal = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
            const data: RuleData = { code: Rules.staleAcknowledgement.id, fixes: [{ title: t({ id: 'Hapus `abaikan` ini', en: 'Remove this `abaikan`' }), edits: [replace(removal, '')], preferred: true }] };
            out.push({
                range, severity: SEVERITY[Rules.staleAcknowledgement.severity as 'hint'], code: Rules.staleAcknowledgement.id, source: this.getSource(),
                tags: [DiagnosticTag.Unnecessary], data,
                message: t({
                    id: `\`abaikan ${node.aturan}\` tidak mengakui temuan apa pun di sini (temuannya sudah tidak ada, atau aturannya dimatikan). Hapus agar justifikasinya tidak menyesatkan.`,
                    en: `\`abaikan ${node.aturan}\` acknowledges no finding here (the finding is gone, or the rule is off). Remove it so its justification does not mislead.`
                })
            });
        }
        return out;
    }

    /** Gives syntax and linking errors their rule id, and unknown codes their "did you mean" fixes. */
    private assignRule(d: Diagnostic): void {
        if (d.code !== undefined) return;
        const data = d.data as LinkingData | undefined;
        if (data?.code === DocumentValidator.LexingError || data?.code === DocumentValidator.ParsingError) {
            d.code = Rules.syntax.id;
            data.code = d.code;
        } else if (data?.code === DocumentValidator.LinkingError) {
            if (data.property === 'kode' || data.property === 'mencakup') {
                d.code = Rules.unknownCode.id;
                const suggestions = data.refText ? suggestCodes(this.catalog, data.refText) : [];
                if (suggestions.length) {
                    d.message += ' ' + t({ id: `Mungkin maksudnya ${suggestions.join(', ')}?`, en: `Did you mean ${suggestions.join(', ')}?` });
                    const fixes: QuickFix[] = suggestions.map((code, i) => {
                        const name = this.catalog.lookup(code)?.title;
                        return { title: t({ id: `Ganti dengan ${code} (${name})`, en: `Use ${code} (${name})` }), edits: [replace(d.range, code)], preferred: i === 0 };
                    });
                    (data as RuleData & LinkingData).fixes = fixes;
                }
            } else if (data.containerType === 'Aplikasi' && data.property === 'umum') {
                d.code = Rules.unknownSharedApp.id;
                const suggestions = data.refText ? this.suggestSharedApps(data.refText) : [];
                if (suggestions.length) {
                    d.message += ' ' + t({ id: `Mungkin maksudnya ${suggestions.join(', ')}?`, en: `Did you mean ${suggestions.join(', ')}?` });
                    (data as RuleData & LinkingData).fixes = suggestions.map((name, i) => ({
                        title: t({ id: `Ganti dengan ${name}`, en: `Use ${name}` }), edits: [replace(d.range, name)], preferred: i === 0
                    }));
                }
            } else {
                d.code = Rules.unresolved.id;
                this.suggestNames(d, data);
            }
            data.code = String(d.code);
        } else {
            d.code = Rules.syntax.id;
        }
    }

    /**
     * "Did you mean": declared names of the type the reference expects that are close to the one written, as
     * the message's last sentence and as quick fixes. Only the first few unresolved names of a document get
     * suggestions, so a file of thousands of broken references does not cost a search each.
     */
    private suggestNames(d: Diagnostic, data: LinkingData): void {
        if (!data.refText || !data.containerType || !data.property || this.suggestionBudget-- <= 0) return;
        let type: string;
        try {
            type = this.reflection.getReferenceType({ container: { $type: data.containerType } as AstNode, property: data.property, reference: { $refText: data.refText } } as never);
        } catch {
            return;
        }
        const names = this.index.allElements(type).map(desc => desc.name);
        const suggestions = closestNames(data.refText, names);
        if (!suggestions.length) return;
        d.message += ' ' + t({ id: `Mungkin maksudnya ${suggestions.join(', ')}?`, en: `Did you mean ${suggestions.join(', ')}?` });
        (data as RuleData & LinkingData).fixes = suggestions.map((name, i) => ({
            title: t({ id: `Ganti dengan ${name}`, en: `Use ${name}` }), edits: [replace(d.range, name)], preferred: i === 0
        }));
    }

    /** Catalog names close to a mistyped one (ignoring case and punctuation: `Srikandi`, `SP4N LAPOR`). */
    private suggestSharedApps(name: string): string[] {
        const norm = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
        return [...this.catalog.table().aplikasiUmum.keys()]
            .map(app => [app, levenshtein(norm(name), norm(app))] as const)
            .filter(([, d]) => d <= 2)
            .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
            .map(([app]) => app);
    }

    /**
     * An `abaikan <rule> "reason"` on the element, initiative or instansi that contains the finding (or, for
     * workspace-wide rules, on the instansi) acknowledges it: it no longer counts but stays visible as information.
     */
    private applyAcknowledgement(document: LangiumDocument, d: Diagnostic, rule: string): Abaikan | undefined {
        let ack: Abaikan | undefined;
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(d.range.start)) : undefined;
        // An `abaikan` cut short before its reason (a syntax error) acknowledges nothing: it used to throw
        // here and failed the whole build (found while fixing seed 1 input 1344).
        const matches = (a: Abaikan) => a.aturan === rule && typeof a.alasan === 'string';
        for (let node: AstNode | undefined = leaf?.astNode; node && !ack; node = node.$container) {
            ack = (node as { abaikan?: Abaikan[] }).abaikan?.find(matches);
        }
        if (!ack && ruleById(rule)?.workspace) ack = this.facts.get().agencies[0]?.abaikan.find(matches);
        if (!ack) return undefined;
        const reason = ack.alasan.replace(/^"|"$/g, '');
        d.severity = DiagnosticSeverity.Information;
        d.message = t({ id: `[diakui: ${reason}] `, en: `[acknowledged: ${reason}] ` }) + d.message;
        const data = (d.data ?? { code: rule }) as RuleData;
        data.acknowledged = reason;
        d.data = data;
        return ack;
    }
}
