// Writes a plan as .spbe files, one per domain plus the agency and its units and the roadmap, in the layout
// the project's formatter produces (one property per line, four-space indent), so formatting them changes
// nothing. Each declaration is preceded by a comment naming its source (file and row, or the id in the file).
import type { Domain } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { DOMAIN_TITLES } from '../model/labels.js';
import type { Plan } from './finish.js';
import type { SourceRef } from './types.js';

/** File names, as in examples/kota-malang. */
export const DOMAIN_FILES: Record<Domain, string> = {
    layanan: 'layanan.spbe', proses: 'proses-bisnis.spbe', data: 'data.spbe', aplikasi: 'aplikasi.spbe', infrastruktur: 'infrastruktur.spbe', keamanan: 'keamanan.spbe'
};
export const UNITS_FILE = 'instansi.spbe';
export const ROADMAP_FILE = 'peta-rencana.spbe';
export const ASSESSMENTS_FILE = 'penilaian.spbe';

const INDENT = '    ';

/** A string literal of the language: quotes and backslashes escaped, line breaks as \n, control characters dropped. */
export function str(text: string): string {
    const body = text
        // eslint-disable-next-line no-control-regex
        .replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        .replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    return `"${body}"`;
}

/** A line comment's text on one line. */
function commentText(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n\u0000-\u001F\u2028\u2029]+/g, ' ').trim();
}

/** Where a declaration came from, as a comment: `// sumber: inventaris.xlsx, lembar "Aplikasi", baris 7`. */
export function sourceComment(s: SourceRef): string {
    const parts = [s.file];
    if (s.sheet !== undefined) parts.push(`lembar "${s.sheet}"`);
    if (s.row !== undefined) parts.push(`baris ${s.row}`);
    if (s.id !== undefined) parts.push(`id ${s.id}`);
    return `// sumber: ${commentText(parts.join(', '))}`;
}

class Block {
    readonly lines: string[] = [];
    constructor(private readonly depth: number) {}
    comment(text: string): void { this.lines.push(`${INDENT.repeat(this.depth)}// ${commentText(text)}`); }
    prop(keyword: string, value: string | number | undefined): void {
        if (value === undefined || value === '') return;
        this.lines.push(`${INDENT.repeat(this.depth)}${keyword} ${value}`);
    }
    flag(keyword: string): void { this.lines.push(`${INDENT.repeat(this.depth)}${keyword}`); }
    list(keyword: string, values: string[] | undefined): void {
        if (values && values.length) this.prop(keyword, values.join(', '));
    }
    strings(keyword: string, values: string[] | undefined): void {
        if (values && values.length) this.prop(keyword, values.map(str).join(', '));
    }
}

/** `keyword Id "Title" {` ... `}`; no block when there is nothing inside it. */
function declaration(depth: number, head: string, body: Block): string[] {
    const pad = INDENT.repeat(depth);
    if (body.lines.length === 0) return [`${pad}${head}`];
    return [`${pad}${head} {`, ...body.lines, `${pad}}`];
}

function title(id: string, name: string): string {
    return name && name !== id ? `${id} ${str(name)}` : id;
}

export function writeSpbe(plan: Plan, inputs: string[]): Record<string, string> {
    const files: Record<string, string> = {};
    const from = inputs.join(', ');
    const unitId = new Map(plan.units.map(u => [u.key, u.id]));
    const elementId = new Map(plan.elements.map(e => [e.key, e.id]));
    const initiativeId = new Map(plan.initiatives.map(i => [i.key, i.id]));
    const relationsFrom = new Map<string, Plan['relations']>();
    for (const r of plan.relations) {
        const own = relationsFrom.get(r.from);
        if (own) own.push(r);
        else relationsFrom.set(r.from, [r]);
    }

    // The agency and its units.
    if (plan.agency || plan.units.length) {
        const out: string[] = [`// Instansi dan unit organisasi, diimpor dari ${commentText(from)}.`];
        const a = plan.agency;
        if (a) {
            const b = new Block(1);
            b.prop('jenis', a.kind);
            if (a.period) b.prop('periode', a.period.start === a.period.end ? `${a.period.start}` : `${a.period.start} - ${a.period.end}`);
            b.prop('deskripsi', a.description !== undefined ? str(a.description) : undefined);
            for (const l of a.legalBasis) b.prop('dasar-hukum', `${l.document} ${str(l.title)}`);
            out.push(sourceComment(a.source), ...declaration(0, `instansi ${title(a.id, a.name)}`, b));
        }
        for (const u of plan.units) {
            const b = new Block(1);
            b.prop('jenis', u.kind);
            b.prop('singkatan', u.abbreviation && u.abbreviation !== u.id ? str(u.abbreviation) : undefined);
            b.prop('induk', u.parent ? unitId.get(u.parent) : undefined);
            b.prop('deskripsi', u.description !== undefined ? str(u.description) : undefined);
            out.push(sourceComment(u.source), ...declaration(0, `unit ${title(u.id, u.name)}`, b));
        }
        files[UNITS_FILE] = out.join('\n') + '\n';
    }

    // One file per domain.
    for (const domain of DOMAINS) {
        const elements = plan.elements.filter(e => e.domain === domain);
        const codes = plan.codes.filter(c => c.domain === domain);
        if (elements.length === 0 && codes.length === 0) continue;
        const out: string[] = [`// Domain ${DOMAIN_TITLES[domain].id}, diimpor dari ${commentText(from)}.`];
        for (const c of codes) out.push(sourceComment(c.source), `kode ${c.code} ${str(c.name)}`);
        for (const e of elements) {
            const b = new Block(1);
            for (const note of e.notes) b.comment(note);
            b.prop('kode', e.code);
            if (e.domain === 'aplikasi') {
                if (e.sharedApp) b.prop('umum', e.sharedApp);
                else if (e.appKind === 'khusus') b.flag('khusus');
            }
            if (e.domain === 'layanan') b.prop('jenis', e.serviceType);
            if (e.domain === 'infrastruktur' || e.domain === 'keamanan') b.prop('kategori', e.category);
            if (e.domain === 'infrastruktur') {
                b.prop('pengelola', e.operator);
                b.prop('penyedia', e.provider !== undefined ? str(e.provider) : undefined);
                b.prop('lokasi', e.location !== undefined ? str(e.location) : undefined);
            }
            b.prop('pemilik', e.owner ? unitId.get(e.owner) : undefined);
            if (e.domain === 'data') {
                b.prop('klasifikasi', e.classification);
                b.prop('wali-data', e.custodian ? unitId.get(e.custodian) : undefined);
                b.list('produsen-data', e.producers?.map(p => unitId.get(p)!).filter(Boolean));
                b.strings('format', e.formats);
            }
            if (e.status && e.status !== 'aktif') b.prop('status', e.status);
            b.prop('deskripsi', e.description !== undefined ? str(e.description) : undefined);
            b.prop('justifikasi', e.justification !== undefined ? str(e.justification) : undefined);
            if (e.domain === 'layanan') { b.strings('pengguna', e.users); b.strings('kanal', e.channels); }
            if (e.domain === 'aplikasi') {
                b.strings('platform', e.platforms);
                b.prop('lisensi', e.license !== undefined ? str(e.license) : undefined);
                b.strings('basis-data', e.databases);
            }
            const out2 = relationsFrom.get(e.key) ?? [];
            for (const kind of ['didukung-oleh', 'melalui', 'menghasilkan', 'menggunakan', 'mendukung', 'memproses', 'berjalan-di', 'terhubung-ke', 'melindungi'] as const) {
                b.list(kind, out2.filter(r => r.kind === kind).map(r => elementId.get(r.to)!));
            }
            b.list('terintegrasi-dengan', out2.filter(r => r.kind === 'terintegrasi-dengan')
                .map(r => r.via ? `${elementId.get(r.to)} melalui ${elementId.get(r.via)}` : elementId.get(r.to)!));
            out.push(sourceComment(e.source), ...declaration(0, `${e.domain} ${title(e.id, e.name)}`, b));
        }
        files[DOMAIN_FILES[domain]] = out.join('\n') + '\n';
    }

    // The roadmap.
    if (plan.initiatives.length || plan.milestones.length) {
        const out: string[] = [`// Peta Rencana SPBE, diimpor dari ${commentText(from)}.`];
        const name = plan.agency ? `Peta Rencana SPBE ${plan.agency.name}` : 'Peta Rencana SPBE';
        out.push('peta-rencana ' + str(name) + ' {');
        for (const i of plan.initiatives) {
            const b = new Block(2);
            for (const note of i.notes) b.comment(note);
            b.prop('muatan', i.muatan);
            if (i.start !== undefined) b.prop('tahun', i.end !== undefined && i.end !== i.start ? `${i.start} - ${i.end}` : `${i.start}`);
            b.prop('pelaksana', i.owner ? unitId.get(i.owner) : undefined);
            b.list('setelah', i.predecessors.map(p => initiativeId.get(p)!));
            b.prop('program', i.program !== undefined ? str(i.program) : undefined);
            b.prop('kegiatan', i.activity !== undefined ? str(i.activity) : undefined);
            b.prop('nomenklatur', i.nomenclature !== undefined ? str(i.nomenclature) : undefined);
            b.prop('anggaran', i.budget !== undefined ? String(Math.round(i.budget)) : undefined);
            b.prop('status', i.status);
            b.list('mewujudkan', i.creates.map(k => elementId.get(k)!));
            b.list('mengubah', i.changes.map(k => elementId.get(k)!));
            b.list('menghentikan', i.retires.map(k => elementId.get(k)!));
            for (const t of i.targets) b.prop('indikator', `${t.indicator} { ${t.targets.map(x => `${x.year}: ${x.level}`).join(', ')} }`);
            b.prop('deskripsi', i.description !== undefined ? str(i.description) : undefined);
            // An initiative's block is required by the grammar.
            out.push(`${INDENT}${sourceComment(i.source)}`, `${INDENT}inisiatif ${title(i.id, i.name)} {`, ...b.lines, `${INDENT}}`);
        }
        for (const m of plan.milestones) {
            const b = new Block(2);
            b.prop('tahun', m.year);
            b.prop('bulan', m.month);
            b.prop('inisiatif', m.initiative ? initiativeId.get(m.initiative) : undefined);
            b.prop('deskripsi', m.description !== undefined ? str(m.description) : undefined);
            out.push(`${INDENT}${sourceComment(m.source)}`, `${INDENT}tonggak ${title(m.id, m.name)} {`, ...b.lines, `${INDENT}}`);
        }
        out.push('}');
        files[ROADMAP_FILE] = out.join('\n') + '\n';
    }

    // The index self-assessments.
    if (plan.assessments.length) {
        const out: string[] = [`// Penilaian mandiri indeks SPBE, diimpor dari ${commentText(from)}.`];
        for (const a of plan.assessments) {
            out.push(sourceComment(a.source), `penilaian ${a.year}${a.ruleSet ? ` aturan ${a.ruleSet}` : ''} {`);
            for (const v of a.values) {
                out.push(`${INDENT}indikator ${v.indicator} level ${v.level}${v.evidence.length ? ` bukti ${v.evidence.map(str).join(', ')}` : ''}`);
            }
            out.push('}');
        }
        files[ASSESSMENTS_FILE] = out.join('\n') + '\n';
    }
    return files;
}
