// Builds git-style unified diffs (hunks from the edits, else the `diff` package's; git's headers)
// as bytes in the file's own encoding, so CRLF, BOM and 8-bit bytes reach `git apply` and `patch -p1` unchanged.
import { assertSafePatchPath } from '../run/patch-path.js';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { hunksFromEdits, lineStarts, type HunkEdit, type PatchHunk } from './edit-hunks.js';
import { encodeSource, textWithBom, type SourceText } from '../engine/source-text.js';

/** What a patch for one file needs. `path` is relative, with forward slashes and no `..`. */
export interface PatchInput {
  readonly path: string;
  readonly source: SourceText;
  readonly newText: string;
  /** The file's git mode, `100644` or `100755`. */
  readonly mode?: string;
  /**
   * The edits that make `newText` from `source.text` (sorted, offsets into `source.text`), when
   * known: the hunks are then built from them without diffing the texts, where that gives the
   * same bytes (see edit-hunks).
   */
  readonly edits?: readonly HunkEdit[];
}

const require = createRequire(import.meta.url);
let structuredPatch: (typeof import('diff/lib/patch/create.js'))['structuredPatch'] | undefined;

/** One file's patch: `diff --git` header, `index` line with git blob ids, `---`/`+++`, hunks. */
export function createFilePatch(change: PatchInput, context = 3): Buffer {
  assertSafePatchPath(change.path);
  const oldText = textWithBom(change.source, change.source.text);
  const newText = textWithBom(change.source, change.newText);
  const oldBytes = encodeSource(change.source, change.source.text);
  const newBytes = encodeSource(change.source, change.newText);
  const mode = change.mode ?? '100644';
  const a = quotePath(`a/${change.path}`);
  const b = quotePath(`b/${change.path}`);
  // git ends ---/+++ names that contain a space with a tab, so that `patch` finds where they end.
  const tab = change.path.includes(' ') ? '\t' : '';
  const header =
    `diff --git ${a} ${b}\n` + `index ${gitBlobId(oldBytes)}..${gitBlobId(newBytes)} ${mode}\n` + `--- ${a}${tab}\n` + `+++ ${b}${tab}\n`;
  const encoding = change.source.encoding === 'latin1' ? 'latin1' : 'utf8';
  const starts = lineStarts(oldText);
  const hunks = hunksOf(change, oldText, newText, context, starts).map((hunk) => {
    // Like git: a side with no lines names the line before it (0 at the top of the file).
    const range = (start: number, lines: number) => (lines === 1 ? `${start}` : `${lines === 0 ? Math.max(0, start - 1) : start},${lines}`);
    const context = functionContext(oldText, starts, hunk.oldStart - 1, encoding);
    const head = Buffer.from(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, 'utf8');
    const lines = Buffer.from(`\n${hunk.lines.join('\n')}\n`, encoding);
    return Buffer.concat(context ? [head, Buffer.from(' '), context, lines] : [head, lines]);
  });
  return Buffer.concat([Buffer.from(header, 'utf8'), ...hunks]);
}

/** The hunks from the edits where they are known and that is exact, else from diffing the texts. */
function hunksOf(change: PatchInput, oldText: string, newText: string, context: number, starts: readonly number[]): readonly PatchHunk[] {
  if (change.edits !== undefined) {
    const bom = change.source.bom ? 1 : 0;
    const edits =
      bom === 0 ? change.edits : change.edits.map((edit) => ({ start: edit.start + bom, end: edit.end + bom, text: edit.text }));
    const hunks = hunksFromEdits(oldText, newText, edits, context, starts);
    if (hunks !== undefined) return hunks;
  }
  // The diff package loads with the first patch the edits cannot make: most runs never need it.
  structuredPatch ??= (require('diff/lib/patch/create.js') as typeof import('diff/lib/patch/create.js')).structuredPatch;
  return structuredPatch(change.path, change.path, oldText, newText, '', '', { context }).hunks;
}

const FUNCTION_CONTEXT_BYTES = 80;

/**
 * The text git puts after a hunk's "@@ ... @@" with its default rules: the nearest line above the
 * hunk that starts with an ASCII letter, "_" or "$", cut to 80 bytes, trailing whitespace trimmed.
 * Matching git here makes `git diff` after `apply` byte-identical to the tool's patch. Lines are
 * found in the text (with its BOM) and only the chosen one is encoded: its bytes are the file's.
 */
function functionContext(text: string, starts: readonly number[], firstLineIndex: number, encoding: BufferEncoding): Buffer | undefined {
  for (let i = firstLineIndex - 1; i >= 0; i--) {
    const first = text.charCodeAt(starts[i]!);
    if (!(isAsciiLetter(first) || first === 0x5f || first === 0x24)) continue;
    const line = Buffer.from(text.slice(starts[i], starts[i + 1]), encoding);
    let end = Math.min(line.length, FUNCTION_CONTEXT_BYTES);
    while (end > 0 && [0x20, 0x09, 0x0a, 0x0d].includes(line[end - 1]!)) end--;
    return line.subarray(0, end);
  }
  return undefined;
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

/** git's object id for a blob with these bytes (SHA-1 of `blob <size>\0<bytes>`). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Quotes a path the way git does when it holds a quote, a backslash, a control or a non-ASCII byte. */
export function quotePath(path: string): string {
  const bytes = Buffer.from(path, 'utf8');
  if (!bytes.some((byte) => byte < 0x20 || byte >= 0x7f || byte === 0x22 || byte === 0x5c)) return path;
  const escapes: Record<number, string> = {
    0x07: '\\a',
    0x08: '\\b',
    0x09: '\\t',
    0x0a: '\\n',
    0x0b: '\\v',
    0x0c: '\\f',
    0x0d: '\\r',
    0x22: '\\"',
    0x5c: '\\\\',
  };
  let quoted = '"';
  for (const byte of bytes) {
    if (escapes[byte]) quoted += escapes[byte];
    else if (byte < 0x20 || byte >= 0x7f) quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    else quoted += String.fromCharCode(byte);
  }
  return `${quoted}"`;
}
