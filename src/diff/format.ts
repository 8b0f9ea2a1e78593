// A diff as text for the terminal, as JSON, and as a Markdown section for a review document (the mid-term
// review, the next period's decree). Field names are the language's own keywords, so they read the same in
// both languages.
import type { Lang } from '../common/i18n.js';
import { DOMAIN_TITLES } from '../model/labels.js';
import type { FieldChange, ModelDiff, RelationRef, Value } from './compare.js';
import { isEmptyDiff } from './compare.js';

export interface DiffLabels {
    /** How the two versions are named: folder paths or git revisions. */
    old: string;
    new: string;
}

const T = {
    title: { en: 'Changes', id: 'Perubahan' },
    none: { en: 'No changes to the architecture or the roadmap.', id: 'Tidak ada perubahan pada arsitektur maupun peta rencana.' },
    agency: { en: 'Agency', id: 'Instansi' },
    units: { en: 'Units', id: 'Unit' },
    elements: { en: 'Elements', id: 'Elemen' },
    initiatives: { en: 'Initiatives', id: 'Inisiatif' },
    milestones: { en: 'Milestones', id: 'Tonggak' },
    targets: { en: 'Index targets of the roadmap', id: 'Target indeks dalam peta rencana' },
    added: { en: 'added', id: 'ditambah' },
    removed: { en: 'removed', id: 'dihapus' },
    changed: { en: 'changed', id: 'diubah' },
    moved: { en: 'moved in time', id: 'digeser waktunya' },
    rescoped: { en: 're-scoped', id: 'diubah cakupannya' },
    none_: { en: '(none)', id: '(tidak ada)' },
};
type Key = keyof typeof T;

function value(v: Value): string {
    if (v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
    return String(v);
}

function years(y: [number?, number?]): string {
    const [s, e] = y;
    if (s === undefined) return '—';
    return e === undefined || e === s ? String(s) : `${s}-${e}`;
}

export function relationText(r: RelationRef): string {
    return `${r.from} ${r.kind} ${r.to}${r.via ? ` melalui ${r.via}` : ''}`;
}

function fieldText(c: FieldChange): string {
    return `${c.field}: ${value(c.old)} → ${value(c.new)}`;
}

function counts(g: { added: unknown[]; removed: unknown[]; changed: unknown[] }, lang: Lang): string {
    return `${g.added.length} ${T.added[lang]}, ${g.removed.length} ${T.removed[lang]}, ${g.changed.length} ${T.changed[lang]}`;
}

export function diffText(d: ModelDiff, labels: DiffLabels, lang: Lang): string {
    const t = (k: Key) => T[k][lang];
    const out: string[] = [`${t('title')}: ${labels.old} → ${labels.new}`];
    if (isEmptyDiff(d)) return [...out, t('none'), ''].join('\n');
    if (d.agency.length) {
        out.push('', `${t('agency')}:`);
        for (const c of d.agency) out.push(`  ~ ${fieldText(c)}`);
    }
    const group = (key: Key, g: { added: unknown[]; removed: unknown[]; changed: unknown[] }) => {
        if (g.added.length + g.removed.length + g.changed.length === 0) return false;
        out.push('', `${t(key)}: ${counts(g, lang)}`);
        return true;
    };
    if (group('units', d.units)) {
        for (const u of d.units.added) out.push(`  + unit ${u.id} "${u.name}"`);
        for (const u of d.units.removed) out.push(`  - unit ${u.id} "${u.name}"`);
        for (const u of d.units.changed) out.push(`  ~ unit ${u.id} "${u.name}": ${u.changes.map(fieldText).join('; ')}`);
    }
    if (group('elements', d.elements)) {
        const desc = (e: { domain: string; id: string; name: string; code?: string; owner?: string; status: string }) =>
            `${e.domain} ${e.id} "${e.name}"${e.code ? ` ${e.code}` : ''}${e.owner ? `, pemilik ${e.owner}` : ''}${e.status !== 'aktif' ? `, ${e.status}` : ''}`;
        for (const e of d.elements.added) out.push(`  + ${desc(e)}`);
        for (const e of d.elements.removed) out.push(`  - ${desc(e)}`);
        for (const e of d.elements.changed) {
            out.push(`  ~ ${e.domain} ${e.id} "${e.name}"`);
            for (const c of e.changes) out.push(`      ${fieldText(c)}`);
            for (const r of e.relationsAdded) out.push(`      + ${relationText(r)}`);
            for (const r of e.relationsRemoved) out.push(`      - ${relationText(r)}`);
        }
    }
    if (group('initiatives', d.initiatives)) {
        for (const i of d.initiatives.added) out.push(`  + inisiatif ${i.id} "${i.name}" ${years([i.start, i.end])}${i.muatan ? `, ${i.muatan}` : ''}`);
        for (const i of d.initiatives.removed) out.push(`  - inisiatif ${i.id} "${i.name}" ${years([i.start, i.end])}`);
        for (const i of d.initiatives.changed) {
            out.push(`  ~ inisiatif ${i.id} "${i.name}"`);
            if (i.moved) out.push(`      ${t('moved')}: tahun ${years(i.moved.old)} → ${years(i.moved.new)}`);
            for (const s of i.scope) {
                out.push(`      ${t('rescoped')}: ${s.list}${s.added.length ? ` + ${s.added.join(', ')}` : ''}${s.removed.length ? ` - ${s.removed.join(', ')}` : ''}`);
            }
            for (const c of i.changes) out.push(`      ${fieldText(c)}`);
        }
    }
    if (group('milestones', d.milestones)) {
        for (const m of d.milestones.added) out.push(`  + tonggak ${m.id} "${m.name}"${m.year ? ` ${m.year}` : ''}`);
        for (const m of d.milestones.removed) out.push(`  - tonggak ${m.id} "${m.name}"`);
        for (const m of d.milestones.changed) out.push(`  ~ tonggak ${m.id} "${m.name}": ${m.changes.map(fieldText).join('; ')}`);
    }
    if (d.targets.length) {
        out.push('', `${t('targets')}:`);
        for (const x of d.targets) out.push(`  ~ indikator ${x.indicator}, ${x.year}: ${x.old ?? '—'} → ${x.new ?? '—'}`);
    }
    out.push('');
    return out.join('\n');
}

function md(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;')).replace(/[\r\n]+/g, ' ');
}

/** A Markdown section (level-2 heading) for a review document. */
export function diffMarkdown(d: ModelDiff, labels: DiffLabels, lang: Lang): string {
    const L = (en: string, id: string) => (lang === 'id' ? id : en);
    const t = (k: Key) => T[k][lang];
    const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
    const out: string[] = [`## ${L('Changes to the SPBE architecture', 'Perubahan Arsitektur SPBE')}: ${md(labels.old)} → ${md(labels.new)}`, ''];
    if (isEmptyDiff(d)) return [...out, t('none'), ''].join('\n');
    out.push(`| | ${t('added')} | ${t('removed')} | ${t('changed')} |`, '|---|---|---|---|');
    for (const [k, g] of [['units', d.units], ['elements', d.elements], ['initiatives', d.initiatives], ['milestones', d.milestones]] as const) {
        out.push(`| ${t(k)} | ${g.added.length} | ${g.removed.length} | ${g.changed.length} |`);
    }
    out.push(`| ${L('Relations', 'Relasi')} | ${d.relations.added.length} | ${d.relations.removed.length} | |`, '');
    if (d.agency.length) {
        out.push(`### ${t('agency')}`, '');
        for (const c of d.agency) out.push(`- ${md(c.field)}: ${md(value(c.old))} → ${md(value(c.new))}`);
        out.push('');
    }
    const domain = (x: string) => DOMAIN_TITLES[x as keyof typeof DOMAIN_TITLES]?.[lang] ?? x;
    if (d.elements.added.length || d.elements.removed.length) {
        out.push(`### ${t('elements')}: ${t('added')} ${L('and', 'dan')} ${t('removed')}`, '');
        out.push(`| | ${L('domain', 'domain')} | ${L('element', 'elemen')} | ${L('code', 'kode')} | ${L('owner', 'pemilik')} | status |`, '|---|---|---|---|---|---|');
        for (const [mark, list] of [['+', d.elements.added], ['−', d.elements.removed]] as const) {
            for (const e of list) out.push(`| ${mark} | ${domain(e.domain)} | ${md(e.name)} (${code(e.id)}) | ${e.code ?? ''} | ${e.owner ?? ''} | ${e.status} |`);
        }
        out.push('');
    }
    if (d.elements.changed.length) {
        out.push(`### ${t('elements')}: ${t('changed')}`, '');
        out.push(`| ${L('element', 'elemen')} | ${L('change', 'perubahan')} |`, '|---|---|');
        for (const e of d.elements.changed) {
            const parts = [...e.changes.map(c => `${md(c.field)}: ${md(value(c.old))} → ${md(value(c.new))}`),
                ...e.relationsAdded.map(r => `+ ${code(relationText(r))}`), ...e.relationsRemoved.map(r => `− ${code(relationText(r))}`)];
            out.push(`| ${md(e.name)} (${code(e.id)}) | ${parts.join('<br>')} |`);
        }
        out.push('');
    }
    if (d.units.added.length + d.units.removed.length + d.units.changed.length) {
        out.push(`### ${t('units')}`, '');
        for (const u of d.units.added) out.push(`- + ${md(u.name)} (${code(u.id)})`);
        for (const u of d.units.removed) out.push(`- − ${md(u.name)} (${code(u.id)})`);
        for (const u of d.units.changed) out.push(`- ${md(u.name)} (${code(u.id)}): ${u.changes.map(c => `${md(c.field)}: ${md(value(c.old))} → ${md(value(c.new))}`).join('; ')}`);
        out.push('');
    }
    if (d.initiatives.added.length + d.initiatives.removed.length + d.initiatives.changed.length) {
        out.push(`### ${L('Roadmap initiatives', 'Inisiatif peta rencana')}`, '');
        out.push(`| | ${L('initiative', 'inisiatif')} | ${L('years', 'tahun')} | ${L('change', 'perubahan')} |`, '|---|---|---|---|');
        for (const i of d.initiatives.added) out.push(`| + | ${md(i.name)} (${code(i.id)}) | ${years([i.start, i.end])} | ${i.muatan ?? ''} |`);
        for (const i of d.initiatives.removed) out.push(`| − | ${md(i.name)} (${code(i.id)}) | ${years([i.start, i.end])} | |`);
        for (const i of d.initiatives.changed) {
            const parts: string[] = [];
            if (i.moved) parts.push(`${t('moved')}: ${years(i.moved.old)} → ${years(i.moved.new)}`);
            for (const s of i.scope) parts.push(`${t('rescoped')}: ${s.list}${s.added.length ? ` + ${s.added.map(code).join(', ')}` : ''}${s.removed.length ? ` − ${s.removed.map(code).join(', ')}` : ''}`);
            for (const c of i.changes) parts.push(`${md(c.field)}: ${md(value(c.old))} → ${md(value(c.new))}`);
            out.push(`| ~ | ${md(i.name)} (${code(i.id)}) | ${years([i.start, i.end])} | ${parts.join('<br>')} |`);
        }
        out.push('');
    }
    if (d.milestones.added.length + d.milestones.removed.length + d.milestones.changed.length) {
        out.push(`### ${t('milestones')}`, '');
        for (const m of d.milestones.added) out.push(`- + ${md(m.name)} (${code(m.id)})${m.year ? `, ${m.year}` : ''}`);
        for (const m of d.milestones.removed) out.push(`- − ${md(m.name)} (${code(m.id)})`);
        for (const m of d.milestones.changed) out.push(`- ${md(m.name)} (${code(m.id)}): ${m.changes.map(c => `${md(c.field)}: ${md(value(c.old))} → ${md(value(c.new))}`).join('; ')}`);
        out.push('');
    }
    if (d.targets.length) {
        out.push(`### ${t('targets')}`, '');
        out.push(`| ${L('indicator', 'indikator')} | ${L('year', 'tahun')} | ${L('before', 'sebelum')} | ${L('after', 'sesudah')} |`, '|---|---|---|---|');
        for (const x of d.targets) out.push(`| ${x.indicator} | ${x.year} | ${x.old ?? '—'} | ${x.new ?? '—'} |`);
        out.push('');
    }
    return out.join('\n');
}

export function diffJson(d: ModelDiff, labels: DiffLabels): string {
    return JSON.stringify({ old: labels.old, new: labels.new, empty: isEmptyDiff(d), ...d }, null, 2) + '\n';
}
