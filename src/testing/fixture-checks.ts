// The checks of one fixture case without jest: the same ones the jest harness makes (expected
// bytes, expected diagnostics, idempotency, no new syntax error, CRLF/LF and BOM variants), each
// returning a readable failure (with a diff of what differed) instead of throwing.
import { createTwoFilesPatch } from 'diff';
import { findSyntaxErrors } from '../engine/languages/tree-sitter-core.js';
import { languageForPathOrThrow } from '../engine/languages/index.js';
import { LineIndex } from '../engine/line-index.js';
import { decodeSource } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import type { FileSurroundings, SourceOutcome, TransformOptions } from '../engine/transform-source.js';
import { variantsFor } from './byte-variants.js';
import type { ExpectedDiagnostic, FixtureCase } from './fixture-cases.js';
import { runTransformOnBytes } from './run-on-bytes.js';

export interface CheckResult {
  /** What was checked, e.g. "gives the same result as CRLF". */
  readonly name: string;
  /** Undefined when the check passed; else what went wrong, possibly several lines. */
  readonly failure: string | undefined;
}

/** Every check of one case, in the jest harness's order. A throwing transform fails the check that ran it. */
export function checkFixtureCase(transform: Transform, fixture: FixtureCase, options: TransformOptions = {}): CheckResult[] {
  // As the jest harness: the case runs as <name>.<extension>, a config file with the project beside it.
  const path = `${fixture.name}.${fixture.extension}`;
  const surroundings: FileSurroundings = fixture.projectBeside
    ? { projectFiles: [{ path: `${fixture.name}.csproj`, text: decodeSource(fixture.projectBeside).text }] }
    : {};
  const run = (bytes: Buffer) => runTransformOnBytes(transform, bytes, path, options, surroundings);
  const syntaxErrorCount = (bytes: Buffer) =>
    findSyntaxErrors(languageForPathOrThrow(path).parse(decodeSource(bytes).text).rootNode).length;
  const check = (name: string, body: () => string | undefined): CheckResult => {
    try {
      return { name, failure: body() };
    } catch (thrown) {
      return { name, failure: `the transform threw: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}` };
    }
  };
  const results = [
    check(fixture.expectsChange ? 'produces the expected output, byte for byte' : 'leaves the file unchanged', () => {
      const { output, outcome } = run(fixture.input);
      const bytes = compareBytes(output, fixture.expected, 'expected', 'actual');
      if (bytes) return bytes;
      if (fixture.expectsChange && outcome.status !== 'changed') return `expected a change, but the file is ${outcome.status}`;
      return undefined;
    }),
    check('reports the expected diagnostics', () =>
      compareDiagnostics(run(fixture.input).outcome, decodeSource(fixture.input).text, fixture.diagnostics),
    ),
    check('is idempotent: running on its own output changes nothing', () => {
      const { output } = run(fixture.input);
      const second = run(output);
      if (second.outcome.edits.length > 0)
        return `a second run made ${second.outcome.edits.length} more edit(s):\n${compareBytes(second.output, output, 'after one run', 'after two runs') ?? ''}`;
      return undefined;
    }),
    check('adds no syntax error', () => {
      const { output } = run(fixture.input);
      const before = syntaxErrorCount(fixture.input);
      const after = syntaxErrorCount(output);
      return after > before ? `the output has ${after} syntax error(s), the input ${before}` : undefined;
    }),
  ];
  for (const variant of variantsFor(fixture.input)) {
    results.push(
      check(`gives the same result ${variant.label}`, () =>
        compareBytes(run(variant.convert(fixture.input)).output, variant.convert(fixture.expected), 'expected', 'actual'),
      ),
    );
  }
  return results;
}

/** Undefined when equal; else a unified diff with visible line endings and BOM. */
function compareBytes(actual: Buffer, expected: Buffer, expectedLabel: string, actualLabel: string): string | undefined {
  if (actual.equals(expected)) return undefined;
  const visible = (bytes: Buffer) =>
    bytes
      .toString('latin1')
      .replace(/^\u00ef\u00bb\u00bf/, '[BOM]')
      .replace(/\r\n/g, '\u240d\n')
      .replace(/\r(?!\n)/g, '\u240d');
  const patch = createTwoFilesPatch(expectedLabel, actualLabel, visible(expected), visible(actual), undefined, undefined, { context: 2 });
  // Drop the "Index"/"===" lines; keep ---/+++ and the hunks.
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('===') && !line.startsWith('Index:'))
    .join('\n')
    .trimEnd();
}

function compareDiagnostics(outcome: SourceOutcome, text: string, expected: ExpectedDiagnostic[] | undefined): string | undefined {
  const lines = new LineIndex(text);
  const actual = outcome.diagnostics.map((d) => ({ severity: d.severity, ...lines.positionAt(d.range.start), message: d.message }));
  const shown = actual.map((d) => `  ${d.severity} ${d.line}:${d.column} ${d.message}`).join('\n') || '  (none)';
  if (expected === undefined) {
    const unexpected = actual.filter((d) => d.severity !== 'info');
    return unexpected.length === 0 ? undefined : `expected no errors or warnings (no .diagnostics.txt), got:\n${shown}`;
  }
  const wanted =
    expected
      .map(
        (d) =>
          `  ${d.severity} ${d.line}${d.column === undefined ? '' : `:${d.column}`}${d.messageIncludes === undefined ? '' : ` ${d.messageIncludes}`}`,
      )
      .join('\n') || '  (none)';
  const matches =
    actual.length === expected.length &&
    expected.every((want, index) => {
      const got = actual[index]!;
      return (
        got.severity === want.severity &&
        got.line === want.line &&
        (want.column === undefined || got.column === want.column) &&
        (want.messageIncludes === undefined || got.message.includes(want.messageIncludes))
      );
    });
  return matches ? undefined : `expected diagnostics:\n${wanted}\ngot:\n${shown}`;
}
