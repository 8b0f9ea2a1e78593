// The roadmap as a Mermaid gantt chart (one section per muatan, one bar per initiative, milestones at the end),
// for wikis that render Mermaid. Mermaid's gantt lexer ends a title at # or ;, a section at # : ;, a task name
// at :, and treats %% and # as comments; and it sanitises < > & as HTML. So those characters in model text are
// written as Mermaid entity codes (#58; for ':'), which Mermaid decodes only after parsing, and line breaks
// become spaces; a name that starts with a gantt keyword has its first letter encoded the same way so it is not
// read as a statement. Ids that are gantt tags (done, active, ...) get a trailing underscore.
import type { Initiative, SemanticModel } from '../model/types.js';
import { MUATAN } from '../model/types.js';
import type { Lang } from '../common/i18n.js';
import { MUATAN_TITLES } from './common.js';

export interface MermaidOptions { lang?: Lang; title?: string }

const KEYWORDS = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|acctitle|accdescr|click|gantt)\b/i;
const TAGS = new Set(['active', 'done', 'crit', 'milestone', 'vert', 'after', 'until']);

/** Makes model text safe as a Mermaid gantt title, section or task name. */
export function mermaidText(text: string): string {
    const s = text.replace(/[\r\n\t]+/g, ' ').trim();
    if (!s) return '-';
    const encoded = s.replace(/[#;:%<>&"]/g, c => `#${c.charCodeAt(0)};`);
    return KEYWORDS.test(s) ? `#${s.charCodeAt(0)};${encoded.slice(1)}` : encoded;
}

export function mermaidId(id: string): string {
    const s = id.replace(/[^\w-]/g, '_');
    return TAGS.has(s.toLowerCase()) ? `${s}_` : s;
}

const TAG: Partial<Record<NonNullable<Initiative['status']>, string>> = { selesai: 'done', berjalan: 'active', tertunda: 'crit' };

export function exportMermaid(model: SemanticModel, options: MermaidOptions = {}): string {
    const lang = options.lang ?? 'id';
    const title = options.title ?? (lang === 'id' ? 'Peta Rencana SPBE' : 'SPBE roadmap') + (model.agency ? ` ${model.agency.name}` : '');
    const lines = ['gantt', `    title ${mermaidText(title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %Y'];
    const skipped: string[] = [];
    const drawable = (i: Initiative) => i.start !== undefined && i.status !== 'batal';
    for (const muatan of MUATAN) {
        const items = model.roadmap.initiatives.filter(i => i.muatan === muatan);
        for (const i of items) if (!drawable(i)) skipped.push(i.id);
        const drawn = items.filter(drawable);
        if (drawn.length === 0) continue;
        lines.push(`    section ${mermaidText(MUATAN_TITLES[muatan][lang])}`);
        for (const i of drawn) {
            const tag = i.status ? TAG[i.status] : undefined;
            const end = (i.end ?? i.start!) + 1;
            lines.push(`    ${mermaidText(i.name)} :${tag ? tag + ', ' : ''}${mermaidId(i.id)}, ${i.start}-01-01, ${end}-01-01`);
        }
    }
    for (const i of model.roadmap.initiatives) if (i.muatan === undefined) skipped.push(i.id);
    const milestones = model.roadmap.milestones.filter(m => m.year !== undefined);
    if (milestones.length) {
        lines.push(`    section ${lang === 'id' ? 'Tonggak' : 'Milestones'}`);
        for (const m of milestones) {
            const month = String(m.month && m.month >= 1 && m.month <= 12 ? m.month : 1).padStart(2, '0');
            lines.push(`    ${mermaidText(m.name)} :milestone, ${mermaidId('m-' + m.id)}, ${m.year}-${month}-01, 0d`);
        }
    }
    if (skipped.length) lines.push(`    %% ${lang === 'id' ? 'tidak digambar (tanpa tahun, tanpa muatan, atau batal)' : 'not drawn (no years, no muatan, or cancelled)'}: ${skipped.map(mermaidId).join(', ')}`);
    return lines.join('\n') + '\n';
}
