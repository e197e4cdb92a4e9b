// What the CLI reads and writes: the real process in production, fakes or pipes in tests.
import { isClosedPipeError } from './closed-pipe.js';
/** Writes text and returns `code`, for one-line command endings. */
export function writeAndReturn(stream, text, code) {
    stream.write(text);
    return code;
}
/** Writes bytes and waits until the stream took them, so a piped reader gets everything (or has gone: see closed-pipe). */
export function writeBytes(stream, bytes) {
    if (bytes.length === 0)
        return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
        stream.write(bytes, (thrown) => (thrown && !isClosedPipeError(thrown) ? reject(thrown) : resolvePromise()));
    });
}
