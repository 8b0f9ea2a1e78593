// The folders of src/ are the layers of the design (README, "How the code is laid out"): no folder imports
// from one above it, no folder loops, and Langium, Node and VS Code stay in the folders that may use them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/services.js';
import { checkLayers, folderCycles, importsOf, LAYERS, nodeImportsReachedFrom, type SourceFile } from './layers.js';

function sources(dir: string): SourceFile[] {
    return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) return sources(rel);
        return entry.name.endsWith('.ts') ? [{ path: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') }] : [];
    });
}

describe('the layers of src/', () => {
    const files = sources('src');

    test('every import of src/ follows the layers', () => {
        expect(files.length).toBeGreaterThan(100);
        expect(checkLayers(files).violations).toEqual([]);
    });

    test('no folder loops, and every folder of src/ is a layer', () => {
        const { graph } = checkLayers(files);
        expect(folderCycles(graph)).toEqual([]);
        const folders = fs.readdirSync(path.join(ROOT, 'src'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name);
        expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
        // The table itself has no loop either.
        const table = new Map(Object.entries(LAYERS).map(([folder, below]) => [folder, new Set(below)]));
        expect(folderCycles(table)).toEqual([]);
    });
});

describe('the web bundles', () => {
    const files = sources('src');

    // scripts/bundle.mjs builds them for the browser: the language server's web worker and the web extension.
    test.each(['src/server/web-worker.ts', 'src/extension/browser.ts'])('nothing %s reaches imports a Node module', entry => {
        expect(files.some(f => f.path === entry)).toBe(true);
        expect(nodeImportsReachedFrom(entry, files)).toEqual([]);
    });

    test('the check follows imports across folders and names the way to a Node module', () => {
        const found = nodeImportsReachedFrom('src/server/worker.ts', [
            { path: 'src/server/worker.ts', text: "import { start } from './start.js';" },
            { path: 'src/server/start.ts', text: "import { x } from './x.js';\nimport { NodeFileSystem } from 'langium/node';" },
            { path: 'src/server/x.ts', text: "import * as fs from 'node:fs';\nimport { y } from './start.js';" },
            { path: 'src/server/main.ts', text: "import * as path from 'node:path';" },
        ]);
        expect(found.sort()).toEqual([
            "src/server/start.ts imports 'langium/node' (src/server/worker.ts -> src/server/start.ts)",
            "src/server/x.ts imports 'node:fs' (src/server/worker.ts -> src/server/start.ts -> src/server/x.ts)",
        ]);
    });
});

describe('the checker', () => {
    test('sees every kind of import', () => {
        const text = [
            "import { a } from './a.js';", "import type { B } from '../b/b.js';", "export { c } from './c.js';",
            "export * from './d.js';", "const e = await import('./e.js');", "type F = typeof import('./f.js');", "import './g.js';",
        ].join('\n');
        expect(importsOf(text).sort()).toEqual(['../b/b.js', './a.js', './c.js', './d.js', './e.js', './f.js', './g.js']);
    });

    test('reports an upward import, a package out of its folders, and a folder loop', () => {
        const check = checkLayers([
            { path: 'src/model/build.ts', text: "import type { Thing } from '../server/thing.js';" },
            { path: 'src/server/thing.ts', text: "import { build } from '../model/build.js';\nexport type Thing = string;" },
            { path: 'src/diagram/draw.ts', text: "import { URI } from 'langium';\nconst fs = await import('node:fs');" },
            { path: 'src/webview/main.ts', text: "import { t } from '../common/i18n.js';\nimport { x } from '../extension/x.js';" },
            { path: 'src/common/i18n.ts', text: '' },
        ]);
        expect(check.violations).toEqual([
            'src/model/build.ts imports src/server/thing.ts (model may not depend on server)',
            "src/diagram/draw.ts imports 'langium' (Langium and the LSP libraries only in language, model, node, server, cli)",
            "src/diagram/draw.ts imports 'node:fs' (Node's built-in modules only in node, server, cli, extension)",
            'src/webview/main.ts imports src/extension/x.ts (webview may not depend on extension)',
        ]);
        expect(folderCycles(check.graph)).toEqual([['model', 'server', 'model']]);
    });

    test('a folder that is not in the table is reported', () => {
        expect(checkLayers([{ path: 'src/workspace/build.ts', text: '' }]).violations)
            .toEqual(['src/workspace/build.ts is in src/workspace/, which is not a layer: add it to LAYERS']);
    });
});
