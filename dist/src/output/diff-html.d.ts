/** One file's patch as a side-by-side diff (diff2html escapes every line and name it writes). */
export declare function sideBySideDiff(patch: string): string;
/** diff2html's own stylesheet, for inlining. */
export declare function diffStylesheet(): string;
