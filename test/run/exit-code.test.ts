// The one exit rule, on hand-built results: 2 for any file that could not be processed, 1 for a
// change still needed (a warning beyond --max-warnings, a declined change, check's needed change),
// else 0; and the reasons in words, which -q prints when it prints nothing else.
import { describe, expect, test } from '@jest/globals';
import { verdictOf, type RunCommand } from '../../src/run/exit-code.js';
import { fileResult, type FileResult, type ReportedDiagnostic, type ReportedEdit, type RunResult } from '../../src/run/run-result.js';

const at = { offset: 0, line: 1, column: 1 };
const warning: ReportedDiagnostic = { origin: 't', severity: 'warning', message: 'by hand', start: at, end: at };
const info: ReportedDiagnostic = { ...warning, severity: 'info' };
const edit: ReportedEdit = { transform: 't', start: at, end: at, oldText: '', newText: 'x' };

const run = (...files: FileResult[]): RunResult => ({ files, removedTempFiles: [] });
const changed = fileResult({ path: 'a.cs', absolutePath: '/a.cs', status: 'changed', edits: [edit] });
const warned = fileResult({ path: 'b.cs', absolutePath: '/b.cs', status: 'unchanged', diagnostics: [warning, warning] });
const failed = fileResult({ path: 'c.cs', absolutePath: '/c.cs', status: 'failed', reason: 'cannot read' });
const declined = fileResult({ path: 'd.cs', absolutePath: '/d.cs', status: 'unchanged', declined: [edit] });
const informed = fileResult({ path: 'e.cs', absolutePath: '/e.cs', status: 'unchanged', diagnostics: [info] });

describe('verdictOf', () => {
  test.each<[string, RunResult, RunCommand, number | undefined, number, string[]]>([
    ['nothing to do', run(informed), 'check', undefined, 0, []],
    ['check: a change is needed', run(changed), 'check', undefined, 1, ['1 file needs changes']],
    ['diff and apply deliver the change', run(changed), 'diff', undefined, 0, []],
    ['apply', run(changed), 'apply', undefined, 0, []],
    ['warnings', run(warned), 'diff', undefined, 1, ['2 warnings to fix by hand']],
    ['warnings within --max-warnings', run(warned), 'diff', 2, 0, []],
    ['warnings beyond --max-warnings', run(warned), 'diff', 1, 1, ['2 warnings to fix by hand (more than --max-warnings 1)']],
    ['--max-warnings never hides a needed change', run(warned, changed), 'check', 5, 1, ['1 file needs changes']],
    ['a declined change', run(declined), 'review', undefined, 1, ['1 change declined']],
    ['an error outranks everything', run(changed, warned, failed), 'check', undefined, 2, ['1 file could not be processed']],
  ])('%s', (_name, result, command, maxWarnings, code, reasons) => {
    expect(verdictOf(result, command, { maxWarnings })).toEqual({ code, reasons });
  });
});
