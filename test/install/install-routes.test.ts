// Every documented way to install ucma-codemod, done for real once (they are slow, so all the
// installs run at the same time in beforeAll). A git repository is made of this work tree (its
// default branch carries the committed dist/, as the real one does), then
// - `npm install -g git+file://<repo>`                       (a git URL of the default branch)
// - `npm install -g <tarball>` of one `npm pack` of a clone   (a tarball)
// - `npm install -g --install-links <clone>`                 (a path: the README's first command)
// - the pre-commit framework (Debian's package, or PATH) with `repo: <path>`, `rev: <commit>`
// each into its own temporary prefix, with the flags docs/install.md gives, and each must print
// no `npm warn` line. Each installed binary then runs on a sample. The pre-commit framework
// refuses a commit whose .csproj, App.config or C# file needs a change and accepts it after
// `apply`; `pre-commit run --all-files` and `--files` judge project files, not only C#.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanTempDirs, copyTree, git, initRepo, makeTempDir } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

const SAMPLE = fixturePath('samples', 'applicationprovisioner');
const PROJECT = fixturePath('projects', 'chat-archiver');
const APP = 'ApplicationProvisioning/Application.cs';
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
/** The flags of every global install in docs/install.md (why each: see there). */
const INSTALL_FLAGS = ['--legacy-peer-deps', '--allow-scripts=tree-sitter,tree-sitter-c-sharp,@tree-sitter-grammars/tree-sitter-xml'];

afterAll(cleanTempDirs);

interface Run {
  readonly status: number | null;
  readonly output: string;
}

/**
 * The environment without what `npm test` exported (npm_config_*, npm_lifecycle_*), as in a
 * user's shell. npm may answer from its cache without asking the registry whether a package
 * changed (prefer-offline), and skips the audit and funding requests: what is installed is the same.
 */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...env,
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...extra,
  };
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

/** A git repository holding this work tree's files (committed or not, minus ignored ones) on its default branch. */
function repositoryOfWorkTree(root: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(listed.stderr);
  for (const path of listed.stdout.split('\0').filter((p) => p !== '' && existsSync(join(repoRoot, p)))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(root, path));
  }
  // dist/ as `npm test` just built it from these sources (test/install/committed-build checks that
  // the committed dist/ is that build).
  cpSync(join(repoRoot, 'dist'), join(root, 'dist'), { recursive: true });
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'work tree');
  return root;
}

/** The pre-commit framework: Debian's package (/usr/bin/pre-commit, what .ci/run installs), else the one on PATH. */
function preCommitCommand(): string {
  for (const candidate of ['/usr/bin/pre-commit', 'pre-commit']) if (spawnSync(candidate, ['--version']).status === 0) return candidate;
  throw new Error('the pre-commit framework is needed (Debian: apt-get install pre-commit)');
}

const binIn = (prefix: string) => join(prefix, 'bin', 'ucma-codemod');
const npmWarnings = (output: string) => output.split('\n').filter((line) => /^npm warn/i.test(line));

describe('install routes', () => {
  let work: string;
  let prefixes: { gitUrl: string; tarball: string; path: string };
  let project: string;
  const preCommit = preCommitCommand();
  let preCommitEnv: NodeJS.ProcessEnv;
  const installs: Record<string, Run> = {};

  beforeAll(async () => {
    work = makeTempDir('ucma-codemod-install-');
    const repository = repositoryOfWorkTree(join(work, 'repository'));
    const clone = join(work, 'clone');
    git(work, 'clone', '-q', repository, clone);
    prefixes = { gitUrl: join(work, 'prefix-git'), tarball: join(work, 'prefix-tarball'), path: join(work, 'prefix-path') };
    const npm = (prefix: string, ...args: string[]) =>
      run('npm', ['install', '--global', '--prefix', prefix, ...INSTALL_FLAGS, ...args], work);

    // A project that uses the hooks through the pre-commit framework: a UCMA 3.0 project whose
    // .csproj and App.config need the UCMA 4.0 changes, and the ApplicationProvisioner sample.
    project = join(work, 'project');
    mkdirSync(project);
    copyTree(PROJECT, project);
    copyTree(SAMPLE, join(project, 'provisioner'));
    initRepo(project);
    const commit = git(repository, 'rev-parse', 'HEAD').trim();
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repository}\n    rev: ${commit}\n    hooks:\n      - id: ucma-codemod-check\n`,
    );
    git(project, 'add', '.pre-commit-config.yaml');
    git(project, 'commit', '-q', '-m', 'pre-commit config');
    preCommitEnv = userEnv({ PRE_COMMIT_HOME: join(work, 'pre-commit-home') });

    const [gitUrl, tarball, path, hooks] = await Promise.all([
      npm(prefixes.gitUrl, `git+file://${repository}`),
      (async () => {
        const packed = await mustRun('npm', ['pack', '--pack-destination', work], clone);
        const name = packed.trim().split('\n').at(-1)!.trim();
        return npm(prefixes.tarball, join(work, name));
      })(),
      npm(prefixes.path, '--install-links', clone),
      (async () => {
        await mustRun(preCommit, ['install'], project, preCommitEnv);
        return run(preCommit, ['install-hooks'], project, preCommitEnv);
      })(),
    ]);
    Object.assign(installs, { gitUrl, tarball, path, hooks });
  }, 3_600_000);

  test.each(['gitUrl', 'tarball', 'path'] as const)(
    'installed from a %s: no npm warning; the binary on the prefix runs on a sample',
    async (route) => {
      const install = installs[route]!;
      expect({ route, status: install.status, output: install.status === 0 ? '' : install.output }).toEqual({
        route,
        status: 0,
        output: '',
      });
      expect({ route, warnings: npmWarnings(install.output) }).toEqual({ route, warnings: [] });
      const bin = binIn(prefixes[route]);
      expect((await mustRun(bin, ['--version'], work)).trim()).toBe(version);
      const sample = makeTempDir();
      copyTree(SAMPLE, sample);
      const diff = await run(bin, ['diff'], sample);
      expect(diff.status).toBe(0);
      expect(diff.output).toContain(`diff --git a/${APP} b/${APP}`);
      // The package carries the docs that `new` points to.
      expect(existsSync(join(prefixes[route], 'lib', 'node_modules', 'ucma-codemod', 'docs', 'writing-transforms.md'))).toBe(true);
    },
  );

  test('npm pack in a clone leaves no untracked file (the tarball is ignored)', () => {
    const clone = join(work, 'clone');
    spawnSync('npm', ['pack'], { cwd: clone, env: userEnv() });
    expect(git(clone, 'status', '--porcelain')).toBe('');
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

    test('refuses a commit whose .csproj, App.config and C# file need changes, and accepts it after apply', async () => {
      git(project, 'add', '-A');
      const refused = await commit();
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain('ucma-codemod check');
      for (const path of ['ChatArchiver.csproj', 'App.config', `provisioner/${APP}`]) expect(refused.output).toContain(`+++ b/${path}`);
      expect(headCount()).toBe(1);

      const apply = await run(binIn(prefixes.gitUrl), ['apply'], project);
      expect(apply.status).toBe(0);
      git(project, 'add', '-A');
      const accepted = await commit();
      expect({ status: accepted.status, output: accepted.output }).toEqual({
        status: 0,
        output: expect.stringContaining('ucma-codemod check'),
      });
      expect(headCount()).toBe(2);
    });

    test('run --all-files fails on committed unpatched project files; --files judges the named files', async () => {
      mkdirSync(join(project, 'legacy'));
      cpSync(join(PROJECT, 'ChatArchiver.csproj'), join(project, 'legacy', 'ChatArchiver.csproj'));
      cpSync(join(PROJECT, 'App.config'), join(project, 'legacy', 'ChatArchiver.exe.config'));
      git(project, 'add', 'legacy');
      git(project, 'commit', '-q', '--no-verify', '-m', 'unpatched project files');
      expect(git(project, 'status', '--porcelain')).toBe('');

      const all = await run(preCommit, ['run', '--all-files'], project, preCommitEnv);
      expect(all.status).toBe(1);
      expect(all.output).toContain('+++ b/legacy/ChatArchiver.csproj');
      expect(all.output).toContain('+++ b/legacy/ChatArchiver.exe.config');
      expect(all.output).not.toContain('+++ b/ChatArchiver.csproj');

      const patchedOnly = await run(preCommit, ['run', '--files', 'ChatArchiver.csproj', 'App.config'], project, preCommitEnv);
      expect({ status: patchedOnly.status, output: patchedOnly.output }).toEqual({ status: 0, output: expect.stringContaining('Passed') });
      const named = await run(preCommit, ['run', '--files', 'legacy/ChatArchiver.csproj'], project, preCommitEnv);
      expect(named.status).toBe(1);
      expect(named.output).toContain('+++ b/legacy/ChatArchiver.csproj');
      expect(named.output).not.toContain('+++ b/legacy/ChatArchiver.exe.config');
    });
  });
});
