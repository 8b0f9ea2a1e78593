// Runs the built CLI (bin/spbe.js) as a child process, in English, and collects what it printed.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { expect, vi } from 'vitest';
import { ROOT } from './services.js';

export const BIN = path.join(ROOT, 'bin', 'spbe.js');

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: string }

export interface CliOptions {
    cwd?: string;
    /** Close the read end of the child's standard output at once, as `| head -0` would. */
    closeStdout?: boolean;
    /** Variables added to the child's environment. */
    env?: Record<string, string>;
    /** The `spbe` script to run (default: the repository's bin/spbe.js). */
    bin?: string;
}

export function spbe(args: string[], options: CliOptions = {}): Promise<CliRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
            cwd: options.cwd ?? ROOT, env: { ...process.env, SPBE_LANG: 'en', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        let err = '';
        if (options.closeStdout) child.stdout.destroy();
        else child.stdout.on('data', (c: Buffer) => out.push(c));
        child.stderr.on('data', (c: Buffer) => { err += c.toString('utf8'); });
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out), stderr: err }));
    });
}

/** Exit 2, exactly one line on stderr matching `message`, no stack trace. */
export function expectUsageError(run: CliRun, message: RegExp): void {
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
}

/**
 * Runs a command's own function (runRender, runExport...: what `spbe` runs after picking the command) in
 * this process, with what it writes to stdout and stderr collected: for tests of what a command draws or
 * writes, where a child process would only add its start-up and a cold ELK. Exit codes, arguments and the
 * streams of the real process stay tested with spbe() above.
 */
export async function inProcess(run: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [], err: string[] = [];
    const collect = (into: string[]) => ((chunk: string | Uint8Array) => { into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')); return true; }) as typeof process.stdout.write;
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(collect(out));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(collect(err));
    const lang = process.env.SPBE_LANG;
    process.env.SPBE_LANG = 'en';   // as spbe() runs the CLI
    try {
        const code = await run();
        return { code, stdout: out.join(''), stderr: err.join('') };
    } finally {
        if (lang === undefined) delete process.env.SPBE_LANG; else process.env.SPBE_LANG = lang;
        stdout.mockRestore();
        stderr.mockRestore();
    }
}
