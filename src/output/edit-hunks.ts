// Builds a unified diff's hunks straight from a file's sorted edits, without diffing the two texts,
// and only where the result is provably the `diff` package's own (its Myers line diff), byte for byte.

/** One hunk as the `diff` package's `structuredPatch` makes it: lines prefixed ` `, `-`, `+`, no line break. */
export interface PatchHunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  readonly lines: string[];
}

/** Replace `old.slice(start, end)` with `text`. */
export interface HunkEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const NO_NEWLINE = '\\ No newline at end of file';

/**
 * The hunks `structuredPatch(_, _, oldText, newText, '', '', { context })` of the `diff` package
 * returns, built from `edits` (sorted, non-overlapping, on `oldText`, making `newText`), or
 * undefined where that cannot be proved cheaply; the caller then diffs the texts.
 *
 * Why it is the same: the lines are the `diff` package's (each ends after its `\n`, so a CR is
 * part of a line). Each group of edits becomes a block: old lines X replaced by new lines Y, with
 * the lines both sides share at its ends moved out to the common text C. When no line of any X
 * equals a line of C or of any Y, and no line of any Y equals a line of C, the only longest
 * common subsequence of the two texts is C itself matched in place, so every shortest edit script
 * matches exactly those lines; the `diff` package's Myers search (ties go to the path further
 * along the old text) then removes each X before adding its Y. Any other case (an edit that
 * re-creates a neighbouring line, a line added that the file already has, such as a lone `}`)
 * returns undefined. The property test `test/property/edit-hunks.test.ts` compares both.
 */
export function hunksFromEdits(
  oldText: string,
  newText: string,
  edits: readonly HunkEdit[],
  context: number,
  starts: readonly number[] = lineStarts(oldText),
): PatchHunk[] | undefined {
  const changes = effectiveEdits(oldText, newText, edits);
  if (changes === undefined) return undefined;
  const blocks = changedBlocks(oldText, newText, starts, changes);
  if (!linesAreUnique(oldText, starts, blocks)) return undefined;
  return hunksOf(oldText, starts, blocks, context);
}

/**
 * The edits that change something, after checking that they are sorted, inside the text and make
 * `newText` (lengths and each edit's text in place; the text between edits is the caller's word).
 */
function effectiveEdits(oldText: string, newText: string, edits: readonly HunkEdit[]): HunkEdit[] | undefined {
  const changes: HunkEdit[] = [];
  let cursor = 0;
  let shift = 0;
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > oldText.length) return undefined;
    if (!newText.startsWith(edit.text, edit.start + shift)) return undefined;
    shift += edit.text.length - (edit.end - edit.start);
    cursor = edit.end;
    // An edit that puts back what was there changes no line; the diff would not show it either.
    if (edit.end - edit.start === edit.text.length && oldText.startsWith(edit.text, edit.start)) continue;
    changes.push(edit);
  }
  return oldText.length + shift === newText.length ? changes : undefined;
}

/** Where each line of `text` starts, plus `text.length` at the end; a line ends after its `\n` (a CR is part of a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (text.length === 0) starts.length = 0;
  starts.push(text.length);
  return starts;
}

/** The index of the line holding `offset` (the line count for the end of an empty text or one ending in `\n`). */
function lineOf(text: string, starts: readonly number[], offset: number): number {
  const lineCount = starts.length - 1;
  if (offset >= text.length) return text.length === 0 || text.charCodeAt(text.length - 1) === 10 ? lineCount : lineCount - 1;
  let low = 0;
  let high = lineCount - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Old lines [oldStart, oldEnd) become `added`; the lines around are the same on both sides. */
interface Block {
  oldStart: number;
  oldEnd: number;
  added: string[];
}

/** The changed blocks of lines, in order, at least one unchanged line apart, their shared end lines moved out. */
function changedBlocks(oldText: string, newText: string, starts: readonly number[], edits: readonly HunkEdit[]): Block[] {
  const lineCount = starts.length - 1;
  const raw: Array<{ oldStart: number; oldEnd: number; newFrom: number; newTo: number }> = [];
  let shift = 0;
  for (const edit of edits) {
    const first = lineOf(oldText, starts, edit.start);
    const newFrom = starts[first]! + shift;
    shift += edit.text.length - (edit.end - edit.start);
    const newEnd = edit.end + shift;
    // The text after the edit starts a line on both sides only if a line break precedes it on both.
    const oldAtLineStart = edit.end === 0 || oldText.charCodeAt(edit.end - 1) === 10;
    const newAtLineStart = newEnd === 0 || newText.charCodeAt(newEnd - 1) === 10;
    const last = lineOf(oldText, starts, edit.end);
    const oldEnd = oldAtLineStart && newAtLineStart ? last : Math.min(last + 1, lineCount);
    const newTo = starts[oldEnd]! + shift;
    const previous = raw[raw.length - 1];
    // Blocks with no unchanged line between them are one change for the diff too.
    if (previous && first <= previous.oldEnd) {
      previous.oldEnd = oldEnd;
      previous.newTo = newTo;
    } else {
      raw.push({ oldStart: first, oldEnd, newFrom, newTo });
    }
  }
  const blocks: Block[] = [];
  for (const block of raw) {
    const added = splitLines(newText.slice(block.newFrom, block.newTo));
    let oldStart = block.oldStart;
    let oldEnd = block.oldEnd;
    let from = 0;
    let to = added.length;
    const oldLine = (index: number) => oldText.slice(starts[index], starts[index + 1]);
    while (oldStart < oldEnd && from < to && oldLine(oldStart) === added[from]) {
      oldStart++;
      from++;
    }
    while (oldStart < oldEnd && from < to && oldLine(oldEnd - 1) === added[to - 1]) {
      oldEnd--;
      to--;
    }
    if (oldStart < oldEnd || from < to) blocks.push({ oldStart, oldEnd, added: added.slice(from, to) });
  }
  return blocks;
}

/** The lines of `text`, each with its `\n`. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
    lines.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * True when no removed line equals an added one and no changed line equals an unchanged one: the
 * condition under which the diff can match only the unchanged lines, each with itself. Unchanged
 * lines are compared only when their length is one a changed line has.
 */
function linesAreUnique(oldText: string, starts: readonly number[], blocks: readonly Block[]): boolean {
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const block of blocks) {
    for (const line of block.added) {
      added.add(line);
      changed.add(line);
    }
  }
  for (const block of blocks) {
    for (let i = block.oldStart; i < block.oldEnd; i++) {
      const line = oldText.slice(starts[i], starts[i + 1]);
      if (added.has(line)) return false;
      changed.add(line);
    }
  }
  const lengths = new Set<number>();
  for (const line of changed) lengths.add(line.length);
  let next = 0;
  for (let i = 0; i < starts.length - 1; i++) {
    const block = blocks[next];
    if (block && i >= block.oldStart) {
      if (i + 1 >= block.oldEnd) next++;
      if (i < block.oldEnd) continue;
    }
    const start = starts[i]!;
    const end = starts[i + 1]!;
    if (lengths.has(end - start) && changed.has(oldText.slice(start, end))) return false;
  }
  return true;
}

/** A run of the diff: unchanged lines (old line indexes), removed lines (old line indexes) or added lines. */
type Part =
  | { readonly kind: 'common'; readonly from: number; readonly to: number }
  | { readonly kind: 'removed'; readonly from: number; readonly to: number }
  | { readonly kind: 'added'; readonly lines: readonly string[] };

/**
 * The hunks, by the same steps as the `diff` package's `structuredPatch` over the parts of the
 * diff: context before and after each change, changes at most twice the context apart joined,
 * the last unchanged run always closing its hunk, then line breaks taken off and missing ones marked.
 */
function hunksOf(oldText: string, starts: readonly number[], blocks: readonly Block[], context: number): PatchHunk[] {
  const parts: Part[] = [];
  let line = 0;
  for (const block of blocks) {
    if (block.oldStart > line) parts.push({ kind: 'common', from: line, to: block.oldStart });
    if (block.oldEnd > block.oldStart) parts.push({ kind: 'removed', from: block.oldStart, to: block.oldEnd });
    if (block.added.length > 0) parts.push({ kind: 'added', lines: block.added });
    line = block.oldEnd;
  }
  const lineCount = starts.length - 1;
  if (lineCount > line) parts.push({ kind: 'common', from: line, to: lineCount });
  // The diff package appends an empty unchanged run so that the last change closes its hunk.
  parts.push({ kind: 'common', from: lineCount, to: lineCount });

  const oldLines = (from: number, to: number) => {
    const lines: string[] = [];
    for (let i = from; i < to; i++) lines.push(oldText.slice(starts[i], starts[i + 1]));
    return lines;
  };
  const hunks: PatchHunk[] = [];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let range: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.kind !== 'common') {
      if (!oldRangeStart) {
        const previous = parts[i - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (previous?.kind === 'common') {
          const count = context > 0 ? Math.min(context, previous.to - previous.from) : 0;
          range = oldLines(previous.to - count, previous.to).map((text) => ` ${text}`);
          oldRangeStart -= range.length;
          newRangeStart -= range.length;
        }
      }
      if (part.kind === 'added') {
        for (const text of part.lines) range.push(`+${text}`);
        newLine += part.lines.length;
      } else {
        for (const text of oldLines(part.from, part.to)) range.push(`-${text}`);
        oldLine += part.to - part.from;
      }
    } else {
      const length = part.to - part.from;
      if (oldRangeStart) {
        if (length <= context * 2 && i < parts.length - 2) {
          for (const text of oldLines(part.from, part.to)) range.push(` ${text}`);
        } else {
          const contextSize = Math.min(length, context);
          for (const text of oldLines(part.from, part.from + contextSize)) range.push(` ${text}`);
          hunks.push({
            oldStart: oldRangeStart,
            oldLines: oldLine - oldRangeStart + contextSize,
            newStart: newRangeStart,
            newLines: newLine - newRangeStart + contextSize,
            lines: range,
          });
          oldRangeStart = 0;
          newRangeStart = 0;
          range = [];
        }
      }
      oldLine += length;
      newLine += length;
    }
  }
  for (const hunk of hunks) {
    const lines = hunk.lines;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.endsWith('\n')) {
        lines[i] = lines[i]!.slice(0, -1);
      } else {
        lines.splice(i + 1, 0, NO_NEWLINE);
        i++;
      }
    }
  }
  return hunks;
}
