// Turns text offsets into 1-based line and column numbers for messages and reports.
/** Precomputes line starts once so that many lookups stay cheap. Any of CRLF, LF, CR ends a line. */
export class LineIndex {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 13 && text.charCodeAt(i + 1) === 10)
                i++;
            if (code === 10 || code === 13)
                this.lineStarts.push(i + 1);
        }
    }
    /** The line and column of `offset` (clamped into the text). */
    positionAt(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1 };
    }
}
/** The 1-based line and column of one offset; for many lookups build a LineIndex once. */
export function positionAt(text, offset) {
    return new LineIndex(text).positionAt(offset);
}
