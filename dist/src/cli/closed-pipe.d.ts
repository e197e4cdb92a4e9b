/** True for the errors of a write into a pipe whose reader has gone. */
export declare function isClosedPipeError(thrown: unknown): boolean;
/** Records the first error `stream` meets instead of letting an unhandled 'error' event crash the process. */
export declare function watchOutput(stream: NodeJS.WritableStream): void;
/** The first error a watched stream met, or undefined. */
export declare function outputFailure(stream: NodeJS.WritableStream): unknown;
/** Keeps a closed pipe on `stream` from crashing the process (an 'error' event without a listener throws). */
export declare function ignoreClosedPipe(stream: NodeJS.WritableStream): void;
