// The stderr text report on hand-built results: identical findings in several places are one line
// with the count and the places; --diagnostic-level hides the milder ones (and says how many); a
// change that says what it does gets its own line, worded as its annotation; acknowledged findings
// and stale baseline entries are counted and named; -q's one line says why the run fails.
import { describe, expect, test } from '@jest/globals';
import { formatQuietReport, formatTextReport } from '../../src/output/text-report.js';
import { verdictOf } from '../../src/run/exit-code.js';
import { fileResult, type ReportedDiagnostic, type ReportedEdit, type RunResult } from '../../src/run/run-result.js';
import { choosePalette } from '../../src/terminal/colors.js';

const palette = choosePalette({ isTTY: false }, {}, undefined);
const at = (line: number, column: number) => ({ offset: line * 100 + column, line, column });
const finding = (severity: ReportedDiagnostic['severity'], message: string, line: number): ReportedDiagnostic => ({
  origin: 'ucma4-project-references',
  severity,
  message,
  start: at(line, 5),
  end: at(line, 9),
});
const NO_VERSION = 'Microsoft.Rtc.Collaboration has no version and no HintPath';
const project = (path: string, ...diagnostics: ReportedDiagnostic[]) =>
  fileResult({ path, absolutePath: `/r/${path}`, status: 'unchanged', diagnostics });
const run = (...files: RunResult['files']): RunResult => ({ files, removedTempFiles: [] });
const lines = (text: string) => text.trimEnd().split('\n');

describe('grouping', () => {
  test('identical findings in several files are one line with the count and the places, where the first one is', () => {
    const result = run(
      project('A/A.csproj', finding('info', NO_VERSION, 12)),
      project('B/B.csproj', finding('warning', 'Microsoft.Speech 10.2 ...', 7), finding('info', NO_VERSION, 9)),
      project('C/C.csproj', finding('info', NO_VERSION, 30)),
    );
    expect(lines(formatTextReport('check', result, palette))).toEqual([
      `info: ${NO_VERSION} [ucma4-project-references] (3 places: A/A.csproj:12:5, B/B.csproj:9:5, C/C.csproj:30:5)`,
      'B/B.csproj:7:5: warning: Microsoft.Speech 10.2 ... [ucma4-project-references]',
      'ucma-codemod check: 0 files need changes, 1 to fix by hand, 2 unchanged, 0 skipped, 0 failed; 0 errors, 1 warning',
    ]);
  });

  test('the same message at another severity, or of another rule, is not grouped with it', () => {
    const other = { ...finding('info', NO_VERSION, 3), origin: 'other' };
    const result = run(project('A.csproj', finding('info', NO_VERSION, 1), finding('warning', NO_VERSION, 2), other));
    expect(lines(formatTextReport('diff', result, palette)).slice(0, 3)).toEqual([
      `A.csproj:1:5: info: ${NO_VERSION} [ucma4-project-references]`,
      `A.csproj:2:5: warning: ${NO_VERSION} [ucma4-project-references]`,
      `A.csproj:3:5: info: ${NO_VERSION} [other]`,
    ]);
  });
});

describe('--diagnostic-level', () => {
  const result = run(project('A.csproj', finding('info', NO_VERSION, 1), finding('warning', 'by hand', 2), finding('info', 'note', 3)));
  test('warning: infos are not listed, and the summary says how many were left out', () => {
    const report = lines(formatTextReport('check', result, palette, { level: 'warning' }));
    expect(report).toEqual([
      'A.csproj:2:5: warning: by hand [ucma4-project-references]',
      'ucma-codemod check: 0 files need changes, 1 to fix by hand, 0 unchanged, 0 skipped, 0 failed; 0 errors, 1 warning (2 below --diagnostic-level warning not shown)',
    ]);
  });
  test('error: warnings go too; the counts stay', () => {
    expect(lines(formatTextReport('check', result, palette, { level: 'error' }))[0]).toMatch(/^ucma-codemod check: .*1 warning \(3 below/);
  });
});

describe('changes', () => {
  const edit = (severity: ReportedEdit['severity'], message?: string): ReportedEdit => ({
    transform: 'ucma4-api-members',
    rule: 'instant-messaging-flow-begin-send-message',
    severity,
    ...(message ? { message } : {}),
    start: at(12, 18),
    end: at(12, 34),
    oldText: 'BeginSendMessage',
    newText: 'BeginSendInstantMessage',
  });
  const changed = (...edits: ReportedEdit[]) => fileResult({ path: 'A.cs', absolutePath: '/r/A.cs', status: 'changed', edits });

  test('check: a change with a message is a line of its own that names the member and its replacement', () => {
    const report = formatTextReport(
      'check',
      run(changed(edit('warning', 'X.BeginSendMessage is removed: replaced by X.BeginSendInstantMessage'))),
      palette,
    );
    expect(lines(report)[0]).toBe(
      'A.cs:12:18: warning: Needs change: X.BeginSendMessage is removed: replaced by X.BeginSendInstantMessage [ucma4-api-members/instant-messaging-flow-begin-send-message]',
    );
  });

  test('check: a change without a message is named by its transform; an info one "can change", and check passes on it', () => {
    const report = run(changed(edit('info')));
    expect(lines(formatTextReport('check', report, palette))[0]).toBe(
      'A.cs: can change: ucma4-api-members/instant-messaging-flow-begin-send-message',
    );
    expect(verdictOf(report, 'check')).toEqual({ code: 0, reasons: [] });
    expect(verdictOf(run(changed(edit('error'))), 'check').code).toBe(1);
  });
});

describe('acknowledged findings and the baseline', () => {
  test('suppressed and known findings are counted, not listed; stale entries are named', () => {
    const file = fileResult({
      path: 'A.cs',
      absolutePath: '/r/A.cs',
      status: 'unchanged',
      acknowledged: [
        { ...finding('warning', 'kept', 1), state: 'suppressed', reason: 'on purpose' },
        { ...finding('warning', 'known', 2), state: 'baseline' },
      ],
    });
    const stale = {
      path: 'B.cs',
      rule: 'ucma4-api-members/call-forward',
      member: 'B.Transfer(Call)',
      snippet: 'call.Forward(x)',
      fingerprint: '0123456789abcdef',
    };
    const result: RunResult = { ...run(file), baseline: { path: '/r/base.jsonl', stale: [stale] } };
    expect(lines(formatTextReport('check', result, palette))).toEqual([
      'B.cs: stale baseline entry: ucma4-api-members/call-forward in B.Transfer(Call) ("call.Forward(x)") is no longer found; drop it with --prune-baseline [0123456789abcdef]',
      'ucma-codemod check: 0 files need changes, 1 unchanged, 0 skipped, 0 failed (1 suppressed, 1 known from the baseline, 1 stale baseline entry)',
    ]);
    expect(verdictOf(result, 'check').code).toBe(0);
  });
});

test('-q: errors, then the one line that says why the run exits 1', () => {
  const result = run(project('A.csproj', finding('warning', 'by hand', 2), finding('error', 'set to error', 3)));
  const verdict = verdictOf(result, 'check', { maxWarnings: 0 });
  expect(lines(formatQuietReport('check', result, verdict, palette))).toEqual([
    'A.csproj:3:5: error: set to error [ucma4-project-references]',
    'ucma-codemod check: exit 1: 1 error to fix by hand, 1 warning to fix by hand (more than --max-warnings 0) (run without -q to see them)',
  ]);
});
