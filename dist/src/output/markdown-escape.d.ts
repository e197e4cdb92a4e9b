/**
 * Backslash-escapes the punctuation that means something inside a line (emphasis, code, links,
 * table cells, strike-through), writes `< > &` as entities, and keeps the text on one line. Text
 * that begins a list item or a table cell also has a leading heading, quote or list marker escaped.
 */
export declare function escapeMarkdown(text: string): string;
/** A link whose text is escaped and whose parentheses are percent-encoded; a URL that is not http(s) is shown as text only. */
export declare function markdownLink(title: string, url: string | undefined): string;
