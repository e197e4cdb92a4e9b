// The questions of review as hunks (git add -p): edits whose context meets are one hunk, `s` splits
// a hunk into its edits, and a hunk a person edited (`e`) is read back as one edit of the original
// text that keeps its line ends, or refused when it touches lines it does not own.
import { describe, expect, test } from '@jest/globals';
import { decodeSource } from '../../src/engine/source-text.js';
import { LineIndex } from '../../src/engine/line-index.js';
import { fileResult, type FileResult, type ReportedEdit } from '../../src/run/run-result.js';
import { hunkForEditing, hunksOf, readEditedHunk, splitHunk } from '../../src/cli/review-hunks.js';

/** A changed file of `lines` (joined with `eol`) with one edit per [line, from, to] (replacing text on that line). */
function changedFile(lines: string[], eol: string, edits: [number, string, string][]): FileResult {
  const text = lines.join(eol) + eol;
  const index = new LineIndex(text);
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const reported: ReportedEdit[] = edits.map(([line, from, to]) => {
    const start = starts[line - 1]! + lines[line - 1]!.indexOf(from);
    const end = start + from.length;
    return {
      transform: 'test',
      start: { offset: start, ...index.positionAt(start) },
      end: { offset: end, ...index.positionAt(end) },
      oldText: from,
      newText: to,
    };
  });
  const source = decodeSource(Buffer.from(text, 'utf8'));
  return fileResult({
    path: 'A.cs',
    absolutePath: '/nowhere/A.cs',
    status: 'changed',
    edits: reported,
    change: { source, originalBytes: Buffer.from(text), newText: text, mode: '100644' },
  });
}

const twenty = Array.from({ length: 20 }, (_, i) => `line ${i + 1};`);

describe('hunks', () => {
  test('edits with at most six lines between them are one hunk; further apart, two', () => {
    const file = changedFile(twenty, '\n', [
      [2, 'line 2', 'LINE 2'],
      [9, 'line 9', 'LINE 9'],
      [17, 'line 17', 'LINE 17'],
    ]);
    expect(hunksOf(file).map((hunk) => hunk.edits.map((edit) => edit.start.line))).toEqual([[2, 9], [17]]);
  });

  test('s splits a hunk into one per edit; a single edit cannot be split', () => {
    const file = changedFile(twenty, '\n', [
      [2, 'line 2', 'LINE 2'],
      [4, 'line 4', 'LINE 4'],
    ]);
    const [hunk] = hunksOf(file);
    expect(splitHunk(hunk!)!.map((part) => part.edits.length)).toEqual([1, 1]);
    expect(splitHunk(splitHunk(hunk!)![0]!)).toBeUndefined();
  });
});

describe('an edited hunk', () => {
  const file = changedFile(twenty, '\r\n', [[10, 'line 10', 'LINE 10']]);
  const [hunk] = hunksOf(file);

  test('the editor gets the hunk with its lines marked, CRs removed', () => {
    const shown = hunkForEditing(hunk!);
    expect(shown).toContain('@@ -7,7 +7,7 @@\n line 7;\n line 8;\n line 9;\n-line 10;\n+LINE 10;\n line 11;');
    expect(shown).not.toContain('\r');
  });

  test('a changed "+" line becomes one edit of that line, with the file\'s CRLF', () => {
    const edited = hunkForEditing(hunk!).replace('+LINE 10;', '+Line ten;\n+line 10b;');
    const outcome = readEditedHunk(hunk!, edited, []);
    expect(outcome.kind).toBe('edit');
    const edit = (outcome as { edit: ReportedEdit }).edit;
    expect({ line: edit.start.line, oldText: edit.oldText, newText: edit.newText }).toEqual({
      line: 10,
      oldText: 'line 10;\r\n',
      newText: 'Line ten;\r\nline 10b;\r\n',
    });
  });

  test('saved as it was: the change as proposed; "+" deleted and "-" kept: nothing', () => {
    expect(readEditedHunk(hunk!, hunkForEditing(hunk!), []).kind).toBe('unchanged');
    const emptied = hunkForEditing(hunk!).replace('-line 10;\n+LINE 10;\n', ' line 10;\n');
    expect(readEditedHunk(hunk!, emptied, []).kind).toBe('nothing');
  });

  test('a changed context line, or a line with no mark, is refused', () => {
    const context = readEditedHunk(hunk!, hunkForEditing(hunk!).replace(' line 8;', ' line eight;'), []);
    expect(context).toMatchObject({ kind: 'refused', reason: expect.stringContaining('are not those of the file') });
    const unmarked = readEditedHunk(hunk!, hunkForEditing(hunk!).replace('+LINE 10;', 'LINE 10;'), []);
    expect(unmarked).toMatchObject({ kind: 'refused', reason: expect.stringContaining('neither') });
  });

  test('an edit that reaches another change of the file is refused', () => {
    const two = changedFile(twenty, '\n', [
      [10, 'line 10', 'LINE 10'],
      [11, 'line 11', 'LINE 11'],
    ]);
    const [first, second] = splitHunk(hunksOf(two)[0]!)!;
    const edited = hunkForEditing(first!).replace(' line 11;', '-line 11;\n+changed 11;');
    expect(readEditedHunk(first!, edited, second!.edits)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('line 11') });
  });
});
