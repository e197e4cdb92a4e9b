// Parses edited text again, reusing the old tree: tree.edit() tells tree-sitter which bytes
// changed, so only the edited regions are re-parsed. The result is the tree a full parse gives.
import type { TextEdit } from './edits.js';
import type { Language } from './languages/language.js';
import type { SyntaxTree } from './languages/tree-sitter-core.js';

/** A tree-sitter point: 0-based row (lines end at LF only, as tree-sitter counts) and column. */
interface Point {
  row: number;
  column: number;
}

/**
 * Parses `newText` (= `oldText` with the sorted, non-overlapping `sorted` edits applied) by
 * re-parsing incrementally from `oldTree`, which is left as it is.
 *
 * The edits are told to a second handle on the old tree, not to the old tree itself:
 * node-tree-sitter's tree.edit() also moves every JavaScript node object of its tree that the
 * garbage collector has not freed yet, so on a tree the transforms walked, thousands of edits in
 * a big file made the guard quadratic. Re-parsing unchanged text from the old tree gives that
 * handle at once (tree-sitter reuses the whole tree; no JavaScript node has been made for it yet),
 * and the new tree still shares every unedited subtree with the old one.
 */
export function reparseAfterEdits(
  language: Pick<Language, 'parse'>,
  oldTree: SyntaxTree,
  oldText: string,
  newText: string,
  sorted: readonly TextEdit[],
): SyntaxTree {
  const handle = language.parse(oldText, oldTree);
  const points = pointsAt(
    oldText,
    sorted.flatMap((edit) => [edit.start, edit.end]),
  );
  // From the last edit to the first: each edit's offsets are still those of the original text.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i]!;
    const startPosition = points[2 * i]!;
    handle.edit({
      startIndex: edit.start,
      oldEndIndex: edit.end,
      newEndIndex: edit.start + edit.text.length,
      startPosition,
      oldEndPosition: points[2 * i + 1]!,
      newEndPosition: advance(startPosition, edit.text),
    });
  }
  return language.parse(newText, handle);
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

function advance(start: Point, inserted: string): Point {
  const lastBreak = inserted.lastIndexOf('\n');
  if (lastBreak === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let at = inserted.indexOf('\n'); at !== -1; at = inserted.indexOf('\n', at + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastBreak - 1 };
}
