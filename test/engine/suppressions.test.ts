// Suppression comments, as a table over short C# strings run through the per-file engine.
import { expect, test } from '@jest/globals';
import { decodeSource } from '../../src/engine/source-text.js';
import type { Severity, Transform } from '../../src/engine/transform.js';
import { transformSource } from '../../src/engine/transform-source.js';

/** Reports `severity` at every `Flag()` call and, for `edit`, renames it to `Done()`. */
function flagging(id: string, severity: Severity, options: { edit?: boolean; requires?: string[] } = {}): Transform {
  return {
    meta: {
      id,
      title: id,
      description: id,
      source: { title: 'test' },
      kind: 'fix',
      ...(options.requires ? { requires: options.requires } : {}),
    },
    run({ text }) {
      const found = [...text.matchAll(/Flag\(\)/g)].map((match) => match.index);
      return {
        diagnostics: found.map((start) => ({ severity, message: `${id} finding`, range: { start, end: start + 4 } })),
        edits: options.edit ? found.map((start) => ({ start, end: start + 4, text: 'Done' })) : [],
      };
    },
  };
}

/** A transform that finds nothing. */
const quiet = (id: string): Transform => ({ meta: { ...flagging(id, 'info').meta }, run: () => undefined });

const file = (comment: string) => `class A\n{\n    void M()\n    {\n        ${comment}\n        Flag();\n    }\n}\n`;
const run = (text: string, transforms: Transform[], known: string[] = []) => {
  const outcome = transformSource('A.cs', decodeSource(Buffer.from(text, 'utf8')), transforms, {}, { knownTransformIds: known });
  return {
    changed: outcome.status === 'changed',
    diagnostics: outcome.diagnostics.map((d) => `${d.origin} ${d.severity} ${d.message}`),
  };
};
const directive = 'ucma-codemod-disable-next-line';

test.each([
  ['silences a warning on the next line', `// ${directive} alpha -- known false alarm`, [flagging('alpha', 'warning')], [], []],
  ['silences an info too', `// ${directive} alpha -- noted`, [flagging('alpha', 'info')], [], []],
  ['a block comment on one line works the same', `/* ${directive} alpha -- noted */`, [flagging('alpha', 'warning')], [], []],
  [
    'names several transforms',
    `// ${directive} alpha, beta -- both known`,
    [flagging('alpha', 'warning'), flagging('beta', 'info')],
    [],
    [],
  ],
  [
    'never silences an error',
    `// ${directive} alpha -- try`,
    [flagging('alpha', 'error')],
    [],
    [/engine warning .*silences nothing of alpha/, 'alpha error alpha finding'],
  ],
  [
    'leaves other transforms alone',
    `// ${directive} alpha -- only alpha`,
    [flagging('alpha', 'warning'), flagging('beta', 'warning')],
    [],
    ['beta warning beta finding'],
  ],
  [
    'a suppression without a reason is not applied',
    `// ${directive} alpha`,
    [flagging('alpha', 'warning')],
    [],
    [/engine warning .*gives no reason/, 'alpha warning alpha finding'],
  ],
  [
    'an empty reason is no reason',
    `// ${directive} alpha --   `,
    [flagging('alpha', 'warning')],
    [],
    [/engine warning .*gives no reason/, 'alpha warning alpha finding'],
  ],
  [
    'a suppression naming no transform',
    `// ${directive} -- why`,
    [flagging('alpha', 'warning')],
    [],
    [/engine warning .*names no transform/, 'alpha warning alpha finding'],
  ],
  [
    'an unknown name is reported, the known one still works',
    `// ${directive} alpah, alpha -- typo`,
    [flagging('alpha', 'warning')],
    [],
    [/engine warning .*"alpah", which is not a transform \(known: alpha\)/],
  ],
  [
    'a name known to the run but not selected is neither unknown nor stale',
    `// ${directive} gamma -- other transform`,
    [flagging('alpha', 'info')],
    ['gamma'],
    ['alpha info alpha finding'],
  ],
  [
    'a suppression that silences nothing is reported',
    `// ${directive} alpha -- stale`,
    [quiet('alpha'), flagging('beta', 'warning')],
    [],
    [/engine warning .*silences nothing of alpha on line 6/, 'beta warning beta finding'],
  ],
  [
    'a stale suppression is reported even where no transform needs the file',
    `// ${directive} alpha -- stale`,
    [flagging('alpha', 'warning', { requires: ['NotHere'] })],
    [],
    [/engine warning .*silences nothing of alpha/],
  ],
  [
    'a doc comment is not a suppression',
    `/// ${directive} alpha -- doc`,
    [flagging('alpha', 'warning')],
    [],
    ['alpha warning alpha finding'],
  ],
  [
    'the directive inside a string is not a suppression',
    `var s = "// ${directive} alpha -- x";`,
    [flagging('alpha', 'warning')],
    [],
    ['alpha warning alpha finding'],
  ],
  [
    'the directive must start the comment',
    `// see ${directive} alpha -- x`,
    [flagging('alpha', 'warning')],
    [],
    ['alpha warning alpha finding'],
  ],
])('%s', (_name, comment, transforms, known, expected) => {
  const { diagnostics } = run(file(comment), transforms, known);
  expect(diagnostics).toHaveLength(expected.length);
  expected.forEach((want, index) =>
    typeof want === 'string' ? expect(diagnostics[index]).toBe(want) : expect(diagnostics[index]).toMatch(want),
  );
});

test('a suppression applies to the next line only', () => {
  const text = `class A\n{\n    // ${directive} alpha -- here only\n    void M() { }\n    void N() { Flag(); }\n}\n`;
  expect(run(text, [flagging('alpha', 'warning')]).diagnostics).toEqual([
    expect.stringMatching(/silences nothing of alpha on line 4/),
    'alpha warning alpha finding',
  ]);
});

test('a suppressed line is not edited; the rest of the file is', () => {
  const text = `class A\n{\n    void M()\n    {\n        // ${directive} alpha -- keep this one\n        Flag();\n        Flag();\n    }\n}\n`;
  const outcome = transformSource('A.cs', decodeSource(Buffer.from(text, 'utf8')), [flagging('alpha', 'info', { edit: true })]);
  expect(outcome.status).toBe('changed');
  expect(outcome.newText).toBe(text.replace(/Flag\(\);\n    }/, 'Done();\n    }'));
  expect(outcome.diagnostics.map((d) => d.message)).toEqual(['alpha finding']);
});

test('id/rule silences only that rule of a rule-table transform', () => {
  const ruled: Transform = {
    meta: flagging('pack', 'warning').meta,
    run({ text }) {
      const start = text.indexOf('Flag()');
      const at = { start, end: start + 4 };
      // `rule` is the optional field rule-table transforms set on their findings.
      return {
        diagnostics: [
          { severity: 'warning', message: 'rule one', range: at, rule: 'one' },
          { severity: 'warning', message: 'rule two', range: at, rule: 'two' },
        ] as never,
      };
    },
  };
  expect(run(file(`// ${directive} pack/one -- known`), [ruled]).diagnostics).toEqual(['pack warning rule two']);
  expect(run(file(`// ${directive} pack/three -- gone`), [ruled]).diagnostics).toEqual([
    expect.stringMatching(/silences nothing of pack\/three/),
    'pack warning rule one',
    'pack warning rule two',
  ]);
  expect(run(file(`// ${directive} pakc/one -- typo`), [ruled]).diagnostics[0]).toMatch(/"pakc\/one", which is not a transform/);
});
