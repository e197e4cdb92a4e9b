// The preprocessor helpers as tables over short C# strings: constant conditions and disabled branches.
import { expect, test } from '@jest/globals';
import { isInDisabledPreprocessorBranch } from '../../../../src/engine/languages/csharp/preprocessor.js';
import { findAll } from '../../../../src/authoring/tree-helpers.js';
import { parseCSharp } from '../../../../src/engine/languages/csharp/parse.js';

/** For each `M<n>` method of the file, whether it is in a disabled branch. */
function disabledMethods(source: string): Record<string, boolean> {
  const tree = parseCSharp(`class A\n{\n${source}\n}\n`);
  return Object.fromEntries(
    findAll(tree.rootNode, 'method_declaration').map((method) => [
      method.childForFieldName('name')!.text,
      isInDisabledPreprocessorBranch(method),
    ]),
  );
}

test.each([
  ['#if false', '#if false\nvoid M1() { }\n#endif\nvoid M2() { }', { M1: true, M2: false }],
  ['#if true with #else', '#if true\nvoid M1() { }\n#else\nvoid M2() { }\n#endif', { M1: false, M2: true }],
  ['#if false with #else', '#if false\nvoid M1() { }\n#else\nvoid M2() { }\n#endif', { M1: true, M2: false }],
  ['a symbol decides nothing', '#if DEBUG\nvoid M1() { }\n#else\nvoid M2() { }\n#endif', { M1: false, M2: false }],
  [
    '!true, parentheses, && and ||',
    '#if !(true || X)\nvoid M1() { }\n#elif false && X\nvoid M2() { }\n#elif X || true\nvoid M3() { }\n#else\nvoid M4() { }\n#endif',
    { M1: true, M2: true, M3: false, M4: true },
  ],
  ['== and !=', '#if true == false\nvoid M1() { }\n#elif true != false\nvoid M2() { }\n#endif', { M1: true, M2: false }],
  [
    'an #elif after a symbol stays live',
    '#if X\nvoid M1() { }\n#elif true\nvoid M2() { }\n#else\nvoid M3() { }\n#endif',
    { M1: false, M2: false, M3: true },
  ],
  [
    'nested: live inside disabled is disabled',
    '#if false\n#if true\nvoid M1() { }\n#endif\n#endif\nvoid M2() { }',
    { M1: true, M2: false },
  ],
])('%s', (_name, source, expected) => {
  expect(disabledMethods(source)).toEqual(expected);
});

test('statements inside a method body', () => {
  const tree = parseCSharp('class A { void M() {\n#if false\n  if (a) { }\n#endif\n  if (b) { }\n} }');
  const ifs = findAll(tree.rootNode, 'if_statement').map((statement) => [
    statement.childForFieldName('condition')!.text,
    isInDisabledPreprocessorBranch(statement),
  ]);
  expect(ifs).toEqual([
    ['a', true],
    ['b', false],
  ]);
});
