// The result of a run: one immutable record per file, built once by the run. Every output format,
// the summary and the exit status read this record and never change it; totals are derived.
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

/**
 * A finding's identity across runs (see run/fingerprint): what a baseline entry and SARIF's
 * partialFingerprints hold. Line numbers take no part in it.
 */
export interface FindingFingerprint {
  /** 16 hex digits: a hash of the rule, the project-relative path, the enclosing member, the normalised node text and the occurrence index. */
  readonly hash: string;
  /** The file's path relative to the project root (the config file's folder, else the git work tree's top, else the working directory). */
  readonly path: string;
  /** The enclosing member (`Sample.Application.GetApplication(string)`; XML: `Project/ItemGroup`). */
  readonly member: string;
  /** The start of the node's normalised text, for people reading a baseline. */
  readonly snippet: string;
}

export interface ReportedDiagnostic {
  /** The transform id, or `engine`. */
  readonly origin: string;
  /** The transform's rule id, for transforms made of several rules. */
  readonly rule?: string;
  /** The final severity: the rule's configured one where the config sets it. */
  readonly severity: Severity;
  readonly message: string;
  readonly start: ReportedPosition;
  readonly end: ReportedPosition;
  /** How the transform proved it, when it says (reports, editors' hovers). */
  readonly evidence?: string;
  /** Set by the run on every finding. */
  readonly fingerprint?: FindingFingerprint;
}

/** A finding a person has acknowledged: kept out of the exit status, the text report and the counts, and kept for reports. */
export interface AcknowledgedDiagnostic extends ReportedDiagnostic {
  /** `suppressed`: by a suppression comment in the file (its reason in `reason`); `baseline`: listed in the `--baseline` file. */
  readonly state: 'suppressed' | 'baseline';
  /** The suppression comment's reason. */
  readonly reason?: string;
}

/** One edit of a file, with its place and text; the only record of a file's edits. */
export interface ReportedEdit {
  readonly transform: string;
  /** The transform's rule id, for transforms made of several rules. */
  readonly rule?: string;
  /**
   * The severity of the needed change: the rule's configured severity (`info`: check does not
   * fail on it; `error`: reported as an error). Absent: `warning`.
   */
  readonly severity?: Severity;
  /** What the change does, in words (the transform's own; else reports use its title). */
  readonly message?: string;
  /** Set by the run on every edit (SARIF's partialFingerprints); a needed change never goes in a baseline. */
  readonly fingerprint?: FindingFingerprint;
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
  /** Active findings: they count, print and decide the exit status. */
  readonly diagnostics: readonly ReportedDiagnostic[];
  /** Findings a person acknowledged (suppressed in the file, or known from the baseline); they change no verdict. */
  readonly acknowledged: readonly AcknowledgedDiagnostic[];
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
  /** Set when the run had a baseline (see run/baseline): its file and its stale entries. */
  readonly baseline?: BaselineOutcome;
}

/** One known finding. */
export interface BaselineEntry {
  /** Project-relative path (see FindingFingerprint.path). */
  readonly path: string;
  /** `transform` or `transform/rule`. */
  readonly rule: string;
  readonly member: string;
  /** The start of the node's normalised text, for people reading the file. */
  readonly snippet: string;
  /** FindingFingerprint.hash: the key. */
  readonly fingerprint: string;
}

/** What a run did with its baseline, for the reports. */
export interface BaselineOutcome {
  /** The baseline file, absolute. */
  readonly path: string;
  /** Entries whose finding is gone, in a file and rule this run judged. */
  readonly stale: readonly BaselineEntry[];
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
export function totalsOf(result: Pick<RunResult, 'files'>): RunTotals {
  const totals = { changed: 0, unchanged: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of result.files) {
    totals[file.status]++;
    for (const d of file.diagnostics) {
      if (d.severity === 'error') totals.errors++;
      else if (d.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}

/** The severity of a needed change (see ReportedEdit.severity). */
export function severityOfEdit(edit: ReportedEdit): Severity {
  return edit.severity ?? 'warning';
}

/** A file's edits in the engine's form, for patches and writes. */
export function ownedEdits(edits: readonly ReportedEdit[]): OwnedEdit[] {
  return edits.map((edit) => ({
    start: edit.start.offset,
    end: edit.end.offset,
    text: edit.newText,
    transformId: edit.transform,
    ...(edit.rule === undefined ? {} : { rule: edit.rule }),
  }));
}

/** A file result with nothing in it yet. */
export function fileResult(fields: Pick<FileResult, 'path' | 'absolutePath' | 'status'> & Partial<FileResult>): FileResult {
  return { diagnostics: [], acknowledged: [], edits: [], declined: [], written: false, ...fields };
}
