// Runs transforms over many files: read, decode, transform, judge, optionally write; one immutable
// result per file, in input order.
import { StaleTempCleaner } from './atomic-write.js';
import type { Discovery } from '../inputs/discover-files.js';
import type { SourceInput } from '../inputs/source-input.js';
import { describeFsError } from '../platform/fs-error.js';
import { LineIndex } from '../engine/line-index.js';
import { decodeSource, UnsupportedEncodingError, type SourceText } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { transformSource, type FileDiagnostic, type TransformOptions } from '../engine/transform-source.js';
import { assertSafePatchPath, UnsafePatchPathError } from './patch-path.js';
import { fileResult, type FileResult, type ReportedDiagnostic, type ReportedPosition, type RunResult } from './run-result.js';
import { writeChange } from './write-change.js';

export interface RunOptions {
  readonly inputs: readonly SourceInput[];
  readonly transforms: readonly Transform[];
  readonly transformOptions?: TransformOptions;
  /** Files larger than this many bytes are skipped. */
  readonly maxFileSize: number;
  /** Write changed files in place (apply). */
  readonly write: boolean;
  /**
   * The command's product is a patch (diff, check): a changed file that a patch cannot name fails
   * here, once, so that every output format and the exit status see the same verdict.
   */
  readonly patches: boolean;
  /** Inputs already passed over or failed during discovery. */
  readonly passedOver?: Pick<Discovery, 'skipped' | 'errors'>;
  /** Called after each file, e.g. for a progress bar. */
  readonly onFile?: (file: FileResult, done: number, total: number) => void;
}

/** Default size limit: larger .cs files are generated code, not the sample. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** Processes every input in order; never throws for one file's problem. */
export async function runCodemod(options: RunOptions): Promise<RunResult> {
  const files: FileResult[] = [];
  const cleaner = new StaleTempCleaner();
  for (const passed of options.passedOver?.errors ?? []) {
    files.push(fileResult({ path: passed.displayPath, absolutePath: undefined, status: 'failed', reason: passed.reason }));
  }
  for (const passed of options.passedOver?.skipped ?? []) {
    files.push(fileResult({ path: passed.displayPath, absolutePath: undefined, status: 'skipped', reason: passed.reason }));
  }
  // Reads run a few files ahead of the transforms, so parsing does not wait on the disk.
  const reads: Array<Promise<ReadOutcome>> = [];
  const startRead = (index: number) => {
    const input = options.inputs[index];
    if (input && reads[index] === undefined) reads[index] = readInput(input, options.maxFileSize);
  };
  for (let index = 0; index < options.inputs.length; index++) {
    const input = options.inputs[index]!;
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) startRead(ahead);
    // Temp files of a killed run are removed from every directory apply visits, changed or not.
    if (options.write) await cleaner.cleanBeside(input.absolutePath);
    let file = judgeInput(input, await reads[index]!, options);
    delete reads[index];
    if (options.write) file = await writeChange(file, file.edits, cleaner);
    files.push(file);
    options.onFile?.(file, index + 1, options.inputs.length);
  }
  return { files, removedTempFiles: cleaner.removed };
}

const READ_AHEAD = 8;

type ReadOutcome = { bytes: Buffer; mode: string } | { oversize: number } | { error: unknown };

function readInput(input: SourceInput, maxBytes: number): Promise<ReadOutcome> {
  return input.read(maxBytes).catch((error: unknown) => ({ error }));
}

/** Decodes and transforms one file and decides its status; writes nothing. */
function judgeInput(input: SourceInput, read: ReadOutcome, options: RunOptions): FileResult {
  const base = { path: input.displayPath, absolutePath: input.absolutePath };
  const failed = (reason: string) => fileResult({ ...base, status: 'failed', reason });
  if ('error' in read) return failed(`cannot read: ${describeFsError(read.error)}`);
  const size = 'oversize' in read ? read.oversize : read.bytes.length;
  if ('oversize' in read || size > options.maxFileSize) {
    return fileResult({ ...base, status: 'skipped', reason: `larger than ${options.maxFileSize} bytes (${size}); raise --max-file-size to include it` });
  }
  const { bytes, mode } = read;
  let source: SourceText;
  try {
    source = decodeSource(bytes);
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return failed(thrown.reason);
    throw thrown;
  }

  const outcome = transformSource(input.displayPath, source, options.transforms, options.transformOptions);
  if (outcome.diagnostics.length === 0 && outcome.status !== 'changed') return fileResult({ ...base, status: outcome.status });
  const lines = new LineIndex(source.text);
  const diagnostics = outcome.diagnostics.map((d) => reportDiagnostic(d, lines));
  if (outcome.status !== 'changed') return fileResult({ ...base, status: outcome.status, diagnostics });

  if (options.patches) {
    const unnameable = patchPathProblem(input.displayPath);
    if (unnameable !== undefined) return fileResult({ ...base, status: 'failed', reason: unnameable, diagnostics });
  }
  const edits = outcome.edits.map((edit) => ({
    transform: edit.transformId,
    start: position(lines, edit.start),
    end: position(lines, edit.end),
    oldText: source.text.slice(edit.start, edit.end),
    newText: edit.text,
  }));
  return fileResult({ ...base, status: 'changed', diagnostics, edits, change: { source, originalBytes: bytes, newText: outcome.newText, mode } });
}

/** Why a patch cannot name this path, or undefined when it can. */
function patchPathProblem(path: string): string | undefined {
  try {
    assertSafePatchPath(path);
    return undefined;
  } catch (thrown) {
    if (thrown instanceof UnsafePatchPathError) return thrown.reason;
    throw thrown;
  }
}

function position(lines: LineIndex, offset: number): ReportedPosition {
  return { offset, ...lines.positionAt(offset) };
}

function reportDiagnostic(diagnostic: FileDiagnostic, lines: LineIndex): ReportedDiagnostic {
  return {
    origin: diagnostic.origin,
    severity: diagnostic.severity,
    message: diagnostic.message,
    start: position(lines, diagnostic.range.start),
    end: position(lines, diagnostic.range.end),
  };
}
