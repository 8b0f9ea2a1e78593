// A synthetic SPBE model of a given size, as .spbe text, for the diagram benchmark and the layout
// tests at scale. Deterministic: the same size always gives the same text.
const DOMAINS = ['layanan', 'proses', 'data', 'aplikasi', 'infrastruktur', 'keamanan'];
const SHARE = { layanan: 0.18, proses: 0.22, data: 0.22, aplikasi: 0.2, infrastruktur: 0.1, keamanan: 0.08 };
const MUATAN = ['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik'];

/** Returns { 'synthetic.spbe': text } with about `elements` elements and `initiatives` initiatives. */
export function syntheticModel(elements = 300, initiatives = Math.round(elements / 5)) {
    let seed = 42;
    const rand = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const ids = Object.fromEntries(DOMAINS.map(d => [d, []]));
    for (const d of DOMAINS) {
        const count = Math.max(1, Math.round(elements * SHARE[d]));
        for (let i = 0; i < count; i++) ids[d].push(`${d[0].toUpperCase()}${d.slice(1, 4)}${i + 1}`);
    }
    const pick = (d, k) => [...new Set(Array.from({ length: k }, () => ids[d][rand(ids[d].length)]))];
    const lines = [
        'instansi Sintetis "Pemerintah Kabupaten Sintetis" {', '    jenis pemerintah-daerah', '    periode 2025 - 2029', '}',
    ];
    for (let u = 1; u <= 12; u++) lines.push(`unit Unit${u} "Unit Kerja Nomor ${u}"`);
    const owner = () => `Unit${rand(12) + 1}`;
    const status = () => ['aktif', 'aktif', 'aktif', 'rencana', 'dihentikan'][rand(5)];
    for (const id of ids.layanan) {
        lines.push(`layanan ${id} "Layanan sintetis ${id} untuk masyarakat" {`, `    pemilik ${owner()}`, `    status ${status()}`,
            `    didukung-oleh ${pick('proses', 2).join(', ')}`, `    melalui ${pick('aplikasi', 1).join(', ')}`, '}');
    }
    for (const id of ids.proses) {
        lines.push(`proses ${id} "Proses bisnis sintetis ${id}" {`, `    pemilik ${owner()}`, `    menghasilkan ${pick('data', 1).join(', ')}`,
            `    menggunakan ${pick('data', 2).join(', ')}`, '}');
    }
    for (const id of ids.data) lines.push(`data ${id} "Data sintetis ${id}" {`, `    pemilik ${owner()}`, '    klasifikasi terbuka', '}');
    for (const id of ids.aplikasi) {
        lines.push(`aplikasi ${id} "Aplikasi sintetis ${id}" {`, '    khusus', `    pemilik ${owner()}`, `    status ${status()}`,
            `    mendukung ${pick('proses', 1).join(', ')}`, `    memproses ${pick('data', 2).join(', ')}`,
            `    berjalan-di ${pick('infrastruktur', 1).join(', ')}`, '}');
    }
    for (const id of ids.infrastruktur) lines.push(`infrastruktur ${id} "Infrastruktur sintetis ${id}" {`, '    kategori pusat-data', '    pengelola instansi', '}');
    for (const id of ids.keamanan) {
        lines.push(`keamanan ${id} "Keamanan sintetis ${id}" {`, '    kategori penerapan', `    melindungi ${[...pick('aplikasi', 2), ...pick('data', 1)].join(', ')}`, '}');
    }
    lines.push('peta-rencana {');
    for (let i = 1; i <= initiatives; i++) {
        const start = 2025 + rand(5), end = Math.min(2029, start + rand(3));
        const preds = i > 3 && rand(3) === 0 ? [`Ini${1 + rand(i - 1)}`] : [];
        lines.push(`    inisiatif Ini${i} "Inisiatif sintetis nomor ${i}" {`, `        muatan ${MUATAN[rand(7)]}`,
            `        tahun ${start}${end > start ? ` - ${end}` : ''}`, `        pelaksana ${owner()}`,
            ...(preds.length ? [`        setelah ${preds.join(', ')}`] : []), '    }');
    }
    lines.push('}');
    return { 'synthetic.spbe': lines.join('\n') + '\n' };
}
