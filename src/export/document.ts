// The agency's architecture document as an outline of sections and blocks, laid out the way Arsitektur SPBE
// documents are written: a cover with the legal basis and an approval block, a table of contents, then
// introduction and legal basis, reference, as-is per domain, to-be per domain, gap analysis, roadmap by
// muatan and year, and the SPBE index with its sub-indices and projection. markdown.ts and html.ts render
// this outline; the diagrams come in as input (SVG text or a link, see document-figures.ts), so this stays
// a pure function of the model.
import type { ArchElement, Domain, Initiative, SemanticModel } from '../model/types.js';
import { DOMAINS, MUATAN } from '../model/types.js';
import type { Lang, Texts } from '../common/i18n.js';
import { computeAll, DEFAULT_RULE_SET, findRuleSet } from '../index/compute.js';
import { projectIndex } from '../index/projection.js';
import { DOMAIN_PREFIX } from '../reference/codes.js';
import { statusInYear } from '../diagram/scope.js';
import { viewContents } from '../model/views.js';
import { DOMAIN_TITLES, MUATAN_TITLES, Names, rupiah, targetsText, years } from './common.js';

export interface DiagramInput {
    /** The SVG text, for formats that inline it (HTML). */
    svg?: string;
    /** A relative link to the image, for formats that link it (Markdown). */
    href?: string;
}

/** One figure of the document: a diagram and its caption (the renderers number the figures). */
export interface DocumentFigure {
    caption: string;
    diagram: DiagramInput;
    /** A file name stem for the drawing where a format writes it to its own file (Markdown). */
    name?: string;
}

/**
 * The document's diagrams, each list already cut to parts that are legible on an A4 page
 * (document-figures.ts): per domain the architecture as-is (active elements) and at the end of the period,
 * and the roadmap.
 */
export interface DocumentDiagrams {
    asIs?: Partial<Record<Domain, DocumentFigure[]>>;
    target?: Partial<Record<Domain, DocumentFigure[]>>;
    roadmap?: DocumentFigure[];
    /** Each named view's figures, by view id. */
    views?: Record<string, DocumentFigure[]>;
}

export interface DocumentOptions {
    lang?: Lang;
    diagrams?: DocumentDiagrams;
}

export type Block =
    | { kind: 'paragraph'; text: string }
    | { kind: 'list'; items: string[] }
    | { kind: 'table'; header: string[]; rows: string[][] }
    | { kind: 'figure'; caption: string; diagram: DiagramInput };

export interface Section {
    id: string;
    title: string;
    blocks: Block[];
    sections: Section[];
}

/** The cover page: what the document is, whose, for which years, on which legal basis, and who approves it. */
export interface Cover {
    kicker: string;
    title: string;
    agency?: string;
    period?: string;
    legalTitle: string;
    legal: { label: string; title: string }[];
    approvalTitle: string;
    /** Column headers of the approval block, and its rows (role, who signs); the other cells are left blank to sign. */
    approvalHeader: string[];
    approval: { role: string; who: string }[];
}

export interface ArchitectureDocument {
    title: string;
    subtitle?: string;
    lang: Lang;
    cover: Cover;
    contentsTitle: string;
    /** Words of the printed page footer: "Halaman 3 dari 24". */
    page: { page: string; of: string; figure: string };
    sections: Section[];
}

type Change = 'baru' | 'diubah' | 'dihentikan';

/** Which initiatives create, change or retire each element. */
function changesByElement(model: SemanticModel): Map<string, { change: Change; initiative: Initiative }[]> {
    const out = new Map<string, { change: Change; initiative: Initiative }[]>();
    const add = (id: string, change: Change, initiative: Initiative) => out.set(id, [...(out.get(id) ?? []), { change, initiative }]);
    for (const i of model.roadmap.initiatives.filter(x => x.status !== 'batal')) {
        i.creates.forEach(id => add(id, 'baru', i));
        i.changes.forEach(id => add(id, 'diubah', i));
        i.retires.forEach(id => add(id, 'dihentikan', i));
    }
    return out;
}

/** The index rule set the roadmap's targets are read under: that of the latest assessment, else the default. */
export function targetRuleSetId(model: SemanticModel): string {
    const latest = [...model.assessments].sort((a, b) => a.year - b.year).pop();
    return latest?.ruleSet ?? DEFAULT_RULE_SET;
}

export function buildDocument(model: SemanticModel, options: DocumentOptions = {}): ArchitectureDocument {
    const lang = options.lang ?? 'id';
    const L = (texts: Texts) => texts[lang];
    const names = new Names(model);
    const changes = changesByElement(model);
    const agency = model.agency;
    const period = agency?.period ? years(agency.period.start, agency.period.end) : '';
    const end = agency?.period?.end;
    const sections: Section[] = [];
    const section = (id: string, title: string, blocks: Block[] = [], children: Section[] = []): Section => ({ id, title, blocks, sections: children });
    const figures = (list: { caption: string; diagram: DiagramInput }[] | undefined): Block[] => (list ?? []).map(f => ({ kind: 'figure', caption: f.caption, diagram: f.diagram }));
    const ruleSetId = targetRuleSetId(model);
    const ruleSet = findRuleSet(model, ruleSetId);
    const indicatorName = new Map(ruleSet?.indicators.map(i => [i.number, i.name]) ?? []);

    // Cover
    const legalLabel: Record<string, Texts> = {
        arsitektur: { id: 'Arsitektur SPBE', en: 'SPBE architecture' },
        'peta-rencana': { id: 'Peta Rencana SPBE', en: 'SPBE roadmap' },
        kebijakan: { id: 'Kebijakan SPBE', en: 'SPBE policy' },
    };
    const head = agency?.kind === 'instansi-pusat' ? L({ id: 'Pimpinan Instansi', en: 'Head of the agency' }) : L({ id: 'Kepala Daerah', en: 'Head of the region' });
    const cover: Cover = {
        kicker: L({ id: 'Dokumen Arsitektur SPBE', en: 'SPBE architecture document' }),
        title: L({ id: 'Arsitektur SPBE dan Peta Rencana SPBE', en: 'SPBE Architecture and Roadmap' }),
        agency: agency?.name,
        period: period ? `${L({ id: 'Periode', en: 'Period' })} ${period}` : undefined,
        legalTitle: L({ id: 'Dasar hukum', en: 'Legal basis' }),
        legal: (agency?.legalBasis ?? []).map(b => ({ label: L(legalLabel[b.document] ?? { id: b.document, en: b.document }), title: b.title })),
        approvalTitle: L({ id: 'Lembar persetujuan', en: 'Approval' }),
        approvalHeader: [L({ id: 'Peran', en: 'Role' }), L({ id: 'Nama dan jabatan', en: 'Name and position' }), L({ id: 'Tanda tangan', en: 'Signature' }), L({ id: 'Tanggal', en: 'Date' })],
        approval: [
            { role: L({ id: 'Disusun oleh', en: 'Prepared by' }), who: L({ id: 'Tim Koordinasi SPBE', en: 'SPBE coordination team' }) },
            { role: L({ id: 'Diperiksa oleh', en: 'Reviewed by' }), who: agency?.kind === 'instansi-pusat' ? L({ id: 'Sekretaris Jenderal / Sekretaris Utama', en: 'Secretary-General' }) : L({ id: 'Sekretaris Daerah', en: 'Regional Secretary' }) },
            { role: L({ id: 'Disetujui oleh', en: 'Approved by' }), who: head },
        ],
    };

    // 1. Introduction and legal basis
    const intro: Block[] = [];
    intro.push({ kind: 'paragraph', text: L({
        id: `Dokumen ini memuat Arsitektur SPBE dan Peta Rencana SPBE ${agency?.name ?? 'instansi'}${period ? ` periode ${period}` : ''}, disusun dari model SPBE (${model.files.length} berkas) dan diperiksa terhadap Arsitektur SPBE Nasional.`,
        en: `This document sets out the SPBE architecture and roadmap of ${agency?.name ?? 'the agency'}${period ? ` for ${period}` : ''}, generated from the SPBE model (${model.files.length} files) and checked against the national SPBE architecture.` }) });
    if (agency?.description) intro.push({ kind: 'paragraph', text: agency.description });
    const facts: string[] = [];
    if (agency) facts.push(`${L({ id: 'Instansi', en: 'Agency' })}: ${agency.name}${agency.kind ? ` (${agency.kind === 'pemerintah-daerah' ? L({ id: 'pemerintah daerah', en: 'regional government' }) : L({ id: 'instansi pusat', en: 'central agency' })})` : ''}`);
    if (period) facts.push(`${L({ id: 'Periode', en: 'Period' })}: ${period}`);
    facts.push(`${L({ id: 'Unit organisasi', en: 'Organisation units' })}: ${model.units.length}`);
    intro.push({ kind: 'list', items: facts });
    const legal = [
        L({ id: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik', en: 'Presidential Regulation 95/2018 on Electronic-Based Government Systems (SPBE)' }),
        L({ id: 'Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional', en: 'Presidential Regulation 132/2022 on the National SPBE Architecture' }),
        ...(agency?.legalBasis ?? []).map(b => b.title),
    ];
    sections.push(section('pendahuluan', L({ id: '1. Pendahuluan', en: '1. Introduction' }), intro, [
        section('dasar-hukum', L({ id: '1.1 Dasar Hukum', en: '1.1 Legal basis' }), [{ kind: 'list', items: legal }]),
    ]));

    // 2. Reference
    const refRows = DOMAINS.map(d => {
        const els = model.elements.filter(e => e.domain === d);
        const coded = els.filter(e => e.code?.known);
        return [L(DOMAIN_TITLES[d]), DOMAIN_PREFIX[d], String(els.length), d === 'infrastruktur' || d === 'keamanan' ? L({ id: 'tanpa kode nasional', en: 'no national codes' }) : `${coded.length}/${els.length}`];
    });
    const usedShared = [...new Set(model.elements.flatMap(e => e.domain === 'aplikasi' && e.sharedApp ? [e.sharedApp] : []))].sort();
    const refBlocks: Block[] = [
        { kind: 'paragraph', text: L({ id: `Setiap elemen dipetakan ke Referensi Arsitektur SPBE Nasional (${model.catalog.referenceSet}).`, en: `Every element is mapped to the national reference architecture (${model.catalog.referenceSet}).` }) },
        { kind: 'table', header: [L({ id: 'Domain', en: 'Domain' }), L({ id: 'Referensi', en: 'Reference' }), L({ id: 'Elemen', en: 'Elements' }), L({ id: 'Berkode referensi', en: 'With a reference code' })], rows: refRows },
    ];
    if (usedShared.length) {
        const shared = new Map(model.catalog.sharedApps.map(s => [s.id, s]));
        refBlocks.push({ kind: 'paragraph', text: L({ id: 'Aplikasi Umum yang digunakan:', en: 'Aplikasi Umum (shared national applications) in use:' }) });
        refBlocks.push({ kind: 'list', items: usedShared.map(id => `${id}${shared.get(id) ? ` — ${shared.get(id)!.name}` : ''}`) });
    }
    sections.push(section('referensi', L({ id: '2. Referensi Arsitektur', en: '2. Reference architecture' }), refBlocks));

    // 3. As-is and 4. to-be, per domain. The to-be set is the one the target diagrams draw: what exists at
    // the end of the period by the roadmap (statusInYear), or, without a period, everything not retired.
    const inTarget = (e: ArchElement) => end !== undefined
        ? statusInYear(e, model.roadmap.initiatives, end) !== undefined
        : e.status !== 'dihentikan' && !(changes.get(e.id) ?? []).some(c => c.change === 'dihentikan');
    const elementRow = (e: ArchElement, change?: string) => [e.code ? `${e.code.code}${e.code.name ? ` ${e.code.name}` : ''}` : '', e.name, names.unit(e.owner), details(model, names, e, lang), ...(change !== undefined ? [change] : [])];
    const header = [L({ id: 'Kode', en: 'Code' }), L({ id: 'Nama', en: 'Name' }), L({ id: 'Pemilik', en: 'Owner' }), L({ id: 'Keterangan', en: 'Details' })];
    const asIs: Section[] = [];
    const toBe: Section[] = [];
    DOMAINS.forEach((d, n) => {
        const current = model.elements.filter(e => e.domain === d && e.status === 'aktif');
        asIs.push(section(`as-is-${d}`, `3.${n + 1} ${L(DOMAIN_TITLES[d])}`, current.length
            ? [...figures(options.diagrams?.asIs?.[d]), { kind: 'table', header, rows: current.map(e => elementRow(e)) }]
            : [{ kind: 'paragraph', text: L({ id: 'Belum ada elemen aktif.', en: 'No elements in service yet.' }) }]));
        const target = model.elements.filter(e => e.domain === d && inTarget(e));
        const targetFigures = options.diagrams?.target?.[d];
        toBe.push(section(`to-be-${d}`, `4.${n + 1} ${L(DOMAIN_TITLES[d])}`, target.length
            ? [...(targetFigures?.length ? figures(targetFigures) : current.length && options.diagrams?.asIs?.[d]?.length
                ? [{ kind: 'paragraph' as const, text: L({ id: `Sama dengan arsitektur saat ini (subbab 3.${n + 1}).`, en: `The same as the current architecture (section 3.${n + 1}).` }) }] : []),
            { kind: 'table', header: [...header, L({ id: 'Perubahan', en: 'Change' })], rows: target.map(e => elementRow(e, changeLabel(e, changes.get(e.id), lang))) }]
            : [{ kind: 'paragraph', text: L({ id: 'Belum ada elemen.', en: 'No elements yet.' }) }]));
    });
    sections.push(section('arsitektur-saat-ini', L({ id: '3. Arsitektur Saat Ini (As-Is)', en: '3. Current architecture (as-is)' }),
        [{ kind: 'paragraph', text: L({ id: 'Elemen yang berstatus aktif, per domain; gambar dan tabel hanya memuat elemen aktif.', en: 'Elements in service (status aktif), by domain; the figures and tables show only these.' }) }], asIs));
    const targetIntro = end !== undefined
        ? L({ id: `Elemen yang ada pada akhir ${end} menurut peta rencana: elemen aktif yang tidak dihentikan, elemen yang diwujudkan oleh inisiatif yang selesai paling lambat ${end}, dan elemen berstatus rencana (digambar dengan garis putus-putus).`,
            en: `Elements that exist at the end of ${end} by the roadmap: those in service and not retired, those created by initiatives finished by ${end}, and planned elements (drawn dashed).` })
        : L({ id: 'Elemen yang aktif dan tidak dihentikan, ditambah yang direncanakan.', en: 'Elements in service and not retired, plus the planned ones.' });
    sections.push(section('arsitektur-target', L({ id: '4. Arsitektur Target (To-Be)', en: '4. Target architecture (to-be)' }), [{ kind: 'paragraph', text: targetIntro }], toBe));

    // 5. Gap analysis
    const gapRows: string[][] = [];
    // In the national architecture's domain order, then by the initiative's start year.
    for (const e of [...model.elements].sort((a, b) => DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain))) {
        for (const c of [...(changes.get(e.id) ?? [])].sort((a, b) => (a.initiative.start ?? 0) - (b.initiative.start ?? 0))) {
            gapRows.push([L(DOMAIN_TITLES[e.domain]), e.name, changeWord(c.change, lang), c.initiative.name, years(c.initiative.start, c.initiative.end)]);
        }
    }
    const unplanned = model.elements.filter(e => e.status === 'rencana' && !(changes.get(e.id) ?? []).some(c => c.change === 'baru'));
    const gapBlocks: Block[] = [
        { kind: 'paragraph', text: L({ id: 'Perubahan dari arsitektur saat ini ke arsitektur target, dan inisiatif yang mewujudkannya.', en: 'What changes from the current to the target architecture, and the initiative that delivers it.' }) },
        gapRows.length ? { kind: 'table', header: [L({ id: 'Domain', en: 'Domain' }), L({ id: 'Elemen', en: 'Element' }), L({ id: 'Perubahan', en: 'Change' }), L({ id: 'Inisiatif', en: 'Initiative' }), L({ id: 'Tahun', en: 'Years' })], rows: gapRows }
            : { kind: 'paragraph', text: L({ id: 'Tidak ada perubahan yang direncanakan.', en: 'No changes planned.' }) },
    ];
    if (unplanned.length) {
        gapBlocks.push({ kind: 'paragraph', text: L({ id: 'Elemen rencana yang belum diwujudkan oleh inisiatif mana pun:', en: 'Planned elements no initiative delivers yet:' }) });
        gapBlocks.push({ kind: 'list', items: unplanned.map(e => `${e.name} (${L(DOMAIN_TITLES[e.domain])})`) });
    }
    sections.push(section('analisis-kesenjangan', L({ id: '5. Analisis Kesenjangan', en: '5. Gap analysis' }), gapBlocks));

    // 6. Roadmap by muatan and year
    const initiatives = model.roadmap.initiatives;
    const allYears = initiatives.flatMap(i => i.start === undefined ? [] : [i.start, i.end ?? i.start]);
    const first = agency?.period?.start ?? Math.min(...allYears);
    const last = agency?.period?.end ?? Math.max(...allYears);
    const yearCols = Number.isFinite(first) && Number.isFinite(last) && last >= first && last - first < 30 ? Array.from({ length: last - first + 1 }, (_, k) => first + k) : [];
    const roadmapSections: Section[] = [];
    let m = 0;
    for (const muatan of MUATAN) {
        const items = initiatives.filter(i => i.muatan === muatan);
        m++;
        const rows = items.map(i => [i.name, names.unit(i.owner), ...yearCols.map(y => i.start !== undefined && i.start <= y && (i.end ?? i.start) >= y ? '■' : ''), rupiah(i.budget), targetsText(i.indicatorTargets, indicatorName)]);
        roadmapSections.push(section(`peta-rencana-${muatan}`, `6.${m} ${L(MUATAN_TITLES[muatan])}`, items.length
            ? [{ kind: 'table', header: [L({ id: 'Inisiatif', en: 'Initiative' }), L({ id: 'Pelaksana', en: 'Owner' }), ...yearCols.map(String), L({ id: 'Anggaran', en: 'Budget' }), L({ id: 'Target indikator', en: 'Indicator targets' })], rows }]
            : [{ kind: 'paragraph', text: L({ id: 'Belum ada inisiatif untuk muatan ini.', en: 'No initiative for this muatan yet.' }) }]));
    }
    const roadmapBlocks: Block[] = [{ kind: 'paragraph', text: L({ id: `Peta Rencana SPBE memuat ${initiatives.length} inisiatif dalam tujuh muatan.`, en: `The SPBE roadmap has ${initiatives.length} initiatives across the seven muatan.` }) }];
    if (yearCols.length) {
        const perYear = yearCols.map(y => initiatives.filter(i => i.start !== undefined && i.start <= y && (i.end ?? i.start) >= y).length);
        roadmapBlocks.push({ kind: 'table', header: [L({ id: 'Tahun', en: 'Year' }), ...yearCols.map(String)], rows: [[L({ id: 'Inisiatif berjalan', en: 'Initiatives running' }), ...perYear.map(String)]] });
    }
    const budget = initiatives.reduce((s, i) => s + (i.budget ?? 0), 0);
    if (budget > 0) roadmapBlocks.push({ kind: 'paragraph', text: `${L({ id: 'Total anggaran', en: 'Total budget' })}: ${rupiah(budget)}` });
    roadmapBlocks.push(...figures(options.diagrams?.roadmap));
    if (model.roadmap.milestones.length) {
        roadmapBlocks.push({ kind: 'paragraph', text: L({ id: 'Tonggak:', en: 'Milestones:' }) });
        roadmapBlocks.push({ kind: 'list', items: model.roadmap.milestones.map(ms => `${ms.year ?? '?'}${ms.month ? `-${String(ms.month).padStart(2, '0')}` : ''}: ${ms.name}`) });
    }
    sections.push(section('peta-rencana', L({ id: '6. Peta Rencana SPBE', en: '6. SPBE roadmap' }), roadmapBlocks, roadmapSections));

    // 7. Index, when the model has self-assessments or indicator targets
    const index = indexSection(model, ruleSetId, lang);
    if (index) sections.push(index);
    // Named views, one section each: its description, its diagram and what it shows.
    const views = model.views.filter((v, i) => model.views.findIndex(w => w.id === v.id) === i);
    if (views.length) {
        const n = sections.length + 1;
        const viewSections = views.map((view, k) => {
            const ids = viewContents(model, view).ids;
            const blocks: Block[] = [];
            if (view.description) blocks.push({ kind: 'paragraph', text: view.description });
            const kind = view.kind === 'architecture'
                ? L({ id: `Tampilan arsitektur, ${ids.length} elemen${view.year !== undefined ? ` pada akhir tahun ${view.year}` : ''}.`, en: `Architecture view, ${ids.length} element${ids.length === 1 ? '' : 's'}${view.year !== undefined ? ` as of the end of ${view.year}` : ''}.` })
                : L({ id: `Tampilan peta rencana, ${ids.length} inisiatif.`, en: `Roadmap view, ${ids.length} initiative${ids.length === 1 ? '' : 's'}.` });
            blocks.push({ kind: 'paragraph', text: kind });
            blocks.push(...figures(options.diagrams?.views?.[view.id]));
            if (!ids.length) {
                blocks.push({ kind: 'paragraph', text: L({ id: 'Tampilan ini tidak menampilkan apa pun dalam model saat ini.', en: 'This view shows nothing in the model as it is now.' }) });
            } else if (view.kind === 'architecture') {
                const shown = new Set(ids);
                const rows = DOMAINS.flatMap(d => model.elements.filter(e => e.domain === d && shown.delete(e.id))
                    .map(e => [L(DOMAIN_TITLES[d]), e.code?.code ?? '', e.name, names.unit(e.owner)]));
                blocks.push({ kind: 'table', header: [L({ id: 'Domain', en: 'Domain' }), L({ id: 'Kode', en: 'Code' }), L({ id: 'Nama', en: 'Name' }), L({ id: 'Pemilik', en: 'Owner' })], rows });
            } else {
                const shown = new Set(ids);
                const rows = initiatives.filter(i => shown.delete(i.id))
                    .map(i => [i.muatan ? L(MUATAN_TITLES[i.muatan]) : '', i.name, names.unit(i.owner), years(i.start, i.end), i.status ?? '']);
                blocks.push({ kind: 'table', header: [L({ id: 'Muatan', en: 'Muatan' }), L({ id: 'Inisiatif', en: 'Initiative' }), L({ id: 'Pelaksana', en: 'Owner' }), L({ id: 'Tahun', en: 'Years' }), L({ id: 'Status', en: 'Status' })], rows });
            }
            return section(`tampilan-${view.id}`, `${n}.${k + 1} ${view.name}`, blocks);
        });
        sections.push(section('tampilan', L({ id: `${n}. Tampilan Arsitektur dan Peta Rencana`, en: `${n}. Named views` }), [
            { kind: 'paragraph', text: L({ id: 'Bagian arsitektur dan peta rencana yang ditetapkan arsitek sebagai tampilan tersendiri (`tampilan` dalam model).', en: 'Parts of the architecture and the roadmap the architects set out as views of their own (`tampilan` in the model).' }) },
        ], viewSections));
    }
    return {
        title: cover.title,
        subtitle: [agency?.name, period].filter(Boolean).join(' ') || undefined,
        lang, cover,
        contentsTitle: L({ id: 'Daftar Isi', en: 'Contents' }),
        page: { page: L({ id: 'Halaman', en: 'Page' }), of: L({ id: 'dari', en: 'of' }), figure: L({ id: 'Gambar', en: 'Figure' }) },
        sections
    };
}

const fmt2 = (x: number | undefined) => x === undefined ? '-' : x.toFixed(2);

/**
 * 7 Indeks SPBE: the assessed index per year with its domain (or aspect) sub-indices, the aspects of the
 * latest assessment, and the projection of the roadmap's indicator targets over the period. Indicators
 * are named beside their numbers.
 */
function indexSection(model: SemanticModel, ruleSetId: string, lang: Lang): Section | undefined {
    const L = (texts: Texts) => texts[lang];
    const ruleSet = findRuleSet(model, ruleSetId);
    if (!ruleSet) return undefined;
    const { results } = computeAll(model, ruleSetId);
    const projection = projectIndex(model, ruleSet, ruleSetId);
    const projected = projection.years.filter(y => y.basis === 'projection');
    if (!results.length && !projected.length) return undefined;
    const indicator = (n: number) => {
        const name = ruleSet.indicators.find(i => i.number === n)?.name;
        return name ? `${n} ${name}` : String(n);
    };
    const blocks: Block[] = [{ kind: 'paragraph', text: L({ id: `Indeks SPBE menurut ${ruleSet.name}: rata-rata tertimbang level indikator (1–5), dibulatkan dua desimal.`, en: `The SPBE index under ${ruleSet.name}: the weighted mean of the indicator levels (1–5), rounded to two decimals.` }) }];
    const children: Section[] = [];
    const section = (id: string, title: string, b: Block[]): Section => ({ id, title, blocks: b, sections: [] });
    if (results.length) {
        const groups = results[0].domains.length ? results[0].domains : results[0].aspects;
        const groupKind = results[0].domains.length ? L({ id: 'domain', en: 'domain' }) : L({ id: 'aspek', en: 'aspect' });
        const rows = results.map(r => {
            const of = new Map((r.domains.length ? r.domains : r.aspects).map(g => [g.id, g.index]));
            return [String(r.year), fmt2(r.index), `${r.predicate ?? '-'}${r.complete ? '' : L({ id: ' (belum lengkap)', en: ' (incomplete)' })}`, ...groups.map(g => fmt2(of.get(g.id))),
                `${r.indicators.length - r.missing.length}/${r.indicators.length}`];
        });
        children.push(section('indeks-hasil', L({ id: '7.1 Hasil penilaian mandiri', en: '7.1 Self-assessment results' }), [
            { kind: 'paragraph', text: L({ id: `Indeks per tahun dan per ${groupKind}.`, en: `The index per year and per ${groupKind}.` }) },
            { kind: 'table', header: [L({ id: 'Tahun', en: 'Year' }), L({ id: 'Indeks', en: 'Index' }), L({ id: 'Predikat', en: 'Predicate' }), ...groups.map(g => g.name), L({ id: 'Indikator dinilai', en: 'Indicators assessed' })], rows },
        ]));
        const latest = results[results.length - 1];
        children.push(section('indeks-aspek', L({ id: `7.2 Aspek (penilaian ${latest.year})`, en: `7.2 Aspects (assessment ${latest.year})` }), [
            { kind: 'table', header: [L({ id: 'Aspek', en: 'Aspect' }), L({ id: 'Bobot', en: 'Weight' }), L({ id: 'Indeks', en: 'Index' }), L({ id: 'Indikator dinilai', en: 'Indicators assessed' })],
                rows: latest.aspects.map(a => [a.name, String(a.weight), fmt2(a.index), `${a.assessed}/${a.total}`]) },
        ]));
    }
    if (projected.length) {
        const rows = projected.map(y => [String(y.year), fmt2(y.result.index), y.result.predicate ?? '-',
            y.raised.map(r => `${indicator(r.indicator)}: ${r.from ?? '-'}→${r.to}`).join('; ') || L({ id: 'tidak ada perubahan', en: 'no change' })]);
        const projectionBlocks: Block[] = [
            { kind: 'paragraph', text: projection.baseYear !== undefined
                ? L({ id: `Dari penilaian ${projection.baseYear}, setiap tahun berikutnya menerapkan target indikator inisiatif peta rencana pada tahun itu (inisiatif yang batal tidak dihitung).`, en: `From the ${projection.baseYear} assessment, each later year applies that year's indicator targets of the roadmap's initiatives (cancelled initiatives do not count).` })
                : L({ id: 'Target indikator inisiatif peta rencana per tahun (belum ada penilaian sebagai dasar).', en: 'The indicator targets of the roadmap\'s initiatives per year (no assessment to start from yet).' }) },
            { kind: 'table', header: [L({ id: 'Tahun', en: 'Year' }), L({ id: 'Indeks proyeksi', en: 'Projected index' }), L({ id: 'Predikat', en: 'Predicate' }), L({ id: 'Indikator yang naik', en: 'Indicators raised' })], rows },
        ];
        if (projection.missed.length) {
            projectionBlocks.push({ kind: 'paragraph', text: L({ id: 'Target yang tidak tercapai:', en: 'Targets not reached:' }) });
            projectionBlocks.push({ kind: 'list', items: projection.missed.map(x => `${x.year}: ${indicator(x.indicator)} — target ${x.target}, ${L({ id: 'dinilai', en: 'assessed' })} ${x.assessed ?? '-'}`) });
        }
        children.push(section('indeks-proyeksi', L({ id: `7.${children.length + 1} Proyeksi`, en: `7.${children.length + 1} Projection` }), projectionBlocks));
    }
    return { id: 'indeks-spbe', title: L({ id: '7. Indeks SPBE', en: '7. SPBE index' }), blocks, sections: children };
}

function changeWord(change: Change, lang: Lang): string {
    const words: Record<Change, Texts> = { baru: { id: 'baru', en: 'new' }, diubah: { id: 'diubah', en: 'changed' }, dihentikan: { id: 'dihentikan', en: 'retired' } };
    return words[change][lang];
}

function changeLabel(e: ArchElement, list: { change: Change; initiative: Initiative }[] | undefined, lang: Lang): string {
    if (list?.length) return list.map(c => `${changeWord(c.change, lang)} (${c.initiative.name})`).join('; ');
    return e.status === 'rencana' ? changeWord('baru', lang) : '';
}

/** The domain's own attributes in one line. */
function details(model: SemanticModel, names: Names, e: ArchElement, lang: Lang): string {
    const L = (texts: Texts) => texts[lang];
    const rel = (kind: string) => model.relations.filter(r => r.from === e.id && r.kind === kind).map(r => names.element(r.to));
    const parts: string[] = [];
    const push = (label: Texts, values: (string | undefined)[]) => {
        const v = values.filter((x): x is string => !!x);
        if (v.length) parts.push(`${L(label)}: ${v.join(', ')}`);
    };
    switch (e.domain) {
        case 'layanan': push({ id: 'Jenis', en: 'Type' }, [e.serviceType]); push({ id: 'Proses', en: 'Processes' }, rel('didukung-oleh')); push({ id: 'Aplikasi', en: 'Applications' }, rel('melalui')); break;
        case 'proses': push({ id: 'Menghasilkan', en: 'Produces' }, rel('menghasilkan')); push({ id: 'Menggunakan', en: 'Uses' }, rel('menggunakan')); break;
        case 'data': push({ id: 'Klasifikasi', en: 'Classification' }, [e.classification]); push({ id: 'Wali data', en: 'Custodian' }, [e.custodian ? names.unit(e.custodian) : undefined]); break;
        case 'aplikasi': push({ id: 'Jenis', en: 'Kind' }, [e.kind === 'umum' ? `Aplikasi Umum ${e.sharedApp ?? ''}`.trim() : e.kind === 'khusus' ? 'Aplikasi Khusus' : undefined]); push({ id: 'Berjalan di', en: 'Runs on' }, rel('berjalan-di')); break;
        case 'infrastruktur': push({ id: 'Kategori', en: 'Category' }, [e.category]); push({ id: 'Pengelola', en: 'Operated by' }, [e.operator]); break;
        case 'keamanan': push({ id: 'Kategori', en: 'Category' }, [e.category]); push({ id: 'Melindungi', en: 'Protects' }, rel('melindungi')); break;
    }
    if (e.description) parts.push(e.description);
    return parts.join('; ');
}

