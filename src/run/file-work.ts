// The per-file work of a run that can happen anywhere (this thread or a worker): decide the
// encoding, pre-filter on bytes, decode, parse and transform. Its outcome is plain data, so it can
// cross a thread boundary by structured clone; judging and writing stay with the run.
import { transformsNeedingBytes } from '../engine/byte-prefilter.js';
import { decodeSource, inspectBytes, UnsupportedEncodingError, type SourceText } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { transformSource, type SourceOutcome, type TransformOptions } from '../engine/transform-source.js';
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

/** Does the work for one file's bytes. Never throws for the file's or a transform's fault. */
export function workOnBytes(path: string, bytes: Uint8Array, transforms: readonly Transform[], options: TransformOptions = {}): FileWork {
  const needed = neededTransforms(bytes, transforms);
  if ('reason' in needed) return { kind: 'unsupported', reason: needed.reason };
  if (needed.transforms.length === 0) return { kind: 'nothing-to-do' };
  const source = decodeSource(bytes);
  const outcome = transformSource(path, source, needed.transforms, options);
  // Parsed once, and again by the re-parse guard when the file changes.
  noteParsedText(source.text.length * (outcome.status === 'changed' ? 2 : 1));
  if (outcome.status === 'unchanged' && outcome.diagnostics.length === 0) return { kind: 'nothing-to-do' };
  return { kind: 'transformed', source, outcome };
}

/** The transforms that must see these bytes, or why no transform may. */
export function neededTransforms(bytes: Uint8Array, transforms: readonly Transform[]): { transforms: Transform[] } | { reason: string } {
  try {
    return { transforms: transformsNeedingBytes(inspectBytes(bytes), transforms) };
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return { reason: thrown.reason };
    throw thrown;
  }
}
