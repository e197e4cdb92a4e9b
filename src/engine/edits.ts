// Text edits as ranges on the original text: sorting, conflict detection and one-pass application.

/** Replace `text.slice(start, end)` with `text`. An insertion has `start === end`; a removal has `text === ''`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The id of the transform's rule that made it, for transforms made of several rules. */
  readonly rule?: string;
  /** How the transform proved the change is needed, in a sentence (see Diagnostic.evidence). */
  readonly evidence?: string;
  /**
   * What the change does, in words, naming the member and its replacement where there is one
   * (`InstantMessagingFlow.BeginSendMessage(...) is obsolete in UCMA 4.0: renamed to ...`): shown
   * beside a needed change in the text report, annotations and SARIF. Default: the transform's title.
   */
  readonly message?: string;
}

/** An edit together with the transform that asked for it, so conflicts can name both sides. */
export interface OwnedEdit extends TextEdit {
  readonly transformId: string;
}

/** Two edits that touch the same text; applying both would be a guess. */
export interface EditConflict<E extends TextEdit = OwnedEdit> {
  readonly first: E;
  readonly second: E;
}

/** Sorts by start, then end; equal edits keep their order (Array.prototype.sort is stable). */
export function sortEdits<E extends TextEdit>(edits: readonly E[]): E[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Drops exact duplicates (same range, same text): two transforms that agree are not in conflict.
 * Expects sorted input.
 */
export function dedupeEdits<E extends TextEdit>(sorted: readonly E[]): E[] {
  const result: E[] = [];
  for (const edit of sorted) {
    const last = result[result.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    result.push(edit);
  }
  return result;
}

/**
 * Finds overlapping edits in sorted input. Ranges that only touch do not overlap, except two
 * insertions at the same offset, or an insertion inside a replaced range: their order would be a guess.
 */
export function findConflicts<E extends TextEdit>(sorted: readonly E[]): EditConflict<E>[] {
  const conflicts: EditConflict<E>[] = [];
  let reach: E | undefined;
  for (const edit of sorted) {
    if (reach && overlaps(reach, edit)) conflicts.push({ first: reach, second: edit });
    if (!reach || edit.end > reach.end || (edit.end === reach.end && edit.start === edit.end)) reach = edit;
  }
  return conflicts;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Applies sorted, non-overlapping edits in one pass, building the result from slices of `text`. */
export function applyEdits(text: string, sorted: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.start > edit.end || edit.end > text.length) {
      throw new RangeError(`edit ${edit.start}-${edit.end} is out of order or outside the text (length ${text.length})`);
    }
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Where each edit ends up in the edited text, for checking the new tree around it. Expects sorted input. */
export function editedRanges(sorted: readonly TextEdit[]): Array<{ start: number; end: number }> {
  let shift = 0;
  return sorted.map((edit) => {
    const start = edit.start + shift;
    shift += edit.text.length - (edit.end - edit.start);
    return { start, end: start + edit.text.length };
  });
}
