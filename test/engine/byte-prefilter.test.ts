// The byte pre-filter must answer exactly as a search of the decoded text does.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fileNeedsOfBytes } from '../../src/engine/byte-prefilter.js';
import { decodeSource, inspectBytes, UnsupportedEncodingError } from '../../src/engine/source-text.js';
import type { Transform } from '../../src/engine/transform.js';

const requiring = (...requires: string[]): Transform => ({
  meta: { id: `t-${requires.join('-')}`, title: 't', description: 't', source: { title: 't' }, kind: 'report', requires },
  run: () => undefined,
});
const everyFile: Transform = {
  meta: { id: 'every', title: 't', description: 't', source: { title: 't' }, kind: 'report' },
  run: () => undefined,
};

function needs(bytes: Buffer, transforms: Transform[]): string[] {
  return fileNeedsOfBytes('File.cs', inspectBytes(bytes), transforms).transforms.map((t) => t.meta.id);
}

describe('fileNeedsOfBytes', () => {
  test('UTF-8 with and without BOM, latin1, and needles outside ASCII', () => {
    const utf8 = Buffer.from('\uFEFFclass Café { GetApplication(); }', 'utf8');
    expect(needs(utf8, [requiring('GetApplication'), requiring('Café'), requiring('Caf\u00e9x'), everyFile])).toEqual([
      't-GetApplication',
      't-Café',
      'every',
    ]);
    // 0xE9 alone is not UTF-8: the file is latin1, where "é" is that one byte.
    const latin1 = Buffer.from('class Caf\u00e9 { }', 'latin1');
    expect(needs(latin1, [requiring('Café'), requiring('Caf\u00c3\u00a9'), requiring('\u20ac')])).toEqual(['t-Café']);
    expect(needs(Buffer.from('x'), [requiring('y'), requiring('')])).toEqual(['t-']);
    // A lone surrogate matches half of a pair in the decoded text; the byte filter keeps it for the engine to decide.
    expect(needs(Buffer.from('\u{1F400}', 'utf8'), [requiring('\ud83d')])).toEqual(['t-\ud83d']);
  });

  test('the same answer as searching the decoded text (a superset for lone surrogates), for any bytes and needles', () => {
    const byteSoup = fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes));
    const textBytes = fc.string({ unit: 'binary', maxLength: 30 }).map((text) => Buffer.from(text, 'utf8'));
    const withBom = textBytes.map((bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    const needle = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ maxLength: 3 }),
      fc.constantFrom('é', '\u00e9', '\ud83d', 'A'),
    );
    fc.assert(
      fc.property(fc.oneof(byteSoup, textBytes, withBom), fc.array(needle, { minLength: 1, maxLength: 3 }), (bytes, needles) => {
        let text: string;
        try {
          text = decodeSource(bytes).text;
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(UnsupportedEncodingError);
          expect(() => inspectBytes(bytes)).toThrow(UnsupportedEncodingError);
          return;
        }
        const transforms = needles.map((n, i) => ({ ...requiring(n), meta: { ...requiring(n).meta, id: String(i) } }));
        const expected = transforms.filter((t) => t.meta.requires!.some((n) => text.includes(n))).map((t) => t.meta.id);
        const wellFormed = needles.every((n) => Buffer.from(n, 'utf8').toString('utf8') === n);
        if (wellFormed) expect(needs(bytes, transforms)).toEqual(expected);
        else expect(needs(bytes, transforms)).toEqual(expect.arrayContaining(expected));
      }),
      { numRuns: 3000 },
    );
  });
});
