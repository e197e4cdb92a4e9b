// Which paths a patch may name: relative, below the current directory, no backslashes. Decided
// once in the run, so every output format and the exit status agree.
import { UserError } from '../platform/user-error.js';
/** Thrown for a path that a patch cannot name safely (absolute, leaving the current directory, with a backslash). */
export class UnsafePatchPathError extends UserError {
    constructor(path) {
        super({
            path,
            reason: path.includes('\\') && !path.split('/').includes('..')
                ? 'has a backslash in its name, which patches cannot name portably (git and patch read it as a separator); rename it or use apply.'
                : 'is outside the current directory; a patch may only name paths below it. Run from a directory that contains the file.',
        });
    }
}
/** Refuses absolute paths and paths with `..` segments or backslashes. */
export function assertSafePatchPath(path) {
    if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || path.split('/').includes('..')) {
        throw new UnsafePatchPathError(path);
    }
}
/** Whether a patch may name `path`. */
export function isSafePatchPath(path) {
    try {
        assertSafePatchPath(path);
        return true;
    }
    catch (thrown) {
        if (thrown instanceof UnsafePatchPathError)
            return false;
        throw thrown;
    }
}
