// How a file's edits become the changes the editor offers one at a time: consecutive edits of one
// transform and rule in one statement are one change; a change is fixable alone only when the
// engine's guards accept it alone (asked lazily).
import { describe, expect, test } from '@jest/globals';
import { groupChanges } from '../../src/lsp/document-findings.js';
import type { ReportedEdit } from '../../src/run/run-result.js';
import { LineIndex } from '../../src/engine/line-index.js';

const TEXT = 'class C\n{\n    void M()\n    {\n        a.F(1, 2);\n        a.F(3, 4);\n    }\n}\n';

/** An edit of `transform`/`rule` inserting `newText` at the n-th occurrence of `marker`. */
function insertAt(marker: string, nth: number, newText: string, rule = 'wrap', after = true): ReportedEdit {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = TEXT.indexOf(marker, offset + 1);
  if (after) offset += marker.length;
  const position = { offset, ...new LineIndex(TEXT).positionAt(offset) };
  return { transform: 'wrap-args', rule, start: position, end: position, oldText: '', newText };
}

describe('groupChanges', () => {
  test('the two halves of a wrap in one statement are one change, fixable alone; the next statement is another', () => {
    const edits = [insertAt('F(', 0, 'new X('), insertAt('2', 0, ')'), insertAt('F(', 1, 'new X('), insertAt('4', 0, ')')];
    const groups = groupChanges(TEXT, 'src/C.cs', edits);
    expect(groups.map((group) => group.edits)).toEqual([edits.slice(0, 2), edits.slice(2)]);
    expect(groups.map((group) => group.fixable())).toEqual([true, true]);
  });

  test('halves made by different rules are separate changes, and neither can be made alone', () => {
    const edits = [insertAt('F(', 0, 'new X(', 'open'), insertAt('2', 0, ')', 'close')];
    const groups = groupChanges(TEXT, 'src/C.cs', edits);
    expect(groups.map((group) => group.edits.length)).toEqual([1, 1]);
    // Alone, each half leaves a parenthesis open or closes one too many: the re-parse guard refuses it.
    expect(groups.map((group) => group.fixable())).toEqual([false, false]);
  });

  test('no edits, no changes', () => {
    expect(groupChanges(TEXT, 'src/C.cs', [])).toEqual([]);
  });
});
