import type { FileResult, ReportedEdit } from '../run/run-result.js';
export interface ReviewHunk {
    readonly file: FileResult;
    /** In file order; never empty. */
    readonly edits: readonly ReportedEdit[];
}
/** A file's edits as hunks: an edit joins the previous hunk when at most 2 x context lines lie between them. */
export declare function hunksOf(file: FileResult): ReviewHunk[];
/** `s`: one hunk per edit; undefined when the hunk holds a single edit and cannot be split. */
export declare function splitHunk(hunk: ReviewHunk): ReviewHunk[] | undefined;
/** The edits of a hunk in the engine's form, for previews. */
export declare function textEditsOf(edits: readonly ReportedEdit[]): {
    start: number;
    end: number;
    text: string;
}[];
/** What a person is given to edit (`e`), with git's instructions as comment lines. */
export declare function hunkForEditing(hunk: ReviewHunk): string;
/** The result of reading back an edited hunk. */
export type EditedHunk = {
    readonly kind: 'edit';
    readonly edit: ReportedEdit;
} | {
    readonly kind: 'unchanged';
} | {
    readonly kind: 'nothing';
} | {
    readonly kind: 'refused';
    readonly reason: string;
};
/**
 * Turns the edited hunk back into one edit of the original text: the lines marked " " and "-"
 * must be the original's, the new text is the lines marked " " and "+". Only the lines that differ
 * are replaced, and they must not reach into another change of the file (`others`).
 */
export declare function readEditedHunk(hunk: ReviewHunk, edited: string, others: readonly ReportedEdit[]): EditedHunk;
