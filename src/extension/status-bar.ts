// A status-bar item with the number of errors and warnings in the workspace's .spbe files;
// clicking it opens the Problems view.
import * as vscode from 'vscode';

export interface ProblemCounts {
    errors: number;
    warnings: number;
    files: number;
}

export function countSpbeProblems(): ProblemCounts {
    const counts: ProblemCounts = { errors: 0, warnings: 0, files: 0 };
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.spbe')) continue;
        counts.files++;
        for (const d of diagnostics) {
            if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
            else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
        }
    }
    return counts;
}

export class ProblemStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('spbe.problems', vscode.StatusBarAlignment.Left, 10);
    private readonly subscription: vscode.Disposable;
    private counts: ProblemCounts = { errors: 0, warnings: 0, files: 0 };

    constructor() {
        this.item.name = vscode.l10n.t('SPBE problems');
        this.item.command = 'workbench.actions.view.problems';
        this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.update());
        this.update();
        this.item.show();
    }

    /** The counts currently shown (read by the end-to-end tests). */
    get current(): ProblemCounts {
        return { ...this.counts };
    }

    get text(): string {
        return this.item.text;
    }

    private update(): void {
        this.counts = countSpbeProblems();
        const { errors, warnings } = this.counts;
        this.item.text = `$(error) ${errors} $(warning) ${warnings} SPBE`;
        this.item.tooltip = vscode.l10n.t('SPBE: {0} errors, {1} warnings. Click to open the Problems view.', errors, warnings);
        this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }

    dispose(): void {
        this.subscription.dispose();
        this.item.dispose();
    }
}
