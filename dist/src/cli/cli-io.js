// What the CLI reads and writes: the real process in production, fakes or pipes in tests.
import { isClosedPipeError } from './closed-pipe.js';
/** Writes text and returns `code`, for one-line command endings. */
export function writeAndReturn(stream, text, code) {
    stream.write(text);
    return code;
}
/**
 * Writes bytes and waits until the stream took them, so a piped reader gets everything; resolves
 * 'closed' when the reader has gone (see closed-pipe), rejects on any other error.
 */
export function writeBytes(stream, bytes) {
    if (bytes.length === 0)
        return Promise.resolve('written');
    return new Promise((resolvePromise, reject) => {
        stream.write(bytes, (thrown) => {
            if (!thrown)
                resolvePromise('written');
            else if (isClosedPipeError(thrown))
                resolvePromise('closed');
            else
                reject(thrown);
        });
    });
}
