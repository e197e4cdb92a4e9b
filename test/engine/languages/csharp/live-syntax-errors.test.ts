// Text under #if false need not be C#: its syntax errors neither block an edit next to it nor count
// as errors of the code, while the same text in live code still does.
import { expect, test } from '@jest/globals';
import { findLiveSyntaxErrors } from '../../../../src/engine/languages/csharp/live-syntax-errors.js';
import { findSyntaxErrors } from '../../../../src/engine/languages/tree-sitter-core.js';
import { parseCSharp } from '../../../../src/engine/languages/csharp/parse.js';
import { decodeSource } from '../../../../src/engine/source-text.js';
import type { Transform } from '../../../../src/engine/transform.js';
import { transformSource } from '../../../../src/engine/transform-source.js';

const method = (inside: string) => `class A\n{\n    void M()\n    {\n${inside}\n        int x = 1;\n    }\n}\n`;
const DISABLED = method('#if false\n        TODO rewrite this\n#endif');
// Unbalanced brackets under #if false can break the tree around the directive itself: then the
// errors are not known to be inside the disabled text, and the edit is refused (refuse, not guess).
const DISABLED_BREAKING_THE_TREE = method('#if false\n        TODO: rewrite with LINQ { ( ]\n#endif');
const ELSE_OF_TRUE = method('#if true\n        int y = 2;\n#else\n        this is old;\n#endif');
const LIVE = method('        TODO rewrite this');
const ON_A_SYMBOL = method('#if DEBUG\n        TODO rewrite this\n#endif');

const renameOne: Transform = {
  meta: { id: 'rename', title: 'rename', description: 'rename', source: { title: 'test' }, kind: 'fix' },
  run: ({ text }) => ({ edits: [{ start: text.indexOf('1;'), end: text.indexOf('1;') + 1, text: '2' }] }),
};

test.each([
  ['#if false', DISABLED, 0, 'changed'],
  ['the #else of #if true', ELSE_OF_TRUE, 0, 'changed'],
  ['live code', LIVE, 1, 'failed'],
  ['#if false text that breaks the tree around it', DISABLED_BREAKING_THE_TREE, 1, 'failed'],
  ['a branch on a symbol (it may be compiled)', ON_A_SYMBOL, 1, 'failed'],
])('%s', (_name, text, liveErrors, status) => {
  const tree = parseCSharp(text);
  expect(findSyntaxErrors(tree.rootNode).length).toBeGreaterThan(0);
  expect(findLiveSyntaxErrors(tree.rootNode).length > 0 ? 1 : 0).toBe(liveErrors);
  const outcome = transformSource('A.cs', decodeSource(Buffer.from(text)), [renameOne]);
  expect(outcome.status).toBe(status);
  if (status === 'changed') expect(outcome.newText).toBe(text.replace('int x = 1;', 'int x = 2;'));
});
