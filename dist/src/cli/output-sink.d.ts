export interface OutputSink {
    write(bytes: Buffer): Promise<void>;
    /** Flushes and closes; for the pager, waits until the user leaves it. */
    close(): Promise<void>;
}
export interface StdoutSinkOptions {
    /** Colour the bytes as a patch (the diff format, colour wanted for stdout). */
    readonly colorPatch: boolean;
    /** The pager command, or undefined to write to stdout directly. */
    readonly pager: string | undefined;
}
/** stdout; the pager starts with the first bytes, so a run that prints nothing never shows one. */
export declare function stdoutSink(stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv, options: StdoutSinkOptions): OutputSink;
/** The `-o` file, created (or emptied) now and written as the output comes. */
export declare function fileSink(cwd: string, output: string): Promise<OutputSink>;
