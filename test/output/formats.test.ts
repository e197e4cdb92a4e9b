// The output formats on a hand-built result: each entry of the table turns the same immutable
// result into its bytes, and none of them changes the result.
import { describe, expect, test } from '@jest/globals';
import { decodeSource } from '../../src/engine/source-text.js';
import type { Transform } from '../../src/engine/transform.js';
import { findFormat, OUTPUT_FORMATS } from '../../src/output/formats.js';
import { reportContext, type ReportContext } from '../../src/output/output-format.js';
import { formatTextReport } from '../../src/output/text-report.js';
import { exitCodeFor } from '../../src/run/exit-code.js';
import { fileResult, totalsOf, type FileResult, type RunResult } from '../../src/run/run-result.js';
import { choosePalette } from '../../src/terminal/colors.js';
import { sarifProblems } from '../helpers/sarif.js';

const transform: Transform = {
  meta: {
    id: 'rename-x',
    title: 'Rename x to y',
    description: 'Renames x.',
    source: { title: 'A document', url: 'https://example.invalid/doc' },
    kind: 'fix',
  },
  run: () => undefined,
};

const position = (offset: number, line: number, column: number) => ({ offset, line, column });

function changedFile(): FileResult {
  const bytes = Buffer.from('class C\n{\n    int x;\n}\n', 'utf8');
  const source = decodeSource(bytes);
  const start = source.text.indexOf('x;');
  return fileResult({
    path: 'src/C.cs',
    absolutePath: '/repo/src/C.cs',
    status: 'changed',
    edits: [{ transform: 'rename-x', start: position(start, 3, 9), end: position(start + 1, 3, 10), oldText: 'x', newText: 'y' }],
    change: { source, originalBytes: bytes, newText: source.text.replace('x;', 'y;'), mode: '100644' },
  });
}

function sampleResult(): RunResult {
  return {
    files: [
      changedFile(),
      fileResult({
        path: 'src/D.cs',
        absolutePath: '/repo/src/D.cs',
        status: 'unchanged',
        diagnostics: [
          { origin: 'rename-x', severity: 'warning', message: 'x here needs a person', start: position(10, 2, 3), end: position(11, 2, 4) },
        ],
      }),
      fileResult({ path: 'src/E.cs', absolutePath: '/repo/src/E.cs', status: 'failed', reason: 'cannot read: permission denied' }),
      fileResult({ path: 'src/link.cs', absolutePath: undefined, status: 'skipped', reason: 'symbolic link, not followed' }),
    ],
    removedTempFiles: [],
  };
}

/** Freezes the whole result, so any attempt to change it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Buffer.isBuffer(value) && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function context(result: RunResult, command: 'diff' | 'check' = 'diff'): ReportContext {
  return reportContext({
    command,
    toolVersion: '9.9.9',
    transforms: [transform],
    cwd: '/repo',
    date: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
    exitCode: exitCodeFor(result, command),
  });
}

const build = (name: string, result = deepFreeze(sampleResult())) => findFormat(name)!.build(result, context(result));
const text = (name: string) => Buffer.concat(build(name).map((part) => part.bytes)).toString('utf8');

describe('the format table', () => {
  test('names are unique, each serves at least one command, only mbox splits into files', () => {
    const names = OUTPUT_FORMATS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const format of OUTPUT_FORMATS) expect(format.commands.length).toBeGreaterThan(0);
    expect(OUTPUT_FORMATS.filter((f) => f.splitsIntoFiles).map((f) => f.name)).toEqual(['mbox']);
    expect(OUTPUT_FORMATS.filter((f) => f.machineReadable).map((f) => f.name)).toEqual(['json', 'sarif', 'github', 'msbuild', 'names']);
  });

  test.each(OUTPUT_FORMATS.map((f) => f.name))('%s builds from a frozen result without changing it', (name) => {
    const result = deepFreeze(sampleResult());
    const before = JSON.stringify(result);
    expect(() => build(name, result)).not.toThrow();
    expect(JSON.stringify(result)).toBe(before);
  });
});

describe('each format', () => {
  test('diff: a git patch of the changed file only', () => {
    const patch = text('diff');
    expect(patch).toMatch(
      /^diff --git a\/src\/C\.cs b\/src\/C\.cs\nindex [0-9a-f]{40}\.\.[0-9a-f]{40} 100644\n--- a\/src\/C\.cs\n\+\+\+ b\/src\/C\.cs\n@@ -1,4 \+1,4 @@/,
    );
    expect(patch).toContain('-    int x;\n+    int y;\n');
    expect(patch).not.toContain('D.cs');
  });

  test("stat: git's diffstat of the changed file only", () => {
    expect(text('stat')).toBe(' src/C.cs | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n');
  });

  test('json: every file with its status, derived totals and the exit status', () => {
    const report = JSON.parse(text('json')) as Record<string, unknown> & { files: Array<Record<string, unknown>> };
    expect(report.files.map((f) => [f.path, f.status, f.reason])).toEqual([
      ['src/C.cs', 'changed', null],
      ['src/D.cs', 'unchanged', null],
      ['src/E.cs', 'failed', 'cannot read: permission denied'],
      ['src/link.cs', 'skipped', 'symbolic link, not followed'],
    ]);
    expect(report.totals).toEqual({ files: 4, changed: 1, unchanged: 1, skipped: 1, failed: 1, errors: 0, warnings: 1, infos: 0 });
    expect(report.exitCode).toBe(2);
    expect(report.files[0]!.patch).toContain('+    int y;');
    expect(report.transforms).toEqual([expect.objectContaining({ id: 'rename-x', kind: 'fix', followUp: null })]);
  });

  test('sarif: a result with its fix per change, one per diagnostic, an engine error per failed file; valid for GitHub', () => {
    const log = JSON.parse(text('sarif')) as {
      runs: Array<{ results: Array<Record<string, unknown>>; tool: { driver: { rules: Array<{ id: string }> } } }>;
    };
    expect(sarifProblems(log)).toEqual({ schema: [], validator: [] });
    const [run] = log.runs;
    // Every result has a fingerprint, even those of a record built without one.
    for (const result of run!.results) expect(Object.keys(result.partialFingerprints as object)).toEqual(['ucmaCodemodFinding/v1']);
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(['rename-x', 'engine']);
    expect(run!.results.map((r) => [r.ruleId, r.level, 'fixes' in r])).toEqual([
      ['rename-x', 'warning', true],
      ['rename-x', 'warning', false],
      ['engine', 'error', false],
    ]);
  });

  test('github: one annotation per change, diagnostic and file problem', () => {
    expect(text('github').trimEnd().split('\n')).toEqual([
      '::warning file=src/C.cs,line=3,col=9,endLine=3,endColumn=10,title=rename-x::Needs change: Rename x to y (run: ucma-codemod apply)',
      '::warning file=src/D.cs,line=2,col=3,endLine=2,endColumn=4,title=rename-x::x here needs a person',
      '::error file=src/E.cs,title=failed::cannot read: permission denied',
      '::notice file=src/link.cs,title=skipped::symbolic link, not followed',
    ]);
  });

  test('mbox: one named message per transform, dated from the context', () => {
    const parts = build('mbox');
    expect(parts.map((part) => part.fileName)).toEqual(['0001-rename-x.patch']);
    const message = parts[0]!.bytes.toString('utf8');
    expect(message).toContain('Subject: [PATCH 1/1] Rename x to y\n');
    expect(message).toContain('Date: Thu, 02 Jan 2020 03:04:05 +0000\n');
    expect(message).toContain('Source: A document\nhttps://example.invalid/doc');
  });

  test('the text summary counts what the result holds', () => {
    const result = deepFreeze(sampleResult());
    expect(totalsOf(result)).toMatchObject({ changed: 1, unchanged: 1, skipped: 1, failed: 1, warnings: 1 });
    const report = formatTextReport('check', result, choosePalette({ isTTY: false }, {}, undefined));
    expect(report.split('\n')).toEqual([
      'src/C.cs: needs change: rename-x',
      'src/D.cs:2:3: warning: x here needs a person [rename-x]',
      'src/E.cs: error: cannot read: permission denied',
      'src/link.cs: skipped: symbolic link, not followed',
      // The failed file's reason is an error line, so it is counted: "1 failed; 1 error".
      'ucma-codemod check: 1 file needs changes, 1 to fix by hand, 0 unchanged, 1 skipped, 1 failed; 1 error, 1 warning',
      'To make the changes: ucma-codemod apply src/C.cs   (or review them: ucma-codemod review)',
      '',
    ]);
  });
});

test('review: a file whose change was declined is counted as declined, not unchanged', () => {
  const declined = { ...changedFile(), status: 'unchanged' as const, edits: [], declined: changedFile().edits, change: undefined };
  const untouched = fileResult({ path: 'src/F.cs', absolutePath: '/repo/src/F.cs', status: 'unchanged' });
  const report = formatTextReport(
    'review',
    deepFreeze({ files: [declined, untouched], removedTempFiles: [] }),
    choosePalette({ isTTY: false }, {}, undefined),
  );
  expect(report).toBe('ucma-codemod review: 0 files changed, 1 declined, 1 unchanged, 0 skipped, 0 failed\n');
});

describe('the exit rule', () => {
  const only = (...files: FileResult[]): RunResult => ({ files, removedTempFiles: [] });
  test.each([
    ['a change, diff', only(changedFile()), 'diff', 0],
    ['a change, check', only(changedFile()), 'check', 1],
    ['a written change, apply', only({ ...changedFile(), written: true }), 'apply', 0],
    ['a declined change, review', only({ ...changedFile(), status: 'unchanged', edits: [], declined: changedFile().edits }), 'review', 1],
    [
      'a failed file outranks a change',
      only(changedFile(), fileResult({ path: 'x', absolutePath: undefined, status: 'failed', reason: 'r' })),
      'check',
      2,
    ],
    ['nothing', only(), 'check', 0],
  ] as const)('%s', (_name, result, command, code) => {
    expect(exitCodeFor(result, command)).toBe(code);
  });
});

describe('rules with pages, and a declared migration target', () => {
  const pack: Transform = {
    meta: {
      id: 'check-y',
      title: 'Check y',
      description: 'Checks y.',
      source: { title: 'Another document' },
      kind: 'report',
      rules: [
        {
          id: 'y-rule',
          title: 'y must be set',
          description: 'Sets y.',
          sources: [{ title: 'Page of y', url: 'https://example.invalid/y', path: 'docs/ucma-sdk/y.md' }],
          followUp: 'Run Set-Y.',
        },
      ],
    },
    run: () => undefined,
  };
  const migration = {
    from: 'ucma-2.0',
    legacyApplicationName: 'Legacy',
    targetServer: 'lync-server-2013',
    targetServerDeclared: false,
  } as const;
  const result = (): RunResult =>
    deepFreeze({
      files: [
        fileResult({
          ...changedFile(),
          diagnostics: [
            {
              origin: 'check-y',
              rule: 'y-rule',
              severity: 'warning',
              message: 'y is not set',
              start: position(0, 1, 1),
              end: position(5, 1, 6),
            },
          ],
        }),
      ],
      removedTempFiles: [],
    });
  const withPack = (r: RunResult) =>
    reportContext({
      command: 'diff',
      toolVersion: '9.9.9',
      transforms: [transform, pack],
      cwd: '/repo',
      date: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
      exitCode: exitCodeFor(r, 'diff'),
      migrationTarget: migration,
    });
  const bytesOf = (name: string) => {
    const r = result();
    return Buffer.concat(
      findFormat(name)!
        .build(r, withPack(r))
        .map((part) => part.bytes),
    ).toString('utf8');
  };

  test('json: the transform lists its rules with their pages; the migration target is a top-level object', () => {
    const report = JSON.parse(bytesOf('json')) as { transforms: Array<{ id: string; rules?: unknown }>; migration: unknown };
    expect(report.transforms.find((t) => t.id === 'check-y')!.rules).toEqual(pack.meta.rules);
    expect(report.transforms.find((t) => t.id === 'rename-x')!.rules).toBeUndefined();
    expect(report.migration).toEqual({
      from: 'ucma-2.0',
      legacyApplicationName: 'Legacy',
      targetServer: 'lync-server-2013',
      targetServerDeclared: false,
    });
  });

  test('sarif: the rule carries its description, help with follow-up and page, helpUri and pages; the run the migration', () => {
    const log = JSON.parse(bytesOf('sarif')) as {
      runs: Array<{ properties?: { migration: unknown }; tool: { driver: { rules: Array<Record<string, unknown>> } } }>;
    };
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'check-y/y-rule')!;
    expect(rule).toMatchObject({
      fullDescription: { text: 'Sets y.' },
      helpUri: 'https://example.invalid/y',
      properties: { kind: 'report', pages: ['docs/ucma-sdk/y.md'] },
    });
    // Help: the description, the follow-up, how to acknowledge a finding, and the rule's own page.
    const help = rule.help as { text: string; markdown: string };
    expect(help.text).toMatch(
      /^Sets y\.\n\nFollow-up: Run Set-Y\.\n\nTo keep a finding on purpose, .*check-y\/y-rule.*\n\nSource: Page of y \(https:\/\/example\.invalid\/y\)$/s,
    );
    expect(help.markdown).toContain('Documentation: [Page of y](https://example.invalid/y)');
    expect(log.runs[0]!.properties!.migration).toMatchObject({ from: 'ucma-2.0', legacyApplicationName: 'Legacy' });
  });

  test("mbox: the message says the migration target and lists another transform's warning in its file with the rule's page", () => {
    const message = bytesOf('mbox');
    expect(message).toContain(
      'Migration target: from a UCMA 2.0 application (Office Communications\nServer 2007 R2) (legacy application name "Legacy") to Lync Server 2013\n(the default)',
    );
    expect(message).toContain('Left for a person in these files:\n- src/C.cs:1 [check-y/y-rule] (docs/ucma-sdk/y.md)');
  });

  test('text: the summary names the declared migration target', () => {
    const report = formatTextReport('check', result(), choosePalette({ isTTY: false }, {}, undefined), { migrationTarget: migration });
    expect(report).toContain(
      '\nmigration target: from a UCMA 2.0 application (Office Communications Server 2007 R2) (legacy application name "Legacy") to Lync Server 2013 (the default)\nucma-codemod check:',
    );
    expect(formatTextReport('check', result(), choosePalette({ isTTY: false }, {}, undefined))).not.toContain('migration target');
  });
});
