// Loads the .spbe files under command-line paths into one built workspace.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSpbeServices, type SpbeServices } from '../language/spbe-module.js';
import { buildWorkspace, type BuiltWorkspace } from '../workspace/build-workspace.js';
import { collectSpbeFiles } from './files.js';
import { UsageError } from './errors.js';
import { loadConfig } from './config.js';

export interface LoadedWorkspace extends BuiltWorkspace {
    services: SpbeServices;
    files: string[];
    /** The spbe.json whose rule settings were applied, if any. */
    configFile?: string;
}

export async function loadWorkspace(paths: string[]): Promise<LoadedWorkspace> {
    const files = await collectSpbeFiles(paths);
    const sources = [];
    for (const file of files) {
        let bytes: Buffer;
        try {
            bytes = await fs.readFile(file);
        } catch (err) {
            throw new UsageError(`${path.relative(process.cwd(), file) || file}: cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
        }
        if (bytes.includes(0)) throw new UsageError(`${path.relative(process.cwd(), file) || file}: binary file, not a .spbe text model`);
        sources.push({ uri: URI.file(file).toString(), text: bytes.toString('utf8') });
    }
    const config = await loadConfig(paths);
    const { Spbe } = createSpbeServices(NodeFileSystem);
    Spbe.validation.RuleSettings.setWorkspaceOverrides(config.rules);
    const built = await buildWorkspace(Spbe, sources);
    return { ...built, services: Spbe, files, configFile: config.file };
}
