// The per-file engine: conflicts, the parse-error guards, line-break adaptation, faulty transforms.
import { describe, expect, test } from '@jest/globals';
import { decodeSource } from '../../src/engine/source-text.js';
import type { TextEdit } from '../../src/engine/edits.js';
import type { Transform, TransformContext, TransformResult } from '../../src/engine/transform.js';
import { transformSource } from '../../src/engine/transform-source.js';

function fakeTransform(id: string, run: (context: TransformContext) => TransformResult | undefined | void): Transform {
  return {
    meta: { id, title: id, description: id, source: { title: 'test' }, kind: 'fix' },
    run,
  };
}

const editing = (id: string, ...edits: TextEdit[]) => fakeTransform(id, () => ({ edits }));
const at = (text: string, needle: string) => text.indexOf(needle);
const run = (text: string, ...transforms: Transform[]) => transformSource('A.cs', decodeSource(Buffer.from(text, 'latin1')), transforms);

const CLASS = 'class A\r\n{\r\n    void M() { int x = 1; }\r\n}\r\n';

describe('transformSource', () => {
  test('applies edits from several transforms in one pass', () => {
    const outcome = run(
      CLASS,
      editing('one', { start: at(CLASS, '1'), end: at(CLASS, '1') + 1, text: '2' }),
      editing('two', { start: at(CLASS, 'M'), end: at(CLASS, 'M') + 1, text: 'N' }),
    );
    expect(outcome.status).toBe('changed');
    expect(outcome.newText).toBe(CLASS.replace('1', '2').replace('M()', 'N()'));
    expect(outcome.edits.map((edit) => edit.transformId)).toEqual(['two', 'one']);
  });

  test('a report transform that returns edits fails the file, naming the transform', () => {
    const reporter: Transform = {
      ...editing('reporter', { start: at(CLASS, '1'), end: at(CLASS, '1') + 1, text: '2' }),
      meta: { ...fakeTransform('reporter', () => undefined).meta, kind: 'report' },
    };
    const outcome = run(CLASS, reporter);
    expect(outcome.status).toBe('failed');
    expect(outcome.newText).toBe(CLASS);
    expect(outcome.diagnostics).toHaveLength(1);
    expect(outcome.diagnostics[0]).toMatchObject({ severity: 'error', origin: 'reporter' });
    expect(outcome.diagnostics[0]?.message).toMatch(/transform reporter is a report transform .* but returned edits/);
  });

  test('a report transform may report diagnostics', () => {
    const reporter: Transform = {
      meta: { ...fakeTransform('reporter', () => undefined).meta, kind: 'report' },
      run: () => ({ diagnostics: [{ severity: 'warning', message: 'look here', range: { start: 0, end: 5 } }] }),
    };
    const outcome = run(CLASS, reporter);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.diagnostics.map((d) => d.message)).toEqual(['look here']);
  });

  test('nothing applies: unchanged, and a no-op edit counts as nothing', () => {
    expect(run(CLASS).status).toBe('unchanged');
    expect(run(CLASS, editing('noop', { start: 0, end: 5, text: 'class' })).status).toBe('unchanged');
  });

  test('overlapping edits fail the file and name both transforms', () => {
    const start = at(CLASS, 'int');
    const outcome = run(
      CLASS,
      editing('left', { start, end: start + 5, text: 'long x' }),
      editing('right', { start: start + 4, end: start + 9, text: 'y = 2' }),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.newText).toBe(CLASS);
    expect(outcome.diagnostics[0]?.message).toMatch(/conflicting edits: left changes 3:16-3:21 and right changes 3:20-3:25/);
  });

  test("inserted line breaks take the file's style", () => {
    const brace = at(CLASS, '{ int');
    const outcome = run(CLASS, editing('lines', { start: brace + 1, end: brace + 1, text: '\n        // note\n       ' }));
    expect(outcome.newText).toContain('{\r\n        // note\r\n        int');
    expect(outcome.newText).not.toMatch(/[^\r]\n/);
  });

  test('an edit that breaks the syntax is rejected', () => {
    const outcome = run(CLASS, editing('breaker', { start: at(CLASS, ';'), end: at(CLASS, ';') + 1, text: '' }));
    expect(outcome.status).toBe('failed');
    expect(outcome.newText).toBe(CLASS);
    expect(outcome.diagnostics[0]?.message).toMatch(/edits of breaker would introduce a syntax error \(missing ";"/);
  });

  test('an edit inside a declaration that does not parse is refused', () => {
    const broken = 'class A\n{\n    void M() { int x = 1 }\n    void N() { }\n}\n';
    const outcome = run(broken, editing('near', { start: at(broken, '1'), end: at(broken, '1') + 1, text: '2' }));
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]?.message).toMatch(
      /refused to edit: the code around this edit by near does not parse \(missing ";" at 3:25\)/,
    );
  });

  test('an edit far from a syntax error is applied', () => {
    const broken = 'class A\n{\n    void M() { int x = 1 }\n    void N() { }\n}\n';
    const outcome = run(broken, editing('far', { start: at(broken, 'N'), end: at(broken, 'N') + 1, text: 'O' }));
    expect(outcome.status).toBe('changed');
    expect(outcome.newText).toBe(broken.replace('N()', 'O()'));
  });

  test('a file that ends in a directive without a newline (hidden MISSING token) is still edited far away', () => {
    const text = 'class A\n{\n    void M() { }\n}\n#region R\n#endregion';
    const outcome = run(text, editing('rename', { start: at(text, 'M'), end: at(text, 'M') + 1, text: 'N' }));
    expect(outcome.status).toBe('changed');
  });

  test('a transform that throws fails the file with its id and the path', () => {
    const outcome = run(
      CLASS,
      fakeTransform('thrower', () => {
        throw new Error('boom');
      }),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]).toMatchObject({
      severity: 'error',
      origin: 'thrower',
      message: 'transform thrower threw while processing A.cs: boom',
    });
  });

  test.each([
    ['an edit past the end', { edits: [{ start: 0, end: 999, text: '' }] }, /invalid edit/],
    ['a non-integer offset', { edits: [{ start: 0.5, end: 1, text: '' }] }, /invalid edit/],
    ['an edit without text', { edits: [{ start: 0, end: 1 }] }, /invalid edit/],
    [
      'a diagnostic with an unknown severity',
      { diagnostics: [{ severity: 'fatal', message: 'x', range: { start: 0, end: 0 } }] },
      /invalid diagnostic/,
    ],
    ['edits that are not an array', { edits: 'nope' }, /not an array/],
  ])('a transform that returns %s fails the file', (_label, result, message) => {
    const outcome = run(
      CLASS,
      fakeTransform('bad', () => result as unknown as TransformResult),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]?.message).toMatch(message);
  });

  test('an error diagnostic from a transform blocks every edit in the file', () => {
    const outcome = run(
      CLASS,
      editing('fixer', { start: at(CLASS, 'M'), end: at(CLASS, 'M') + 1, text: 'N' }),
      fakeTransform('refuser', () => ({ diagnostics: [{ severity: 'error', message: 'cannot', range: { start: 0, end: 1 } }] })),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.newText).toBe(CLASS);
  });

  test('a warning does not block edits', () => {
    const outcome = run(
      CLASS,
      editing('fixer', { start: at(CLASS, 'M'), end: at(CLASS, 'M') + 1, text: 'N' }),
      fakeTransform('reporter', () => ({ diagnostics: [{ severity: 'warning', message: 'look', range: { start: 0, end: 1 } }] })),
    );
    expect(outcome.status).toBe('changed');
    expect(outcome.diagnostics).toHaveLength(1);
  });

  test('an 8-bit file accepts ASCII edits and refuses others', () => {
    const legacy = '// caf\u00e9\nclass A { void M() { } }\n';
    const ascii = run(legacy, editing('ascii', { start: at(legacy, 'M'), end: at(legacy, 'M') + 1, text: 'N' }));
    expect(ascii.status).toBe('changed');
    const accented = run(legacy, editing('accented', { start: at(legacy, 'M'), end: at(legacy, 'M') + 1, text: 'M\u00e9' }));
    expect(accented.status).toBe('failed');
    expect(accented.diagnostics[0]?.message).toMatch(/non-ASCII text into an 8-bit/);
  });

  test('transforms see options and the path', () => {
    let seen: TransformContext | undefined;
    transformSource('dir/A.cs', decodeSource(Buffer.from(CLASS)), [fakeTransform('spy', (context) => void (seen = context))], {
      level: '2',
    });
    expect(seen?.path).toBe('dir/A.cs');
    expect(seen?.options).toEqual({ level: '2' });
    expect(seen?.tree.rootNode.type).toBe('compilation_unit');
  });
});
