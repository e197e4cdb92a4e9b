import { UserError } from '../platform/user-error.js';
export interface OutputSink {
    write(bytes: Buffer): Promise<void>;
    /** Flushes and closes; for the pager, waits until the user leaves it. A file is complete only now. */
    close(): Promise<void>;
    /** Ends a run that failed: a file is left as it was before the run; stdout is closed as by close(). */
    abort(): Promise<void>;
}
export interface StdoutSinkOptions {
    /** Colour the bytes as a patch (the diff format, colour wanted for stdout). */
    readonly colorPatch: boolean;
    /** The pager command, or undefined to write to stdout directly. */
    readonly pager: string | undefined;
    /** A closed pipe fails the output too (apply: its record of what it wrote must not vanish unseen). */
    readonly closedPipeFails?: boolean;
}
/** The product could not be written (a full disk, a closed pipe where that counts): exit 2. */
export declare class OutputFailedError extends UserError {
    constructor(target: string, thrown: unknown);
}
/** stdout; the pager starts with the first bytes, so a run that prints nothing never shows one. */
export declare function stdoutSink(stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv, options: StdoutSinkOptions): OutputSink;
/**
 * The `-o` file: never through a link (the file, or a folder below the working directory), never
 * into a FIFO or socket. A report built whole goes into a temp file beside it, renamed over it once
 * complete, so a failed or stopped run leaves the old file as it was; a streamed one (`streamed`:
 * the patch, the names) is written in place as the run goes, so it can be followed. A device
 * (`/dev/null`) is written directly.
 */
export declare function fileSink(cwd: string, output: string, { streamed }: {
    readonly streamed: boolean;
}): Promise<OutputSink>;
/** Removes the temp files of the report files being written (a signal ends the run; the old files stay). */
export declare function removeReportTemps(): void;
/** A report file being written (see fileSink): bytes in, then commit (rename into place) or abort (nothing changes). */
export interface ReportFile {
    write(bytes: Buffer): Promise<void>;
    commit(): Promise<void>;
    abort(): Promise<void>;
}
/**
 * Opens the report file `output` for writing without following a link: the one way every report
 * file (`-o`, each `--output-dir` part, a new plan file) is written; see fileSink. Whole unless
 * `streamed`.
 */
export declare function openReportFile(cwd: string, output: string, failed: (thrown: unknown) => UserError, { streamed }?: {
    readonly streamed?: boolean;
}): Promise<ReportFile>;
