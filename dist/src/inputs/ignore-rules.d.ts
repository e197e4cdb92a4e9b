/** A glob (without `!` or a trailing `/`) as an anchored regular expression over a relative path. */
export declare function globToRegExp(glob: string, anchored: boolean): RegExp;
export declare class IgnoreRules {
    private readonly sets;
    /** Adds patterns (one per element, or the lines of an ignore file) relative to `base`. */
    add(base: string, patterns: readonly string[]): this;
    get isEmpty(): boolean;
    /** True when the file at `absolutePath` is ignored by any set. */
    ignores(absolutePath: string): boolean;
}
