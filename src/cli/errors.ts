/** A problem with how the CLI was called or with its files: reported in one line, exit code 2. */
export class UsageError extends Error {}
