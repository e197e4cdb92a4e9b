import { UserError } from '../platform/user-error.js';
/** Thrown for a path that a patch cannot name safely (absolute, leaving the current directory, with a backslash). */
export declare class UnsafePatchPathError extends UserError {
    constructor(path: string);
}
/** Refuses absolute paths and paths with `..` segments or backslashes. */
export declare function assertSafePatchPath(path: string): void;
/** Whether a patch may name `path`. */
export declare function isSafePatchPath(path: string): boolean;
