// `npm run test:vscode`: the same end-to-end suites in VS Code desktop, downloaded by @vscode/test-electron
// (needs access to Microsoft's download server, so it cannot run on the offline CI machine; there,
// `npm run test:e2e` runs them in code-server instead).
import { rmSync } from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { bundleSuites, makeWorkspace } from './prepare.mjs';
import { ROOT } from './tools.mjs';

const testsPath = bundleSuites();
const workspace = makeWorkspace();
try {
    await runTests({
        version: process.env.SPBE_VSCODE_VERSION ?? '1.100.3',
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: testsPath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
    });
} catch (err) {
    console.error(`test:vscode: ${err?.message ?? err}`);
    process.exitCode = 1;
} finally {
    rmSync(workspace, { recursive: true, force: true });
}
