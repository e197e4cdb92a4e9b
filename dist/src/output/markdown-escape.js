// Escaping for Markdown (CommonMark and GitHub's flavour, which also renders inline HTML): text from
// the code base becomes literal text in a paragraph, a list item or a table cell.
/**
 * Backslash-escapes the punctuation that means something inside a line (emphasis, code, links,
 * table cells, strike-through), writes `< > &` as entities, and keeps the text on one line. Text
 * that begins a list item or a table cell also has a leading heading, quote or list marker escaped.
 */
export function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        .replace(/^(\s*)([#+\-=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
/** A link whose text is escaped and whose parentheses are percent-encoded; a URL that is not http(s) is shown as text only. */
export function markdownLink(title, url) {
    if (!url || !/^https?:\/\/[^\s<>]+$/.test(url))
        return escapeMarkdown(title);
    return `[${escapeMarkdown(title)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}
