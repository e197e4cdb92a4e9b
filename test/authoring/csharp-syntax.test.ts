// The authoring helpers as tables over short C# strings: what each one reads from a shape.
import { describe, expect, test } from '@jest/globals';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import {
  compactText,
  declarationName,
  enclosingLoop,
  flattenBinary,
  hasUsingNamespace,
  invocationParts,
  isStringComparisonType,
  isStringType,
  memberAccessParts,
  operatorOf,
  unwrapParentheses,
} from '../../src/authoring/csharp-syntax.js';
import { findAll, findAncestor, findFirst, isInsideCommentOrString, nodeText, query } from '../../src/authoring/tree-helpers.js';

/** The first expression of `expression` placed in a method body. */
function expressionOf(expression: string) {
  const tree = parseCSharp(`class C { void M() { var v = ${expression}; } }`);
  const declarator = findFirst(tree.rootNode, 'variable_declarator')!;
  return declarator.namedChildren.at(-1)!;
}

describe('unwrapParentheses and operatorOf', () => {
  test.each([
    ['((a || b))', 'binary_expression', '||'],
    ['(!a)', 'prefix_unary_expression', '!'],
    ['a == b', 'binary_expression', '=='],
    ['(x)', 'identifier', undefined],
  ])('%s', (expression, type, operator) => {
    const inner = unwrapParentheses(expressionOf(expression));
    expect(inner.type).toBe(type);
    expect(operatorOf(inner)).toBe(operator);
  });
});

describe('flattenBinary', () => {
  test.each([
    ['a || b', '||', ['a', 'b']],
    ['a || (b || c)', '||', ['a', 'b', 'c']],
    ['(a || b) && c', '||', ['(a || b) && c']],
    ['a && b || c', '||', ['a && b', 'c']],
    ['a', '||', ['a']],
  ])('%s by %s', (expression, operator, operands) => {
    expect(flattenBinary(expressionOf(expression), operator).map(nodeText)).toEqual(operands);
  });
});

describe('memberAccessParts', () => {
  test.each([
    ['x.TlsTarget', 'x', 'TlsTarget'],
    ['(a.b).C', '(a.b)', 'C'],
    ['(x.Fqdn)', 'x', 'Fqdn'],
  ])('%s', (expression, object, name) => {
    const parts = memberAccessParts(expressionOf(expression));
    expect(parts && { object: nodeText(parts.object), name: parts.name }).toEqual({ object, name });
  });

  test.each(['x', 'x()', 'x[0]'])('%s is not a member access', (expression) => {
    expect(memberAccessParts(expressionOf(expression))).toBeUndefined();
  });
});

describe('invocationParts', () => {
  test.each([
    ['string.IsNullOrEmpty(x.TlsTarget)', 'string.IsNullOrEmpty', [['', 'x.TlsTarget']]],
    [
      'a.Equals(b, comparisonType: StringComparison.OrdinalIgnoreCase)',
      'a.Equals',
      [
        ['', 'b'],
        ['comparisonType', 'StringComparison.OrdinalIgnoreCase'],
      ],
    ],
    ['F()', 'F', []],
  ])('%s', (expression, callee, args) => {
    const parts = invocationParts(expressionOf(expression))!;
    expect(nodeText(parts.callee)).toBe(callee);
    expect(parts.args.map((arg) => [arg.name ?? '', nodeText(arg.value)])).toEqual(args);
  });

  test.each(['F(ref x)', 'F(out var y)', 'x.Y'])('%s gives undefined', (expression) => {
    expect(invocationParts(expressionOf(expression))).toBeUndefined();
  });
});

describe('type spellings', () => {
  test.each([
    ['string.Empty', true],
    ['String.Empty', true],
    ['System.String.Empty', true],
    ['global::System.String.Empty', true],
    ['Strings.Empty', false],
  ])('%s: the receiver is a string type: %s', (expression, expected) => {
    expect(isStringType(memberAccessParts(expressionOf(expression))!.object)).toBe(expected);
  });

  test.each([
    ['StringComparison.Ordinal', true],
    ['System.StringComparison.Ordinal', true],
    ['global::System.StringComparison.Ordinal', true],
    ['StringComparer.Ordinal', false],
  ])('%s: the receiver is StringComparison: %s', (expression, expected) => {
    expect(isStringComparisonType(memberAccessParts(expressionOf(expression))!.object)).toBe(expected);
  });

  test('compactText drops whitespace and comments', () => {
    expect(compactText(expressionOf('string . IsNullOrEmpty ( /* c */ x . TlsTarget )'))).toBe('string.IsNullOrEmpty(x.TlsTarget)');
  });
});

describe('hasUsingNamespace', () => {
  test.each([
    ['using System;\nclass C { void M() { } }', true],
    ['namespace N { using System; class C { void M() { } } }', true],
    ['namespace N { class C { void M() { } } }\nnamespace O { using System; }', false],
    ['using S = System;\nclass C { void M() { } }', false],
    ['using static System.Math;\nclass C { void M() { } }', false],
    ['using System.Text;\nclass C { void M() { } }', false],
    ['namespace N;\nusing System;\nclass C { void M() { } }', true],
  ])('%j: %s', (source, expected) => {
    const method = findFirst(parseCSharp(source).rootNode, 'method_declaration')!;
    expect(hasUsingNamespace(method, 'System')).toBe(expected);
  });
});

describe('declarationName, findAll, findAncestor, enclosingLoop', () => {
  const tree = parseCSharp('class A { void M() { foreach (var x in xs) { if (x) { } } F(() => { if (y) { } }); } }');
  const [inLoop, inLambda] = findAll(tree.rootNode, 'if_statement');
  const method = findFirst(tree.rootNode, 'method_declaration')!;

  test('finds nodes in document order and names declarations', () => {
    expect(findAll(tree.rootNode, 'if_statement')).toHaveLength(2);
    expect(declarationName(findFirst(tree.rootNode, 'class_declaration')!)).toBe('A');
    expect(declarationName(findAncestor(inLoop!, 'method_declaration')!)).toBe('M');
  });

  test('enclosingLoop stops at lambdas', () => {
    expect(enclosingLoop(inLoop!, method)?.type).toBe('foreach_statement');
    expect(enclosingLoop(inLambda!, method)).toBeUndefined();
  });

  test('query captures by name', () => {
    const captures = query(tree.rootNode, '(foreach_statement left: (identifier) @name)');
    expect(captures.map((c) => nodeText(c.name!))).toEqual(['x']);
  });

  test('isInsideCommentOrString', () => {
    const text = parseCSharp('class A { string s = "x.TlsTarget"; /* y.TlsTarget */ }');
    const literal = findFirst(text.rootNode, 'string_literal')!;
    expect(isInsideCommentOrString(literal.namedChildren[0] ?? literal)).toBe(true);
    expect(isInsideCommentOrString(findFirst(text.rootNode, 'class_declaration')!)).toBe(false);
  });
});
