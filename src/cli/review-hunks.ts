// The questions of `review`, as `git add -p` asks them: a file's edits grouped into hunks (edits
// whose three lines of context meet are one hunk), a hunk split into smaller ones (`s`) where it
// holds more than one edit, and a hunk edited by a person (`e`) turned back into one edit.
import { LineIndex } from '../engine/line-index.js';
import { previewHunks } from '../terminal/change-preview.js';
import type { FileResult, ReportedEdit } from '../run/run-result.js';

/** Lines of context around a change, as git shows them. */
const CONTEXT_LINES = 3;

export interface ReviewHunk {
  readonly file: FileResult;
  /** In file order; never empty. */
  readonly edits: readonly ReportedEdit[];
}

/** A file's edits as hunks: an edit joins the previous hunk when at most 2 x context lines lie between them. */
export function hunksOf(file: FileResult): ReviewHunk[] {
  const hunks: ReportedEdit[][] = [];
  const sorted = [...file.edits].sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  for (const edit of sorted) {
    const current = hunks.at(-1);
    const last = current?.at(-1);
    if (current && last && edit.start.line - last.end.line - 1 <= 2 * CONTEXT_LINES) current.push(edit);
    else hunks.push([edit]);
  }
  return hunks.map((edits) => ({ file, edits }));
}

/** `s`: one hunk per edit; undefined when the hunk holds a single edit and cannot be split. */
export function splitHunk(hunk: ReviewHunk): ReviewHunk[] | undefined {
  return hunk.edits.length > 1 ? hunk.edits.map((edit) => ({ file: hunk.file, edits: [edit] })) : undefined;
}

/** The edits of a hunk in the engine's form, for previews. */
export function textEditsOf(edits: readonly ReportedEdit[]): { start: number; end: number; text: string }[] {
  return edits.map((edit) => ({ start: edit.start.offset, end: edit.end.offset, text: edit.newText }));
}

/** What a person is given to edit (`e`), with git's instructions as comment lines. */
export function hunkForEditing(hunk: ReviewHunk): string {
  const [preview] = previewHunks(hunk.file.change!.source.text, textEditsOf(hunk.edits), CONTEXT_LINES);
  return [
    `@@ -${preview!.oldStart},${preview!.oldLines} +${preview!.newStart},${preview!.newLines} @@`,
    ...preview!.lines,
    '# ---',
    '# To leave out a line marked "+", delete it. To keep a line marked "-", change its "-" to a space.',
    '# Lines marked " " and "-" must stay as they are; add lines marked "+" where you want them.',
    '# Lines starting with # are removed. An empty hunk (every "+" deleted, every "-" a space) skips the change.',
    '',
  ].join('\n');
}

/** The result of reading back an edited hunk. */
export type EditedHunk =
  | { readonly kind: 'edit'; readonly edit: ReportedEdit }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Turns the edited hunk back into one edit of the original text: the lines marked " " and "-"
 * must be the original's, the new text is the lines marked " " and "+". Only the lines that differ
 * are replaced, and they must not reach into another change of the file (`others`).
 */
export function readEditedHunk(hunk: ReviewHunk, edited: string, others: readonly ReportedEdit[]): EditedHunk {
  const text = hunk.file.change!.source.text;
  const [preview] = previewHunks(text, textEditsOf(hunk.edits), CONTEXT_LINES);
  const body = edited.split(/\r?\n/).filter((line) => !line.startsWith('#') && !line.startsWith('@@'));
  while (body.length > 0 && body.at(-1) === '') body.pop();
  const oldSide = (lines: readonly string[]) =>
    lines.filter((line) => line.startsWith(' ') || line.startsWith('-') || line === '').map((line) => line.slice(1));
  const newSide = (lines: readonly string[]) =>
    lines.filter((line) => line.startsWith(' ') || line.startsWith('+') || line === '').map((line) => line.slice(1));
  const bad = body.find((line) => line !== '' && !/^[ +-]/.test(line));
  if (bad !== undefined) return { kind: 'refused', reason: `a line starts with neither " ", "+" nor "-": ${JSON.stringify(bad)}` };
  if (oldSide(body).join('\n') !== oldSide(preview!.lines).join('\n'))
    return {
      kind: 'refused',
      reason: 'the lines marked " " or "-" are not those of the file (only "+" lines may be added, changed or deleted)',
    };
  const newLines = newSide(body);
  if (newLines.join('\n') === newSide(preview!.lines).join('\n')) return { kind: 'unchanged' };

  // The original lines of the hunk, each with its own line end, and where they start.
  const lineIndex = new LineIndex(text);
  const oldLines = oldSide(preview!.lines);
  // Lines as the diff counts them: ended by LF (a CR before it belongs to the line end).
  const starts = [0];
  for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) starts.push(offset + 1);
  const lineStart = (line: number) => starts[line - 1] ?? text.length;
  const regionStart = lineStart(preview!.oldStart);
  const withEnds: string[] = [];
  for (let index = 0, offset = regionStart; index < oldLines.length; index++) {
    const next = index + 1 < oldLines.length ? lineStart(preview!.oldStart + index + 1) : endOfLine(text, offset);
    withEnds.push(text.slice(offset, next));
    offset = next;
  }
  // Trim the lines both sides share, so that only what differs is replaced.
  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
  let tail = 0;
  while (tail < oldLines.length - head && tail < newLines.length - head && oldLines.at(-1 - tail) === newLines.at(-1 - tail)) tail++;
  const start = regionStart + withEnds.slice(0, head).join('').length;
  const end = regionStart + withEnds.slice(0, oldLines.length - tail).join('').length;
  const eol = /\r\n$/.test(withEnds[0] ?? '') ? '\r\n' : '\n';
  const replaced = newLines.slice(head, newLines.length - tail);
  let newText = replaced.map((line) => `${line}${eol}`).join('');
  // At the end of a file without a final line break, the last line keeps having none.
  if (end === text.length && !/\n$/.test(text) && newText.endsWith(eol)) newText = newText.slice(0, -eol.length);
  if (start === end && newText === '') return { kind: 'nothing' };
  if (text.slice(start, end) === newText) return { kind: 'nothing' };
  const clash = others.find((other) => other.start.offset < Math.max(end, start + 1) && other.end.offset > start - (start === end ? 1 : 0));
  if (clash !== undefined)
    return {
      kind: 'refused',
      reason: `the edited lines reach line ${clash.start.line}, which another change of this file touches; answer that one first`,
    };
  const position = (offset: number) => ({ offset, ...lineIndex.positionAt(offset) });
  return {
    kind: 'edit',
    edit: { transform: 'review-edit', start: position(start), end: position(end), oldText: text.slice(start, end), newText },
  };
}

/** The offset after the line break that ends the line at `offset` (or the end of the text). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}
