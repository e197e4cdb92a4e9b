/** True for the errors of a write into a pipe whose reader has gone. */
export declare function isClosedPipeError(thrown: unknown): boolean;
/** Keeps a closed pipe on `stream` from crashing the process (an 'error' event without a listener throws). */
export declare function ignoreClosedPipe(stream: NodeJS.WritableStream): void;
