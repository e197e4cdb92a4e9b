// Reads answers one line at a time from a terminal or a pipe; undefined once the input ends.
// Nothing is read from the input until the first next(), and close() stops reading, so a
// terminal is left alone once the answers are in (the process can exit, later typing goes to the shell).
import { createInterface } from 'node:readline';
export class LineReader {
    input;
    readline;
    lines;
    ended = false;
    constructor(input) {
        this.input = input;
    }
    async next() {
        if (this.ended)
            return undefined;
        if (!this.lines) {
            this.readline = createInterface({ input: this.input, crlfDelay: Infinity, terminal: false });
            this.lines = this.readline[Symbol.asyncIterator]();
        }
        const { value, done } = await this.lines.next();
        if (done) {
            this.ended = true;
            return undefined;
        }
        return value;
    }
    close() {
        this.ended = true;
        // Closing the interface pauses the input; ending the iterator alone leaves a terminal being read.
        this.readline?.close();
        this.readline = undefined;
        this.lines = undefined;
    }
}
