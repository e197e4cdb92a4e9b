/** Shell-style patterns, one per extension or name: `*.cs`, `*.csproj`, `App.config`, `*.exe.config`. */
export declare function readFileGlobs(): string[];
/** The globs as a phrase: `*.cs, *.csproj, App.config and *.exe.config` (or `... or ...`). */
export declare function describeReadFiles(conjunction?: 'and' | 'or'): string;
/**
 * How a suppression comment is written in each language that reads them, for help and messages:
 * `"// ucma-codemod-disable-next-line <id> -- <reason>" in C# files (*.cs) or "<!-- ... -->" in XML files (...)`.
 */
export declare function describeSuppressionComments(): string;
/** The extensions a fixture file may have (`<case>.input.<extension>`): `cs`, `csproj`, `exe.config`. */
export declare function fixtureExtensions(): string[];
/** git pathspecs that select the read files at any depth, case-insensitively (`:(glob,icase)**\/*.cs`). */
export declare function readFilePathspecs(): string[];
/**
 * The `files` regex of the pre-commit framework's hook definitions (Python `re`, searched in the
 * path relative to the repository root): the same names, case-insensitively.
 */
export declare function preCommitFilesPattern(): string;
