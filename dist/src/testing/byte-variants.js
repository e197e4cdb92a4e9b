// Derives line-ending and BOM variants of a fixture, so every case is also checked as CRLF/LF and with/without BOM.
import { detectLineEnding } from '../engine/source-text.js';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The variants that make sense for this input: the other line-ending style, and the other BOM state. */
export function variantsFor(input) {
    const variants = [];
    const text = input.toString('latin1');
    const style = detectLineEnding(text);
    if (style === 'lf')
        variants.push({ label: 'as CRLF', convert: (bytes) => toLatin1(fromLatin1(bytes).replace(/\n/g, '\r\n')) });
    if (style === 'crlf')
        variants.push({ label: 'as LF', convert: (bytes) => toLatin1(fromLatin1(bytes).replace(/\r\n/g, '\n')) });
    const hasBom = input.subarray(0, 3).equals(BOM);
    if (hasBom)
        variants.push({ label: 'without BOM', convert: (bytes) => (bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes) });
    else if (isUtf8(input))
        variants.push({ label: 'with BOM', convert: (bytes) => Buffer.concat([BOM, bytes]) });
    return variants;
}
// Line breaks are ASCII, so converting them byte-wise through latin1 is safe for any encoding.
function fromLatin1(bytes) {
    return bytes.toString('latin1');
}
function toLatin1(text) {
    return Buffer.from(text, 'latin1');
}
function isUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
