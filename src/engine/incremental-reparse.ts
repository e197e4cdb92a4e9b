// Parses edited text again, reusing the old tree: tree.edit() tells tree-sitter which bytes
// changed, so only the edited regions are re-parsed. The result is the tree a full parse gives.
import type { TextEdit } from './edits.js';
import { reparseCSharp, type SyntaxTree } from './parse-csharp.js';

/** A tree-sitter point: 0-based row (lines end at LF only, as tree-sitter counts) and column. */
interface Point {
  row: number;
  column: number;
}

/**
 * At most this many tree.edit() calls per re-parse. node-tree-sitter's edit also moves every
 * JavaScript node object of the tree that the garbage collector has not yet freed, so its cost
 * grows with the nodes the transforms touched; a big file with thousands of edits made the guard
 * quadratic. Neighbouring edits are told to tree-sitter as one edit spanning them (it re-parses a
 * little more text, and the tree is the same).
 */
const MAX_TREE_EDITS = 16;

/**
 * Parses `newText` (= `oldText` with the sorted, non-overlapping `sorted` edits applied) by
 * editing `oldTree` and re-parsing incrementally. `oldTree` is edited in place and describes the
 * new text's coordinates afterwards: do not read the old tree again.
 */
export function reparseAfterEdits(oldTree: SyntaxTree, oldText: string, newText: string, sorted: readonly TextEdit[]): SyntaxTree {
  const spans = groupEdits(sorted, MAX_TREE_EDITS);
  const points = pointsAt(oldText, spans.flatMap((span) => [span.start, span.end]));
  // From the last span to the first: each span's offsets are still those of the original text.
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    const startPosition = points[2 * i]!;
    const newStart = span.start + span.shiftBefore;
    oldTree.edit({
      startIndex: span.start,
      oldEndIndex: span.end,
      newEndIndex: span.start + span.newLength,
      startPosition,
      oldEndPosition: points[2 * i + 1]!,
      newEndPosition: advance(startPosition, newText, newStart, newStart + span.newLength),
    });
  }
  return reparseCSharp(newText, oldTree);
}

/** A run of edits told to tree-sitter as one: its extent in the old text and its length in the new. */
interface EditSpan {
  readonly start: number;
  readonly end: number;
  readonly newLength: number;
  /** How much the edits before this span moved its start in the new text. */
  readonly shiftBefore: number;
}

/** Joins the sorted edits into at most `limit` spans, splitting at the widest gaps between them. */
function groupEdits(sorted: readonly TextEdit[], limit: number): EditSpan[] {
  const cuts = new Set<number>();
  if (sorted.length <= limit) {
    for (let i = 1; i < sorted.length; i++) cuts.add(i);
  } else {
    const gaps = [];
    for (let i = 1; i < sorted.length; i++) gaps.push({ at: i, width: sorted[i]!.start - sorted[i - 1]!.end });
    gaps.sort((a, b) => b.width - a.width || a.at - b.at);
    for (const gap of gaps.slice(0, limit - 1)) cuts.add(gap.at);
  }
  const spans: EditSpan[] = [];
  let shift = 0;
  let first = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && !cuts.has(i + 1)) continue;
    const start = sorted[first]!.start;
    const end = sorted[i]!.end;
    let delta = 0;
    for (let k = first; k <= i; k++) delta += sorted[k]!.text.length - (sorted[k]!.end - sorted[k]!.start);
    spans.push({ start, end, newLength: end - start + delta, shiftBefore: shift });
    shift += delta;
    first = i + 1;
  }
  return spans;
}

/** The points of ascending `offsets` in `text`, in one pass over the text. */
function pointsAt(text: string, offsets: readonly number[]): Point[] {
  const points: Point[] = [];
  let row = 0;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const offset of offsets) {
    while (next !== -1 && next < offset) {
      row++;
      lineStart = next + 1;
      next = text.indexOf('\n', next + 1);
    }
    points.push({ row, column: offset - lineStart });
  }
  return points;
}

/** The point after `text.slice(from, to)` when it starts at `start`. */
function advance(start: Point, text: string, from: number, to: number): Point {
  let rows = 0;
  let lastBreak = -1;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    rows++;
    lastBreak = at;
  }
  if (lastBreak === -1) return { row: start.row, column: start.column + (to - from) };
  return { row: start.row + rows, column: to - lastBreak - 1 };
}
