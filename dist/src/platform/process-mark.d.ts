/** `<pid>` or `<pid>.<start ticks>`: as it appears in temp file names and lock files. */
export type ProcessMark = string;
/** The text a mark is found by in a name or a file: a pid, then optionally a dot and the start ticks. */
export declare const MARK_PATTERN: string;
/** This process's mark. */
export declare function ownMark(): ProcessMark;
/** The pid a mark names. */
export declare function pidOf(mark: ProcessMark): number;
/** Whether the process a mark names is still running; a mark with only a pid is judged by the pid. */
export declare function isRunning(mark: ProcessMark): boolean;
