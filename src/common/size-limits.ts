// The size limits of a model file, on their own (no imports) so the CLI can apply them before it loads
// the language layer. document-limits.ts applies them in the language server and the CLI alike.

/** Largest file (in UTF-16 code units, about bytes for Latin text) that is parsed: 1 MiB (some 25,000 lines). */
export const MAX_MODEL_CHARS = 1024 * 1024;

/**
 * A file on disk larger than this (in bytes) is over MAX_MODEL_CHARS whatever it holds, so it is not even
 * read: UTF-8 takes at most three bytes per UTF-16 code unit. (A file of 1-3 MiB may still be under the
 * limit, e.g. CJK text; it is read and its length decides.)
 */
export const MAX_MODEL_FILE_BYTES = 3 * MAX_MODEL_CHARS;
