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
 * Parses `newText` (= `oldText` with the sorted, non-overlapping `sorted` edits applied) by
 * editing `oldTree` and re-parsing incrementally. `oldTree` is edited in place and describes the
 * new text's coordinates afterwards: do not read the old tree again.
 */
export function reparseAfterEdits(oldTree: SyntaxTree, oldText: string, newText: string, sorted: readonly TextEdit[]): SyntaxTree {
  // From the last edit to the first: each edit's offsets are still those of the original text.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i]!;
    const startPosition = pointAt(oldText, edit.start);
    oldTree.edit({
      startIndex: edit.start,
      oldEndIndex: edit.end,
      newEndIndex: edit.start + edit.text.length,
      startPosition,
      oldEndPosition: pointAt(oldText, edit.end),
      newEndPosition: advance(startPosition, edit.text),
    });
  }
  return reparseCSharp(newText, oldTree);
}

function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    row++;
    lineStart = at + 1;
  }
  return { row, column: offset - lineStart };
}

function advance(start: Point, inserted: string): Point {
  const lastBreak = inserted.lastIndexOf('\n');
  if (lastBreak === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let at = inserted.indexOf('\n'); at !== -1; at = inserted.indexOf('\n', at + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastBreak - 1 };
}
