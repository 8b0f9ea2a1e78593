import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Speed (issue 16): vitest's default is one worker less than there are cores, so on a 2-core machine the
// suite ran one file at a time; and each file in a fresh process re-imported Langium and the sources
// (~1 s of CPU per file). Here every core runs a worker, and test files share their worker's modules
// (isolate: false) except the few that replace modules with vi.mock, which only works on a fresh module
// graph. Sharing is safe because the sources keep no settable module state: the display language, the rule
// settings and the layout engine are injected services (issue 13).
const isolated = [
    'test/cli/output-early.test.ts', // vi.mock('../../src/cli/load.js')
    'test/extension/panel-csp.test.ts', // vi.mock('vscode')
    // Compares a layout of the ELK in this thread with one in a fresh thread, GWT's object ids ($H) and all:
    // the ELK here must be as fresh as the thread's.
    'test/node/thread-layout.test.ts',
];
const common = {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
};

export default defineConfig({
    test: {
        maxWorkers: Math.max(2, availableParallelism()),
        projects: [
            { extends: true, test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'node_modules/**', ...isolated], isolate: false } },
            { extends: true, test: { ...common, name: 'isolated', include: isolated, isolate: true } },
        ],
    },
});
