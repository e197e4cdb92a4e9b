// The file-needs rule asked of a file's bytes: a file that no transform needs is neither decoded
// nor parsed. A needle is searched for in the encoding the file will be decoded with, so the
// answer is the same as searching the decoded text (never a transform fewer).
import { fileNeeds, type ContainsText, type FileNeeds } from './file-needs.js';
import type { InspectedBytes } from './source-text.js';
import type { Transform } from './transform.js';

/** What the engine must do with a file, judged from its bytes (see fileNeeds). */
export function fileNeedsOfBytes(path: string, inspected: InspectedBytes, transforms: readonly Transform[], hasProject = false): FileNeeds {
  return fileNeeds(path, bytesContain(inspected), transforms, hasProject);
}

/** True when the bytes hold one of the needles as text (or there are no needles), as a search of the decoded text says. */
export function mentions(inspected: InspectedBytes, needles: readonly string[] | undefined): boolean {
  const contains = bytesContain(inspected);
  return needles === undefined || needles.some(contains);
}

/** A search of the bytes that answers as a search of the decoded text would. */
function bytesContain({ encoding, body }: InspectedBytes): ContainsText {
  return (needle) => {
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
  };
}
