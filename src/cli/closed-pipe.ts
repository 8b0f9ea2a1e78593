// `spbe check M | head -1`: the reader closes the pipe while the CLI still writes. Node ignores SIGPIPE,
// so the write fails with EPIPE, which would surface as an unhandled 'error' event and a stack trace.
// The CLI ends instead, quietly, with exit code 141 (128 + SIGPIPE), what a shell reports for a Unix
// tool the closed pipe stopped; `set -o pipefail` scripts see the output was cut short, as with `cat`.
// Any other failure of the standard streams (a full disk under `> file`) is one line and exit code 2.
import { describeFsError } from './errors.js';

export const CLOSED_PIPE_EXIT = 141;

let installed = false;

export function endQuietlyOnClosedPipe(): void {
    if (installed) return;
    installed = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT);
        try { process.stderr.write(`spbe: cannot write to standard output (${describeFsError(err)})\n`); } catch { /* nowhere left to say it */ }
        process.exit(2);
    });
    // stderr has nowhere to report its own failure; a closed one (`2>&1 | head`) ends the run like stdout.
    process.stderr.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? CLOSED_PIPE_EXIT : 2));
}
