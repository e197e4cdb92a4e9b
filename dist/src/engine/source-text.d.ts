import { UserError } from '../platform/user-error.js';
/** How the bytes map to text. `latin1` is the byte-preserving fallback for 8-bit code pages. */
export type TextEncoding = 'utf-8' | 'latin1';
/** The file's line-break style, as found on read. */
export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';
/** A decoded source file: `text` excludes the BOM; all offsets in the tool index into `text`. */
export interface SourceText {
    readonly text: string;
    readonly bom: boolean;
    readonly encoding: TextEncoding;
    readonly lineEnding: LineEnding;
}
/** Thrown for bytes that a text patch cannot carry (UTF-16/UTF-32, binary). */
export declare class UnsupportedEncodingError extends UserError {
    constructor(reason: string, details?: readonly string[]);
}
/** What the bytes are, found without decoding them: the BOM, the encoding and the body after the BOM. */
export interface InspectedBytes {
    readonly bom: boolean;
    readonly encoding: TextEncoding;
    readonly body: Buffer;
}
/**
 * Decides how file bytes decode, without decoding them; throws UnsupportedEncodingError for bytes
 * a text patch cannot carry. Valid UTF-8 (with or without BOM) is UTF-8; anything else that is
 * free of NUL bytes is latin1, which maps each byte to one character and back, so legacy
 * Windows-1252 files survive byte for byte.
 */
export declare function inspectBytes(bytes: Uint8Array): InspectedBytes;
/** Decodes file bytes as `inspectBytes` decides. */
export declare function decodeSource(bytes: Uint8Array): SourceText;
/** The text of bytes `inspectBytes` has judged (its body, after any BOM, in its encoding). */
export declare function decodeBody({ encoding, body }: Pick<InspectedBytes, 'encoding' | 'body'>): string;
/**
 * Decodes bytes whose BOM and encoding `inspectBytes` already found (in a worker thread, which
 * then need not send the text back): the same SourceText as `decodeSource`, without the checks.
 */
export declare function decodeInspected(bytes: Uint8Array, inspected: Omit<SourceText, 'text'>): SourceText;
/** Encodes text (without BOM) the way `source` was read. */
export declare function encodeSource(source: Pick<SourceText, 'bom' | 'encoding'>, text: string): Buffer;
/** The text as it appears in a patch: the BOM, if any, is part of the first line. */
export declare function textWithBom(source: Pick<SourceText, 'bom'>, text: string): string;
/** Counts CRLF, lone LF and lone CR breaks and names the style. */
export declare function detectLineEnding(text: string): LineEnding;
/**
 * Rewrites the line breaks of inserted text into the file's own style. For a mixed file the break
 * of the line being edited wins; a file with no break at all gets LF.
 */
export declare function adaptLineBreaks(inserted: string, source: Pick<SourceText, 'lineEnding'>, text: string, offset: number): string;
/** True when the text is plain ASCII: the only text that means the same in every 8-bit code page. */
export declare function isAscii(text: string): boolean;
