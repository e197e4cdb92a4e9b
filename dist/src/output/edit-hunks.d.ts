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
export declare function hunksFromEdits(oldText: string, newText: string, edits: readonly HunkEdit[], context: number, starts?: readonly number[]): PatchHunk[] | undefined;
/** Where each line of `text` starts, plus `text.length` at the end; a line ends after its `\n` (a CR is part of a line). */
export declare function lineStarts(text: string): number[];
