/** Why a pattern can never match anything, as git would silently have it. */
export declare class GlobSyntaxError extends Error {
    readonly reason: string;
    constructor(reason: string);
}
/** A compiled pattern; `matches` never backtracks. */
export declare class Wildmatch {
    private readonly kinds;
    private readonly values;
    private readonly sets;
    private readonly marks;
    private generation;
    private readonly current;
    private readonly following;
    private readonly pending;
    /**
     * Compiles `pattern` (UTF-8 bytes). With `pathname`, `*`, `?` and sets never match `/` (how git
     * matches a pattern with a slash against a path). Throws GlobSyntaxError for a pattern git would
     * never match: an unclosed `[`, an unknown `[:class:]`, a `\` at the very end.
     */
    constructor(pattern: Uint8Array, pathname: boolean);
    /** True when the whole of `text[from, to)` matches. */
    matches(text: Uint8Array, from?: number, to?: number): boolean;
    private nextGeneration;
    /** Adds `start` and the states reached from it without a byte to `list`; returns the new length. */
    private addState;
}
/** Length of the part before the first `*`, `?`, `[` or `\` (git's simple_length). */
export declare function literalPrefixLength(pattern: Uint8Array): number;
