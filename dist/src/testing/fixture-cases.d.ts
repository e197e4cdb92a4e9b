import type { Severity } from '../engine/transform.js';
/** An expected diagnostic: severity, 1-based line, optional column and message fragment. */
export interface ExpectedDiagnostic {
    readonly severity: Severity;
    readonly line: number;
    readonly column?: number;
    readonly messageIncludes?: string;
}
/** One fixture case. `expected` equals `input` when the case has no output file. */
export interface FixtureCase {
    readonly name: string;
    /** The extension after `.input.`: `cs`, `csproj`, `exe.config`; the case runs as `<name>.<extension>`. */
    readonly extension: string;
    readonly inputPath: string;
    readonly input: Buffer;
    readonly expected: Buffer;
    readonly expectsChange: boolean;
    /** Undefined: the case must report no errors or warnings (info is allowed). */
    readonly diagnostics: ExpectedDiagnostic[] | undefined;
    /** `<case>.beside.csproj`, when present: the project file the transform sees beside a config file. */
    readonly projectBeside: Buffer | undefined;
}
/** Every case in `directory`, sorted by name. Throws when the folder has no cases. */
export declare function readFixtureCases(directory: string): FixtureCase[];
/**
 * One diagnostic per line: `<severity> <line>[:<column>] [message fragment]`, e.g.
 * `warning 14:17 not a simple variable`. Blank lines and lines starting with # are ignored.
 */
export declare function parseExpectedDiagnostics(text: string, source?: string): ExpectedDiagnostic[];
