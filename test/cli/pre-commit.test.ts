// The pre-commit hook and `check --staged` with the real binary and real git: install-hook writes
// an executable hook (honouring core.hooksPath, never overwriting someone else's hook); the hook
// refuses a commit while a staged .cs file needs the change and prints the patch; `check --staged`
// judges the staged (index) content, not the working tree.
//
// Other hook managers call the same command; nothing else is needed:
// - husky, in .husky/pre-commit:            npx --no-install ucma-codemod check --staged
// - lint-staged, in package.json:           { "lint-staged": { "*.cs": "ucma-codemod check" } }
//   lint-staged passes the staged file names as paths and stashes unstaged changes first, so the
//   working tree equals the index while plain `check <files>` runs; `check --staged` is for hooks
//   that do not stash (like the one install-hook writes).
// - pre-commit (pre-commit.com): the repository's .pre-commit-hooks.yaml, hook id ucma-codemod-check.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { binPath, cleanTempDirs, copyTree, git, gitStatus, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

// The hook runs the ucma-codemod on PATH, as after an install: put this build there for the commits below.
const userPath = process.env.PATH ?? '';
const toolDir = makeTempDir('ucma-codemod-path-');
symlinkSync(binPath, join(toolDir, 'ucma-codemod'));
process.env.PATH = `${toolDir}${delimiter}${userPath}`;

const SAMPLE = fixturePath('samples', 'applicationprovisioner');
const APP = 'ApplicationProvisioning/Application.cs';
const ADDED_LINE =
  '+                    if (string.IsNullOrEmpty(trustedService.TlsTarget) || trustedService.TlsTarget.Equals(trustedService.Fqdn, StringComparison.OrdinalIgnoreCase))';

afterAll(cleanTempDirs);

/** The Visual Studio sample in a fresh git repository, committed (without `leaveOut`, if given). */
function sampleRepo(leaveOut?: string): string {
  const root = makeTempDir();
  copyTree(SAMPLE, root);
  initRepo(root);
  git(root, 'add', '-A');
  if (leaveOut !== undefined) git(root, 'rm', '-q', '--cached', leaveOut);
  git(root, 'commit', '-q', '-m', 'sample');
  return root;
}

const isExecutable = (path: string) => (statSync(path).mode & 0o111) === 0o111;
const headCount = (root: string) => Number(git(root, 'rev-list', '--count', 'HEAD').trim());

describe('install-hook and the hook it writes', () => {
  test('refuses a commit of a .cs file that needs the change, shows the patch, and lets it through after apply', () => {
    const root = sampleRepo();
    const install = runCli(['install-hook'], root);
    expect(install.status).toBe(0);
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    expect(install.stderr).toContain(`pre-commit hook installed: ${hook}`);
    expect(isExecutable(hook)).toBe(true);
    expect(readFileSync(hook, 'utf8')).toMatch(/^#!\/bin\/sh\n/);

    // A harmless edit elsewhere in the file stages it; the file still lacks the documented change.
    writeFileSync(join(root, APP), Buffer.concat([readFileSync(join(root, APP)), Buffer.from('// touched\r\n')]));
    git(root, 'add', APP);
    const refused = gitStatus(root, 'commit', '-m', 'touch Application.cs');
    expect(refused.status).not.toBe(0);
    const output = refused.stdout + refused.stderr;
    expect(output).toContain(`diff --git a/${APP} b/${APP}`);
    expect(output).toContain(ADDED_LINE);
    expect(output).toContain(`${APP}: needs change: provisioner-tls-target`);
    expect(headCount(root)).toBe(1);

    expect(runCli(['apply', APP], root).status).toBe(0);
    git(root, 'add', APP);
    const accepted = gitStatus(root, 'commit', '-q', '-m', 'touch Application.cs, with the documented change');
    expect(accepted.stderr).toContain('0 files need changes');
    expect(accepted.status).toBe(0);
    expect(headCount(root)).toBe(2);
  });

  test('a commit without staged .cs files is not held up', () => {
    const root = sampleRepo();
    expect(runCli(['install-hook'], root).status).toBe(0);
    writeFileSync(join(root, 'notes.txt'), 'notes\n');
    git(root, 'add', 'notes.txt');
    expect(gitStatus(root, 'commit', '-q', '-m', 'notes').status).toBe(0);
  });

  test('core.hooksPath: the hook goes there, not into .git/hooks, and git runs it', () => {
    const root = sampleRepo();
    git(root, 'config', 'core.hooksPath', '.githooks');
    const install = runCli(['install-hook'], root);
    expect(install.status).toBe(0);
    const hook = join(root, '.githooks', 'pre-commit');
    expect(install.stderr).toContain(hook);
    expect(isExecutable(hook)).toBe(true);
    expect(existsSync(join(root, '.git', 'hooks', 'pre-commit'))).toBe(false);

    writeFileSync(join(root, APP), Buffer.concat([readFileSync(join(root, APP)), Buffer.from('// touched\r\n')]));
    git(root, 'add', APP);
    expect(gitStatus(root, 'commit', '-m', 'touch').status).not.toBe(0);
  });

  test('a foreign pre-commit hook is never overwritten (exit 2, file unchanged)', () => {
    const root = sampleRepo();
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    const foreign = '#!/bin/sh\n# my own checks\nexit 0\n';
    writeFileSync(hook, foreign, { mode: 0o755 });
    const run = runCli(['install-hook'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('was not written by ucma-codemod; left unchanged');
    expect(run.stderr).toContain('ucma-codemod check --staged');
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
  });

  test('re-running install-hook over its own hook is fine: "already installed", or "updated" after an edit', () => {
    const root = sampleRepo();
    expect(runCli(['install-hook'], root).status).toBe(0);
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    const written = readFileSync(hook, 'utf8');

    const again = runCli(['install-hook'], root);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('pre-commit hook already installed');
    expect(readFileSync(hook, 'utf8')).toBe(written);

    // Its own hook, edited (the marker line kept): rewritten.
    writeFileSync(hook, `${written}# local edit\n`);
    const update = runCli(['install-hook'], root);
    expect(update.status).toBe(0);
    expect(update.stderr).toContain('pre-commit hook updated');
    expect(readFileSync(hook, 'utf8')).toBe(written);
    expect(isExecutable(hook)).toBe(true);
  });

  test('the hook names no path of this machine: it works after the tool moves, via PATH or npx --no-install', () => {
    const root = sampleRepo();
    expect(runCli(['install-hook'], root).status).toBe(0);
    const script = readFileSync(join(root, '.git', 'hooks', 'pre-commit'), 'utf8');
    expect(script).not.toContain(repoRoot);
    expect(script).not.toContain(process.execPath);
    expect(script).not.toContain(root);

    writeFileSync(join(root, APP), Buffer.concat([readFileSync(join(root, APP)), Buffer.from('// touched\r\n')]));
    git(root, 'add', APP);
    const withoutTool = { ...process.env, PATH: userPath };
    const commit = (env: NodeJS.ProcessEnv) => spawnSync('git', ['commit', '-m', 'touch'], { cwd: root, env, encoding: 'utf8' });
    try {
      // Not on PATH and not in the repository: refused, with a message saying what to do.
      const missing = commit(withoutTool);
      expect(missing.status).not.toBe(0);
      expect(missing.stderr).toContain('ucma-codemod is neither on PATH nor installed in this repository');
      // Installed in the repository (node_modules/.bin, as npm install --save-dev does): found by npx --no-install.
      mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(binPath, join(root, 'node_modules', '.bin', 'ucma-codemod'));
      const viaNpx = commit(withoutTool);
      expect(viaNpx.status).not.toBe(0);
      expect(viaNpx.stdout + viaNpx.stderr).toContain(`${APP}: needs change: provisioner-tls-target`);
    } finally {
      rmSync(join(root, 'node_modules'), { recursive: true, force: true });
    }
    expect(headCount(root)).toBe(1);
  });

  test('in a bare repository install-hook refuses (exit 2): no commit would ever run the hook', () => {
    const bare = makeTempDir();
    git(bare, 'init', '-q', '--bare');
    const run = runCli(['install-hook'], bare);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bare repository');
    expect(existsSync(join(bare, 'hooks', 'pre-commit'))).toBe(false);
  });

  test('outside a git repository install-hook exits 2 with a message', () => {
    const dir = makeTempDir();
    const run = runCli(['install-hook'], dir, { env: { GIT_CEILING_DIRECTORIES: dirname(dir) } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not inside a git repository');
  });
});

describe('check --staged judges what is staged, not the working tree', () => {
  test('staged original, patched only in the working tree: check --staged 1, check 0', () => {
    // Application.cs is not in HEAD, so staging the sample's (unpatched) file stages an addition.
    const root = sampleRepo(APP);
    git(root, 'add', APP);
    expect(runCli(['apply'], root).status).toBe(0);
    expect(git(root, 'diff', '--name-only')).toBe(`${APP}\n`);

    const staged = runCli(['check', '--staged'], root);
    expect(staged.status).toBe(1);
    expect(staged.stdout.toString('utf8')).toContain(ADDED_LINE);
    expect(staged.stderr).toContain(`${APP}: needs change: provisioner-tls-target`);
    expect(runCli(['check'], root).status).toBe(0);
  });

  test('staged patched, working tree reverted to the original: check --staged 0, check 1', () => {
    const root = sampleRepo();
    expect(runCli(['apply'], root).status).toBe(0);
    git(root, 'add', APP);
    copyFileSync(join(SAMPLE, APP), join(root, APP));
    expect(git(root, 'diff', '--name-only')).toBe(`${APP}\n`);

    const staged = runCli(['check', '--staged'], root);
    expect(staged.status).toBe(0);
    expect(staged.stdout.length).toBe(0);
    expect(staged.stderr).toContain('0 files need changes, 1 unchanged');
    expect(runCli(['check'], root).status).toBe(1);
  });

  test('only staged files are judged, and check --staged works from a subdirectory', () => {
    const root = sampleRepo();
    // Nothing staged: nothing to judge, although the working tree needs the change.
    expect(runCli(['check', '--staged'], root).status).toBe(0);
    expect(runCli(['check'], root).status).toBe(1);

    writeFileSync(join(root, APP), Buffer.concat([readFileSync(join(root, APP)), Buffer.from('// touched\r\n')]));
    git(root, 'add', APP);
    const sub = join(root, 'ApplicationProvisioning');
    const run = runCli(['check', '--staged'], sub);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Application.cs: needs change: provisioner-tls-target');
    // A staged file under a skipped folder (bin/) is not judged.
    mkdirSync(join(root, 'ApplicationProvisioning', 'bin', 'Release'), { recursive: true });
    rmSync(join(root, APP));
    git(root, 'rm', '-q', '--cached', APP);
    copyFileSync(join(SAMPLE, APP), join(root, 'ApplicationProvisioning', 'bin', 'Release', 'Application.cs'));
    git(root, 'add', '-f', 'ApplicationProvisioning/bin/Release/Application.cs');
    expect(runCli(['check', '--staged'], root).status).toBe(0);
  });

  test('outside a git repository check --staged exits 2 with a clear message', () => {
    const dir = makeTempDir();
    copyFileSync(join(SAMPLE, APP), join(dir, 'Application.cs'));
    const run = runCli(['check', '--staged'], dir, { env: { GIT_CEILING_DIRECTORIES: dirname(dir) } });
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain('check --staged needs a git work tree; run it inside the repository');
  });

  test.each([['diff'], ['apply'], ['review']])('--staged with %s is a usage error', (command) => {
    const root = sampleRepo();
    const run = runCli([command, '--staged'], root, { input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--staged is only for check');
    expect(run.stderr).toContain('Run "ucma-codemod --help" for usage.');
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
