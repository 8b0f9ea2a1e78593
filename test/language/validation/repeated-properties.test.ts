// SPBE-S02: a single-valued property written twice in one block. Langium's grammar check warns about every
// such '=' in a property loop; the grammar keeps them on purpose and this rule reports the repeats. The
// first test ties the two together: the grammar has no other warning, and for every property Langium warns
// about, a repeat is reported by the rule.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AstNode } from 'langium';
import { AstUtils, CstUtils, EmptyFileSystem, GrammarAST, isCompositeCstNode, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { createTestServices, readExample, ROOT } from '../../helpers/services.js';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { findings, fixesFor } from './rule-helpers.js';
import { repeatedAssignments, singleValuedAssignments } from '../../../src/language/validation/property-rules.js';
import { generateWorkspace } from '../../../bench/generate.mjs';
import { hostileTexts } from '../hostile-inputs.js';

let services: SpbeServices;
beforeAll(async () => { services = await createTestServices(); });

/** A model in which `rule`'s property `feature` is written twice, or undefined for a rule this table does not build. */
function twice(rule: string, feature: string): string | undefined {
    const value: Record<string, string> = {
        jenis: rule === 'Instansi' ? 'pemerintah-daerah' : rule === 'Unit' ? 'opd' : 'publik', periode: '2025 - 2029', referensi: 'perpres-132-2022',
        deskripsi: '"d"', singkatan: '"S"', induk: 'U', kode: rule === 'KodeReferensi' ? '' : 'RAB.09.06.06', pemilik: 'U', status: rule === 'Inisiatif' ? 'berjalan' : rule === 'KodeReferensi' || rule === 'AplikasiUmum' ? '"s"' : 'aktif',
        justifikasi: '"j"', klasifikasi: 'terbuka', waliData: 'U', umum: 'SRIKANDI', khusus: '', lisensi: '"l"', kategori: rule === 'Keamanan' ? 'standar' : 'server',
        pengelola: 'instansi', penyedia: '"p"', lokasi: '"l"', muatan: 'layanan', tahun: rule === 'Tonggak' ? '2026' : '2025 - 2026', pelaksana: 'U', program: '"p"',
        kegiatan: '"k"', nomenklatur: '"n"', anggaran: '100', bulan: '5', inisiatif: 'I', basis: 'perpres-132-2022', fungsi: '"f"', pengampu: '"p"',
        aturanIndeks: 'permenpanrb-59-2020',
    };
    const keyword: Record<string, string> = { waliData: 'wali-data', aturanIndeks: 'aturan-indeks' };
    if (!(feature in value)) return undefined;
    const prop = `${keyword[feature] ?? feature} ${value[feature]}`.trim();
    const block = `{\n    ${prop}\n    ${prop}\n}`;
    const unit = 'unit U "U"\n';
    switch (rule) {
        case 'Instansi': return `instansi X "X" ${block}\n${unit}`;
        case 'Unit': return `unit X "X" ${block}\n${unit}`;
        case 'Proses': case 'Data': case 'Layanan': case 'Aplikasi': case 'Infrastruktur': case 'Keamanan':
            return `${rule.toLowerCase()} X "X" ${block}\n${unit}`;
        case 'Inisiatif': return `peta-rencana { inisiatif X "X" ${block}\ninisiatif I "I" { tahun 2025 } }\n${unit}`;
        case 'Tonggak': return `peta-rencana { tonggak X "X" ${block}\ninisiatif I "I" { tahun 2026 } }\n${unit}`;
        case 'Referensi': return `referensi X "X" ${block}`;
        case 'KodeReferensi': return `kode RAB.09.06.06.09 "X" ${block}`;
        case 'AplikasiUmum': return `referensi R "R" { aplikasi-umum X "X" ${block} }`;
        default: return undefined;
    }
}

describe('SPBE-S02 and the grammar', () => {
    test('the grammar has no Langium warning but "multiple assignments", and each of those is caught by SPBE-S02 when written twice', async () => {
        const grammar = createLangiumGrammarServices(EmptyFileSystem).grammar;
        const text = fs.readFileSync(path.join(ROOT, 'src/language/spbe.langium'), 'utf8');
        const doc = grammar.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/spbe.langium'));
        await grammar.shared.workspace.DocumentBuilder.build([doc], { validation: true });
        const diagnostics = doc.diagnostics ?? [];
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        const warnings = diagnostics.filter(d => d.severity === 2);
        for (const w of warnings) expect(w.message).toMatch(/^Found multiple assignments to '\w+' with the '\??=' assignment operator/);
        // Each warned-about assignment, by the rule it is in (fragments: the element rules that use them).
        const warned = new Set<string>();
        for (const w of warnings) {
            const node = AstUtils.streamAst(doc.parseResult.value).find(n => GrammarAST.isAssignment(n) && n.$cstNode?.range.start.line === w.range.start.line
                && n.$cstNode.range.start.character <= w.range.start.character && n.$cstNode.range.end.character >= w.range.end.character) as GrammarAST.Assignment;
            const rule = AstUtils.getContainerOfType(node, GrammarAST.isParserRule)!;
            const rules = rule.fragment ? ['Proses', 'Data', 'Layanan', 'Aplikasi', 'Infrastruktur', 'Keamanan'] : [rule.name];
            for (const r of rules) warned.add(`${r}.${node.feature}`);
        }
        expect(warned.size).toBeGreaterThan(40);
        const missed: string[] = [];
        for (const key of [...warned].sort()) {
            const [rule, feature] = key.split('.');
            const model = twice(rule, feature);
            expect(model, `no test model for ${key}`).toBeDefined();
            const found = await findings(services, model!, 'SPBE-S02');
            if (found.length !== 1) missed.push(`${key}: ${found.length}`);
        }
        expect(missed).toEqual([]);
    }, 60_000);

    test('every occurrence but the last is reported; the fix removes it with its line', async () => {
        const model = 'proses P "P" {\n    status rencana\n    pemilik U\n    status aktif\n    status dihentikan\n}\nunit U "U"\n';
        const found = await findings(services, model, 'SPBE-S02');
        expect(found.map(f => [f.text, f.diagnostic.range.start.line, f.diagnostic.message])).toEqual([
            ['status rencana', 1, '`status` is given 3 times in this block; only the last one counts. Remove the others.'],
            ['status aktif', 3, '`status` is given 3 times in this block; only the last one counts. Remove the others.'],
        ]);
        const { apply } = await fixesFor(services, model, 'SPBE-S02');
        expect(apply(/remove this `status`/)).toBe('proses P "P" {\n    pemilik U\n    status aktif\n    status dihentikan\n}\nunit U "U"\n');
        // Properties that take several values, and one of each kind, are not repeats.
        expect(await findings(services, 'aplikasi A "A" {\n    platform "web"\n    platform "android"\n    khusus\n    abaikan SPBE-T03 "x"\n    abaikan SPBE-T06 "y"\n}', 'SPBE-S02')).toEqual([]);
        expect(await findings(services, 'peta-rencana { inisiatif I "I" { tahun 2025 - 2026  indikator 11 { 2025: 3 }  indikator 12 { 2026: 4 } } }', 'SPBE-S02')).toEqual([]);
    });
});

/** The rule's first version, kept as the slow path: every value's leaves flattened, every grammar element's assignment looked up. */
function slowSingleValuedAssignments(node: AstNode): Array<{ feature: string; first: unknown; last: unknown }> {
    const out: Array<{ feature: string; first: unknown; last: unknown }> = [];
    const visit = (cst: NonNullable<AstNode['$cstNode']>) => {
        const assignment = cst.grammarSource ? AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment) : undefined;
        if (assignment) {
            const leaves = [...CstUtils.flattenCst(cst)];
            if (assignment.operator !== '+=' && leaves.length) out.push({ feature: assignment.feature, first: leaves[0], last: leaves[leaves.length - 1] });
            return;
        }
        if (cst.astNode === node && isCompositeCstNode(cst)) for (const child of cst.content) visit(child);
    };
    if (node.$cstNode && isCompositeCstNode(node.$cstNode)) for (const child of node.$cstNode.content) visit(child);
    return out;
}

describe('SPBE-S02 fast path', () => {
    test('every node of the examples, a generated agency, repeats and hostile inputs: the same assignments and repeats as flattening every value', () => {
        const prefixed = (prefix: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [`${prefix}-${name}`, text]));
        const texts: Record<string, string> = {
            ...prefixed('example', readExample('kota-malang')),
            ...prefixed('generated', (generateWorkspace('small', 5) as { files: Record<string, string> }).files),
            ...hostileTexts(),
            repeats: 'proses P "P" {\n    status rencana\n    pemilik U\n    status aktif\n    /* c */ status dihentikan // x\n    deskripsi "a"\n    deskripsi "b"\n}\n'
                + `aplikasi A "A" {\n${'    status aktif\n    platform "web"\n'.repeat(20)}    khusus\n    khusus\n}\nunit U "U" { status\n status aktif }\n`
                + 'peta-rencana { inisiatif X "X" { tahun 2025 - 2026\n tahun 2026 /* c */ - 2027 // d\n tahun /* e */ 2027 - /* f */\n pelaksana U } }\n',
        };
        // The same CST nodes (identity, not a deep comparison of trees), in the same order.
        type Occurrences = Array<{ feature: string; first: unknown; last: unknown }>;
        const same = (a: Occurrences, b: Occurrences) => a.length === b.length && a.every((o, i) => o.feature === b[i].feature && o.first === b[i].first && o.last === b[i].last);
        const mismatches: string[] = [];
        let nodes = 0, repeats = 0;
        for (const [name, text] of Object.entries(texts)) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/fast/${name.replace(/\.spbe$/, '')}.spbe`));
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const slow = slowSingleValuedAssignments(node);
                const where = `${name}: ${node.$type} at ${node.$cstNode?.offset}`;
                if (!same(singleValuedAssignments(node), slow)) mismatches.push(`${where}: assignments`);
                const grouped = new Map<string, Occurrences>();
                for (const o of slow) grouped.set(o.feature, [...grouped.get(o.feature) ?? [], o]);
                for (const [feature, list] of grouped) if (list.length < 2) grouped.delete(feature);
                const fast = repeatedAssignments(node);
                if (fast.size !== grouped.size || [...grouped].some(([feature, list]) => !same(fast.get(feature) ?? [], list))) mismatches.push(`${where}: repeats`);
                nodes++;
                repeats += fast.size;
            }
        }
        expect(mismatches).toEqual([]);
        expect(nodes).toBeGreaterThan(1000);
        expect(repeats).toBeGreaterThanOrEqual(4);
    }, 60_000);
});
