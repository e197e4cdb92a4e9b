// The transforms' `requires` pre-filter, on a file's bytes: a file that no transform needs is
// neither decoded nor parsed. A needle is searched for in the encoding the file will be decoded
// with, so the answer is the same as searching the decoded text (never a transform fewer).
import type { InspectedBytes } from './source-text.js';
import type { Transform } from './transform.js';

/** The transforms that must see a file: those without `requires`, and those whose needle is in it. */
export function transformsNeedingBytes(inspected: InspectedBytes, transforms: readonly Transform[]): Transform[] {
  return transforms.filter(
    (transform) => transform.meta.requires === undefined || transform.meta.requires.some((needle) => containsNeedle(inspected, needle)),
  );
}

function containsNeedle({ encoding, body }: InspectedBytes, needle: string): boolean {
  if (needle === '') return true;
  // UTF-8 is self-synchronising: its bytes contain a needle's bytes only where the text contains it.
  if (encoding === 'utf-8') {
    // A lone surrogate has no UTF-8 bytes, yet matches half of a pair in the decoded text: keep
    // the transform, and let the engine's search of the text decide.
    if (Buffer.from(needle, 'utf8').toString('utf8') !== needle) return true;
    return body.includes(needle, 0, 'utf8');
  }
  // latin1 text holds only U+0000..U+00FF, one byte each; a needle beyond that cannot occur.
  return !/[^\u0000-\u00ff]/.test(needle) && body.includes(needle, 0, 'latin1');
}
