// Escaping for HTML text and attribute values: every text that comes from the code base (file
// names, messages, code) goes through here before it is written into a report page.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Text safe in element content and in quoted attribute values: `& < > " '` as entities; U+2028 and
 * U+2029 as character references (they end a line in older JavaScript parsers); C0 controls other
 * than tab, line feed and carriage return, and DEL, which HTML does not allow, shown as `\xNN`;
 * unpaired surrogates as U+FFFD.
 */
export function escapeHtml(text) {
    return text
        .replace(/[&<>"']/g, (character) => ENTITIES[character])
        .replace(/[\u2028\u2029]/g, (character) => `&#x${character.charCodeAt(0).toString(16)};`)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
/** The raw-text characters that must not appear in an HTML page even inside markup made by a library. */
export function escapeLineSeparators(html) {
    return html.replace(/[\u2028\u2029]/g, (character) => `&#x${character.charCodeAt(0).toString(16)};`);
}
