// Writes a file whole or not at all: a temporary file beside the target, then a rename over it.
import * as vscode from 'vscode';

export async function writeFileAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
    const temp = target.with({ path: `${target.path}.${process.pid}.${Date.now()}.tmp` });
    await vscode.workspace.fs.writeFile(temp, bytes);
    try {
        await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (err) {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        throw err;
    }
}
