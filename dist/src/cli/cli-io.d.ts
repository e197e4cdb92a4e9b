export interface CliIo {
    readonly stdin: NodeJS.ReadableStream & {
        isTTY?: boolean;
        fd?: number;
    };
    readonly stdout: NodeJS.WritableStream & {
        isTTY?: boolean;
        columns?: number;
    };
    readonly stderr: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
}
/** Writes text and returns `code`, for one-line command endings. */
export declare function writeAndReturn(stream: NodeJS.WritableStream, text: string, code: number): number;
/**
 * Writes bytes and waits until the stream took them, so a piped reader gets everything; resolves
 * 'closed' when the reader has gone (see closed-pipe), rejects on any other error.
 */
export declare function writeBytes(stream: NodeJS.WritableStream, bytes: Buffer): Promise<'written' | 'closed'>;
