// A one-line progress bar on stderr for long runs; only on a terminal.
/** Runs over fewer files finish before a bar would help. */
export const PROGRESS_MIN_FILES = 50;
const REDRAW_MS = 80;
export class ProgressBar {
    stream;
    total;
    lastDraw = 0;
    drawn = false;
    constructor(stream, total) {
        this.stream = stream;
        this.total = total;
    }
    /** Redraws at most every 80 ms, and always for the last file. */
    update(done) {
        const now = Date.now();
        if (done < this.total && now - this.lastDraw < REDRAW_MS)
            return;
        this.lastDraw = now;
        const width = 30;
        const filled = Math.round((done / this.total) * width);
        this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files`);
        this.drawn = true;
    }
    /** Clears the bar so the report starts on a clean line. */
    finish() {
        if (this.drawn)
            this.stream.write('\r\u001b[K');
    }
}
/**
 * A bar only on a terminal, never for machine-readable stdout formats, and only for runs long
 * enough to need one (unless --progress asks for it on any run).
 */
export function shouldShowProgress(options) {
    if (options.flag === false || !options.stderrIsTTY)
        return false;
    if (options.machineReadable)
        return false;
    return options.flag === true || options.fileCount >= PROGRESS_MIN_FILES;
}
