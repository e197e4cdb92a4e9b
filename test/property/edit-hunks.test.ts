// Hunks built from edits are the `diff` package's own, byte for byte: generated texts and edits
// (line-break styles, missing final newline, BOM, lines that repeat), and the cases that fall back.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { structuredPatch } from 'diff/lib/patch/create.js';
import { hunksFromEdits, type HunkEdit } from '../../src/output/edit-hunks.js';
import { createFilePatch } from '../../src/output/file-patch.js';
import { applyEdits } from '../../src/engine/edits.js';
import { decodeSource } from '../../src/engine/source-text.js';
import { transformSource } from '../../src/engine/transform-source.js';
import { packageRoot } from '../../src/platform/package-info.js';
import { builtInTransforms } from '../../transforms/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const RUNS = Number(process.env.UCMA_CODEMOD_FUZZ_RUNS ?? 3000);

const diffHunks = (before: string, after: string, context: number) => structuredPatch('f', 'f', before, after, '', '', { context }).hunks;

/** Lines that repeat (braces, blank lines, a shared statement) beside lines that rarely do. */
const lineText = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: 5000 }).map((n) => `stmt${n};`) },
  { weight: 1, arbitrary: fc.constantFrom('', '}', '{', '    }', 'x', 'a\rb') },
);
const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r');
const text = fc
  .tuple(fc.array(fc.tuple(lineText, lineBreak), { maxLength: 40 }), fc.option(lineText, { nil: undefined }))
  .map(([lines, last]) => lines.map(([line, end]) => line + end).join('') + (last ?? ''));
const insertion = fc.oneof(
  fc.constant(''),
  fc.nat({ max: 5000 }).map((n) => `new${n}`),
  fc.constantFrom('\n', '\r\n', '}\n', '\n\n', ';', 'stmt1;\n'),
  fc.tuple(fc.nat({ max: 5000 }), lineBreak, fc.nat({ max: 5000 })).map(([a, end, b]) => `add${a}${end}add${b}`),
);

/** A text and sorted, non-overlapping edits on it (touching edits and insertions beside replacements included). */
const textAndEdits = text.chain((before) =>
  fc
    .tuple(
      fc.array(fc.nat({ max: before.length }), { maxLength: 8 }),
      fc.array(insertion, { minLength: 4, maxLength: 4 }),
      fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    )
    .map(([points, texts, collapse]) => {
      const sorted = [...points].sort((a, b) => a - b);
      const edits: HunkEdit[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        const start = sorted[i]!;
        const end = collapse[(i / 2) % 4] ? start : sorted[i + 1]!;
        const last = edits[edits.length - 1];
        // Two insertions at one offset would be a conflict the engine refuses.
        if (start === end && last && last.start === last.end && last.start === start) continue;
        edits.push({ start, end, text: texts[(i / 2) % 4]! });
      }
      return { before, edits, after: applyEdits(before, edits) };
    }),
);

describe('hunksFromEdits', () => {
  test('gives the diff package hunks whenever it gives hunks, and gives them often', () => {
    let built = 0;
    let cases = 0;
    fc.assert(
      fc.property(textAndEdits, fc.constantFrom(0, 1, 3), ({ before, edits, after }, context) => {
        cases++;
        const hunks = hunksFromEdits(before, after, edits, context);
        if (hunks === undefined) return;
        built++;
        expect(hunks).toEqual(diffHunks(before, after, context));
      }),
      { numRuns: RUNS },
    );
    // The generator makes repeated lines on purpose; most cases must still take the fast path.
    expect(built).toBeGreaterThan(cases / 3);
  });

  test.each([
    ['an empty file gets lines', '', [{ start: 0, end: 0, text: 'a\nb\n' }]],
    ['every line goes', 'a\nb\n', [{ start: 0, end: 4, text: '' }]],
    ['an edit at the start', 'a\nb\nc\n', [{ start: 0, end: 1, text: 'A' }]],
    ['an edit at the end without a final newline', 'a\nb\nc', [{ start: 4, end: 5, text: 'C' }]],
    ['text appended after the final newline', 'a\nb\n', [{ start: 4, end: 4, text: 'c' }]],
    ['a final newline added', 'a\nb', [{ start: 3, end: 3, text: '\n' }]],
    ['a final newline removed', 'a\nb\n', [{ start: 3, end: 4, text: '' }]],
    ['a line break added mid-line', 'abc\nd\n', [{ start: 1, end: 1, text: '\n' }]],
    ['two lines joined', 'ab\ncd\nef\n', [{ start: 2, end: 3, text: '' }]],
    ['CRLF lines', 'a\r\nb\r\nc\r\n', [{ start: 3, end: 4, text: 'B' }]],
    ['a CRLF split by an edit', 'a\r\nb\r\n', [{ start: 1, end: 2, text: '' }]],
    ['mixed line breaks and a lone CR', 'a\r\nb\rc\nd\n', [{ start: 3, end: 4, text: 'B' }]],
    [
      'an insertion beside a replacement',
      'a\nb\nc\n',
      [
        { start: 2, end: 2, text: 'x\n' },
        { start: 2, end: 3, text: 'B' },
      ],
    ],
    [
      'hunks far apart stay apart',
      'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n',
      [
        { start: 0, end: 2, text: 'L1' },
        { start: 24, end: 26, text: 'L9' },
      ],
    ],
    [
      'hunks six lines apart join',
      'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\n',
      [
        { start: 0, end: 2, text: 'L1' },
        { start: 21, end: 23, text: 'L8' },
      ],
    ],
    [
      'edits on one line',
      'int a = 1, b = 2;\n',
      [
        { start: 4, end: 5, text: 'x' },
        { start: 11, end: 12, text: 'y' },
      ],
    ],
  ])('%s', (_name, before, edits) => {
    const after = applyEdits(before, edits);
    for (const context of [0, 3]) {
      const hunks = hunksFromEdits(before, after, edits, context);
      expect(hunks).toBeDefined();
      expect(hunks).toEqual(diffHunks(before, after, context));
    }
  });

  test.each([
    ['an edit that re-creates the line after it', 'a\n}\n', [{ start: 2, end: 2, text: '}\n' }]],
    ['a line added that the file already has', 'a\n}\nb\n', [{ start: 6, end: 6, text: '}\n' }]],
    ['a removed line that is also added', 'a\nb\nc\n', [{ start: 0, end: 4, text: 'b\nB\n' }]],
  ])('falls back for %s', (_name, before, edits) => {
    expect(hunksFromEdits(before, applyEdits(before, edits), edits, 3)).toBeUndefined();
  });

  test('gives no hunks for edits that put back what was there', () => {
    expect(hunksFromEdits('a\nb\n', 'a\nb\n', [{ start: 2, end: 3, text: 'b' }], 3)).toEqual([]);
  });

  test.each([
    [
      'edits out of order',
      [
        { start: 2, end: 3, text: 'B' },
        { start: 0, end: 1, text: 'A' },
      ],
    ],
    ['an edit past the end', [{ start: 3, end: 9, text: '' }]],
    ['edits that do not make the new text', [{ start: 0, end: 1, text: 'Z' }]],
  ])('refuses %s', (_name, edits) => {
    expect(hunksFromEdits('a\nb\n', 'A\nB\n', edits, 3)).toBeUndefined();
  });
});

describe('createFilePatch with edits', () => {
  test.each([
    ['a BOM and CRLF', Buffer.from('\u{feff}using A;\r\nclass B\r\n{\r\n}\r\n'), { start: 6, end: 7, text: 'Z' }],
    ['an edit at the very start after a BOM', Buffer.from('\u{feff}using A;\nclass B\n'), { start: 0, end: 0, text: '// x\n' }],
    ['8-bit bytes', Buffer.from([0x2f, 0x2f, 0xe9, 0x0a, 0x78, 0x0a, 0x79]), { start: 4, end: 5, text: 'z' }],
  ])('%s: the same bytes as diffing the texts', (_name, bytes, edit) => {
    const source = decodeSource(bytes);
    const newText = applyEdits(source.text, [edit]);
    const fromEdits = createFilePatch({ path: 'A.cs', source, newText, edits: [edit] });
    expect(fromEdits.toString('latin1')).toBe(createFilePatch({ path: 'A.cs', source, newText }).toString('latin1'));
    // The bytes came from the edits, not from the fallback.
    const bom = source.bom ? '\u{feff}' : '';
    const shifted = { ...edit, start: edit.start + bom.length, end: edit.end + bom.length };
    expect(hunksFromEdits(bom + source.text, bom + newText, [shifted], 3)).toBeDefined();
  });
});

describe('on the transform fixtures', () => {
  const root = join(packageRoot(), 'fixtures', 'transforms');
  const inputs = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.input\.[^.]+$/.test(name))
    .sort();

  test('every changed fixture gets the same patch from its edits as from diffing the texts', () => {
    let changed = 0;
    let fromEdits = 0;
    for (const input of inputs) {
      const path = basename(input).replace('.input.', '.');
      const source = decodeSource(readFileSync(join(root, input)));
      const outcome = transformSource(path, source, builtInTransforms);
      if (outcome.status !== 'changed') continue;
      changed++;
      const edits = outcome.edits.map((edit) => ({ start: edit.start, end: edit.end, text: edit.text }));
      const patch = createFilePatch({ path, source, newText: outcome.newText, edits });
      expect(patch.toString('latin1')).toBe(createFilePatch({ path, source, newText: outcome.newText }).toString('latin1'));
      const bom = source.bom ? '\u{feff}' : '';
      const shifted = edits.map((edit) => ({ ...edit, start: edit.start + bom.length, end: edit.end + bom.length }));
      if (hunksFromEdits(bom + source.text, bom + outcome.newText, shifted, 3) !== undefined) fromEdits++;
    }
    expect(changed).toBeGreaterThan(50);
    // Most real changes take the fast path; the rest (a `}` or blank line added, say) fall back.
    expect(fromEdits).toBeGreaterThan(changed / 2);
  });
});
