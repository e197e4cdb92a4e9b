import { type MigrationTarget } from '../platform/migration-target.js';
import { type ReportedDiagnostic, type ReportedEdit, type RunResult } from '../run/run-result.js';
import type { RunCommand, Verdict } from '../run/exit-code.js';
import type { Severity } from '../engine/transform.js';
import type { Palette } from '../terminal/colors.js';
import { type FixHintContext } from './fix-hint.js';
/** `path:line:col: severity: message [origin]` */
export declare function formatDiagnostic(path: string, diagnostic: ReportedDiagnostic, palette: Palette): string;
/**
 * The edits of a file that say what they do, one per change: a change made of several edits on one
 * line with the same message (a call wrapped in `new X(` ... `)`) is named once, where it starts.
 */
export declare function describedEdits(edits: readonly ReportedEdit[]): ReportedEdit[];
/** A needed change in words, as its annotation says it: `Needs change: <message>`, or `Can change` for an info. */
export declare function describeNeededChange(edit: ReportedEdit, what: string): string;
/** What the summary calls the changed files, per command. */
declare const CHANGED_WORDS: {
    readonly diff: readonly ["file to change", "files to change"];
    readonly apply: readonly ["file changed", "files changed"];
    readonly check: readonly ["file needs changes", "files need changes"];
    readonly review: readonly ["file changed", "files changed"];
    readonly report: readonly ["file to change", "files to change"];
    readonly plan: readonly ["file to change", "files to change"];
};
/** What the text report shows besides the result. */
export interface TextReportOptions {
    /** Run time, for the summary. */
    readonly seconds?: number;
    /** For check's line on how to make the changes. */
    readonly hint?: FixHintContext;
    /** The mildest severity shown (`--diagnostic-level`); milder findings are counted, not listed. Default: info. */
    readonly level?: Severity;
    /** The declared migration target the findings were judged against, named when declared. */
    readonly migrationTarget?: MigrationTarget | undefined;
}
/** All problem lines, then the summary line. Ends with a newline. */
export declare function formatTextReport(command: keyof typeof CHANGED_WORDS, result: RunResult, palette: Palette, options?: TextReportOptions): string;
export declare function quoteForShell(path: string): string;
/**
 * The stderr report of -q: errors only (failed files, error diagnostics), and when the run does
 * not exit 0 for another reason, one line that says why, so -q never fails in silence.
 */
export declare function formatQuietReport(command: RunCommand, result: RunResult, verdict: Verdict, palette: Palette): string;
export {};
