// Writes a file whole or not at all: a temporary file beside the target, then a rename over it.
import * as vscode from 'vscode';

export async function writeFileAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
    // A name no other writer picks (no process id on the web: the extension may run in a browser).
    const temp = target.with({ path: `${target.path}.${Date.now()}.${Math.random().toString(36).slice(2, 10)}.tmp` });
    await vscode.workspace.fs.writeFile(temp, bytes);
    try {
        await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (err) {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        throw err;
    }
}
