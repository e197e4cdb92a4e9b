export interface FixHintContext {
    /** The check judged the staged content: the fix must be added to the index too. */
    readonly staged: boolean;
    /** The command-line flags of the run that change what apply does, ready to paste. */
    readonly flags: readonly string[];
    /** The run's path arguments, ready to paste. */
    readonly paths: readonly string[];
    /** The check judged stdin as this file (--stdin-filepath), quoted for the shell. */
    readonly stdinFilepath?: string;
}
/** Listing more files than this makes the hint longer than the output it follows. */
export declare const MAX_LISTED_FILES = 10;
/** `files`: the changed files, quoted for the shell. */
export declare function formatFixHint(files: readonly string[], context: FixHintContext): string;
