// Code lens on each `penilaian`: the computed SPBE index and predicate, from the same index module the CLI uses,
// over the semantic model of the whole workspace (the rule sets come from the built-in library or the workspace).
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { CodeLensProvider } from 'langium/lsp';
import type { SpbeServerServices } from './server-module.js';
import { computeIndex, ruleSetFor } from '../index/compute.js';
import { checkEvidence, EVIDENCE_RULE_SET } from '../index/evidence.js';
import { t } from '../common/i18n.js';
import { maxOf } from '../model/extremes.js';

export class SpbeCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: SpbeServerServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        return this.services.shared.environment.DisplayLanguage.run(() => this.lenses(document));
    }

    private lenses(document: LangiumDocument): CodeLens[] {
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        if (!/\bpenilaian\b/.test(text)) return [];
        const model = this.services.model.Current.now().model;
        const lenses: CodeLens[] = [];
        // The latest year per rule set, once (it was a scan of every assessment per lens).
        const latestOf = new Map<string, number>();
        const latest = (ruleSetId: string) => {
            let year = latestOf.get(ruleSetId);
            if (year === undefined) latestOf.set(ruleSetId, year = maxOf(model.assessments.filter(a => (a.ruleSet ?? ruleSetId) === ruleSetId).map(a => a.year)));
            return year;
        };
        for (const assessment of model.assessments.filter(a => a.source.uri === uri)) {
            const range = { start: assessment.source.start, end: assessment.source.start };
            const ruleSet = ruleSetFor(model, assessment);
            if (!ruleSet) {
                lenses.push({ range, command: { title: t({ id: `Aturan indeks '${assessment.ruleSet}' tidak dikenal`, en: `Unknown index rule set '${assessment.ruleSet}'` }), command: '' } });
                continue;
            }
            const r = computeIndex(ruleSet, assessment);
            const assessed = r.indicators.length - r.missing.length;
            const value = r.index === undefined ? '-' : `${r.index.toFixed(2)} · ${r.predicate ?? '-'}`;
            const coverage = r.complete
                ? t({ id: `${assessed} indikator`, en: `${assessed} indicators` })
                : t({ id: `belum lengkap: ${assessed} dari ${r.indicators.length} indikator`, en: `incomplete: ${assessed} of ${r.indicators.length} indicators` });
            lenses.push({ range, command: { title: `${t({ id: 'Indeks SPBE', en: 'SPBE index' })} ${assessment.year}: ${value} (${ruleSet.id}, ${coverage})`, command: '' } });
            if (ruleSet.id === EVIDENCE_RULE_SET && assessment.year === latest(ruleSet.id)) {
                const notes = checkEvidence(model, assessment);
                if (notes.length) {
                    const unsupported = notes.filter(n => n.kind === 'unsupported').map(n => n.indicator);
                    const below = notes.filter(n => n.kind === 'below-model').map(n => n.indicator);
                    const parts = [
                        unsupported.length ? t({ id: `tidak didukung model: indikator ${unsupported.join(', ')}`, en: `not supported by the model: indicator ${unsupported.join(', ')}` }) : '',
                        below.length ? t({ id: `di bawah yang didukung model: indikator ${below.join(', ')}`, en: `below what the model supports: indicator ${below.join(', ')}` }) : '',
                    ].filter(Boolean);
                    lenses.push({ range, command: { title: parts.join('; '), command: '' } });
                }
            }
        }
        return lenses;
    }
}
