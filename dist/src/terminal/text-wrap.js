// Greedy word wrapping for terminal output and commit messages.
/** Splits `text` into lines of at most `width` characters, breaking at spaces (a longer word gets its own line). */
export function wrapText(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((w) => w !== '')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
