// Severity control: workspace overrides (spbe.json), the editor setting `spbe.rules`, and `abaikan`.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SpbeServices } from '../../../src/language/spbe-module.js';
import { createTestServices } from '../../helpers/services.js';
import { findings } from './rule-helpers.js';

let services: SpbeServices;

beforeAll(async () => {
    services = await createTestServices();
});

afterEach(() => {
    services.validation.RuleSettings.setWorkspaceOverrides({});
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { spbe: {} } });
});

describe('severity overrides', () => {
    test('a workspace override changes the severity or switches the rule off', async () => {
        services.validation.RuleSettings.setWorkspaceOverrides({ 'SPBE-T06': 'error' });
        expect((await findings(services, 'proses P "P"', 'SPBE-T06')).map(f => f.diagnostic.severity)).toEqual([DiagnosticSeverity.Error]);
        services.validation.RuleSettings.setWorkspaceOverrides({ 'SPBE-T06': 'off' });
        expect(await findings(services, 'proses P "P"', 'SPBE-T06')).toEqual([]);
    });

    test('the editor setting spbe.rules wins over the workspace file', async () => {
        services.validation.RuleSettings.setWorkspaceOverrides({ 'SPBE-T06': 'error' });
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { spbe: { rules: { 'SPBE-T06': 'hint' } } } });
        expect((await findings(services, 'proses P "P"', 'SPBE-T06')).map(f => f.diagnostic.severity)).toEqual([DiagnosticSeverity.Hint]);
    });

    test('invalid entries in the editor setting are ignored', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { spbe: { rules: { 'SPBE-T06': 'loud', 'SPBE-X99': 'off' } } } });
        expect((await findings(services, 'proses P "P"', 'SPBE-T06')).map(f => f.diagnostic.severity)).toEqual([DiagnosticSeverity.Warning]);
    });
});

describe('acknowledgements (abaikan)', () => {
    test('an acknowledged finding becomes information carrying its justification', async () => {
        const [f] = await findings(services, 'proses P "P" { abaikan SPBE-T06 "Dipakai tahun depan" }', 'SPBE-T06');
        expect(f.diagnostic.severity).toBe(DiagnosticSeverity.Information);
        expect(f.diagnostic.message).toBe('[acknowledged: Dipakai tahun depan] Nothing refers to P: no service, process, application, security element or initiative uses it.');
        expect((f.diagnostic.data as { acknowledged?: string }).acknowledged).toBe('Dipakai tahun depan');
    });

    test('an acknowledgement of another rule changes nothing', async () => {
        const [f] = await findings(services, 'proses P "P" { abaikan SPBE-T01 "x" }', 'SPBE-T06');
        expect(f.diagnostic.severity).toBe(DiagnosticSeverity.Warning);
    });

    test('an initiative acknowledges findings inside it', async () => {
        const [f] = await findings(services, 'peta-rencana { inisiatif X "X" { muatan layanan abaikan SPBE-P07 "Pelaksana ditetapkan 2025" } }', 'SPBE-P07');
        expect(f.diagnostic.severity).toBe(DiagnosticSeverity.Information);
    });

    test('the instansi acknowledges workspace-wide findings such as muatan coverage', async () => {
        const [f] = await findings(services, 'instansi I "I" { abaikan SPBE-P06 "Audit TIK oleh provinsi" }\npeta-rencana R { inisiatif X "X" { muatan layanan } }', 'SPBE-P06');
        expect(f.diagnostic.severity).toBe(DiagnosticSeverity.Information);
        expect(f.diagnostic.message).toMatch(/^\[acknowledged: Audit TIK oleh provinsi\] The roadmap does not cover/);
    });
});

describe('editor setting changes', () => {
    test('changing spbe.rules re-validates the workspace with the new severities', async () => {
        const { watchRuleSettings } = await import('../../../src/language/validation/revalidate.js');
        const own = await createTestServices();
        watchRuleSettings(own);
        const [before] = await findings(own, 'proses P "P"', 'SPBE-T06');
        expect(before.diagnostic.severity).toBe(DiagnosticSeverity.Warning);
        own.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { spbe: { rules: { 'SPBE-T06': 'error' } } } });
        await own.shared.workspace.WorkspaceLock.read(async () => { /* waits for the re-validation (a write) to finish */ });
        const doc = own.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'file')!;
        expect(doc.diagnostics?.filter(d => d.code === 'SPBE-T06').map(d => d.severity)).toEqual([DiagnosticSeverity.Error]);
    });
});

describe('acknowledgements in the semantic model', () => {
    test('a finding carries its acknowledgement into the model', async () => {
        const { buildFiles } = await import('../../helpers/services.js');
        const ws = await buildFiles(services, { 'model.spbe': 'proses P "P" { abaikan SPBE-T06 "Baru" }' });
        expect(ws.model.findings.filter(f => f.code === 'SPBE-T06').map(f => [f.severity, f.acknowledged, f.subject])).toEqual([['info', 'Baru', 'P']]);
    });
});

describe('findings that depend on other files', () => {
    test('a reference added in one file clears "nothing refers to" in another', async () => {
        const { watchWorkspaceFacts } = await import('../../../src/language/validation/revalidate.js');
        const { URI } = await import('langium');
        const own = await createTestServices();
        watchWorkspaceFacts(own);
        const found = await findings(own, { 'a.spbe': 'aplikasi A "A" { khusus }', 'b.spbe': 'layanan L "L"' }, 'SPBE-T06');
        expect(found.map(f => [f.file, f.text])).toEqual([['a.spbe', 'A']]);
        // Edit b.spbe only (as the editor does: the changed document is rebuilt, a.spbe is not relinked).
        const workspace = own.shared.workspace;
        const bUri = workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/b.spbe'))!.uri;
        await workspace.DocumentBuilder.update([], [bUri]);
        const b = workspace.LangiumDocumentFactory.fromString('layanan L "L" { melalui A }', URI.parse(bUri.toString()));
        workspace.LangiumDocuments.addDocument(b);
        await workspace.DocumentBuilder.build([b], { validation: true });
        await new Promise(resolve => setTimeout(resolve, 10));
        await workspace.WorkspaceLock.read(async () => { /* waits for the re-validation */ });
        const a = workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('/a.spbe'))!;
        expect(a.diagnostics?.filter(d => d.code === 'SPBE-T06')).toEqual([]);
    });
});
