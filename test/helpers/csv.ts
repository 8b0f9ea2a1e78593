// An independent RFC 4180 reader for reading exported CSV back: CRLF records, quoted fields with "" and line breaks.
export function parseCsvRecords(text: string): string[][] {
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
        if (c === ',') { row.push(field); field = ''; i++; continue; }
        if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
        if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
        field += c; i++;
    }
    if (quoted) throw new Error('unterminated quoted field');
    if (field !== '' || row.length) throw new Error('last record does not end with CRLF');
    return rows;
}
