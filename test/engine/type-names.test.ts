// The scope a name is looked up in: the using directives of each level, read once each.
import { expect, test } from '@jest/globals';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import { nameScopeAt, readUsings } from '../../src/engine/type-names.js';
import { findFirst } from '../../src/index.js';

test('a namespace used twice is looked in once, in the order first written', () => {
  const root = parseCSharp(
    'using System; using System.IO; using System;\nnamespace N { using A; using A; class C { } }\nusing System.IO;\n',
  ).rootNode;
  expect(readUsings(root).usings).toEqual(['System', 'System.IO']);
  const scope = nameScopeAt(findFirst(root, 'class_declaration')!);
  expect(scope.levels.map((level) => level.usings)).toEqual([['A'], ['System', 'System.IO']]);
});
