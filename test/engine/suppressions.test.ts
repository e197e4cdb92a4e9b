// Suppression comments, as a table over short C# strings run through the per-file engine, and in
// project files as XML comments (whose reason follows a colon: XML forbids "--" in a comment).
import { describe, expect, test } from '@jest/globals';
import { decodeSource } from '../../src/engine/source-text.js';
import type { Severity, Transform } from '../../src/engine/transform.js';
import { transformSource } from '../../src/engine/transform-source.js';
import references from '../../transforms/ucma4-project-references.js';

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

test('suppressed findings are kept with their reason, and a suppressed edit as a finding that says what it would change', () => {
  const text = file(`// ${directive} alpha -- our fork keeps it`);
  const outcome = transformSource('A.cs', decodeSource(Buffer.from(text, 'utf8')), [flagging('alpha', 'warning', { edit: true })]);
  expect(outcome.status).toBe('unchanged');
  expect(outcome.diagnostics).toEqual([]);
  expect(outcome.suppressed.map((d) => `${d.origin} ${d.severity} ${d.message} (${d.reason})`)).toEqual([
    'alpha warning alpha finding (our fork keeps it)',
    'alpha warning a change this transform would make: "Flag" → "Done" (our fork keeps it)',
  ]);
});

describe('in project files (XML comments)', () => {
  // The real project-file transform: its Speech 10.2 warning is the finding a person acknowledges.
  const project = (comment: string) =>
    '<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n' +
    '  <ItemGroup>\n' +
    '    <Reference Include="Microsoft.Rtc.Collaboration, Version=5.0.0.0" />\n' +
    `    ${comment}\n` +
    '    <Reference Include="Microsoft.Speech, Version=10.2.0.0" />\n' +
    '  </ItemGroup>\n' +
    '</Project>\n';
  const runXml = (comment: string) => {
    const outcome = transformSource(
      'App.csproj',
      decodeSource(Buffer.from(project(comment), 'utf8')),
      [references],
      {},
      { knownTransformIds: ['ucma4-project-64-bit'] },
    );
    return {
      diagnostics: outcome.diagnostics.map((d) => `${d.origin} ${d.severity} ${d.message}`),
      suppressed: outcome.suppressed.map((d) => `${d.origin} ${d.reason}`),
    };
  };
  const SPEECH = /^ucma4-project-references warning Microsoft\.Speech 10\.2/;

  test('<!-- ...: reason --> silences the warning on the next line, kept as suppressed with its reason', () => {
    expect(runXml(`<!-- ${directive} ucma4-project-references: the Speech SDK 11 comes with the build image in May -->`)).toEqual({
      diagnostics: [],
      suppressed: ['ucma4-project-references the Speech SDK 11 comes with the build image in May'],
    });
  });

  test('the C# form with "--" breaks the XML: the file is an error (MSBuild would refuse it) that names the comment and how to write it', () => {
    const { diagnostics, suppressed } = runXml(`<!-- ${directive} ucma4-project-references -- reason -->`);
    expect(suppressed).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^engine error the file is not well-formed XML \(.*\); MSBuild and \.NET refuse to load such a file/);
    expect(diagnostics[0]).toContain(
      `: this ${directive} comment is not a well-formed comment: XML forbids "--" inside a comment, and MSBuild refuses to load a project that has one; in XML the reason follows a colon, so it is not applied; write "<!-- ${directive} <transform-id>: <reason> -->"`,
    );
  });

  test.each([
    [
      'no reason',
      `<!-- ${directive} ucma4-project-references -->`,
      /gives no reason, so it is not applied; add one after ":": "<!-- ucma-codemod-disable-next-line ucma4-project-references: <reason> -->"/,
    ],
    ['an unknown id', `<!-- ${directive} ucma4-project-referenses: typo -->`, /names "ucma4-project-referenses", which is not a transform/],
  ])('%s is an engine warning, and the finding stays', (_name, comment, message) => {
    const { diagnostics } = runXml(comment);
    expect(diagnostics[0]).toMatch(message);
    expect(diagnostics).toContainEqual(expect.stringMatching(SPEECH));
  });

  test('one that silences nothing of a transform that ran is stale; one naming a known transform that did not run is left alone', () => {
    const comment = `<!-- ${directive} ucma4-project-references: gone -->`;
    // The comment above the Rtc reference, which has no finding.
    const above = project('').replace('  <ItemGroup>\n', `  <ItemGroup>\n    ${comment}\n`);
    const stale = transformSource('App.csproj', decodeSource(Buffer.from(above, 'utf8')), [references], {}, { knownTransformIds: [] });
    expect(stale.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/silences nothing of ucma4-project-references on line 4/),
      expect.stringMatching(/^Microsoft\.Speech 10\.2/),
    ]);
    expect(runXml(`<!-- ${directive} ucma4-project-64-bit: not ours -->`).diagnostics).toEqual([expect.stringMatching(SPEECH)]);
  });
});
