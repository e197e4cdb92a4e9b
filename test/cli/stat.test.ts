// `--stat` (`--format stat`) for diff and check with the real binary: on a multi-project tree its
// stdout is exactly what `git diff --stat` prints once the same changes are made in a git work tree.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cleanTempDirs, copyTree, git, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

/** `git diff --stat` as git prints it into a pipe (no COLUMNS, no user config). */
function gitDiffStat(cwd: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  delete env.COLUMNS;
  const result = spawnSync('git', ['diff', '--stat'], { cwd, env, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('--stat on the UCMA 4.0 apps (many files in several projects)', () => {
  let root: string;
  let expected: string;
  beforeAll(() => {
    root = makeTempDir();
    copyTree(fixturePath('ucma4-apps'), root);
    initRepo(root);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'apps');
    // What git says about the changes once they are made (in a second copy, so root stays as committed).
    const applied = makeTempDir();
    copyTree(root, applied);
    // 1: the apps also hold changes to make by hand (warnings); every automatic change is written.
    expect(runCli(['apply'], applied).status).toBe(1);
    expected = gitDiffStat(applied);
  });

  test('git has something to say: several files', () => {
    expect(expected.trimEnd().split('\n').length).toBeGreaterThan(5);
    expect(expected).toMatch(/ \d+ files changed, \d+ insertions\(\+\), \d+ deletions\(-\)\n$/);
  });

  test("diff --stat prints exactly git diff --stat; the exit status is plain diff's", () => {
    const run = runCli(['diff', '--stat'], root);
    expect(run.status).toBe(runCli(['diff'], root).status);
    expect(run.stdout.toString('utf8')).toBe(expected);
    expect(run.stderr).toContain('ucma-codemod diff:');
  });

  test('check --stat and diff --format stat print the same; check exits 1', () => {
    const check = runCli(['check', '--stat'], root);
    expect(check.status).toBe(1);
    expect(check.stdout.toString('utf8')).toBe(expected);
    expect(runCli(['diff', '--format', 'stat'], root).stdout.toString('utf8')).toBe(expected);
  });

  test('one folder: the stat names only its files', () => {
    const run = runCli(['diff', '--stat', 'conference-mcu'], root);
    const lines = run.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines.slice(0, -1).every((line) => line.startsWith(' conference-mcu/'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ \d+ files changed/);
  });
});

describe('--stat with nothing to change, and refusals', () => {
  test('nothing to change: empty stdout, like git; exit 0', () => {
    const root = makeTempDir();
    copyTree(fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Contact.cs'), `${root}/Contact.cs`);
    const run = runCli(['check', '--stat'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
  });

  test.each([
    [['apply', '--stat'], '--format stat is only for diff, check'],
    [['diff', '--stat', '--json'], '--json contradicts --stat'],
    [['diff', '--stat', '-l'], '-l/--list-different contradicts --stat'],
    [['diff', '--stat', '--format', 'diff'], '--stat contradicts --format diff'],
    [['review', '--stat'], 'review is interactive and takes no --format'],
  ])('%j is refused', (argv, message) => {
    const run = runCli(argv, makeTempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
