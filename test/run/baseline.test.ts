// The baseline file: sorted entries, one per line, the same bytes for the same entries in any
// order; a line that is not an entry is an error naming the file and line.
import { describe, expect, test } from '@jest/globals';
import { formatBaseline, parseBaseline } from '../../src/run/baseline.js';
import { UserError } from '../../src/platform/user-error.js';

const entry = (path: string, rule: string, fingerprint: string) => ({ path, rule, member: 'A.M()', snippet: 'x.Y()', fingerprint });

describe('formatBaseline / parseBaseline', () => {
  const entries = [
    entry('b/B.cs', 'pack/r', '00000000000000b1'),
    entry('a/A.cs', 'pack/s', '00000000000000a2'),
    entry('a/A.cs', 'pack/r', '00000000000000a1'),
  ];

  test('a comment header, then one entry per line sorted by path, rule, member, fingerprint; any order gives the same bytes', () => {
    const text = formatBaseline(entries);
    expect(formatBaseline([...entries].reverse())).toBe(text);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(3);
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual([
      '{"path":"a/A.cs","rule":"pack/r","member":"A.M()","snippet":"x.Y()","fingerprint":"00000000000000a1"}',
      '{"path":"a/A.cs","rule":"pack/s","member":"A.M()","snippet":"x.Y()","fingerprint":"00000000000000a2"}',
      '{"path":"b/B.cs","rule":"pack/r","member":"A.M()","snippet":"x.Y()","fingerprint":"00000000000000b1"}',
    ]);
    expect(parseBaseline(text, 'base.jsonl')).toEqual([entries[2], entries[1], entries[0]]);
  });

  test('the same fingerprint twice is one entry', () => {
    expect(
      formatBaseline([entries[0]!, entries[0]!])
        .split('\n')
        .filter((line) => line.startsWith('{')),
    ).toHaveLength(1);
  });

  test.each([
    ['{"path":"a"', /^base\.jsonl:\d+: not a baseline entry \(not JSON\)$/],
    ['{"path":"a","rule":"r","member":"m","snippet":"s"}', /"fingerprint" must be a string/],
    ['{"path":"a","rule":"r","member":"m","snippet":"s","fingerprint":"xyz"}', /"fingerprint" must be 16 hex digits/],
  ])('%s is refused, naming the line', (line, message) => {
    const text = `${formatBaseline([])}\n${line}\n`;
    const at = text.split('\n').indexOf(line) + 1;
    let thrown: unknown;
    try {
      parseBaseline(text, 'base.jsonl');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toMatch(message);
    expect((thrown as UserError).message).toContain(`base.jsonl:${at}:`);
  });
});
