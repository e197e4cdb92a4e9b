// Colours a git-style patch the way git's default diff colours do: the header lines bold, the
// `@@ ... @@` of a hunk cyan, removed lines red, added lines green, context plain. Works on bytes,
// so an 8-bit (latin1) patch keeps its bytes; only escape codes are added, never a byte removed.
const BOLD = Buffer.from('\u001b[1m');
const CYAN = Buffer.from('\u001b[36m');
const RED = Buffer.from('\u001b[31m');
const GREEN = Buffer.from('\u001b[32m');
const RESET = Buffer.from('\u001b[m');
const NEWLINE = 0x0a;
const CR = 0x0d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const AT = 0x40;
/** `patch` (one or more whole file patches) with colour codes around each line's text. */
export function colorPatch(patch) {
    const pieces = [];
    let inHunk = false;
    let start = 0;
    while (start < patch.length) {
        const newline = patch.indexOf(NEWLINE, start);
        const end = newline === -1 ? patch.length : newline + 1;
        // The colour closes before the line break, so a CR stays next to its LF.
        let textEnd = newline === -1 ? patch.length : newline;
        if (textEnd > start && patch[textEnd - 1] === CR)
            textEnd--;
        const line = patch.subarray(start, textEnd);
        const lineEnd = patch.subarray(textEnd, end);
        if (startsWith(line, 'diff --git '))
            inHunk = false;
        if (line[0] === AT && startsWith(line, '@@ ')) {
            inHunk = true;
            // Only the range is cyan; git shows the function context after it plain.
            const close = line.indexOf(' @@', 3);
            const rangeEnd = close === -1 ? line.length : close + 3;
            pieces.push(CYAN, line.subarray(0, rangeEnd), RESET, line.subarray(rangeEnd), lineEnd);
        }
        else if (!inHunk) {
            pieces.push(BOLD, line, RESET, lineEnd);
        }
        else if (line[0] === MINUS) {
            pieces.push(RED, line, RESET, lineEnd);
        }
        else if (line[0] === PLUS) {
            pieces.push(GREEN, line, RESET, lineEnd);
        }
        else {
            pieces.push(line, lineEnd);
        }
        start = end;
    }
    return Buffer.concat(pieces);
}
function startsWith(line, prefix) {
    return line.length >= prefix.length && line.toString('latin1', 0, prefix.length) === prefix;
}
