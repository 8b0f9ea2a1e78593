// The fuzz harness: builds a (mutated) workspace through the same services the language server uses,
// then calls every editor feature at random positions and every output of the semantic model, and
// records what went wrong: an exception escaping a feature, a validator's internal error (Langium
// catches it, logs "An error occurred during validation" and turns it into a diagnostic — both are
// detected), anything logged with console.error, a JavaScript placeholder (`undefined`, `NaN`,
// `[object Object]`) in a diagnostic, an editor answer or an output (placeholders.ts), an input slower than
// the time limit, and a server that stops answering afterwards.
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../src/language/spbe-module.js';
import { buildFiles } from '../helpers/services.js';
import type { BuiltWorkspace } from '../../src/model/build-workspace.js';
import { OUTPUTS } from './outputs.js';
import { LayoutMemo } from './layout-memo.js';
import type { Random } from './mutators.js';
import { findLeak, placeholdersIn } from './placeholders.js';

export type FindingKind = 'exception' | 'internal-error' | 'logged-error' | 'placeholder' | 'slow' | 'unresponsive';

export interface Finding {
    kind: FindingKind;
    feature: string;
    message: string;
    stack?: string;
}

export interface CaseResult {
    findings: Finding[];
    /** Wall-clock time. */
    ms: number;
    /** CPU time of this process (user + system): what the input itself cost, whatever else the machine runs. */
    cpuMs: number;
    featureCalls: number;
    /** Diagram layouts ELK ran for this input, and layouts of graphs already laid out earlier (see layout-memo.ts). */
    layoutsRun: number;
    layoutsReused: number;
}

export const TIME_LIMIT_MS = 2000;
const INTERNAL_ERROR = /An error occurred (during|in)/i;

const NEW_NAMES = ['Baru', 'x', 'a b', '<script>', '', '123', 'proses', 'Dup', 'é', 'A'.repeat(300)];

function positionsOf(doc: LangiumDocument, rnd: Random, count: number): Position[] {
    const text = doc.textDocument.getText();
    const out: Position[] = [];
    for (let i = 0; i < count; i++) {
        // Mostly inside the text; sometimes at its very end or past it (clients send stale positions).
        const offset = rnd.chance(0.9) ? rnd.int(text.length + 1) : text.length + rnd.int(3);
        const pos = doc.textDocument.positionAt(Math.min(offset, text.length));
        out.push(offset > text.length ? { line: pos.line + rnd.int(3), character: pos.character + rnd.int(5) } : pos);
    }
    return out;
}

function randomRange(doc: LangiumDocument, rnd: Random): Range {
    const [a, b] = positionsOf(doc, rnd, 2).sort((x, y) => x.line - y.line || x.character - y.character);
    return { start: a, end: b };
}

export class FuzzHarness {
    private featureCalls = 0;
    private slowestFeature = { name: '', ms: 0 };

    /** One per harness, so a round reuses the layouts of diagrams it has already laid out. */
    private readonly layouts = new LayoutMemo();

    /** Placeholder words the current input contains itself (not a leak when an answer repeats them). */
    private allowed: ReadonlySet<string> = new Set();

    constructor(readonly services: SpbeServices, readonly timeLimitMs = TIME_LIMIT_MS) {}

    /** Runs one input (file name -> text); `mutated` names the files whose features are exercised. */
    async run(files: Record<string, string>, mutated: string[], rnd: Random, positions = 6): Promise<CaseResult> {
        const findings: Finding[] = [];
        const logged: string[] = [];
        const originalError = console.error;
        console.error = (...args: unknown[]) => { logged.push(args.map(a => a instanceof Error ? a.stack ?? a.message : String(a)).join(' ')); };
        this.featureCalls = 0;
        this.slowestFeature = { name: '', ms: 0 };
        this.allowed = placeholdersIn(Object.values(files));
        const layoutsBefore = { run: this.layouts.laidOut, reused: this.layouts.reused };
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        try {
            let built: BuiltWorkspace | undefined;
            await this.guard(findings, 'build (parse, link, validate, model)', async () => { built = await buildFiles(this.services, files); });
            if (built) {
                this.checkDiagnostics(built.diagnostics, findings);
                for (const output of OUTPUTS) await this.guard(findings, output.name, () => output.run(built!, this.layouts));
                const targets = built.documents.filter(d => mutated.some(name => d.uri.path.endsWith('/' + name)));
                for (const doc of targets) await this.exercise(doc, rnd, positions, findings);
                await this.guard(findings, 'workspace symbols', () => this.services.shared.lsp.WorkspaceSymbolProvider?.getSymbols({ query: rnd.pick(['', 'a', 'Srikandi', '<']) }));
            }
        } finally {
            console.error = originalError;
        }
        const ms = performance.now() - started;
        const cpu = process.cpuUsage(cpuStart);
        const layoutsRun = this.layouts.laidOut - layoutsBefore.run, layoutsReused = this.layouts.reused - layoutsBefore.reused;
        const cpuMs = (cpu.user + cpu.system) / 1000;
        for (const line of logged) findings.push({ kind: INTERNAL_ERROR.test(line) ? 'internal-error' : 'logged-error', feature: 'console.error', message: line.split('\n')[0], stack: line });
        // The limit applies to CPU time: on a shared machine wall time mostly measures the other processes.
        if (cpuMs > this.timeLimitMs) findings.push({ kind: 'slow', feature: 'whole input', message: `took ${Math.round(cpuMs)} ms CPU, ${Math.round(ms)} ms wall (limit ${this.timeLimitMs} ms); slowest step: ${this.slowestFeature.name} ${Math.round(this.slowestFeature.ms)} ms wall; ${layoutsRun} layouts run, ${layoutsReused} reused` });
        return { findings, ms, cpuMs, featureCalls: this.featureCalls, layoutsRun, layoutsReused };
    }

    /** After hostile input the same services must still answer correctly on a good model. */
    async checkResponsive(): Promise<Finding[]> {
        const findings: Finding[] = [];
        try {
            const built = await buildFiles(this.services, {
                'sehat.spbe': 'unit Diskominfo "Dinas Kominfo"\nproses Arsip "Kearsipan" { kode RAB.09.06.06 pemilik Diskominfo }\n'
            });
            const doc = built.documents[0];
            const errors = built.diagnostics.get(doc.uri.toString())?.filter(d => d.severity === 1) ?? [];
            const hover = await this.services.lsp.HoverProvider?.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 1, character: 9 } });
            const definition = await this.services.lsp.DefinitionProvider?.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 1, character: 59 } });
            const hoverText = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
            if (errors.length > 0 || !hoverText.includes('Kearsipan') || definition?.[0]?.targetRange.start.line !== 0) {
                findings.push({ kind: 'unresponsive', feature: 'health check', message: `after fuzzing: errors=${errors.length}, hover=${JSON.stringify(hoverText)}, definition=${JSON.stringify(definition)}` });
            }
        } catch (err) {
            findings.push({ kind: 'unresponsive', feature: 'health check', message: String(err), stack: (err as Error)?.stack });
        }
        return findings;
    }

    private checkDiagnostics(diagnostics: Map<string, Diagnostic[]>, findings: Finding[]): void {
        for (const [uri, list] of diagnostics) {
            for (const d of list) {
                if (INTERNAL_ERROR.test(d.message)) findings.push({ kind: 'internal-error', feature: `diagnostic in ${URI.parse(uri).path}`, message: d.message });
                const leak = findLeak(d.message, this.allowed);
                if (leak) findings.push({ kind: 'placeholder', feature: `diagnostic [${d.code}] in ${URI.parse(uri).path}`, message: leak.excerpt });
                const r = d.range;
                if (![r.start.line, r.start.character, r.end.line, r.end.character].every(n => Number.isInteger(n) && n >= 0)) {
                    findings.push({ kind: 'exception', feature: 'diagnostic range', message: `invalid range ${JSON.stringify(r)} for "${d.message}"` });
                }
            }
        }
    }

    private async exercise(doc: LangiumDocument, rnd: Random, count: number, findings: Finding[]): Promise<void> {
        const lsp = this.services.lsp;
        const textDocument = { uri: doc.uri.toString() };
        for (const position of positionsOf(doc, rnd, count)) {
            const at = `at ${position.line + 1}:${position.character + 1}`;
            await this.guard(findings, `completion ${at}`, () => lsp.CompletionProvider?.getCompletion(doc, { textDocument, position }));
            await this.guard(findings, `hover ${at}`, () => lsp.HoverProvider?.getHoverContent(doc, { textDocument, position }));
            await this.guard(findings, `definition ${at}`, () => lsp.DefinitionProvider?.getDefinition(doc, { textDocument, position }));
            await this.guard(findings, `references ${at}`, () => lsp.ReferencesProvider?.findReferences(doc, { textDocument, position, context: { includeDeclaration: rnd.chance(0.5) } }));
            await this.guard(findings, `highlight ${at}`, () => lsp.DocumentHighlightProvider?.getDocumentHighlight(doc, { textDocument, position }));
            await this.guard(findings, `prepare rename ${at}`, () => lsp.RenameProvider?.prepareRename(doc, { textDocument, position }));
            await this.guard(findings, `rename ${at}`, () => lsp.RenameProvider?.rename(doc, { textDocument, position, newName: rnd.pick(NEW_NAMES) }));
            await this.guard(findings, `declaration ${at}`, () => lsp.DeclarationProvider?.getDeclaration(doc, { textDocument, position }));
            await this.guard(findings, `signature help ${at}`, () => lsp.SignatureHelp?.provideSignatureHelp(doc, { textDocument, position }));
        }
        await this.guard(findings, 'document symbols', () => lsp.DocumentSymbolProvider?.getSymbols(doc, { textDocument }));
        await this.guard(findings, 'folding ranges', () => lsp.FoldingRangeProvider?.getFoldingRanges(doc, { textDocument }));
        await this.guard(findings, 'formatting', () => lsp.Formatter?.formatDocument(doc, { textDocument, options: { tabSize: 4, insertSpaces: rnd.chance(0.8) } }));
        await this.guard(findings, 'semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(doc, { textDocument }));
        await this.guard(findings, 'semantic tokens (range)', () => lsp.SemanticTokenProvider?.semanticHighlightRange(doc, { textDocument, range: randomRange(doc, rnd) }));
        await this.guard(findings, 'code lenses', () => lsp.CodeLensProvider?.provideCodeLens(doc, { textDocument }));
        await this.guard(findings, 'inlay hints', () => lsp.InlayHintProvider?.getInlayHints(doc, { textDocument, range: randomRange(doc, rnd) }));
        await this.guard(findings, 'document links', () => lsp.DocumentLinkProvider?.getDocumentLinks(doc, { textDocument }));
        // Code actions for every diagnostic (as the editor asks for the lightbulb), and for a random range.
        const diagnostics = doc.diagnostics ?? [];
        for (const diagnostic of diagnostics.slice(0, 40)) {
            await this.guard(findings, `code actions for [${diagnostic.code}]`, () => lsp.CodeActionProvider?.getCodeActions(doc, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
        }
        await this.guard(findings, 'code actions (random range)', () => lsp.CodeActionProvider?.getCodeActions(doc, { textDocument, range: randomRange(doc, rnd), context: { diagnostics } }));
    }

    private async guard(findings: Finding[], feature: string, call: () => unknown): Promise<void> {
        this.featureCalls++;
        const started = performance.now();
        try {
            const result = await call();
            const leak = findLeak(result, this.allowed);
            if (leak) findings.push({ kind: 'placeholder', feature, message: leak.excerpt });
        } catch (err) {
            findings.push({ kind: 'exception', feature, message: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack });
        }
        const ms = performance.now() - started;
        if (ms > this.slowestFeature.ms) this.slowestFeature = { name: feature, ms };
        // FUZZ_TRACE=1 prints steps over 200 ms; FUZZ_TRACE=N, steps over N ms.
        if (process.env.FUZZ_TRACE && ms > (Number(process.env.FUZZ_TRACE) > 1 ? Number(process.env.FUZZ_TRACE) : 200)) process.stderr.write(`TRACE ${feature} ${Math.round(ms)}\n`);
    }
}
