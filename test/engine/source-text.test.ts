// Byte-exact decoding and encoding: BOM, UTF-8, 8-bit legacy code pages, refused wide encodings.
import { describe, expect, test } from '@jest/globals';
import { adaptLineBreaks, decodeSource, detectLineEnding, encodeSource, UnsupportedEncodingError } from '../../src/engine/source-text.js';

const bytes = (...values: number[]) => Buffer.from(values);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeSource / encodeSource round trip', () => {
  test.each([
    ['ASCII, LF', Buffer.from('class A {}\n')],
    ['UTF-8 without BOM', Buffer.from('// José\r\nclass A {}\r\n')],
    ['UTF-8 with BOM', Buffer.concat([bytes(...BOM), Buffer.from('class A {}\r\n')])],
    ['UTF-8 with BOM only', bytes(...BOM)],
    ['empty file', Buffer.alloc(0)],
    ['Windows-1252 (é = E9, € = 80)', Buffer.concat([Buffer.from('// caf'), bytes(0xe9, 0x20, 0x80), Buffer.from('\r\nclass A {}')])],
    ['every non-NUL byte', Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1))],
    ['UTF-8 with an astral character', Buffer.from('// 😀 \u2028\nclass A {}')],
  ])('%s survives byte for byte', (_label, input) => {
    const source = decodeSource(input);
    expect(encodeSource(source, source.text).equals(input)).toBe(true);
  });

  test('the BOM is recorded and kept out of the text', () => {
    const source = decodeSource(Buffer.concat([bytes(...BOM), Buffer.from('x')]));
    expect(source).toMatchObject({ bom: true, encoding: 'utf-8', text: 'x' });
  });

  test('invalid UTF-8 decodes one byte to one character', () => {
    const source = decodeSource(bytes(0x61, 0xe9, 0x62));
    expect(source).toMatchObject({ encoding: 'latin1', text: 'a\u00e9b', bom: false });
  });

  test.each([
    ['UTF-16 LE BOM', bytes(0xff, 0xfe, 0x61, 0x00), /UTF-16 LE/],
    ['UTF-16 BE BOM', bytes(0xfe, 0xff, 0x00, 0x61), /UTF-16 BE/],
    ['UTF-32 LE BOM', bytes(0xff, 0xfe, 0x00, 0x00, 0x61, 0, 0, 0), /UTF-32 LE/],
    ['UTF-32 BE BOM', bytes(0x00, 0x00, 0xfe, 0xff), /UTF-32 BE/],
    ['UTF-16 without BOM (NUL bytes)', Buffer.from('class A {}', 'utf16le'), /NUL bytes/],
    ['binary', bytes(0x4d, 0x5a, 0x90, 0x00, 0x03), /NUL bytes/],
    ['UTF-8 BOM then invalid UTF-8', bytes(...BOM, 0xe9), /not valid UTF-8/],
  ])('%s is refused with a clear message', (_label, input, message) => {
    expect(() => decodeSource(input)).toThrow(UnsupportedEncodingError);
    expect(() => decodeSource(input)).toThrow(message);
  });

  test('an 8-bit file refuses characters it cannot hold', () => {
    const source = decodeSource(bytes(0x61, 0xe9));
    expect(() => encodeSource(source, 'a\u20ac')).toThrow(UnsupportedEncodingError);
  });
});

describe('detectLineEnding', () => {
  test.each([
    ['a\r\nb\r\n', 'crlf'],
    ['a\nb\n', 'lf'],
    ['a\rb\r', 'cr'],
    ['a\r\nb\n', 'mixed'],
    ['a\rb\n', 'mixed'],
    ['abc', 'none'],
    ['', 'none'],
  ])('%j is %s', (text, style) => {
    expect(detectLineEnding(text)).toBe(style);
  });
});

describe('adaptLineBreaks', () => {
  test.each([
    ['LF insert into CRLF file', 'x\ny', 'a\r\nb\r\n', 0, 'x\r\ny'],
    ['CRLF insert into LF file', 'x\r\ny', 'a\nb\n', 0, 'x\ny'],
    ["insert into a mixed file takes the edited line's break (CRLF line)", 'x\ny', 'a\r\nb\n', 0, 'x\r\ny'],
    ["insert into a mixed file takes the edited line's break (LF line)", 'x\ny', 'a\r\nb\n', 3, 'x\ny'],
    ['a file without breaks gets LF', 'x\r\ny', 'abc', 1, 'x\ny'],
    ['text without breaks is untouched', ' || x', 'a\r\n', 0, ' || x'],
  ])('%s', (_label, inserted, text, offset, expected) => {
    const source = decodeSource(Buffer.from(text));
    expect(adaptLineBreaks(inserted, source, text, offset)).toBe(expected);
  });
});
