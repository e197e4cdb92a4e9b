// The lexical guard: edits must leave comments, strings, character literals, directives and
// character pairs whole, which tree-sitter's error recovery does not always notice.
import { describe, expect, test } from '@jest/globals';
import { lexicalProblem, problemInCode } from '../../../../src/engine/languages/csharp/lexical-guard.js';
import { parseCSharp } from '../../../../src/engine/languages/csharp/parse.js';
import { decodeSource } from '../../../../src/engine/source-text.js';
import type { Transform } from '../../../../src/engine/transform.js';
import { transformSource } from '../../../../src/engine/transform-source.js';

const CODE = 'class A\n{\n    void M() { int x = 1; } // done\n    string S = "abc"; /* block */\n    // 😀 emoji\r\n}\n';
const at = (needle: string, delta = 0) => CODE.indexOf(needle) + delta;
const check = (start: number, end: number, text: string) => lexicalProblem(CODE, parseCSharp(CODE), { start, end, text });

describe('lexicalProblem', () => {
  test.each([
    ['a closed block comment', at('int'), at('int'), '/* ok */ ', undefined],
    ['an unclosed block comment', at('int'), at('int'), '/* oops ', /\/\* comment is not closed/],
    ['a // comment in the middle of a line', at('int'), at('int'), '// note ', /swallow the code after it/],
    ['a // comment ending the line', at(' // done'), at(' // done'), ' // more', undefined],
    ['a // comment followed by its own line break', at('int'), at('int'), '// note\n        ', undefined],
    ['text right after a // comment', at('\n    string'), at('\n    string'), ' x();', /continue the \/\/ comment/],
    ['a line break right after a // comment', at('\n    string'), at('\n    string'), '\n    int y;', undefined],
    ['a closed string', at('int'), at('int'), 'M("a\\"b"); ', undefined],
    ['an unclosed string', at('int'), at('int'), 'M("abc); ', /string literal is not closed/],
    ['a verbatim string with a doubled quote', at('int'), at('int'), 'M(@"a""b"); ', undefined],
    ['an interpolated string with a nested string', at('int'), at('int'), 'M($"{(b ? "x" : "y")}"); ', undefined],
    ['a character literal with an escape', at('int'), at('int'), "M('\\n'); ", undefined],
    ['an unclosed character literal', at('int'), at('int'), "M('a); ", /character literal is not closed/],
    ['an #if without #endif', at('    void'), at('    void'), '#if DEBUG\n', /#if\/#endif directives do not balance/],
    ['plain text inside a block comment', at('block', 1), at('block', 1), 'X', undefined],
    ['"*/" inside a block comment', at('block', 1), at('block', 1), '*/', /inserts "\*\/"/],
    ['a line break inside a // comment', at('done', 1), at('done', 1), '\n', /line break inside a \/\/ comment/],
    ['a quote inside a string', at('abc', 1), at('abc', 1), '"', /inside a string/],
    ['plain text inside a string', at('abc', 1), at('abc', 1), 'Z', undefined],
    ['a range from a comment into code', at('done', 1), at('    string'), '', /cuts through a comment/],
    ['replacing a whole comment', at('/* block */'), at('/* block */', 11), '/* other */', undefined],
    ['an offset between the halves of a surrogate pair', at('😀', 1), at('😀', 1), 'X', /splits a character pair/],
    ['an offset between CR and LF', at('\r\n', 1), at('\r\n', 1), 'X', /splits a character pair/],
  ])('%s', (_label, start, end, text, expected) => {
    const problem = check(start, end, text);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('problemInCode', () => {
  test('raw string literals close on the same number of quotes', () => {
    expect(problemInCode('var s = """a "quoted" b""";', '')).toBeUndefined();
    expect(problemInCode('var s = """a "quoted" b"";', '')).toMatch(/not closed/);
  });
});

describe('the engine refuses what tree-sitter accepts', () => {
  test('an unterminated comment that tree-sitter reads as "/ *" fails the file', () => {
    const text = 'class A\n{\n    void M()\n    {\n        Mark();\n    }\n}\n';
    const insertion: Transform = {
      meta: { id: 'opener', title: 't', description: 'd', source: { title: 's' }, kind: 'fix' },
      run: () => ({ edits: [{ start: text.indexOf('Mark'), end: text.indexOf('Mark'), text: 'var x = 1 /* ' }] }),
    };
    // tree-sitter-c-sharp alone sees no error in the result.
    const naive = text.replace('Mark', 'var x = 1 /* Mark');
    expect(parseCSharp(naive).rootNode.hasError).toBe(false);
    const outcome = transformSource('A.cs', decodeSource(Buffer.from(text)), [insertion]);
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]?.message).toMatch(/refused an edit by opener at 5:9: the inserted \/\* comment is not closed/);
  });
});
