// Text edits as ranges on the original text: sorting, conflict detection and one-pass application.
/** Sorts by start, then end; equal edits keep their order (Array.prototype.sort is stable). */
export function sortEdits(edits) {
    return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}
/**
 * Drops exact duplicates (same range, same text): two transforms that agree are not in conflict.
 * Expects sorted input.
 */
export function dedupeEdits(sorted) {
    const result = [];
    for (const edit of sorted) {
        const last = result[result.length - 1];
        if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text)
            continue;
        result.push(edit);
    }
    return result;
}
/**
 * Finds overlapping edits in sorted input. Ranges that only touch do not overlap, except two
 * insertions at the same offset, or an insertion inside a replaced range: their order would be a guess.
 */
export function findConflicts(sorted) {
    const conflicts = [];
    let reach;
    for (const edit of sorted) {
        if (reach && overlaps(reach, edit))
            conflicts.push({ first: reach, second: edit });
        if (!reach || edit.end > reach.end || (edit.end === reach.end && edit.start === edit.end))
            reach = edit;
    }
    return conflicts;
}
function overlaps(a, b) {
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    if (a.start === a.end)
        return b.start < a.start && a.start < b.end;
    if (b.start === b.end)
        return a.start < b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}
/** Applies sorted, non-overlapping edits in one pass, building the result from slices of `text`. */
export function applyEdits(text, sorted) {
    const parts = [];
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
export function editedRanges(sorted) {
    let shift = 0;
    return sorted.map((edit) => {
        const start = edit.start + shift;
        shift += edit.text.length - (edit.end - edit.start);
        return { start, end: start + edit.text.length };
    });
}
