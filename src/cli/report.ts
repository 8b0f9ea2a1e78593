// Prints diagnostics as `path:line:col severity [rule-id] message` or as JSON.
import * as path from 'node:path';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { inLanguage, t, type Lang } from '../common/i18n.js';
import { visible } from './terminal-text.js';

export interface ReportedDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    rule: string;
    message: string;
    /** The justification of an `abaikan` that acknowledges this finding (it then no longer counts). */
    acknowledged?: string;
}

export interface Summary { files: number; errors: number; warnings: number; infos: number; acknowledged: number }

const SEVERITY = ['error', 'error', 'warning', 'info', 'hint'] as const;

export function flatten(diagnostics: Map<string, Diagnostic[]>, cwd = process.cwd()): ReportedDiagnostic[] {
    const out: ReportedDiagnostic[] = [];
    for (const [uri, list] of diagnostics) {
        const fsPath = URI.parse(uri).fsPath;
        const file = path.relative(cwd, fsPath) || fsPath;
        for (const d of list) {
            const acknowledged = (d.data as { acknowledged?: string } | undefined)?.acknowledged;
            out.push({
                file, line: d.range.start.line + 1, column: d.range.start.character + 1,
                endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
                severity: SEVERITY[d.severity ?? 1], rule: d.code === undefined ? 'SPBE' : String(d.code),
                message: d.message.replace(/\s*\n\s*/g, ' '),
                ...(acknowledged !== undefined ? { acknowledged } : {})
            });
        }
    }
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

export function summarize(items: ReportedDiagnostic[], files: number): Summary {
    return {
        files,
        errors: items.filter(d => d.severity === 'error').length,
        warnings: items.filter(d => d.severity === 'warning').length,
        infos: items.filter(d => (d.severity === 'info' || d.severity === 'hint') && d.acknowledged === undefined).length,
        acknowledged: items.filter(d => d.acknowledged !== undefined).length,
    };
}

export function formatText(items: ReportedDiagnostic[], summary: Summary, lang?: Lang): string {
    return inLanguage(lang, () => textReport(items, summary));
}

function textReport(items: ReportedDiagnostic[], summary: Summary): string {
    // File names and messages carry model text: control and bidi characters in them are shown escaped.
    const lines = items.map(d => visible(`${d.file}:${d.line}:${d.column} ${d.acknowledged !== undefined ? t({ id: 'diakui', en: 'acknowledged' }) : d.severity} [${d.rule}] ${d.message}`));
    const ack = summary.acknowledged ? t({ id: `, ${summary.acknowledged} diakui`, en: `, ${summary.acknowledged} acknowledged` }) : '';
    lines.push(t({
        id: `${summary.files} berkas diperiksa: ${summary.errors} galat, ${summary.warnings} peringatan, ${summary.infos} info${ack}.`,
        en: `${summary.files} file${summary.files === 1 ? '' : 's'} checked: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info${ack}.`
    }));
    return lines.join('\n') + '\n';
}
