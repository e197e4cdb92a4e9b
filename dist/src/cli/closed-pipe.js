// Errors of writes into stdout and stderr. When the reader of a pipe goes away (`ucma-codemod diff |
// head`, a pager quit early), writes fail with EPIPE: for the commands that only report, that is
// the reader's choice, not a failure: the rest of the output is dropped quietly and the command
// exits with its own status. apply treats it as a failed output (see output-sink). Any other
// error (a full disk: ENOSPC) is recorded here, never thrown from an event (which would abort the
// process with a stack trace), and makes the run exit 2 with one line (see bin.ts).
/** True for the errors of a write into a pipe whose reader has gone. */
export function isClosedPipeError(thrown) {
    const code = thrown?.code;
    return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
const failures = new WeakMap();
/** Records the first error `stream` meets instead of letting an unhandled 'error' event crash the process. */
export function watchOutput(stream) {
    stream.on('error', (thrown) => {
        if (!failures.has(stream))
            failures.set(stream, thrown);
    });
}
/** The first error a watched stream met, or undefined. */
export function outputFailure(stream) {
    return failures.get(stream);
}
/** Keeps a closed pipe on `stream` from crashing the process (an 'error' event without a listener throws). */
export function ignoreClosedPipe(stream) {
    stream.on('error', (thrown) => {
        if (!isClosedPipeError(thrown))
            throw thrown;
    });
}
