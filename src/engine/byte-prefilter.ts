// transform-source's pre-filter, on a file's bytes: a file that no transform needs is neither
// decoded nor parsed. It asks what transformSource asks (the language by path, `requires`,
// `projectRequires` when the file has no project index, a suppression comment). A
// needle is searched for in the encoding the file will be decoded with, so the answer is the same
// as searching the decoded text (never a transform fewer).
import { languageForPath, languagesOf } from './languages.js';
import type { InspectedBytes } from './source-text.js';
import { SUPPRESSION_DIRECTIVE } from './suppression-syntax.js';
import type { Transform } from './transform.js';

/**
 * The transforms that must see a file: those of its language whose `requires` (and, when the file
 * has no project index, `projectRequires`) needle is in it, or that have none.
 */
export function transformsNeedingBytes(
  path: string,
  inspected: InspectedBytes,
  transforms: readonly Transform[],
  hasProject = false,
): Transform[] {
  const language = languageForPath(path).id;
  return transforms.filter(
    (transform) =>
      languagesOf(transform.meta).includes(language) &&
      // projectRequires first: one needle, and where it is missing the many of `requires` are not searched.
      (hasProject || mentions(inspected, transform.meta.projectRequires)) &&
      mentions(inspected, transform.meta.requires),
  );
}

/** Whether the engine must look at the file although no transform needs it: a file with a suppression comment is judged. */
export function mayHoldSuppression(inspected: InspectedBytes): boolean {
  return containsNeedle(inspected, SUPPRESSION_DIRECTIVE);
}

/** True when the bytes hold one of the needles as text (or there are no needles), as a search of the decoded text says. */
export function mentions(inspected: InspectedBytes, needles: readonly string[] | undefined): boolean {
  return needles === undefined || needles.some((needle) => containsNeedle(inspected, needle));
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
