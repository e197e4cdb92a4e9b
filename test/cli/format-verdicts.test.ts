// A file's fate never depends on how the run is printed: one tree (a file to change, a file with a
// warning, and a file outside the current directory) through every format gives the same per-file
// verdicts on stderr and the same exit status.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { sarifValidatorErrorsOf } from '../helpers/sarif.js';

afterAll(cleanTempDirs);

const fixture = (name: string) => fixturePath('transforms', 'provisioner-tls-target', `${name}.input.cs`);

function tree(): { cwd: string; outside: string } {
  const root = makeTempDir();
  const cwd = join(root, 'work');
  for (const dir of ['work/changes', 'work/warns', 'elsewhere']) mkdirSync(join(root, dir), { recursive: true });
  copyFileSync(fixture('documented-original-crlf-bom'), join(cwd, 'changes', 'Application.cs'));
  copyFileSync(fixture('manual-negated-test'), join(cwd, 'warns', 'Application.cs'));
  copyFileSync(fixture('documented-original-crlf-bom'), join(root, 'elsewhere', 'Application.cs'));
  return { cwd, outside: '../elsewhere/Application.cs' };
}

/** stderr without the run time, which differs between runs. */
const verdicts = (stderr: string) => stderr.replace(/ in \d+\.\d+s$/m, '');

/** The SARIF logs of the runs below, validated together at the end. */
const sarifLogs: string[] = [];

describe.each(['diff', 'check'] as const)('%s through every format', (command) => {
  const formats = command === 'diff' ? ['diff', 'mbox', 'json', 'sarif', 'github'] : ['diff', 'json', 'sarif', 'github'];
  const { cwd, outside } = tree();
  const runs = new Map(formats.map((format) => [format, runCli([command, '--format', format, '.', outside], cwd)]));
  const sarifLog = join(makeTempDir(), `${command}.sarif`);
  writeFileSync(sarifLog, runs.get('sarif')!.stdout);
  sarifLogs.push(sarifLog);

  test('every format exits with the same status: 2, because one file cannot be named in a patch', () => {
    for (const [format, run] of runs) expect({ format, status: run.status }).toEqual({ format, status: 2 });
  });

  test('every format reports the same verdicts', () => {
    const reference = verdicts(runs.get('diff')!.stderr);
    expect(reference).toContain('../elsewhere/Application.cs: error: is outside the current directory');
    expect(reference).toContain('warns/Application.cs');
    expect(reference).toMatch(
      /1 (file to change|file needs changes), 1 to fix by hand, 0 unchanged, 0 skipped, 1 failed; 0 errors, 1 warning/,
    );
    for (const [format, run] of runs) expect({ format, stderr: verdicts(run.stderr) }).toEqual({ format, stderr: reference });
  });

  test('the JSON report carries the same statuses', () => {
    const report = JSON.parse(runs.get('json')!.stdout.toString('utf8')) as {
      files: Array<{ path: string; status: string }>;
      exitCode: number;
    };
    const statuses = Object.fromEntries(report.files.map((file) => [file.path, file.status]));
    expect(statuses).toEqual({
      '../elsewhere/Application.cs': 'failed',
      'changes/Application.cs': 'changed',
      'warns/Application.cs': 'unchanged',
    });
    expect(report.exitCode).toBe(2);
  });
});

test('without the outside file, check exits 1 in every format and diff exits 1 for the warning', () => {
  const { cwd } = tree();
  for (const format of ['diff', 'json', 'sarif', 'github']) {
    expect({
      format,
      check: runCli(['check', '--format', format], cwd).status,
      diff: runCli(['diff', '--format', format], cwd).status,
    }).toEqual({ format, check: 1, diff: 1 });
  }
});

test('the SARIF logs (a file outside the current directory among them) pass sarif-multitool validate --rule-kind "Gh;Sarif"', () => {
  const errors = sarifValidatorErrorsOf(sarifLogs);
  expect(sarifLogs).toHaveLength(2);
  for (const log of sarifLogs) expect({ log, errors: errors.get(log) }).toEqual({ log, errors: [] });
});
