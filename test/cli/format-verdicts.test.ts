// A file's fate never depends on how the run is printed: one tree (a file to change, a file with a
// warning, and a file outside the current directory) through every format that names no file as a
// patch does gives the same per-file verdicts on stderr and the same exit status. A patch names
// paths below the current directory only, so the formats that are patches (diff, mbox, stat)
// refuse the outside path before the run, saying where to run them.
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

describe.each(['diff', 'check'] as const)('%s through every format that names no file as a patch does', (command) => {
  const formats = ['json', 'sarif', 'github', 'names'];
  const { cwd, outside } = tree();
  const runs = new Map(formats.map((format) => [format, runCli([command, '--format', format, '.', outside], cwd)]));
  const sarifLog = join(makeTempDir(), `${command}.sarif`);
  writeFileSync(sarifLog, runs.get('sarif')!.stdout);
  sarifLogs.push(sarifLog);

  test('every format exits with the same status: 1 (a change, and a warning, are left)', () => {
    for (const [format, run] of runs) expect({ format, status: run.status }).toEqual({ format, status: 1 });
  });

  test('every format reports the same verdicts, the file outside the current directory included', () => {
    const reference = verdicts(runs.get('json')!.stderr);
    expect(reference).toContain('warns/Application.cs');
    expect(reference).toMatch(
      /2 (files to change|files need changes), 1 to fix by hand, 0 unchanged, 0 skipped, 0 failed; 0 errors, 1 warning/,
    );
    for (const [format, run] of runs) expect({ format, stderr: verdicts(run.stderr) }).toEqual({ format, stderr: reference });
  });

  test('the JSON report carries the same statuses; a patch only for the file a patch can name', () => {
    const report = JSON.parse(runs.get('json')!.stdout.toString('utf8')) as {
      files: Array<{ path: string; status: string; patch?: string }>;
      exitCode: number;
    };
    const statuses = Object.fromEntries(report.files.map((file) => [file.path, [file.status, file.patch !== undefined]]));
    expect(statuses).toEqual({
      '../elsewhere/Application.cs': ['changed', false],
      'changes/Application.cs': ['changed', true],
      'warns/Application.cs': ['unchanged', false],
    });
    expect(report.exitCode).toBe(1);
  });
});

describe.each(['diff', 'check'] as const)('%s with a format that names files as a patch does', (command) => {
  test.each(command === 'diff' ? ['diff', 'mbox', 'stat'] : ['diff', 'stat'])(
    '--format %s refuses a path outside the current directory at once and says where to run it',
    (format) => {
      const { cwd, outside } = tree();
      const run = runCli([command, '--format', format, '.', outside], cwd);
      expect(run.status).toBe(2);
      expect(run.stdout.length).toBe(0);
      expect(run.stderr).toContain(`${outside} is outside the current directory`);
      expect(run.stderr).toContain(`Run it there: cd ../elsewhere && ucma-codemod ${command} Application.cs`);
    },
  );
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
