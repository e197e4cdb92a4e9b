// `--format msbuild` against MSBuild's documented grammar for diagnostic lines ("MSBuild and Visual
// Studio format for diagnostic messages"): Origin : [Subcategory] Category Code : Text, where the
// origin is a file name with an optional place in one of the forms (line), (line-line), (line,col),
// (line,col-col) or (line,col,line,col), the category is `error` or `warning` (any case), and the
// code has no spaces. Every warning and error line must parse with a regular expression built from
// that grammar, with the place and code of the finding; info lines must not (they stay plain output).
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/engine/source-text.js';
import { findingCode, ENGINE_CODE } from '../../src/engine/finding-codes.js';
import type { Transform } from '../../src/engine/transform.js';
import { buildMsbuildLines } from '../../src/output/msbuild-report.js';
import { reportContext } from '../../src/output/output-format.js';
import { exitCodeFor } from '../../src/run/exit-code.js';
import { builtInTransforms } from '../../transforms/index.js';
import { fileResult, type RunResult } from '../../src/run/run-result.js';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

/** The documented grammar as a regular expression (our own reading of the page, not MSBuild's source). */
const CANONICAL = new RegExp(
  [
    '^\\s*',
    // Origin: a file name (no colon, or a drive letter and colon) and an optional place.
    '(?<file>(?:[A-Za-z]:)?[^:]*?)',
    '(?:\\((?<place>\\d+|\\d+-\\d+|\\d+,\\d+|\\d+,\\d+-\\d+|\\d+,\\d+,\\d+,\\d+)\\))?',
    '\\s*:\\s*',
    // Subcategory: optional words that end with a space.
    '(?<subcategory>[^:]*? )?',
    '(?<category>error|warning)',
    // Code: no spaces, no colon.
    '\\s+(?<code>[^:\\s]+)\\s*:',
    '(?<text>.*)$',
  ].join(''),
  'i',
);

interface ParsedLine {
  readonly file: string;
  readonly place: number[];
  readonly category: string;
  readonly code: string;
  readonly text: string;
}

function parse(line: string): ParsedLine | undefined {
  const match = CANONICAL.exec(line);
  if (!match?.groups) return undefined;
  const { file, place, category, code, text } = match.groups;
  return {
    file: file!,
    place: place === undefined ? [] : place.split(/[,-]/).map(Number),
    category: category!.toLowerCase(),
    code: code!,
    text: text!.trim(),
  };
}

describe('the grammar regex itself', () => {
  test("accepts the page's own kinds of example and refuses lines without a category", () => {
    expect(parse('Main.cs(17,20): warning CS0168: The variable is declared but never used')).toMatchObject({
      file: 'Main.cs',
      place: [17, 20],
      category: 'warning',
      code: 'CS0168',
    });
    expect(parse('C:\\dir1\\strings.resx(2) : error BC30188: Declaration expected.')).toMatchObject({
      file: 'C:\\dir1\\strings.resx',
      place: [2],
      category: 'error',
    });
    expect(parse('src/A.cs(1,2,3,4): WARNING X1: t')).toMatchObject({ place: [1, 2, 3, 4], category: 'warning' });
    expect(parse('src/A.cs(1,2,3,4): info UCMA4001: a warning: in the text')).toBeUndefined();
    expect(parse('ucma-codemod check: 1 file needs changes')).toBeUndefined();
  });
});

describe('--format msbuild on a hand-built result', () => {
  const transform: Transform = {
    meta: {
      id: 'rename-x',
      title: 'Rename x to y',
      description: 'Renames x.',
      source: { title: 'A document' },
      kind: 'fix',
      code: 'ACME0001',
      rules: [{ id: 'field', title: 'A field named x', code: 'ACME0002' }],
    },
    run: () => undefined,
  };
  const position = (offset: number, line: number, column: number) => ({ offset, line, column });
  const bytes = Buffer.from('class C\n{\n    int x;\n}\n', 'utf8');
  const source = decodeSource(bytes);
  const result: RunResult = {
    files: [
      fileResult({
        path: 'src/C.cs',
        absolutePath: '/repo/src/C.cs',
        status: 'changed',
        edits: [{ transform: 'rename-x', rule: 'field', start: position(18, 3, 9), end: position(19, 3, 10), oldText: 'x', newText: 'y' }],
        diagnostics: [
          { origin: 'rename-x', severity: 'info', message: 'x is fine\nhere', start: position(1, 1, 2), end: position(2, 1, 3) },
          { origin: 'rename-x', severity: 'warning', message: 'x: needs a person', start: position(10, 2, 3), end: position(11, 2, 4) },
        ],
        change: { source, originalBytes: bytes, newText: source.text.replace('x;', 'y;'), mode: '100644' },
      }),
      fileResult({ path: 'src/E.cs', absolutePath: '/repo/src/E.cs', status: 'failed', reason: 'cannot read: permission denied' }),
      fileResult({ path: 'src/link.cs', absolutePath: undefined, status: 'skipped', reason: 'symbolic link, not followed' }),
    ],
    removedTempFiles: [],
  };
  const context = (command: 'check' | 'apply') =>
    reportContext({
      command,
      toolVersion: '9',
      transforms: [transform],
      cwd: '/repo',
      date: new Date(0),
      exitCode: exitCodeFor(result, command),
    });

  test('one line per change, diagnostic and file problem; codes from the metadata; one line each', () => {
    expect(buildMsbuildLines(result, context('check')).split('\n')).toEqual([
      'src/C.cs(3,9,3,10): warning ACME0002: needs change: A field named x (run: ucma-codemod apply)',
      'src/C.cs(1,2,1,3): info ACME0001: x is fine here',
      'src/C.cs(2,3,2,4): warning ACME0001: x: needs a person',
      `src/E.cs: error ${ENGINE_CODE}: cannot read: permission denied`,
      `src/link.cs: info ${ENGINE_CODE}: symbolic link, not followed`,
      '',
    ]);
  });

  test('what the grammar sees: the change and the warning as warnings, the failure as an error, infos as plain text', () => {
    const parsed = buildMsbuildLines(result, context('check')).trimEnd().split('\n').map(parse);
    expect(parsed.map((line) => line && [line.file, line.place, line.category, line.code])).toEqual([
      ['src/C.cs', [3, 9, 3, 10], 'warning', 'ACME0002'],
      undefined,
      ['src/C.cs', [2, 3, 2, 4], 'warning', 'ACME0001'],
      ['src/E.cs', [], 'error', ENGINE_CODE],
      undefined,
    ]);
    // A colon in the message is text, not a new part.
    expect(parsed[2]!.text).toBe('x: needs a person');
  });

  test("a change has its rule's configured severity and its own words: error is a build error, info stays plain output", () => {
    const [file] = result.files;
    const only = (edit: RunResult['files'][number]['edits'][number]): RunResult => ({
      ...result,
      files: [{ ...file!, diagnostics: [], edits: [edit] }],
    });
    const edit = file!.edits[0]!;
    const error = buildMsbuildLines(only({ ...edit, severity: 'error', message: 'x is removed: use y' }), context('check'));
    expect(error).toBe('src/C.cs(3,9,3,10): error ACME0002: needs change: x is removed: use y (run: ucma-codemod apply)\n');
    expect(parse(error.trimEnd())).toMatchObject({ category: 'error', code: 'ACME0002' });
    const info = buildMsbuildLines(only({ ...edit, severity: 'info' }), context('check'));
    expect(info).toBe('src/C.cs(3,9,3,10): info ACME0002: can change: A field named x (run: ucma-codemod apply)\n');
    expect(parse(info.trimEnd())).toBeUndefined();
  });
});

describe("check --format msbuild honours the config file's severities", () => {
  test('a transform set to error gives build errors; a rule set to off gives no line', () => {
    const cwd = makeTempDir();
    cpSync(join(repoRoot, 'fixtures', 'projects', 'speech-announcer'), cwd, { recursive: true });
    const lines = (run: ReturnType<typeof runCli>) => run.stdout.toString('utf8').trimEnd().split('\n');
    const before = lines(runCli(['check', '--format', 'msbuild'], cwd));
    expect(before.some((line) => line.includes('Call.Forward'))).toBe(true);
    expect(before.filter((line) => parse(line)?.category === 'error')).toEqual([]);

    writeFileSync(
      join(cwd, 'ucma-codemod.config.json'),
      JSON.stringify({ severity: { 'ucma4-project-references': 'error', 'ucma4-api-members/call-forward': 'off' } }),
    );
    const run = runCli(['check', '--format', 'msbuild'], cwd);
    expect(run.status).toBe(1);
    const after = lines(run);
    expect(after.some((line) => line.includes('Call.Forward'))).toBe(false);
    const references = after.map(parse).filter((line) => line?.file === 'SpeechAnnouncer.csproj');
    // The two needed changes and the Microsoft.Speech warning are errors now; the info stays plain output.
    expect(references.map((line) => line?.category)).toEqual(['error', 'error', 'error']);
    expect(after.filter((line) => line.startsWith('SpeechAnnouncer.csproj(') && parse(line) === undefined)).toHaveLength(1);
    const code = findingCode(
      'ucma4-project-references',
      undefined,
      builtInTransforms.find((t) => t.meta.id === 'ucma4-project-references'),
    );
    expect(references.every((line) => line?.code === code)).toBe(true);
    expect(after.find((line) => line.startsWith('Announcer.cs('))).toMatch(
      /: warning UCMA4\d{3}: needs change: InstantMessagingFlow\.BeginSendMessage/,
    );
  });
});

describe('check --format msbuild with the real binary, against its JSON report', () => {
  const cwd = join(repoRoot, 'fixtures', 'ucma4-apps');

  test('every finding of the JSON report is one line the grammar reads, at the same place, with its code', () => {
    const msbuild = runCli(['check', '--format', 'msbuild'], cwd);
    const json = runCli(['check', '--format', 'json'], cwd);
    expect(msbuild.status).toBe(json.status);
    const report = JSON.parse(json.stdout.toString('utf8')) as {
      files: Array<{
        path: string;
        edits: Array<{ transform: string; rule?: string; start: { line: number; column: number }; end: { line: number; column: number } }>;
        diagnostics: Array<{
          transform: string;
          rule?: string;
          severity: string;
          start: { line: number; column: number };
          end: { line: number; column: number };
        }>;
      }>;
    };
    const byId = new Map(builtInTransforms.map((t) => [t.meta.id, t]));
    const expected = report.files.flatMap((file) => [
      ...file.edits.map((e) => [
        file.path,
        [e.start.line, e.start.column, e.end.line, e.end.column],
        'warning',
        findingCode(e.transform, e.rule, byId.get(e.transform)),
      ]),
      ...file.diagnostics
        .filter((d) => d.severity !== 'info')
        .map((d) => [
          file.path,
          [d.start.line, d.start.column, d.end.line, d.end.column],
          d.severity,
          findingCode(d.transform, d.rule, byId.get(d.transform)),
        ]),
    ]);
    const lines = msbuild.stdout.toString('utf8').trimEnd().split('\n');
    const parsed = lines.map(parse).filter((line) => line !== undefined);
    expect(expected.length).toBeGreaterThan(5);
    expect(parsed.map((line) => [line.file, line.place, line.category, line.code])).toEqual(expected);
    // Every other line is an info, which the grammar leaves alone.
    const infos = report.files.flatMap((file) => file.diagnostics.filter((d) => d.severity === 'info'));
    expect(lines.length - parsed.length).toBe(infos.length);
    expect(lines.filter((line) => parse(line) === undefined).every((line) => /^\S+\(\d+,\d+,\d+,\d+\): info UCMA\d{4}: /.test(line))).toBe(
      true,
    );
  });
});
