import type { FileLocation } from '../platform/no-follow.js';
import type { OwnedEdit } from '../engine/edits.js';
import type { LineColumn } from '../engine/line-index.js';
import type { SourceText } from '../engine/source-text.js';
import type { Severity } from '../engine/transform.js';
export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';
/** A place in a file: offset into the decoded text, 1-based line and column. */
export interface ReportedPosition extends LineColumn {
    readonly offset: number;
}
export interface ReportedDiagnostic {
    /** The transform id, or `engine`. */
    readonly origin: string;
    /** The transform's rule id, for transforms made of several rules. */
    readonly rule?: string;
    readonly severity: Severity;
    readonly message: string;
    readonly start: ReportedPosition;
    readonly end: ReportedPosition;
    /** How the transform proved it, when it says (reports, editors' hovers). */
    readonly evidence?: string;
}
/** One edit of a file, with its place and text; the only record of a file's edits. */
export interface ReportedEdit {
    readonly transform: string;
    /** The transform's rule id, for transforms made of several rules. */
    readonly rule?: string;
    readonly start: ReportedPosition;
    readonly end: ReportedPosition;
    readonly oldText: string;
    readonly newText: string;
    /** How the transform proved the change is needed, when it says (reports, editors' hovers). */
    readonly evidence?: string;
}
/** What a changed file carries for patches and writes. */
export interface FileChange {
    readonly source: SourceText;
    readonly originalBytes: Buffer;
    /** The text with every edit applied (already through the engine's guards). */
    readonly newText: string;
    /** git mode: `100755` when executable, else `100644`. */
    readonly mode: string;
    /** Where the bytes were read on disk (the write checks the folders are still those). */
    readonly location?: FileLocation;
}
export interface FileResult {
    /** Relative to the working directory, forward slashes. */
    readonly path: string;
    /** Where the file is on disk; undefined for content that is not a file (the git index). */
    readonly absolutePath: string | undefined;
    readonly status: FileStatus;
    /** Why a file was skipped or failed, when no diagnostic says it. */
    readonly reason?: string;
    readonly diagnostics: readonly ReportedDiagnostic[];
    /** The edits that make (or, when written, made) the change, in file order. */
    readonly edits: readonly ReportedEdit[];
    /** Edits a person declined in review: still needed, not written. */
    readonly declined: readonly ReportedEdit[];
    readonly written: boolean;
    readonly change?: FileChange;
}
export interface RunResult {
    readonly files: readonly FileResult[];
    /** Temp files of killed earlier runs that this run removed. */
    readonly removedTempFiles: readonly string[];
}
export interface RunTotals {
    readonly changed: number;
    readonly unchanged: number;
    readonly skipped: number;
    readonly failed: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}
/** Counts files by status and diagnostics by severity. */
export declare function totalsOf(result: Pick<RunResult, 'files'>): RunTotals;
/** A file's edits in the engine's form, for patches and writes. */
export declare function ownedEdits(edits: readonly ReportedEdit[]): OwnedEdit[];
/** A file result with nothing in it yet. */
export declare function fileResult(fields: Pick<FileResult, 'path' | 'absolutePath' | 'status'> & Partial<FileResult>): FileResult;
