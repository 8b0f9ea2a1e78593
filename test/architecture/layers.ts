// The layers of src/ and a checker of every import against them (used by layers.test.ts). A folder may
// import from itself and from the folders listed for it, nothing else; some packages are kept to the
// folders that may use them (Langium stays out of diagram/, export/ and index/; Node's built-in modules out
// of the layers that must also run in a browser); and what the web bundles reach must not need Node.
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';

/** Each folder of src/ and the folders it may import from, lowest layer first. */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
    common: [],
    reference: ['common'],
    language: ['common', 'reference'],
    model: ['common', 'reference', 'language'],
    node: ['common', 'reference', 'language'],
    diagram: ['common', 'reference', 'model'],
    index: ['common', 'reference', 'model'],
    export: ['common', 'reference', 'model', 'diagram', 'index'],
    // Bringing an architecture in (ArchiMate, CSV, XLSX -> .spbe text), and the diff of two versions' models.
    import: ['common', 'reference', 'model'],
    diff: ['common', 'reference', 'model'],
    server: ['common', 'reference', 'language', 'model', 'node', 'diagram', 'index', 'export', 'diff'],
    cli: ['common', 'reference', 'language', 'model', 'node', 'diagram', 'index', 'export', 'import', 'diff'],
    extension: ['common'],
    webview: ['common'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

/** Packages only some folders may import: [what it is, test of the specifier, the folders allowed]. */
export const PACKAGE_RULES: readonly { name: string; matches(specifier: string): boolean; folders: readonly string[] }[] = [
    { name: 'Langium and the LSP libraries', matches: s => /^(langium|vscode-languageserver|vscode-jsonrpc)(\/|$|-)/.test(s), folders: ['language', 'model', 'node', 'server', 'cli'] },
    { name: "Node's built-in modules", matches: s => NODE_BUILTINS.has(s), folders: ['node', 'server', 'cli', 'extension'] },
    { name: 'the VS Code API', matches: s => s === 'vscode' || s.startsWith('vscode-languageclient'), folders: ['extension'] },
];

export interface SourceFile { path: string; text: string }

/** The specifiers a file imports: static and dynamic imports, `import type`, `export ... from`, require. */
export function importsOf(text: string): string[] {
    return ts.preProcessFile(text, true, true).importedFiles.map(f => f.fileName);
}

/** The src folder of a path such as src/model/types.ts (undefined outside src/). */
export function folderOf(file: string): string | undefined {
    const parts = file.split('/');
    return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

function resolve(from: string, specifier: string): string {
    return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
}

export interface Check {
    violations: string[];
    /** Folder -> the folders it imports from (other than itself). */
    graph: Map<string, Set<string>>;
}

/** Checks every import of `files` (paths relative to the repository, with forward slashes) against the layers. */
export function checkLayers(files: readonly SourceFile[], layers = LAYERS, packageRules = PACKAGE_RULES): Check {
    const violations: string[] = [];
    const graph = new Map<string, Set<string>>();
    for (const file of files) {
        const from = folderOf(file.path);
        if (!from) continue;
        if (!(from in layers)) {
            violations.push(`${file.path} is in src/${from}/, which is not a layer: add it to LAYERS`);
            continue;
        }
        for (const specifier of importsOf(file.text)) {
            if (specifier.startsWith('.')) {
                const target = resolve(file.path, specifier);
                const to = folderOf(target);
                if (to === from) continue;
                if (!to) { violations.push(`${file.path} imports ${target} (outside src/)`); continue; }
                if (!graph.has(from)) graph.set(from, new Set());
                graph.get(from)!.add(to);
                if (!layers[from].includes(to)) violations.push(`${file.path} imports ${target} (${from} may not depend on ${to})`);
            } else {
                for (const rule of packageRules) {
                    if (rule.matches(specifier) && !rule.folders.includes(from)) {
                        violations.push(`${file.path} imports '${specifier}' (${rule.name} only in ${rule.folders.join(', ')})`);
                    }
                }
            }
        }
    }
    return { violations, graph };
}

/** Node's built-in modules, and the Node-only entry points of packages that also have a browser one. */
export function needsNode(specifier: string): boolean {
    return NODE_BUILTINS.has(specifier) || /^(langium|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)\/node(\.js)?$/.test(specifier);
}

/**
 * What a browser bundle would take from Node: each import of a Node module (see needsNode) by a file that
 * `entry` reaches through relative imports, as "file imports 'specifier' (entry -> ... -> file)".
 */
export function nodeImportsReachedFrom(entry: string, files: readonly SourceFile[]): string[] {
    const byPath = new Map(files.map(f => [f.path, f]));
    const via = new Map<string, string[]>([[entry, [entry]]]);
    const queue = [entry];
    const found: string[] = [];
    while (queue.length) {
        const file = byPath.get(queue.shift()!);
        if (!file) continue;
        for (const specifier of importsOf(file.text)) {
            if (!specifier.startsWith('.')) {
                if (needsNode(specifier)) found.push(`${file.path} imports '${specifier}' (${via.get(file.path)!.join(' -> ')})`);
                continue;
            }
            const target = resolve(file.path, specifier);
            if (via.has(target)) continue;
            via.set(target, [...via.get(file.path)!, target]);
            queue.push(target);
        }
    }
    return found;
}

/** Every cycle among folders (each as the folders on it, first repeated at the end), by depth-first search. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
    const cycles: string[][] = [];
    const state = new Map<string, 'active' | 'done'>();
    const stack: string[] = [];
    const visit = (folder: string) => {
        state.set(folder, 'active');
        stack.push(folder);
        for (const next of [...(graph.get(folder) ?? [])].sort()) {
            if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
            else if (!state.has(next)) visit(next);
        }
        stack.pop();
        state.set(folder, 'done');
    };
    for (const folder of [...graph.keys()].sort()) if (!state.has(folder)) visit(folder);
    return cycles;
}
