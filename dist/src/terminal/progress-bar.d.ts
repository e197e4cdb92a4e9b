/** Runs over fewer files finish before a bar would help. */
export declare const PROGRESS_MIN_FILES = 50;
export declare class ProgressBar {
    private readonly stream;
    private readonly total;
    private lastDraw;
    private drawn;
    constructor(stream: NodeJS.WritableStream, total: number);
    /** Redraws at most every 80 ms, and always for the last file. */
    update(done: number): void;
    /** Clears the bar so the report starts on a clean line. */
    finish(): void;
}
/**
 * A bar only on a terminal, never for machine-readable stdout formats, and only for runs long
 * enough to need one (unless --progress asks for it on any run).
 */
export declare function shouldShowProgress(options: {
    stderrIsTTY: boolean | undefined;
    /** stdout carries a format that a program reads (JSON, SARIF, annotations). */
    machineReadable: boolean;
    flag: boolean | undefined;
    fileCount: number;
}): boolean;
