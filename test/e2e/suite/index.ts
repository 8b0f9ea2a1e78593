// The Mocha entry both runners load into VS Code's extension host (`extensionTestsPath`):
// @vscode/test-electron (npm run test:vscode) and code-server + Chromium (npm run test:e2e).
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
    const grep = process.env.SPBE_E2E_GREP;
    if (grep) mocha.grep(grep);
    for (const file of readdirSync(__dirname).filter(f => f.endsWith('.test.cjs')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    return new Promise((resolve, reject) => {
        mocha.run(failures => failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve());
    });
}
