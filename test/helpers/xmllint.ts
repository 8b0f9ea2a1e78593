// Runs Debian's xmllint (package libxml2-utils) against the ArchiMate 3.1 XSD in test/fixtures, offline.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './services.js';

const XSD_DIR = path.join(ROOT, 'test/fixtures/archimate-xsd');

export function validateArchimate(xml: string): { ok: boolean; output: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-xsd-'));
    const file = path.join(dir, 'model.xml');
    fs.writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', path.join(XSD_DIR, 'archimate3_Diagram.xsd'), file], {
        encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: path.join(XSD_DIR, 'catalog.xml') }
    });
    fs.rmSync(dir, { recursive: true, force: true });
    if (result.error) throw new Error(`xmllint could not run (install libxml2-utils): ${result.error.message}`);
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Evaluates an XPath 1.0 expression with xmllint (namespaces ignored via local-name()). */
export function xpath(xml: string, expr: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spbe-xpath-'));
    const file = path.join(dir, 'model.xml');
    fs.writeFileSync(file, xml);
    try {
        return execFileSync('xmllint', ['--nonet', '--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
