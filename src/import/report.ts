// The import report: one line per issue for the terminal (`file:row: warning: message`, like `spbe check`),
// and a Markdown file written beside the imported model that lists the same with what was imported.
import type { Lang } from '../common/i18n.js';
import { DOMAINS } from '../model/types.js';
import { DOMAIN_TITLES } from '../model/labels.js';
import type { Plan } from './finish.js';
import type { ImportIssue, SourceRef } from './types.js';

const SEVERITY: Record<ImportIssue['severity'], { en: string; id: string }> = {
    error: { en: 'error', id: 'galat' }, warning: { en: 'warning', id: 'peringatan' }, info: { en: 'info', id: 'info' },
};

/** `inventaris.xlsx[Aplikasi]:7` / `model.xml#id-123` / `data.csv`. */
export function formatSource(s: SourceRef): string {
    return `${s.file}${s.sheet !== undefined ? `[${s.sheet}]` : ''}${s.row !== undefined ? `:${s.row}` : ''}${s.id !== undefined ? `#${s.id}` : ''}`;
}

export function formatIssue(issue: ImportIssue, lang: Lang): string {
    return `${formatSource(issue.source)}: ${SEVERITY[issue.severity][lang]}: ${issue.message[lang]}`;
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function reportMarkdown(plan: Plan, inputs: string[], lang: Lang): string {
    const L = (en: string, id: string) => (lang === 'id' ? id : en);
    const out: string[] = [];
    out.push(`# ${L('Import report', 'Laporan impor')}`, '');
    out.push(`${L('Imported from', 'Diimpor dari')}: ${inputs.map(i => `\`${i}\``).join(', ')}`, '');
    out.push(`| ${L('what', 'apa')} | ${L('count', 'jumlah')} |`, '|---|---|');
    if (plan.agency) out.push(`| ${L('agency', 'instansi')} | 1 |`);
    out.push(`| ${L('units', 'unit')} | ${plan.units.length} |`);
    for (const d of DOMAINS) {
        const n = plan.elements.filter(e => e.domain === d).length;
        if (n) out.push(`| ${DOMAIN_TITLES[d][lang]} | ${n} |`);
    }
    out.push(`| ${L('relations', 'relasi')} | ${plan.relations.length} |`);
    if (plan.initiatives.length) out.push(`| ${L('initiatives', 'inisiatif')} | ${plan.initiatives.length} |`);
    if (plan.milestones.length) out.push(`| ${L('milestones', 'tonggak')} | ${plan.milestones.length} |`);
    if (plan.assessments.length) out.push(`| ${L('index self-assessments (years)', 'penilaian mandiri indeks (tahun)')} | ${plan.assessments.map(a => a.year).join(', ')} |`);
    if (plan.codes.length) out.push(`| ${L("agency's own reference codes", 'kode referensi milik instansi')} | ${plan.codes.length} |`);
    out.push('');
    const groups: [ImportIssue['severity'], string][] = [
        ['warning', L('Not imported or changed to fit', 'Tidak diimpor atau disesuaikan')],
        ['info', L('Notes', 'Catatan')],
    ];
    for (const [severity, heading] of groups) {
        const list = plan.issues.filter(i => i.severity === severity);
        out.push(`## ${heading} (${list.length})`, '');
        if (list.length === 0) { out.push(L('None.', 'Tidak ada.'), ''); continue; }
        out.push(`| ${L('source', 'sumber')} | ${L('what', 'apa')} |`, '|---|---|');
        for (const i of list) out.push(`| \`${cell(formatSource(i.source))}\` | ${cell(i.message[lang])} |`);
        out.push('');
    }
    out.push(L('Every imported declaration is preceded by a comment `// sumber: ...` naming its row or id in the source.',
        'Setiap deklarasi yang diimpor diawali komentar `// sumber: ...` yang menyebut baris atau id-nya di sumber.'), '');
    return out.join('\n');
}
