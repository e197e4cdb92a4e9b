// A jest harness for transforms: fixture pairs compared byte for byte, plus automatic checks
// (idempotency, CRLF/LF and BOM variants, no new syntax errors) on every case.
import { describe, expect, test } from '@jest/globals';
import { findSyntaxErrors } from '../engine/languages/tree-sitter-core.js';
import { languageForPathOrThrow } from '../engine/languages/index.js';
import { LineIndex } from '../engine/line-index.js';
import { decodeSource } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { transformShapeProblems } from '../engine/transform-shape.js';
import type { FileSurroundings, SourceOutcome, TransformOptions } from '../engine/transform-source.js';
import { runTransformOnBytes } from './run-on-bytes.js';
import { variantsFor } from './byte-variants.js';
import { readFixtureCases, type ExpectedDiagnostic, type FixtureCase } from './fixture-cases.js';

export { runTransformOnBytes };

export interface TransformTestOptions {
  /** Options passed to the transform, as with --option on the command line. */
  readonly options?: TransformOptions;
}

/**
 * Defines one jest `describe` block per transform with one test group per fixture case in
 * `fixturesDir`: `<case>.input.<ext>` (`cs`, `csproj`, `exe.config`), optional
 * `<case>.output.<ext>` (absent means "must stay unchanged"), optional `<case>.diagnostics.txt`
 * (absent means "no errors or warnings") and, for a config file, optional `<case>.beside.csproj`
 * (the project file in its folder).
 */
export function defineTransformTests(transform: Transform, fixturesDir: string, testOptions: TransformTestOptions = {}): void {
  const cases = readFixtureCases(fixturesDir);
  const pathOf = (fixture: FixtureCase) => `${fixture.name}.${fixture.extension}`;
  const run = (bytes: Buffer, fixture: FixtureCase) => {
    const beside = fixture.projectBeside;
    const surroundings: FileSurroundings = beside
      ? { projectFiles: [{ path: `${fixture.name}.csproj`, text: decodeSource(beside).text }] }
      : {};
    return runTransformOnBytes(transform, bytes, pathOf(fixture), testOptions.options ?? {}, surroundings);
  };
  const syntaxErrorCount = (bytes: Buffer, fixture: FixtureCase) =>
    findSyntaxErrors(languageForPathOrThrow(pathOf(fixture)).parse(decodeSource(bytes).text).rootNode).length;

  describe(`transform ${transform.meta.id}`, () => {
    // The metadata is a contract (list, reports, commit messages read it): check it like a user's transform.
    test('has valid metadata', () => {
      expect(transformShapeProblems(transform)).toEqual([]);
    });

    for (const fixture of cases) {
      describe(fixture.name, () => {
        test(fixture.expectsChange ? 'produces the expected output, byte for byte' : 'leaves the file unchanged', () => {
          const { output, outcome } = run(fixture.input, fixture);
          expectSameBytes(output, fixture.expected);
          if (fixture.expectsChange) expect(outcome.status).toBe('changed');
          else expect(outcome.status).not.toBe('changed');
        });

        test('reports the expected diagnostics', () => {
          const { outcome } = run(fixture.input, fixture);
          const text = decodeSource(fixture.input).text;
          expectDiagnostics(outcome, text, fixture.diagnostics);
        });

        test('is idempotent: running on its own output changes nothing', () => {
          const { output } = run(fixture.input, fixture);
          const second = run(output, fixture);
          expect(second.outcome.edits).toEqual([]);
          expectSameBytes(second.output, output);
        });

        test('adds no syntax error', () => {
          const { output } = run(fixture.input, fixture);
          expect(syntaxErrorCount(output, fixture)).toBeLessThanOrEqual(syntaxErrorCount(fixture.input, fixture));
        });

        for (const variant of variantsFor(fixture.input)) {
          test(`gives the same result ${variant.label}`, () => {
            const { output } = run(variant.convert(fixture.input), fixture);
            expectSameBytes(output, variant.convert(fixture.expected));
          });
        }
      });
    }
  });
}

/** Compares bytes exactly; on mismatch, shows both as text with visible line endings. */
export function expectSameBytes(actual: Buffer, expected: Buffer): void {
  if (actual.equals(expected)) return;
  const show = (bytes: Buffer) =>
    bytes
      .toString('latin1')
      .replace(/\r/g, '\u240d')
      .replace(/^\u00ef\u00bb\u00bf/, '\u2060[BOM]');
  expect(show(actual)).toBe(show(expected));
  // Same visible text but different bytes (should not happen with the mapping above).
  expect(actual.equals(expected)).toBe(true);
}

function expectDiagnostics(outcome: SourceOutcome, text: string, expected: ExpectedDiagnostic[] | undefined): void {
  const lines = new LineIndex(text);
  const actual = outcome.diagnostics.map((d) => ({ severity: d.severity, ...lines.positionAt(d.range.start), message: d.message }));
  if (expected === undefined) {
    expect(actual.filter((d) => d.severity !== 'info')).toEqual([]);
    return;
  }
  const describeActual = actual.map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
  expect(actual.length).toBe(expected.length);
  expected.forEach((want, index) => {
    const got = actual[index];
    const context = describeActual.join('\n');
    expect({ severity: got?.severity, line: got?.line, context }).toEqual({ severity: want.severity, line: want.line, context });
    if (want.column !== undefined) expect(got?.column).toBe(want.column);
    if (want.messageIncludes !== undefined) expect(got?.message).toContain(want.messageIncludes);
  });
}
