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
export declare function sortEdits<E extends TextEdit>(edits: readonly E[]): E[];
/**
 * Drops exact duplicates (same range, same text): two transforms that agree are not in conflict.
 * Expects sorted input.
 */
export declare function dedupeEdits<E extends TextEdit>(sorted: readonly E[]): E[];
/**
 * Finds overlapping edits in sorted input. Ranges that only touch do not overlap, except two
 * insertions at the same offset, or an insertion inside a replaced range: their order would be a guess.
 */
export declare function findConflicts<E extends TextEdit>(sorted: readonly E[]): EditConflict<E>[];
/** Applies sorted, non-overlapping edits in one pass, building the result from slices of `text`. */
export declare function applyEdits(text: string, sorted: readonly TextEdit[]): string;
/** Where each edit ends up in the edited text, for checking the new tree around it. Expects sorted input. */
export declare function editedRanges(sorted: readonly TextEdit[]): Array<{
    start: number;
    end: number;
}>;
