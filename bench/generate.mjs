// Seeded generator of realistic synthetic SPBE workspaces for the benchmarks (and the test that guards it).
//
// The shape follows real models such as examples/kota-malang: an `instansi.spbe` with the agency, its
// units and an index self-assessment; per organisation group (a Pemda's OPD cluster, a ministry's
// directorate general) one file per domain; the roadmap split over a few `peta-rencana` files. Every
// element carries a valid national code from the built-in catalog (src/reference/data), an owner, and
// relations to elements of its own group and, less often, of other groups. Initiatives depend only on
// initiatives that end before they start, so the dependency graph is acyclic by construction.
//
// Usage: node bench/generate.mjs <small|medium|large> <out-dir> [--seed N]
import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../scripts/lib/csv.mjs';
import { mulberry32 } from '../scripts/lib/seeded-random.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(HERE, '..', 'src', 'reference', 'data');

/** Sizes named in issue 7. `groups` x 6 domain files + instansi.spbe + `roadmapFiles` = the file count. */
export const SIZES = {
    small: { elements: 60, relations: 120, initiatives: 40, groups: 1, unitsPerGroup: 12, roadmapFiles: 1, kind: 'pemerintah-daerah' },
    medium: { elements: 2000, relations: 4000, initiatives: 200, groups: 3, unitsPerGroup: 20, roadmapFiles: 1, kind: 'pemerintah-daerah' },
    large: { elements: 20000, relations: 40000, initiatives: 2000, groups: 15, unitsPerGroup: 20, roadmapFiles: 9, kind: 'instansi-pusat' },
};

// Share of each domain among the elements (processes and data dominate real architectures).
const DOMAIN_SHARE = { proses: 0.25, data: 0.25, layanan: 0.2, aplikasi: 0.15, infrastruktur: 0.08, keamanan: 0.07 };
const DOMAINS = Object.keys(DOMAIN_SHARE);
const MUATAN = ['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik'];
const PERIOD = [2025, 2029];

/** The seeded random source of the generator. */
function rng(seed) {
    const next = mulberry32(seed);
    return {
        next,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: (list) => list[Math.floor(next() * list.length)],
        chance: (p) => next() < p,
    };
}

/** The national catalog: the leaf codes of each reference (where agency elements attach) and the Aplikasi Umum. */
export function loadCatalog() {
    const codes = parseCsv(readFileSync(path.join(DATA, 'reference-codes.csv'), 'utf8'));
    const parents = new Set(codes.map(c => c.parent).filter(Boolean));
    const leaves = { RAB: [], RAD: [], RAL: [], RAA: [] };
    for (const c of codes) if (!parents.has(c.code) && leaves[c.ref]) leaves[c.ref].push({ code: c.code, name: c.name });
    const umum = parseCsv(readFileSync(path.join(DATA, 'aplikasi-umum.csv'), 'utf8'))
        .map(a => ({ id: a.id, name: a.name, covers: a.covers_rab.split(';').filter(Boolean) }));
    return { leaves, umum };
}

/**
 * The RAB -> RAD and RAB -> RAL counterpart tables the validator checks against (derived from the CSVs
 * by scripts/generate-reference.mjs; read from the built output, so run `npm run build` first).
 */
export function loadMirrors() {
    const file = path.join(HERE, '..', 'out', 'reference', 'generated', 'builtin-library.js');
    const text = readFileSync(file, 'utf8');
    const table = (name) => JSON.parse(text.match(new RegExp(`export const ${name} = (\\{.*?\\});`))[1]);
    return { rad: table('RAB_TO_RAD'), ral: table('RAB_TO_RAL') };
}

const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const pad = (n, w) => String(n).padStart(w, '0');

/**
 * Generates a workspace. Returns the files (relative path -> text) and the counts actually produced.
 * `size` is a name from SIZES or an object of the same shape.
 */
export function generateWorkspace(size = 'small', seed = 1) {
    const spec = typeof size === 'string' ? SIZES[size] : size;
    if (!spec) throw new Error(`unknown size '${size}' (use ${Object.keys(SIZES).join(', ')})`);
    const r = rng(seed);
    const { leaves, umum } = loadCatalog();
    const coveredRab = new Set(umum.flatMap(a => a.covers));
    const mirrors = loadMirrors();
    // Process codes: functions no Aplikasi Umum covers, with a data and a service counterpart.
    const rabPool = leaves.RAB.filter(c => !coveredRab.has(c.code) && mirrors.rad[c.code]?.length && mirrors.ral[c.code]?.length);
    const codeNames = new Map(Object.values(leaves).flat().map(c => [c.code, c.name]));
    const G = spec.groups;
    const gw = 2;

    // ---- units: per group an OPD/directorate general with working units below it
    const groups = [];
    for (let g = 0; g < G; g++) {
        const head = { name: `Opd${pad(g, gw)}`, title: spec.kind === 'instansi-pusat' ? `Direktorat Jenderal ${g + 1}` : `Dinas ${g + 1}`, jenis: 'opd' };
        const units = [head];
        for (let u = 1; u < spec.unitsPerGroup; u++) {
            units.push({ name: `Unit${pad(g, gw)}_${pad(u, 2)}`, title: `${spec.kind === 'instansi-pusat' ? 'Direktorat' : 'Bidang'} ${u} ${head.title}`, jenis: 'unit-kerja', induk: head.name });
        }
        groups.push({ index: g, head, units, els: Object.fromEntries(DOMAINS.map(d => [d, []])) });
    }
    const allUnits = groups.flatMap(gr => gr.units);

    // ---- elements: counts per domain and group
    const counts = {};
    let assigned = 0;
    for (const d of DOMAINS) { counts[d] = Math.max(G, Math.round(spec.elements * DOMAIN_SHARE[d])); assigned += counts[d]; }
    counts.proses += spec.elements - assigned;
    let serial = 0;
    for (const d of DOMAINS) {
        for (let i = 0; i < counts[d]; i++) {
            const gr = groups[i % G];
            const n = gr.els[d].length;
            const el = { domain: d, group: gr.index, name: `${d[0].toUpperCase()}${d.slice(1)}${pad(gr.index, gw)}_${pad(n, 4)}`, owner: r.pick(gr.units).name, rel: {}, serial: serial++, status: 'aktif' };
            gr.els[d].push(el);
        }
    }
    const all = (d) => groups.flatMap(gr => gr.els[d]);
    // Mostly own group, sometimes another group (cross-file references that matter for relinking).
    const partner = (gr, d) => {
        const source = r.chance(0.1) ? groups[r.int(0, G - 1)] : gr;
        const list = source.els[d].length ? source.els[d] : all(d);
        return r.pick(list);
    };
    let relations = 0;
    const relate = (el, prop, target) => {
        const list = (el.rel[prop] ??= []);
        if (list.includes(target.name) || target === el) return false;
        list.push(target.name);
        relations++;
        return true;
    };

    // Infrastructure: group 0 holds the national/shared ones every application can run on; each group
    // has a government cloud (komputasi-awan run by the agency) for its own applications.
    const infraKinds = ['server', 'perangkat-jaringan', 'kerangka-infrastruktur', 'perangkat-pengguna'];
    const infraTitle = { server: 'Server', 'komputasi-awan': 'Komputasi Awan', 'perangkat-jaringan': 'Perangkat Jaringan', 'kerangka-infrastruktur': 'Kerangka Infrastruktur', 'perangkat-pengguna': 'Perangkat Pengguna' };
    const shared = groups[0].els.infrastruktur;
    const sharedKinds = [
        ['pusat-data-nasional', 'nasional', 'Pusat Data Nasional (PDN)'],
        ['jaringan-intra', 'nasional', 'Jaringan Intra Pemerintah'],
        ['sistem-penghubung-layanan', 'nasional', 'Sistem Penghubung Layanan Pemerintah'],
    ];
    for (const gr of groups) {
        gr.clouds = [];
        gr.els.infrastruktur.forEach((el, i) => {
            if (gr === groups[0] && i < sharedKinds.length) {
                [el.kategori, el.pengelola, el.title] = sharedKinds[i];
                el.national = true;
                return;
            }
            el.kategori = gr.clouds.length === 0 || r.chance(0.3) ? 'komputasi-awan' : r.pick(infraKinds);
            el.pengelola = el.kategori === 'komputasi-awan' || r.chance(0.8) ? 'instansi' : 'pihak-ketiga';
            if (el.kategori === 'komputasi-awan') gr.clouds.push(el);
            el.title = `${infraTitle[el.kategori]} ${el.name}`;
            relate(el, 'terhubung-ke', r.chance(0.7) ? shared[1] : partner(gr, 'infrastruktur'));
        });
    }
    // Processes first: data and service codes mirror the RAB codes of the processes they relate to
    // (RAD/RAL counterparts, as the validator expects), so every domain is generated in turn.
    for (const gr of groups) {
        for (const el of gr.els.proses) {
            const c = r.pick(rabPool);
            el.kode = c.code; el.title = c.name;
            const produced = partner(gr, 'data');
            relate(el, 'menghasilkan', produced);
            (produced.producers ??= []).push(el);
            relate(el, 'menggunakan', partner(gr, 'data'));
        }
    }
    for (const gr of groups) {
        for (const el of gr.els.data) {
            const mirror = el.producers ? mirrors.rad[el.producers[0].kode] : undefined;
            el.kode = mirror ? r.pick(mirror) : r.pick(leaves.RAD).code;
            el.title = `Data ${codeNames.get(el.kode)}`;
            el.klasifikasi = r.pick(['terbuka', 'terbuka', 'terbatas', 'tertutup']);
            el.wali = gr.head.name;
            el.produsen = [r.pick(gr.units).name];
            el.format = r.pick(['"CSV"', '"JSON"', '"CSV", "JSON"', '"XLSX"']);
        }
    }
    const groupHost = (gr) => r.chance(0.5) || !gr.clouds.length ? shared[0] : r.pick(gr.clouds);
    // An agency uses each Aplikasi Umum once (SPBE-A05); a later pick of the same one is an own application.
    const umumUsed = new Set();
    for (const gr of groups) {
        for (const el of gr.els.aplikasi) {
            const a = r.chance(0.1) ? r.pick(umum) : undefined;
            if (a && !umumUsed.has(a.id)) {
                umumUsed.add(a.id);
                el.umum = a.id; el.title = `${a.id} (${a.name})`;
                el.kode = a.id === 'SP4N-LAPOR' || a.id === 'SDI' ? 'RAA.01.01' : 'RAA.01.02';
            } else {
                const c = r.pick(leaves.RAA.filter(x => x.code.startsWith('RAA.02.')));
                el.kode = c.code; el.title = `Sistem Informasi ${el.name}`;
                el.platform = r.pick(['"web"', '"web", "Android"', '"web", "Android", "iOS"']);
            }
            const k = r.int(1, 2);
            // An Aplikasi Umum serves the functions of its catalog entry, which no generated process has
            // (their codes avoid them, SPBE-A03): it supports none of them (SPBE-A06), services reach it.
            if (!el.umum) for (let i = 0; i < k; i++) relate(el, 'mendukung', partner(gr, 'proses'));
            for (let i = 0; i < k; i++) relate(el, 'memproses', partner(gr, 'data'));
            relate(el, 'berjalan-di', groupHost(gr));
        }
    }
    for (const gr of groups) {
        for (const el of gr.els.layanan) {
            const supporter = partner(gr, 'proses');
            el.kode = r.pick(mirrors.ral[supporter.kode]);
            el.title = `Layanan ${codeNames.get(el.kode)}`;
            el.jenis = el.kode.startsWith('RAL.01.') ? 'publik' : 'administrasi-pemerintahan';
            relate(el, 'didukung-oleh', supporter);
            if (r.chance(0.5)) relate(el, 'didukung-oleh', partner(gr, 'proses'));
            relate(el, 'melalui', partner(gr, 'aplikasi'));
        }
        for (const el of gr.els.keamanan) {
            el.kategori = r.pick(['standar', 'penerapan', 'kelaikan']);
            el.title = `${el.kategori === 'standar' ? 'Standar Keamanan' : el.kategori === 'penerapan' ? 'Penerapan Keamanan' : 'Audit Keamanan'} ${el.name}`;
            const k = r.int(2, 4);
            for (let i = 0; i < k; i++) relate(el, 'melindungi', partner(gr, r.pick(['data', 'aplikasi', 'infrastruktur'])));
        }
    }
    // A well-kept architecture uses every process, data set, application and infrastructure element:
    // give each one nothing refers to a user in its own group.
    const referenced = new Set(DOMAINS.flatMap(d => all(d)).flatMap(el => Object.values(el.rel).flat()));
    for (const gr of groups) {
        const users = { proses: ['layanan', 'didukung-oleh'], data: ['proses', 'menggunakan'], aplikasi: ['layanan', 'melalui'], infrastruktur: ['infrastruktur', 'terhubung-ke'] };
        for (const [d, [userDomain, prop]] of Object.entries(users)) {
            for (const el of gr.els[d]) {
                if (referenced.has(el.name)) continue;
                const candidates = gr.els[userDomain].filter(u => u !== el && !u.national);
                if (candidates.length && relate(r.pick(candidates), prop, el)) referenced.add(el.name);
            }
        }
    }
    // Integrations between applications fill the relation budget up to the target, as in real
    // architectures where the integration map is the densest part.
    const apps = all('aplikasi');
    let guard = 0;
    while (relations < spec.relations && guard++ < spec.relations * 10) {
        const a = r.pick(apps);
        const gr = groups[a.group];
        const b = partner(gr, 'aplikasi');
        if (relate(a, 'integrasi', b)) a.integrasiBus ??= shared[2].name;
    }

    // ---- roadmap: initiatives over the period, each depending only on initiatives ending before it starts
    const initiatives = [];
    const elementsAll = DOMAINS.flatMap(d => all(d));
    for (let i = 0; i < spec.initiatives; i++) {
        const start = r.int(PERIOD[0], PERIOD[1]);
        const end = Math.min(PERIOD[1], start + r.int(0, 2));
        const muatan = i < MUATAN.length ? MUATAN[i] : r.pick(MUATAN);
        initiatives.push({ i, start, end, muatan, pelaksana: r.pick(allUnits).name, name: `Inisiatif_${pad(i, 4)}`, deps: [], touches: [] });
    }
    initiatives.sort((a, b) => a.start - b.start || a.i - b.i);
    initiatives.forEach((ini, k) => { ini.name = `Inisiatif_${pad(k, 4)}`; });
    const endedBefore = []; // initiatives sorted by start; those with end < start are eligible
    for (const ini of initiatives) {
        const eligible = endedBefore.filter(p => p.end < ini.start);
        if (eligible.length && r.chance(0.6)) {
            const k = r.int(1, 2);
            for (let j = 0; j < k; j++) {
                const p = eligible[eligible.length - 1 - r.int(0, Math.min(eligible.length - 1, 30))];
                if (!ini.deps.includes(p.name)) ini.deps.push(p.name);
            }
        }
        endedBefore.push(ini);
        ini.status = ini.end < 2026 ? 'selesai' : ini.start <= 2026 ? 'berjalan' : 'belum-mulai';
        ini.indicator = r.int(1, 47);
        ini.budget = r.int(1, 40) * 50_000_000;
    }
    // Every element planned (status rencana) is realised by one initiative that has not finished (a finished
    // one would make it active: SPBE-P18); others are changed by some.
    const unfinished = initiatives.filter(i => i.status !== 'selesai');
    const realizer = new Map();
    for (const el of elementsAll) {
        if (el.national) continue;
        if (r.chance(0.05)) {
            el.status = 'rencana';
            realizer.set(el.name, r.pick(unfinished));
        } else if (r.chance(0.05)) {
            r.pick(initiatives).touches.push(['mengubah', el.name]);
        }
    }
    // A planned element is realised no earlier than the planned elements it uses (SPBE-P22): move it to the
    // later initiative until nothing changes (end years only grow, so this ends).
    const byName = new Map(elementsAll.map(el => [el.name, el]));
    const usesOf = (el) => Object.entries(el.rel).filter(([prop]) => prop !== 'melindungi').flatMap(([, names]) => names);
    for (let changed = true; changed;) {
        changed = false;
        for (const [name, ini] of realizer) {
            const later = usesOf(byName.get(name)).map(n => realizer.get(n)).find(other => other && other.end > ini.end);
            if (later) { realizer.set(name, later); changed = true; }
        }
    }
    for (const [name, ini] of realizer) ini.touches.push(['mewujudkan', name]);
    // An active service or application whose operating dependencies are all planned is changed by the
    // initiative that realises one of them (SPBE-P19): the relation describes it after that change.
    const OPERATING = { layanan: ['didukung-oleh', 'melalui'], aplikasi: ['berjalan-di'] };
    for (const el of elementsAll) {
        if (el.status !== 'aktif') continue;
        const prop = (OPERATING[el.domain] ?? []).find(p => el.rel[p]?.length && el.rel[p].every(n => byName.get(n).status === 'rencana'));
        if (prop) realizer.get(el.rel[prop][0]).touches.push(['mengubah', el.name]);
    }

    // ---- text
    const files = {};
    const stats = { files: 0, units: allUnits.length, elements: elementsAll.length, relations, initiatives: initiatives.length, byDomain: counts };
    const instansiName = spec.kind === 'instansi-pusat' ? 'KementerianContoh' : 'PemdaContoh';
    let t = `// Synthetic ${spec.kind === 'instansi-pusat' ? 'ministry' : 'regional government'} generated by bench/generate.mjs (seed ${seed}).\n`;
    t += `instansi ${instansiName} ${q(spec.kind === 'instansi-pusat' ? 'Kementerian Contoh' : 'Pemerintah Kabupaten Contoh')} {\n`;
    t += `    jenis ${spec.kind}\n    periode ${PERIOD[0]} - ${PERIOD[1]}\n    referensi perpres-132-2022\n`;
    t += `    dasar-hukum kebijakan "Peraturan tentang Sistem Pemerintahan Berbasis Elektronik"\n`;
    t += `    dasar-hukum arsitektur "Keputusan tentang Arsitektur SPBE"\n    dasar-hukum peta-rencana "Keputusan tentang Peta Rencana SPBE"\n}\n\n`;
    for (const u of allUnits) {
        t += `unit ${u.name} ${q(u.title)} {\n    jenis ${u.jenis}\n${u.induk ? `    induk ${u.induk}\n` : ''}}\n`;
    }
    t += `\npenilaian 2024 {\n`;
    for (let n = 1; n <= 47; n++) t += `    indikator ${n} level ${r.int(2, 4)}\n`;
    t += `}\n`;
    files['instansi.spbe'] = t;

    const props = (el) => {
        let s = '';
        if (el.kode) s += `    kode ${el.kode}\n`;
        if (!el.national) s += `    pemilik ${el.owner}\n`;
        if (el.status !== 'aktif') s += `    status ${el.status}\n`;
        return s;
    };
    const list = (el, prop) => el.rel[prop]?.length ? `    ${prop} ${el.rel[prop].join(', ')}\n` : '';
    for (const gr of groups) {
        const dir = `${gr.head.name.toLowerCase()}`;
        const header = (d) => `// ${gr.head.title}: domain ${d}.\n`;
        let s = header('proses bisnis');
        for (const el of gr.els.proses) s += `proses ${el.name} ${q(el.title)} {\n${props(el)}${list(el, 'menghasilkan')}${list(el, 'menggunakan')}}\n`;
        files[`${dir}/proses-bisnis.spbe`] = s;
        s = header('data dan informasi');
        for (const el of gr.els.data) {
            s += `data ${el.name} ${q(el.title)} {\n${props(el)}    klasifikasi ${el.klasifikasi}\n    wali-data ${el.wali}\n    produsen-data ${el.produsen.join(', ')}\n    format ${el.format}\n}\n`;
        }
        files[`${dir}/data.spbe`] = s;
        s = header('layanan');
        for (const el of gr.els.layanan) s += `layanan ${el.name} ${q(el.title)} {\n${props(el)}    jenis ${el.jenis}\n${list(el, 'didukung-oleh')}${list(el, 'melalui')}}\n`;
        files[`${dir}/layanan.spbe`] = s;
        s = header('aplikasi');
        for (const el of gr.els.aplikasi) {
            s += `aplikasi ${el.name} ${q(el.title)} {\n${props(el)}`;
            s += el.umum ? `    umum ${el.umum}\n` : `    khusus\n    platform ${el.platform}\n`;
            s += `${list(el, 'mendukung')}${list(el, 'memproses')}${list(el, 'berjalan-di')}`;
            if (el.rel.integrasi?.length) s += `    terintegrasi-dengan ${el.rel.integrasi.map(n => `${n} melalui ${el.integrasiBus}`).join(', ')}\n`;
            s += `}\n`;
        }
        files[`${dir}/aplikasi.spbe`] = s;
        s = header('infrastruktur');
        for (const el of gr.els.infrastruktur) {
            s += `infrastruktur ${el.name} ${q(el.title)} {\n${props(el)}    kategori ${el.kategori}\n    pengelola ${el.pengelola}\n${list(el, 'terhubung-ke')}}\n`;
        }
        files[`${dir}/infrastruktur.spbe`] = s;
        s = header('keamanan');
        for (const el of gr.els.keamanan) s += `keamanan ${el.name} ${q(el.title)} {\n${props(el)}    kategori ${el.kategori}\n${list(el, 'melindungi')}}\n`;
        files[`${dir}/keamanan.spbe`] = s;
    }

    // Roadmap files: by year band, so dependencies cross files as they do in real roadmaps.
    const R = spec.roadmapFiles;
    const chunk = Math.ceil(initiatives.length / R);
    for (let f = 0; f < R; f++) {
        const part = initiatives.slice(f * chunk, (f + 1) * chunk);
        let s = `// Peta Rencana SPBE ${PERIOD[0]}-${PERIOD[1]}, bagian ${f + 1}.\npeta-rencana PetaRencana${pad(f, 2)} "Peta Rencana SPBE bagian ${f + 1}" {\n`;
        for (const ini of part) {
            s += `    inisiatif ${ini.name} ${q(`Program ${ini.muatan} ${ini.name}`)} {\n`;
            s += `        muatan ${ini.muatan}\n        tahun ${ini.start}${ini.end > ini.start ? ` - ${ini.end}` : ''}\n        pelaksana ${ini.pelaksana}\n`;
            s += `        program "Program Penyelenggaraan SPBE"\n        kegiatan ${q(`Kegiatan ${ini.name}`)}\n`;
            if (ini.deps.length) s += `        setelah ${ini.deps.join(', ')}\n`;
            s += `        status ${ini.status}\n        anggaran ${ini.budget}\n`;
            for (const kind of ['mewujudkan', 'mengubah']) {
                const names = [...new Set(ini.touches.filter(x => x[0] === kind).map(x => x[1]))];
                if (names.length) s += `        ${kind} ${names.join(', ')}\n`;
            }
            const years = [];
            // One maturity path per year for every indicator, so no initiative's target undercuts an earlier one.
            for (let y = ini.start; y <= ini.end; y++) years.push(`${y}: ${Math.min(5, 3 + Math.floor((y - PERIOD[0]) / 2))}`);
            s += `        indikator ${ini.indicator} { ${years.join(', ')} }\n    }\n`;
        }
        if (f === R - 1 && part.length) s += `    tonggak TonggakAkhir "Evaluasi akhir Peta Rencana" {\n        tahun ${PERIOD[1]}\n        inisiatif ${part[part.length - 1].name}\n    }\n`;
        s += `}\n`;
        files[R === 1 ? 'peta-rencana.spbe' : `peta-rencana/bagian-${pad(f + 1, 2)}.spbe`] = s;
    }
    stats.files = Object.keys(files).length;
    return { files, stats };
}

/** Writes a generated workspace to `dir` (emptied first). */
export function writeWorkspace(dir, files) {
    rmSync(dir, { recursive: true, force: true });
    for (const [rel, text] of Object.entries(files)) {
        const file = path.join(dir, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const [size, out, ...rest] = process.argv.slice(2);
    const seedAt = rest.indexOf('--seed');
    const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : 1;
    if (!size || !out || !SIZES[size] || !Number.isFinite(seed)) {
        console.error('usage: node bench/generate.mjs <small|medium|large> <out-dir> [--seed N]');
        process.exit(2);
    }
    const { files, stats } = generateWorkspace(size, seed);
    writeWorkspace(out, files);
    console.log(JSON.stringify(stats));
}
