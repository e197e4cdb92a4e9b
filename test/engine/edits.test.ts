// Edit ranges: sorting, overlap detection and one-pass application.
import { describe, expect, test } from '@jest/globals';
import { applyEdits, dedupeEdits, editedRanges, findConflicts, sortEdits, type TextEdit } from '../../src/engine/edits.js';

const e = (start: number, end: number, text = ''): TextEdit => ({ start, end, text });

describe('applyEdits', () => {
  test.each([
    ['replace', 'hello world', [e(0, 5, 'HELLO')], 'HELLO world'],
    ['insert', 'ab', [e(1, 1, '-')], 'a-b'],
    ['remove', 'abc', [e(1, 2)], 'ac'],
    ['insert at both ends', 'x', [e(0, 0, '<'), e(1, 1, '>')], '<x>'],
    ['several, left to right', 'a b c', [e(0, 1, 'A'), e(2, 3, 'B'), e(4, 5, 'C')], 'A B C'],
    ['insert before a replacement at the same offset', 'abc', [e(1, 1, '+'), e(1, 2, 'B')], 'a+Bc'],
    ['CRLF kept outside edits', 'a\r\nb\r\n', [e(3, 4, 'B')], 'a\r\nB\r\n'],
  ])('%s', (_label, text, edits, expected) => {
    expect(applyEdits(text, sortEdits(edits))).toBe(expected);
  });

  test('refuses edits out of order or outside the text', () => {
    expect(() => applyEdits('abc', [e(2, 3), e(0, 1)])).toThrow(RangeError);
    expect(() => applyEdits('abc', [e(2, 9)])).toThrow(RangeError);
  });
});

describe('sortEdits', () => {
  test('orders by start then end and is stable', () => {
    const a = e(5, 5, 'a');
    const b = e(5, 5, 'b');
    expect(sortEdits([e(9, 9), b, e(1, 3), a, e(1, 2)])).toEqual([e(1, 2), e(1, 3), b, a, e(9, 9)]);
  });
});

describe('findConflicts', () => {
  test.each([
    ['disjoint', [e(0, 1), e(2, 3)], 0],
    ['touching ranges', [e(0, 2), e(2, 4)], 0],
    ['overlapping ranges', [e(0, 3), e(2, 4)], 1],
    ['nested range', [e(0, 10), e(2, 3)], 1],
    ['two inserts at one offset', [e(4, 4, 'a'), e(4, 4, 'b')], 1],
    ['insert inside a replaced range', [e(0, 4, 'x'), e(2, 2, 'y')], 1],
    ['insert at the edge of a replaced range', [e(0, 4, 'x'), e(4, 4, 'y')], 0],
    ['one wide edit against two small ones', [e(0, 10), e(1, 2), e(5, 6)], 2],
  ])('%s: %i conflict(s)', (_label, edits, count) => {
    expect(findConflicts(sortEdits(edits))).toHaveLength(count);
  });
});

describe('dedupeEdits', () => {
  test('drops identical edits, keeps different text at the same range', () => {
    expect(dedupeEdits(sortEdits([e(1, 2, 'x'), e(1, 2, 'x'), e(1, 2, 'y')]))).toEqual([e(1, 2, 'x'), e(1, 2, 'y')]);
  });
});

describe('editedRanges', () => {
  test('maps each edit to where its text lands in the result', () => {
    expect(editedRanges([e(0, 1, 'AAA'), e(4, 6, ''), e(8, 8, 'zz')])).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 6 },
      { start: 8, end: 10 },
    ]);
  });
});
