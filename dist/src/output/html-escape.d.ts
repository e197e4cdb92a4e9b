/**
 * Text safe in element content and in quoted attribute values: `& < > " '` as entities; U+2028 and
 * U+2029 as character references (they end a line in older JavaScript parsers); C0 controls other
 * than tab, line feed and carriage return, and DEL, which HTML does not allow, shown as `\xNN`;
 * unpaired surrogates as U+FFFD.
 */
export declare function escapeHtml(text: string): string;
/** The raw-text characters that must not appear in an HTML page even inside markup made by a library. */
export declare function escapeLineSeparators(html: string): string;
