// Every documented way to install ucma-codemod, done for real once (they are slow, so all the
// installs run at the same time in beforeAll): a release commit of this work tree is made with
// scripts/release-commit.mjs in a temporary repository, then
// - `npm install -g git+file://<repo>#<tag>`                  (a git URL)
// - `npm pack` of the release + `npm install -g <tarball>`    (a tarball)
// - `npm install -g --install-links <release checkout>`       (a path)
// - the pre-commit framework with `repo: <path>`, `rev: <tag>` (it installs with npm from git)
// each into its own temporary prefix, and each installed binary then runs on a sample. The
// pre-commit framework refuses a commit that needs the change and accepts it after `apply`;
// `pre-commit run --all-files` and `--files` check the files, not only the staged ones.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanTempDirs, copyTree, git, initRepo, makeTempDir } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

const TAG = 'v0.0.0-install-test';
const SAMPLE = fixturePath('samples', 'applicationprovisioner');
const APP = 'ApplicationProvisioning/Application.cs';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

afterAll(cleanTempDirs);

interface Run {
  readonly status: number | null;
  readonly output: string;
}

/** The environment without what `npm test` exported (npm_config_*, npm_lifecycle_*), as in a user's shell. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...extra };
}

/** Runs a command asynchronously (so that the installs overlap); output is stdout and stderr together. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, output }));
  });
}

async function mustRun(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.output}`);
  return result.output;
}

/** A git repository holding this work tree's files (committed or not, minus ignored ones), with a release tag. */
function releaseRepository(root: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(listed.stderr);
  for (const path of listed.stdout.split('\0').filter((p) => p !== '' && existsSync(join(repoRoot, p)))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(root, path));
  }
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'work tree');
  // dist/ as `npm test` just built it from these sources.
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true });
  const release = spawnSync(process.execPath, ['scripts/release-commit.mjs', TAG, '--no-build'], {
    cwd: root,
    encoding: 'utf8',
    env: userEnv({
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    }),
  });
  if (release.status !== 0) throw new Error(`release-commit failed: ${release.stderr}`);
  return root;
}

/** The pre-commit framework: on PATH (.ci/run puts it there), else in a cached virtual environment made here. */
async function preCommitCommand(): Promise<string> {
  if (spawnSync('pre-commit', ['--version']).status === 0) return 'pre-commit';
  const venv = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ucma-codemod-test', 'pre-commit-venv');
  const binary = join(venv, 'bin', 'pre-commit');
  if (!existsSync(binary)) {
    await mustRun('python3', ['-m', 'venv', venv], repoRoot);
    await mustRun(join(venv, 'bin', 'pip'), ['install', '--quiet', 'pre-commit'], repoRoot);
  }
  return binary;
}

const binIn = (prefix: string) => join(prefix, 'bin', 'ucma-codemod');

describe('install routes', () => {
  let work: string;
  let prefixes: { gitUrl: string; tarball: string; path: string };
  let project: string;
  let preCommit: string;
  let preCommitEnv: NodeJS.ProcessEnv;
  const installs: Record<string, Run> = {};

  beforeAll(async () => {
    work = makeTempDir('ucma-codemod-install-');
    const repository = releaseRepository(join(work, 'repository'));
    const checkout = join(work, 'release-checkout');
    git(work, 'clone', '-q', '--branch', TAG, repository, checkout);
    prefixes = { gitUrl: join(work, 'prefix-git'), tarball: join(work, 'prefix-tarball'), path: join(work, 'prefix-path') };
    const npm = (prefix: string, ...args: string[]) =>
      run('npm', ['install', '--global', '--no-audit', '--no-fund', '--prefix', prefix, ...args], work);

    // The project that uses the hooks through the pre-commit framework.
    project = join(work, 'project');
    mkdirSync(project);
    copyTree(SAMPLE, project);
    initRepo(project);
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repository}\n    rev: ${TAG}\n    hooks:\n      - id: ucma-codemod-check\n`,
    );
    git(project, 'add', '.pre-commit-config.yaml');
    git(project, 'commit', '-q', '-m', 'pre-commit config');
    preCommitEnv = userEnv({ PRE_COMMIT_HOME: join(work, 'pre-commit-home') });

    const [gitUrl, tarball, path, hooks] = await Promise.all([
      npm(prefixes.gitUrl, `git+file://${repository}#${TAG}`),
      (async () => {
        const packed = await mustRun('npm', ['pack', '--pack-destination', work], checkout);
        const name = packed.trim().split('\n').at(-1)!.trim();
        return npm(prefixes.tarball, join(work, name));
      })(),
      npm(prefixes.path, '--install-links', checkout),
      (async () => {
        preCommit = await preCommitCommand();
        await mustRun(preCommit, ['install'], project, preCommitEnv);
        return run(preCommit, ['install-hooks'], project, preCommitEnv);
      })(),
    ]);
    Object.assign(installs, { gitUrl, tarball, path, hooks });
  }, 900_000);

  test('the release commit carries dist/ and no script that makes npm prepare a git dependency', () => {
    const repository = join(work, 'repository');
    const files = git(repository, 'ls-tree', '-r', '--name-only', TAG).split('\n');
    expect(files).toContain('dist/src/cli/bin.js');
    expect(files).toContain('dist/src/index.d.ts');
    const manifest = JSON.parse(git(repository, 'show', `${TAG}:package.json`)) as { scripts: Record<string, string> };
    for (const name of ['prepare', 'build', 'prepack', 'preinstall', 'install', 'postinstall'])
      expect(manifest.scripts[name]).toBeUndefined();
    // The branch itself keeps dist/ out of git.
    expect(git(repository, 'ls-tree', '-r', '--name-only', 'HEAD')).not.toContain('dist/');
  });

  test.each(['gitUrl', 'tarball', 'path'] as const)('installed from a %s: the binary on the prefix runs on a sample', async (route) => {
    expect({ route, status: installs[route]!.status, output: installs[route]!.status === 0 ? '' : installs[route]!.output }).toEqual({
      route,
      status: 0,
      output: '',
    });
    const bin = binIn(prefixes[route]);
    expect((await mustRun(bin, ['--version'], work)).trim()).toBe(version);
    const sample = makeTempDir();
    copyTree(SAMPLE, sample);
    const diff = await run(bin, ['diff'], sample);
    expect(diff.status).toBe(0);
    expect(diff.output).toContain(`diff --git a/${APP} b/${APP}`);
    // The package carries the docs that `new` points to.
    expect(existsSync(join(prefixes[route], 'lib', 'node_modules', 'ucma-codemod', 'docs', 'writing-transforms.md'))).toBe(true);
  });

  describe('the pre-commit framework', () => {
    const commit = () => run('git', ['commit', '-m', 'sources'], project, preCommitEnv);
    const headCount = () => Number(git(project, 'rev-list', '--count', 'HEAD').trim());

    test('installs the hook repository', () => {
      expect({ status: installs.hooks!.status, output: installs.hooks!.status === 0 ? '' : installs.hooks!.output }).toEqual({
        status: 0,
        output: '',
      });
    });

    test('refuses a commit that needs the change, and accepts it after apply', async () => {
      git(project, 'add', '-A');
      const refused = await commit();
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain('ucma-codemod check');
      expect(refused.output).toContain(`+++ b/${APP}`);
      expect(headCount()).toBe(1);

      const apply = await run(binIn(prefixes.gitUrl), ['apply', APP], project);
      expect(apply.status).toBe(0);
      git(project, 'add', APP);
      const accepted = await commit();
      expect({ status: accepted.status, output: accepted.output }).toEqual({
        status: 0,
        output: expect.stringContaining('ucma-codemod check'),
      });
      expect(headCount()).toBe(2);
    });

    test('run --all-files fails on an unpatched committed file; --files checks the named files', async () => {
      const unpatched = 'vendor/Application.cs';
      mkdirSync(join(project, 'vendor'));
      cpSync(join(SAMPLE, APP), join(project, unpatched));
      git(project, 'add', unpatched);
      git(project, 'commit', '-q', '--no-verify', '-m', 'an unpatched copy');
      expect(git(project, 'status', '--porcelain')).toBe('');

      const all = await run(preCommit, ['run', '--all-files'], project, preCommitEnv);
      expect(all.status).toBe(1);
      expect(all.output).toContain(`+++ b/${unpatched}`);
      expect(all.output).not.toContain(`+++ b/${APP}`);

      const patchedOnly = await run(preCommit, ['run', '--files', APP], project, preCommitEnv);
      expect({ status: patchedOnly.status, output: patchedOnly.output }).toEqual({ status: 0, output: expect.stringContaining('Passed') });
      const named = await run(preCommit, ['run', '--files', unpatched], project, preCommitEnv);
      expect(named.status).toBe(1);
      expect(named.output).toContain(`+++ b/${unpatched}`);
    });
  });
});
