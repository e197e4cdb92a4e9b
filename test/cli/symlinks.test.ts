// Paths stay inside: a symbolic link is never read or written through, whether it is the file, a
// directory on the way to it, met on a walk or named; apply, diff and check agree on the verdict.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const NEEDS_CHANGE = fixturePath('transforms', 'provisioner-tls-target', 'documented-original-crlf-bom.input.cs');
const original = readFileSync(NEEDS_CHANGE);

/**
 * `root/Local/Application.cs` (a real file), `root/ext` -> a directory outside the root holding
 * `Application.cs` and `sub/Application.cs`, and `root/Linked.cs` -> a file outside the root.
 */
function treeWithLinks(): { root: string; outside: string } {
  const outside = makeTempDir();
  mkdirSync(join(outside, 'sub'));
  for (const path of ['Application.cs', 'sub/Application.cs', 'Other.cs']) copyFileSync(NEEDS_CHANGE, join(outside, path));
  const root = makeTempDir();
  mkdirSync(join(root, 'Local'));
  copyFileSync(NEEDS_CHANGE, join(root, 'Local', 'Application.cs'));
  symlinkSync(outside, join(root, 'ext'), 'dir');
  symlinkSync(join(outside, 'Other.cs'), join(root, 'Linked.cs'));
  return { root, outside };
}

const untouched = (outside: string) =>
  ['Application.cs', 'sub/Application.cs', 'Other.cs'].every((path) => readFileSync(join(outside, path)).equals(original));

/** Per-file statuses and reasons of a `--json` run, by path. */
function verdicts(command: string, args: string[], cwd: string): Record<string, string> {
  const run = runCli([command, '--json', ...args], cwd);
  const report = JSON.parse(run.stdout.toString('utf8')) as { files: Array<{ path: string; status: string; reason: string | null }> };
  return Object.fromEntries(report.files.map((file) => [file.path, `${file.status}${file.reason ? `: ${file.reason}` : ''}`]));
}

describe('symbolic links met while walking a directory', () => {
  test('are counted as skipped with a reason, and nothing behind them is read or written', () => {
    const { root, outside } = treeWithLinks();
    const run = runCli(['apply'], root);
    expect(run.stderr).toContain('ext: skipped: symbolic link, not followed');
    expect(run.stderr).toContain('Linked.cs: skipped: symbolic link, not followed');
    expect(run.stderr).toMatch(/1 file changed, 0 unchanged, 2 skipped, 0 failed/);
    expect(readFileSync(join(root, 'Local', 'Application.cs')).equals(original)).toBe(false);
    expect(untouched(outside)).toBe(true);
  });
});

describe('paths named on the command line', () => {
  test.each([
    ['a file below a linked directory', 'ext/Application.cs'],
    ['a file two levels below a linked directory', 'ext/sub/Application.cs'],
    ['a directory below a linked directory', 'ext/sub'],
  ])('%s is skipped, naming the link; apply writes nothing outside', (_name, path) => {
    const { root, outside } = treeWithLinks();
    const run = runCli(['apply', path], root);
    expect(run.stderr).toContain(
      `${path}: skipped: the path goes through the symbolic link ext, which is not followed; pass the real path`,
    );
    expect(run.stderr).toMatch(/0 files changed, 0 unchanged, 1 skipped, 0 failed/);
    expect(untouched(outside)).toBe(true);
  });

  test('apply, diff and check give the same verdict for every path, in or out of bounds', () => {
    const { root, outside } = treeWithLinks();
    const paths = ['ext/Application.cs', 'ext/sub', 'ext', 'Linked.cs', 'Local/Application.cs'];
    const diff = verdicts('diff', paths, root);
    const check = verdicts('check', paths, root);
    expect(diff).toEqual({
      'ext/Application.cs': 'skipped: the path goes through the symbolic link ext, which is not followed; pass the real path',
      'ext/sub': 'skipped: the path goes through the symbolic link ext, which is not followed; pass the real path',
      ext: 'skipped: symbolic link, not followed; pass the file it points to',
      'Linked.cs': 'skipped: symbolic link, not followed; pass the file it points to',
      'Local/Application.cs': 'changed',
    });
    expect(check).toEqual(diff);
    expect(verdicts('apply', paths, root)).toEqual(diff);
    expect(untouched(outside)).toBe(true);
  });

  test('a real path outside the current directory is still processed (no link on the way)', () => {
    const { root } = treeWithLinks();
    mkdirSync(join(root, 'Work'));
    const run = runCli(['apply', '../Local/Application.cs'], join(root, 'Work'));
    expect(run.stderr).toMatch(/1 file changed, 0 unchanged, 0 skipped, 0 failed/);
    expect(readFileSync(join(root, 'Local', 'Application.cs')).equals(original)).toBe(false);
  });
});
