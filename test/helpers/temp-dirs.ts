// Temporary folders for tests that write files: each file's folders are removed after its tests, so a run of
// the suite leaves nothing behind in the system's temp folder (it used to leave hundreds).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';

/** Returns a `tempDir(prefix?)` factory whose folders are removed after the calling test file's tests. */
export function tempDirs(prefix: string): () => string {
    const made: string[] = [];
    afterAll(() => { for (const dir of made) fs.rmSync(dir, { recursive: true, force: true }); });
    return () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
        made.push(dir);
        return dir;
    };
}
