// Every UI string of the extension has its Indonesian translation: the manifest's %keys% in both
// package.nls files, and every vscode.l10n.t(...) message in l10n/bundle.l10n.id.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
    });
}

describe('extension localisation', () => {
    test('every %key% of package.json is in package.nls.json and package.nls.id.json', () => {
        const keys = [...readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
        expect(keys.length).toBeGreaterThan(5);
        const en = json('package.nls.json'), id = json('package.nls.id.json');
        for (const key of keys) {
            expect(en[key], `package.nls.json: ${key}`).toBeTypeOf('string');
            expect(id[key], `package.nls.id.json: ${key}`).toBeTypeOf('string');
        }
        expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    });

    test('every vscode.l10n.t message has an Indonesian translation with the same placeholders', () => {
        const bundle = json('l10n/bundle.l10n.id.json');
        const messages = new Set<string>();
        for (const file of sourceFiles(path.join(ROOT, 'src/extension'))) {
            for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:l10n|l)\.t\('((?:[^'\\]|\\.)*)'/g)) messages.add(m[1].replace(/\\'/g, "'"));
        }
        expect(messages.size).toBeGreaterThan(20);
        const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
        for (const message of messages) {
            const translation = bundle[message];
            expect(translation, `missing Indonesian for "${message}"`).toBeTypeOf('string');
            expect(placeholders(translation as string), message).toEqual(placeholders(message));
        }
        expect(Object.keys(bundle).filter(k => !messages.has(k)), 'unused translations').toEqual([]);
    });
});
