// `npm run test:vsix`: installs the packaged spbe-architect.vsix into code-server like a user would and runs
// the driven UI test against it (panel, toolbar, click-to-reveal, reload), proving the VSIX works with
// only its bundles. `npm run package` builds the VSIX first.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ensureTools, ROOT } from './tools.mjs';
import { runUiTest } from './ui-screenshot.mjs';
import { watchdog } from './code-server.mjs';

const vsix = path.join(ROOT, 'spbe-architect.vsix');
if (!existsSync(vsix)) {
    console.error('test:vsix: no spbe-architect.vsix; run `npm run package` first');
    process.exit(1);
}
ensureTools();
watchdog(15, 'test:vsix');
process.exit(await runUiTest({ vsix, output: path.join(ROOT, 'out-e2e/vsix.png') }));
