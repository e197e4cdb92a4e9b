/** Directory names never walked into (compared case-insensitively: Visual Studio trees have Bin/Obj too). */
export declare const SKIPPED_DIRECTORIES: ReadonlySet<string>;
/** A file to process. */
export interface FoundFile {
    readonly absolutePath: string;
    /** Relative to the working directory, forward slashes; may start with `..` for files outside it. */
    readonly displayPath: string;
}
/** A path passed over, with the reason shown to the user. */
export interface PassedOverPath {
    readonly displayPath: string;
    readonly reason: string;
}
export interface Discovery {
    readonly files: FoundFile[];
    /** Passed over on purpose (symlinks, walked or named, and paths through them; explicit non-.cs files). */
    readonly skipped: PassedOverPath[];
    /** Could not be read (missing, unreadable); these make the run exit 2. */
    readonly errors: PassedOverPath[];
}
/** Displays `absolutePath` relative to `cwd` with forward slashes. */
export declare function toDisplayPath(absolutePath: string, cwd: string): string;
/** Expands `paths` (files or directories, relative to `cwd`) into a sorted, de-duplicated file list. */
export declare function discoverFiles(paths: readonly string[], cwd: string): Promise<Discovery>;
/** Orders strings by code point, independent of locale. */
export declare function compareCodePoints(a: string, b: string): number;
