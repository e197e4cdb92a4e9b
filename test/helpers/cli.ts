// Runs the real ucma-codemod binary (built into dist/ by `npm test`) and real git in temp directories.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export const binPath = join(repoRoot, 'bin', 'ucma-codemod.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs `ucma-codemod args...` in `cwd` with colour off unless the test sets the environment. */
export function runCli(args: readonly string[], cwd: string, extra: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): CliRun {
  const options: SpawnSyncOptions = {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...extra.env },
    maxBuffer: 64 * 1024 * 1024,
  };
  if (extra.input !== undefined) options.input = extra.input;
  const result = spawnSync(process.execPath, [binPath, ...args], options);
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout as Buffer, stderr: (result.stderr as Buffer).toString('utf8') };
}

/** Runs git with a fixed identity and no user config; throws with git's stderr on failure. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Like git(), but returns the status instead of throwing. */
export function gitStatus(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh git repository with `core.autocrlf=false`, so git never rewrites fixture bytes. */
export function initRepo(cwd: string): void {
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'config', 'core.autocrlf', 'false');
  git(cwd, 'config', 'user.name', 'Test');
  git(cwd, 'config', 'user.email', 'test@example.com');
}

const created: string[] = [];

/** A new empty temp directory, removed by cleanTempDirs(). */
export function makeTempDir(prefix = 'ucma-codemod-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Copies a tree (bytes and modes kept). */
export function copyTree(from: string, to: string): void {
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
}

export function cleanTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs git and returns stdout as raw bytes (for byte-exact comparisons). */
export function gitBytes(cwd: string, ...args: string[]): Buffer {
  const result = spawnSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}
