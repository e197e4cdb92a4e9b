/** A 1-based line and column; the column counts UTF-16 code units, like editors' "character" positions. */
export interface LineColumn {
    readonly line: number;
    readonly column: number;
}
/** Precomputes line starts once so that many lookups stay cheap. Any of CRLF, LF, CR ends a line. */
export declare class LineIndex {
    private readonly text;
    private readonly lineStarts;
    constructor(text: string);
    /** The line and column of `offset` (clamped into the text). */
    positionAt(offset: number): LineColumn;
}
/** The 1-based line and column of one offset; for many lookups build a LineIndex once. */
export declare function positionAt(text: string, offset: number): LineColumn;
