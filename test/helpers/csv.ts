// An independent RFC 4180 reader for reading exported CSV back: CRLF records, quoted fields with "" and line
// breaks, the given separator. A leading UTF-8 byte-order mark is dropped (and must be there when `bom`).
export function parseCsvRecords(text: string, separator = ';', bom = true): string[][] {
    if (bom) {
        if (!text.startsWith('\uFEFF')) throw new Error('no UTF-8 byte-order mark');
        text = text.slice(1);
    }
    const rows: string[][] = [];
    let row: string[] = [], field = '', quoted = false, i = 0;
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
            if (c === '"') { quoted = false; i++; continue; }
            field += c; i++; continue;
        }
        if (c === '"') {
            if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
            quoted = true; i++; continue;
        }
        if (c === separator) { row.push(field); field = ''; i++; continue; }
        if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
        if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
        field += c; i++;
    }
    if (quoted) throw new Error('unterminated quoted field');
    if (field !== '' || row.length) throw new Error('last record does not end with CRLF');
    return rows;
}
