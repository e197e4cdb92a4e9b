/** The offset of the first syntax error in `text`, or undefined when it is valid JSON. Iterative: any depth. */
export declare function jsonSyntaxErrorOffset(text: string): number | undefined;
/** 1-based line and column of `offset` in `text`. */
export declare function lineAndColumn(text: string, offset: number): {
    line: number;
    column: number;
};
