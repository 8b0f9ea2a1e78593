// The mapping file of an inventory import (JSON), and the same from command-line options:
//   { "domain": "aplikasi", "headerRow": 3,
//     "columns": { "name": "Nama Sistem", "code": "Kode RAA", "owner": "OPD", "status": "Kondisi", "description": "Uraian" },
//     "sheets": { "Daftar Aplikasi": { "domain": "aplikasi" }, "Petunjuk": null } }
// Column keys may also be written in Indonesian (nama, kode, pemilik, status, deskripsi/keterangan, id, domain).
import type { Domain } from '../model/types.js';
import { DOMAINS } from '../model/types.js';
import { MAPPABLE, type Field } from './columns.js';
import { ImportError } from './errors.js';
import type { TableMapping } from './inventory.js';
import { domainOf } from './words.js';

function fail(file: string, en: string, id: string): never {
    throw new ImportError(file, undefined, { en, id });
}

function domainValue(file: string, v: unknown): Domain {
    const d = typeof v === 'string' ? (DOMAINS.includes(v as Domain) ? v as Domain : domainOf(v)) : undefined;
    if (!d) fail(file, `"domain" must be one of ${DOMAINS.join(', ')}, not ${JSON.stringify(v)}`, `"domain" harus salah satu dari ${DOMAINS.join(', ')}, bukan ${JSON.stringify(v)}`);
    return d;
}

export function columnField(key: string): Field | undefined {
    return MAPPABLE[key.trim().toLowerCase()];
}

function one(file: string, raw: unknown, where: string): TableMapping {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, `${where} must be an object`, `${where} harus berupa objek`);
    const o = raw as Record<string, unknown>;
    const out: TableMapping = {};
    for (const key of Object.keys(o)) {
        if (!['domain', 'headerRow', 'columns', 'sheets'].includes(key)) {
            fail(file, `unknown key "${key}" in ${where} (known: domain, headerRow, columns, sheets)`, `kunci "${key}" tidak dikenal di ${where} (yang dikenal: domain, headerRow, columns, sheets)`);
        }
    }
    if (o.domain !== undefined) out.domain = domainValue(file, o.domain);
    if (o.headerRow !== undefined) {
        if (!Number.isInteger(o.headerRow) || (o.headerRow as number) < 1) fail(file, `"headerRow" must be a row number (1 or more)`, `"headerRow" harus nomor baris (1 atau lebih)`);
        out.headerRow = o.headerRow as number;
    }
    if (o.columns !== undefined) {
        if (typeof o.columns !== 'object' || o.columns === null || Array.isArray(o.columns)) fail(file, `"columns" must be an object of field -> header`, `"columns" harus objek kolom -> judul`);
        out.columns = {};
        for (const [k, v] of Object.entries(o.columns as Record<string, unknown>)) {
            const field = columnField(k);
            if (!field) fail(file, `unknown column "${k}" in "columns" (known: name, code, owner, status, description, id, domain)`, `kolom "${k}" tidak dikenal di "columns" (yang dikenal: nama, kode, pemilik, status, deskripsi, id, domain)`);
            if (typeof v !== 'string' || !v.trim()) fail(file, `the header of column "${k}" must be a text`, `judul kolom "${k}" harus berupa teks`);
            out.columns[field] = v;
        }
    }
    if (o.sheets !== undefined) {
        if (typeof o.sheets !== 'object' || o.sheets === null || Array.isArray(o.sheets)) fail(file, `"sheets" must be an object of sheet name -> mapping (or null to skip)`, `"sheets" harus objek nama lembar -> pemetaan (atau null untuk melewati)`);
        out.sheets = {};
        for (const [name, v] of Object.entries(o.sheets as Record<string, unknown>)) out.sheets[name] = v === null ? null : one(file, v, `sheet "${name}"`);
    }
    return out;
}

/** Reads a mapping file's text; a problem is an ImportError naming the file. */
export function parseMapping(text: string, file: string): TableMapping {
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
        fail(file, `is not valid JSON (${(err as Error).message})`, `bukan JSON yang sah (${(err as Error).message})`);
    }
    return one(file, raw, 'the mapping');
}
