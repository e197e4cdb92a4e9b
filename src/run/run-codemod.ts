// Runs transforms over many files: read, decode, transform, optionally write; one report per file.
import { readFile, stat } from 'node:fs/promises';
import { describeWriteFailure, StaleTempCleaner, writeFileAtomic } from './atomic-write.js';
import type { Discovery } from '../inputs/discover-files.js';
import { describeFsError } from '../platform/fs-error.js';
import type { OwnedEdit } from '../engine/edits.js';
import { LineIndex, type LineColumn } from '../engine/line-index.js';
import { decodeSource, encodeSource, UnsupportedEncodingError, type SourceText } from '../engine/source-text.js';
import type { Severity, Transform } from '../engine/transform.js';
import { transformSource, type FileContext, type FileDiagnostic, type TransformOptions } from '../engine/transform-source.js';
import { indexProjects } from './project-context.js';

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
}

export interface ReportedEdit {
  readonly transform: string;
  readonly start: ReportedPosition;
  readonly end: ReportedPosition;
  readonly oldText: string;
  readonly newText: string;
}

/** What a changed file carries for patches and review. */
export interface FileChangeDetail {
  readonly source: SourceText;
  readonly originalBytes: Buffer;
  readonly newText: string;
  readonly sortedEdits: readonly OwnedEdit[];
  /** git mode: `100755` when executable, else `100644`. */
  readonly mode: string;
}

export interface FileReport {
  readonly path: string;
  readonly absolutePath: string;
  status: FileStatus;
  /** Why a file was skipped or failed, when no diagnostic says it. */
  reason?: string;
  readonly diagnostics: ReportedDiagnostic[];
  readonly edits: ReportedEdit[];
  written: boolean;
  change?: FileChangeDetail;
}

export interface RunTotals {
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface RunResult {
  readonly files: FileReport[];
  readonly totals: RunTotals;
  /** Temp files of killed earlier runs that this run removed (review adds to it). */
  readonly removedTempFiles: string[];
}

/** One file to process, from disk or elsewhere (the git index). */
export interface SourceInput {
  readonly displayPath: string;
  readonly absolutePath: string;
  /**
   * Reads the bytes and the git mode; returns only the size when it is over `maxBytes`, so huge
   * files are never loaded.
   */
  read(maxBytes: number): Promise<{ bytes: Buffer; mode: string } | { oversize: number }>;
}

export interface RunOptions {
  readonly inputs: readonly SourceInput[];
  readonly transforms: readonly Transform[];
  readonly transformOptions?: TransformOptions;
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  /** Write changed files in place. */
  readonly write: boolean;
  /** Inputs already passed over or failed during discovery. */
  readonly passedOver?: Pick<Discovery, 'skipped' | 'errors'>;
  /** Called after each file, e.g. for a progress bar. */
  readonly onFile?: (report: FileReport, done: number, total: number) => void;
}

/** Default size limit: larger .cs files are generated code, not the sample. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** An input that reads from disk. */
export function diskInput(absolutePath: string, displayPath: string): SourceInput {
  return {
    absolutePath,
    displayPath,
    async read(maxBytes) {
      const stats = await stat(absolutePath);
      if (stats.size > maxBytes) return { oversize: stats.size };
      // git records only the owner's execute bit.
      return { bytes: await readFile(absolutePath), mode: stats.mode & 0o100 ? '100755' : '100644' };
    },
  };
}

/** Processes every input in order; never throws for one file's problem. */
export async function runCodemod(options: RunOptions): Promise<RunResult> {
  const files: FileReport[] = [];
  const cleaner = new StaleTempCleaner();
  for (const passed of options.passedOver?.errors ?? []) {
    files.push(blankReport(passed.displayPath, passed.displayPath, 'failed', passed.reason));
  }
  for (const passed of options.passedOver?.skipped ?? []) {
    files.push(blankReport(passed.displayPath, passed.displayPath, 'skipped', passed.reason));
  }
  // Project context (declarations of other files), only for transforms that ask for it.
  const projectOf = await indexProjects(options.inputs, options.transforms, options.maxFileSize);
  // Reads run a few files ahead of the transforms, so parsing does not wait on the disk.
  const reads: Array<Promise<ReadOutcome>> = [];
  const startRead = (index: number) => {
    const input = options.inputs[index];
    if (input && reads[index] === undefined) reads[index] = readInput(input, options.maxFileSize);
  };
  for (let index = 0; index < options.inputs.length; index++) {
    const input = options.inputs[index]!;
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) startRead(ahead);
    if (options.write) await cleaner.cleanBeside(input.absolutePath);
    const project = projectOf?.(input);
    const report = await processInput(input, await reads[index]!, options, project ? { project } : {});
    delete reads[index];
    files.push(report);
    options.onFile?.(report, index + 1, options.inputs.length);
  }
  return { files, totals: countTotals(files), removedTempFiles: cleaner.removed };
}

const READ_AHEAD = 8;

type ReadOutcome = { bytes: Buffer; mode: string } | { oversize: number } | { error: unknown };

function readInput(input: SourceInput, maxBytes: number): Promise<ReadOutcome> {
  return input.read(maxBytes).catch((error: unknown) => ({ error }));
}

async function processInput(input: SourceInput, read: ReadOutcome, options: RunOptions, fileContext: FileContext): Promise<FileReport> {
  const report = blankReport(input.displayPath, input.absolutePath, 'unchanged');
  if ('error' in read) return fail(report, `cannot read: ${describeFsError(read.error)}`);
  const size = 'oversize' in read ? read.oversize : read.bytes.length;
  if ('oversize' in read || size > options.maxFileSize) {
    report.status = 'skipped';
    report.reason = `larger than ${options.maxFileSize} bytes (${size}); raise --max-file-size to include it`;
    return report;
  }
  const { bytes, mode } = read;
  let source: SourceText;
  try {
    source = decodeSource(bytes);
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return fail(report, thrown.message);
    throw thrown;
  }

  const outcome = transformSource(input.displayPath, source, options.transforms, options.transformOptions, fileContext);
  report.status = outcome.status;
  if (outcome.diagnostics.length === 0 && outcome.status !== 'changed') return report;
  const lines = new LineIndex(source.text);
  report.diagnostics.push(...outcome.diagnostics.map((d) => reportDiagnostic(d, lines)));
  if (outcome.status !== 'changed') return report;

  report.edits.push(
    ...outcome.edits.map((edit) => ({
      transform: edit.transformId,
      start: position(lines, edit.start),
      end: position(lines, edit.end),
      oldText: source.text.slice(edit.start, edit.end),
      newText: edit.text,
    })),
  );
  report.change = { source, originalBytes: bytes, newText: outcome.newText, sortedEdits: outcome.edits, mode };
  if (options.write) {
    try {
      await writeFileAtomic(input.absolutePath, encodeSource(source, outcome.newText), bytes);
      report.written = true;
    } catch (thrown) {
      return fail(report, describeWriteFailure(thrown, input.absolutePath));
    }
  }
  return report;
}

function fail(report: FileReport, reason: string): FileReport {
  report.status = 'failed';
  report.reason = reason;
  return report;
}

function blankReport(path: string, absolutePath: string, status: FileStatus, reason?: string): FileReport {
  const report: FileReport = { path, absolutePath, status, diagnostics: [], edits: [], written: false };
  if (reason !== undefined) report.reason = reason;
  return report;
}

function position(lines: LineIndex, offset: number): ReportedPosition {
  return { offset, ...lines.positionAt(offset) };
}

function reportDiagnostic(diagnostic: FileDiagnostic, lines: LineIndex): ReportedDiagnostic {
  return {
    origin: diagnostic.origin,
    ...(diagnostic.rule === undefined ? {} : { rule: diagnostic.rule }),
    severity: diagnostic.severity,
    message: diagnostic.message,
    start: position(lines, diagnostic.range.start),
    end: position(lines, diagnostic.range.end),
  };
}

export function countTotals(files: readonly FileReport[]): RunTotals {
  const totals: RunTotals = { changed: 0, unchanged: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    totals[file.status]++;
    for (const d of file.diagnostics) {
      if (d.severity === 'error') totals.errors++;
      else if (d.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}
