// Per-rule severities in the per-file engine, as a table over short C# strings: a setting relabels
// warnings and needed changes, never a transform's own errors or its infos; `off` drops a rule's
// findings and edits (and its suppressions are not judged); the engine's own findings stay.
import { describe, expect, test } from '@jest/globals';
import { effectiveSeverity } from '../../src/engine/severity.js';
import { decodeSource } from '../../src/engine/source-text.js';
import type { Severity, Transform } from '../../src/engine/transform.js';
import { transformSource } from '../../src/engine/transform-source.js';
import type { SeverityPolicy } from '../../src/engine/severity.js';

/** Rules `a` (a finding of `severity` at every Flag()) and `b` (renames Flag to Done there). */
function ruled(severity: Severity): Transform {
  return {
    meta: {
      id: 'pack',
      title: 'pack',
      description: 'pack',
      source: { title: 'test' },
      kind: 'fix',
      rules: [
        { id: 'a', title: 'a' },
        { id: 'b', title: 'b' },
      ],
    },
    run({ text }) {
      const found = [...text.matchAll(/Flag\(\)/g)].map((match) => match.index);
      return {
        diagnostics: found.map((start) => ({ severity, message: 'found', range: { start, end: start + 4 }, rule: 'a' })),
        edits: found.map((start) => ({ start, end: start + 4, text: 'Done', rule: 'b', message: 'Flag becomes Done' })),
      };
    },
  };
}

const TEXT = 'class A\n{\n    void M()\n    {\n        Flag();\n    }\n}\n';
const run = (text: string, native: Severity, severities: SeverityPolicy | undefined) => {
  const outcome = transformSource('A.cs', decodeSource(Buffer.from(text, 'utf8')), [ruled(native)], {}, severities ? { severities } : {});
  return {
    status: outcome.status,
    diagnostics: outcome.diagnostics.map((d) => `${d.origin}${d.rule ? `/${d.rule}` : ''} ${d.severity}`),
    edits: outcome.edits.map((e) => `${e.rule} ${e.severity} ${e.message ?? ''}`),
    suppressed: outcome.suppressed.map((d) => `${d.origin}/${d.rule} ${d.severity} (${d.reason})`),
  };
};

describe('severities in the engine', () => {
  test.each<[string, Severity, SeverityPolicy | undefined, ReturnType<typeof run>]>([
    [
      'no setting: warnings stay, a needed change is a warning',
      'warning',
      undefined,
      { status: 'changed', diagnostics: ['pack/a warning'], edits: ['b warning Flag becomes Done'], suppressed: [] },
    ],
    [
      'the transform set to error',
      'warning',
      { pack: 'error' },
      { status: 'changed', diagnostics: ['pack/a error'], edits: ['b error Flag becomes Done'], suppressed: [] },
    ],
    [
      'one rule set to info, the other left',
      'warning',
      { 'pack/a': 'info' },
      { status: 'changed', diagnostics: ['pack/a info'], edits: ['b warning Flag becomes Done'], suppressed: [] },
    ],
    [
      'a rule setting wins over its transform',
      'warning',
      { pack: 'info', 'pack/b': 'error' },
      { status: 'changed', diagnostics: ['pack/a info'], edits: ['b error Flag becomes Done'], suppressed: [] },
    ],
    [
      'a rule off: its findings go, the other rule stays',
      'warning',
      { 'pack/a': 'off' },
      { status: 'changed', diagnostics: [], edits: ['b warning Flag becomes Done'], suppressed: [] },
    ],
    [
      "the edits' rule off: nothing changes",
      'warning',
      { 'pack/b': 'off' },
      { status: 'unchanged', diagnostics: ['pack/a warning'], edits: [], suppressed: [] },
    ],
    [
      'an info stays an info under error',
      'info',
      { pack: 'error' },
      { status: 'changed', diagnostics: ['pack/a info'], edits: ['b error Flag becomes Done'], suppressed: [] },
    ],
    [
      "a transform's own error stays an error (the file failed) under info",
      'error',
      { pack: 'info' },
      { status: 'failed', diagnostics: ['pack/a error'], edits: [], suppressed: [] },
    ],
  ])('%s', (_name, native, severities, expected) => {
    expect(run(TEXT, native, severities)).toEqual(expected);
  });

  test('a suppressed finding keeps its reason and gets its setting too; a suppression of an off rule is not judged', () => {
    const text = TEXT.replace(
      '        Flag();',
      '        // ucma-codemod-disable-next-line pack/a, pack/b -- kept on purpose\n        Flag();',
    );
    expect(run(text, 'warning', { pack: 'error' })).toEqual({
      status: 'unchanged',
      diagnostics: [],
      edits: [],
      suppressed: ['pack/a error (kept on purpose)', 'pack/b error (kept on purpose)'],
    });
    // pack/a is off: the comment's pack/a silences nothing, but that is no stale suppression.
    expect(run(text, 'warning', { 'pack/a': 'off' })).toEqual({
      status: 'unchanged',
      diagnostics: [],
      edits: [],
      suppressed: ['pack/b warning (kept on purpose)'],
    });
  });

  test("effectiveSeverity: the engine's findings are not configurable", () => {
    expect(effectiveSeverity({ engine: 'info' }, 'engine', undefined, 'warning')).toBe('warning');
    expect(effectiveSeverity({ pack: 'off' }, 'pack', undefined, 'warning')).toBe('warning');
  });
});
