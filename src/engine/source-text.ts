// Decodes a source file's bytes into text that tree-sitter can parse, and encodes edited text
// back so that every byte outside an edit is exactly what was read.
import { isUtf8 } from 'node:buffer';
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
export class UnsupportedEncodingError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const BOM_CHAR = '\uFEFF';

const WIDE_BOMS: ReadonlyArray<{ bytes: number[]; name: string }> = [
  // UTF-32 LE must be tested before UTF-16 LE: it starts with the same two bytes.
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 BE' },
];

// Keeps a second BOM in the body as text; the input is validated first, so `fatal` never fires.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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
export function inspectBytes(bytes: Uint8Array): InspectedBytes {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const bom of WIDE_BOMS) {
    if (startsWith(buffer, bom.bytes)) {
      throw new UnsupportedEncodingError(
        `file is ${bom.name} (byte order mark found); a text patch cannot carry it. ` +
          'Convert it to UTF-8 first (for example in Visual Studio: File > Advanced Save Options).',
      );
    }
  }
  if (buffer.includes(0)) {
    throw new UnsupportedEncodingError('file contains NUL bytes (binary, or UTF-16/UTF-32 without a byte order mark); left alone.');
  }
  const bom = startsWith(buffer, [...UTF8_BOM]);
  const body = bom ? buffer.subarray(UTF8_BOM.length) : buffer;
  if (isUtf8(body)) return { bom, encoding: 'utf-8', body };
  // A UTF-8 BOM followed by invalid UTF-8: decoding it either way would be a guess.
  if (bom) throw new UnsupportedEncodingError('file starts with a UTF-8 byte order mark but is not valid UTF-8.');
  return { bom, encoding: 'latin1', body };
}

/** Decodes file bytes as `inspectBytes` decides. */
export function decodeSource(bytes: Uint8Array): SourceText {
  const inspected = inspectBytes(bytes);
  const text = decodeBody(inspected);
  return { text, bom: inspected.bom, encoding: inspected.encoding, lineEnding: detectLineEnding(text) };
}

/** The text of bytes `inspectBytes` has judged (its body, after any BOM, in its encoding). */
export function decodeBody({ encoding, body }: Pick<InspectedBytes, 'encoding' | 'body'>): string {
  return encoding === 'utf-8' ? utf8.decode(body) : body.toString('latin1');
}

/**
 * Decodes bytes whose BOM and encoding `inspectBytes` already found (in a worker thread, which
 * then need not send the text back): the same SourceText as `decodeSource`, without the checks.
 */
export function decodeInspected(bytes: Uint8Array, inspected: Omit<SourceText, 'text'>): SourceText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const body = inspected.bom ? buffer.subarray(UTF8_BOM.length) : buffer;
  const text = decodeBody({ encoding: inspected.encoding, body });
  return { text, bom: inspected.bom, encoding: inspected.encoding, lineEnding: inspected.lineEnding };
}

/** Encodes text (without BOM) the way `source` was read. */
export function encodeSource(source: Pick<SourceText, 'bom' | 'encoding'>, text: string): Buffer {
  if (source.encoding === 'latin1') {
    assertLatin1(text);
    return Buffer.from(text, 'latin1');
  }
  const body = Buffer.from(text, 'utf8');
  return source.bom ? Buffer.concat([UTF8_BOM, body]) : body;
}

/** The text as it appears in a patch: the BOM, if any, is part of the first line. */
export function textWithBom(source: Pick<SourceText, 'bom'>, text: string): string {
  return source.bom ? BOM_CHAR + text : text;
}

/** Counts CRLF, lone LF and lone CR breaks and names the style. */
export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else {
        cr++;
      }
    } else if (code === 10) {
      lf++;
    }
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/** The line break that ends the line containing `offset`, or the nearest one before it. */
function lineBreakAt(text: string, offset: number): string | undefined {
  const next = text.indexOf('\n', offset);
  const nextCr = text.indexOf('\r', offset);
  if (nextCr !== -1 && (next === -1 || nextCr < next)) {
    return text.charCodeAt(nextCr + 1) === 10 ? '\r\n' : '\r';
  }
  if (next !== -1) return '\n';
  const prev = Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset));
  if (prev === -1) return undefined;
  if (text[prev] === '\r') return '\r';
  return text[prev - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Rewrites the line breaks of inserted text into the file's own style. For a mixed file the break
 * of the line being edited wins; a file with no break at all gets LF.
 */
export function adaptLineBreaks(inserted: string, source: Pick<SourceText, 'lineEnding'>, text: string, offset: number): string {
  if (!/[\r\n]/.test(inserted)) return inserted;
  const eol = preferredLineBreak(source.lineEnding) ?? lineBreakAt(text, offset) ?? '\n';
  return inserted.replace(/\r\n|\r|\n/g, eol);
}

function preferredLineBreak(style: LineEnding): string | undefined {
  switch (style) {
    case 'crlf':
      return '\r\n';
    case 'lf':
      return '\n';
    case 'cr':
      return '\r';
    default:
      return undefined;
  }
}

/** True when the text is plain ASCII: the only text that means the same in every 8-bit code page. */
export function isAscii(text: string): boolean {
  return !/[^\u0000-\u007f]/.test(text);
}

function assertLatin1(text: string): void {
  if (/[^\u0000-\u00ff]/.test(text)) {
    throw new UnsupportedEncodingError('edited text has characters an 8-bit file cannot hold.');
  }
}

function startsWith(buffer: Buffer, prefix: readonly number[]): boolean {
  if (buffer.length < prefix.length) return false;
  return prefix.every((byte, i) => buffer[i] === byte);
}
