// The names left of `+=` in code: comments, strings (plain, verbatim, interpolated, raw),
// character literals and directive lines never count.
import { describe, expect, test } from '@jest/globals';
import { plusAssignedNames } from '../../src/engine/lexical-facts.js';

describe('plusAssignedNames', () => {
  test.each([
    ['platform.ProvisioningFailed += OnFailed;', ['ProvisioningFailed']],
    ['x.Y.Z  +=\th; count += 1;', ['Z', 'count']],
    ['@event += h;', ['event']],
    ['// platform.ProvisioningFailed += OnFailed;\n', []],
    ['/* a += b */ c = 1;', []],
    ['var s = "ProvisioningFailed += x";', []],
    ['var s = @"a ""b"" += c";', []],
    ['var s = $"{n} ProvisioningFailed += {m}"; d += 1;', ['d']],
    ['var s = $"{(ok ? "a" : "b")}"; e += 1;', ['e']],
    ['var s = """\n  f += 1\n  """; g += 1;', ['g']],
    ["var c = '+'; h += 1;", ['h']],
    ['#region a += b\ni += 1;', ['i']],
    ['list[0] += 1; (x) += 2;', []],
  ])('%j', (text, names) => {
    expect(plusAssignedNames(text)).toEqual(names);
  });
});
