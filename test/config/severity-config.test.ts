// The "severity" key of the config file: its shape is checked when the file is read, its ids once
// the run's transforms are known; every problem is a sentence that says what is wrong.
import { describe, expect, test } from '@jest/globals';
import { readSeverityConfig, SeverityConfigProblem, unknownSeverityKey } from '../../src/config/severity-config.js';

const known = {
  transforms: new Map<string, readonly string[]>([
    ['ucma4-project-references', []],
    ['ucma4-api-members', ['call-forward', 'conference-admission-policy']],
  ]),
  complete: true,
};

describe('readSeverityConfig', () => {
  test('reads transform and rule keys with the four values', () => {
    expect(
      readSeverityConfig({ 'ucma4-project-references': 'error', 'ucma4-api-members/call-forward': 'off', a: 'info', b: 'warning' }),
    ).toEqual({ 'ucma4-project-references': 'error', 'ucma4-api-members/call-forward': 'off', a: 'info', b: 'warning' });
    expect(readSeverityConfig(undefined)).toBeUndefined();
  });

  test.each([
    [['error'], /"severity" must be an object/],
    ['error', /"severity" must be an object/],
    [
      { 'ucma4-project-references': 'warn' },
      /"severity.ucma4-project-references" must be one of "off", "info", "warning", "error", got "warn"/,
    ],
    [{ 'ucma4-project-references': 2 }, /must be one of .* got 2/],
    [{ 'Bad Id': 'off' }, /"severity" key "Bad Id" is not a transform id or "transform\/rule"/],
    [{ 'a/b/c': 'off' }, /key "a\/b\/c" is not/],
  ])('%j is refused', (value, message) => {
    expect(() => readSeverityConfig(value)).toThrow(SeverityConfigProblem);
    expect(() => readSeverityConfig(value)).toThrow(message);
  });
});

describe('unknownSeverityKey', () => {
  test('known transforms and rules pass', () => {
    expect(unknownSeverityKey({ 'ucma4-project-references': 'off', 'ucma4-api-members/call-forward': 'info' }, known)).toBeUndefined();
  });

  test('an unknown transform names the known ones', () => {
    expect(unknownSeverityKey({ 'ucma4-project-referenses': 'off' }, known)).toBe(
      '"severity" names "ucma4-project-referenses", which is not a transform (known: ucma4-api-members, ucma4-project-references)',
    );
  });

  test("an unknown rule names the transform's rules; a rule of a transform without rules says so", () => {
    expect(unknownSeverityKey({ 'ucma4-api-members/call-forwarding': 'off' }, known)).toBe(
      '"severity" names "ucma4-api-members/call-forwarding", but ucma4-api-members has no rule "call-forwarding" (its rules: call-forward, conference-admission-policy)',
    );
    expect(unknownSeverityKey({ 'ucma4-project-references/speech': 'off' }, known)).toMatch(
      /has no rules; give "ucma4-project-references" alone/,
    );
  });

  test("an id that may be a transform of the user's own that was not loaded is not judged", () => {
    expect(unknownSeverityKey({ 'my-fix': 'error' }, { ...known, complete: false })).toBeUndefined();
    // A rule of a known transform is still judged.
    expect(unknownSeverityKey({ 'ucma4-api-members/nope': 'error' }, { ...known, complete: false })).toMatch(/no rule "nope"/);
  });
});
