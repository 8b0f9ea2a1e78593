// The generated national reference as the text of a read-only built-in document that lives beside the
// workspace's own files (language/builtin-document.ts makes it a Langium document), so reference codes,
// Aplikasi Umum and index rule sets are ordinary link targets.
import { BUILTIN_SCHEME } from '../common/protocol.js';
import { BUILTIN_LIBRARY_TEXT } from './generated/builtin-library.js';

export { BUILTIN_SCHEME } from '../common/protocol.js';
export const BUILTIN_LIBRARY_URI_TEXT = `${BUILTIN_SCHEME}:///referensi-nasional.spbe`;
export const DEFAULT_REFERENCE_SET = 'perpres-132-2022';

/** Whether a URI (or its string) names a built-in document. */
export function isBuiltinUri(uri: { scheme: string } | string): boolean {
    return (typeof uri === 'string' ? uri : uri.scheme + ':').startsWith(BUILTIN_SCHEME + ':');
}

export function builtinLibraryText(): string {
    return BUILTIN_LIBRARY_TEXT;
}
