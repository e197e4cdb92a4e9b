// The per-file work of a run that can happen anywhere (this thread or a worker): decide the
// encoding, pre-filter on bytes, decode, parse and transform. Its outcome is plain data, so it can
// cross a thread boundary by structured clone; judging and writing stay with the run.
import { fileNeedsOfBytes } from '../engine/byte-prefilter.js';
import { needsParsing } from '../engine/file-needs.js';
import { decodeSource, inspectBytes, UnsupportedEncodingError, type SourceText } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { transformSource, type FileSurroundings, type SourceOutcome, type TransformOptions } from '../engine/transform-source.js';
import { noteParsedText } from './tree-memory.js';

export type FileWork =
  /** Bytes a text patch cannot carry. */
  | { readonly kind: 'unsupported'; readonly reason: string }
  /**
   * Nothing to change or say: no transform needs the file (it was neither decoded nor parsed), or
   * the transforms found nothing. Carries no text, so it is cheap to pass between threads.
   */
  | { readonly kind: 'nothing-to-do' }
  | { readonly kind: 'transformed'; readonly source: SourceText; readonly outcome: SourceOutcome }
  /** The work itself failed (a time budget, a crashed worker); the reason names the cause. */
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Does the work for one file's bytes. Never throws for the file's or a transform's fault. A
 * project index or pre-parsed tree in `surroundings` exists only in this thread.
 */
export function workOnBytes(
  path: string,
  bytes: Uint8Array,
  transforms: readonly Transform[],
  options: TransformOptions = {},
  surroundings: FileSurroundings = {},
): FileWork {
  const needed = needsWork(path, bytes, transforms, surroundings.project !== undefined);
  if (needed !== true) return needed;
  const source = decodeSource(bytes);
  // All of them: transformSource filters again on the text, and judges suppressions against them
  // and the built-ins (callers with many files pass the ids once).
  const known = surroundings.knownTransformIds ?? transforms.map((transform) => transform.meta.id);
  const outcome = transformSource(path, source, transforms, options, { ...surroundings, knownTransformIds: known });
  // Parsed once, and again by the re-parse guard when the file changes.
  noteParsedText(source.text.length * (outcome.status === 'changed' ? 2 : 1));
  if (outcome.status === 'unchanged' && outcome.diagnostics.length === 0) return { kind: 'nothing-to-do' };
  return { kind: 'transformed', source, outcome };
}

/**
 * True when the file must be decoded and parsed: a transform needs it, or it may hold a
 * suppression comment; otherwise the work it would have come to.
 */
export function needsWork(path: string, bytes: Uint8Array, transforms: readonly Transform[], hasProject: boolean): true | FileWork {
  try {
    const inspected = inspectBytes(bytes);
    if (needsParsing(fileNeedsOfBytes(path, inspected, transforms, hasProject))) return true;
    return { kind: 'nothing-to-do' };
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return { kind: 'unsupported', reason: thrown.reason };
    throw thrown;
  }
}
