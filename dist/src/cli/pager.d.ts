/** The pager command to run, or undefined for none. */
export declare function choosePager(stdout: {
    isTTY?: boolean;
}, env: NodeJS.ProcessEnv, noPager: boolean): string | undefined;
export interface Pager {
    readonly input: NodeJS.WritableStream;
    /** Ends the pager's input and waits until the user leaves it. */
    close(): Promise<void>;
}
/** Starts the pager; undefined when it cannot start (then the caller writes to stdout). */
export declare function startPager(command: string, env: NodeJS.ProcessEnv): Promise<Pager | undefined>;
