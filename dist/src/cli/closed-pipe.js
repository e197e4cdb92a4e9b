// When the reader of stdout or stderr goes away (`ucma-codemod diff | head`, a pager quit early),
// writes fail with EPIPE. That is the reader's choice, not a failure of the command: the rest of
// the output is dropped quietly, the command finishes (apply still writes its files) and exits
// with its own status.
/** True for the errors of a write into a pipe whose reader has gone. */
export function isClosedPipeError(thrown) {
    const code = thrown?.code;
    return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
/** Keeps a closed pipe on `stream` from crashing the process (an 'error' event without a listener throws). */
export function ignoreClosedPipe(stream) {
    stream.on('error', (thrown) => {
        if (!isClosedPipeError(thrown))
            throw thrown;
    });
}
