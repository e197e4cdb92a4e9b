import { UserError } from '../platform/user-error.js';
/** An ignore pattern that can never work: one line, with the file and line (or the option) it came from. */
export declare class IgnorePatternError extends UserError {
    constructor(origin: string, pattern: string, reason: string);
}
/** Splits an ignore file's bytes into pattern lines as git does (BOM, CR LF, comments, trailing spaces). */
export declare function ignoreFileLines(bytes: Uint8Array): {
    line: Buffer;
    number: number;
}[];
export declare class IgnoreRules {
    private readonly sets;
    /**
     * Adds the patterns of an ignore file (its bytes) relative to `base`. `origin` names the file in
     * errors. Throws IgnorePatternError for a pattern that could never match.
     */
    addFile(base: string, bytes: Uint8Array, origin: string): this;
    /** Adds patterns given one per element (config "ignore", --ignore-pattern) relative to `base`. */
    add(base: string, patterns: readonly string[], origin?: string): this;
    private addLines;
    get isEmpty(): boolean;
    /** True when the file at `absolutePath` is ignored by any set. */
    ignores(absolutePath: string): boolean;
}
