// apply killed with SIGKILL in the middle of a large tree: every file is exactly the original or
// exactly the patched version, and the temp files it may leave are removed by the next run.
import { afterAll, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { listFiles } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const SAMPLE = fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs');
const FILES = 400;
// Temp files (named by the writer's pid and start time), the lock file of a write killed between its
// last check and its rename, and a stale lock moved aside by a run killed while removing it.
const TEMP_FILE =
  /\.ucma-codemod-\d+(?:\.\d+)?-[0-9a-f]{8}\.tmp$|\.ucma-codemod\.lock$|\.ucma-codemod\.lock\.\d+(?:\.\d+)?-[0-9a-f]{8}\.stale$/;

/** The sample padded with a long comment (after the code, so the change stays the same). */
function paddedSample(): Buffer {
  const padding = Buffer.from(`// ${'x'.repeat(100)}\r\n`.repeat(1500));
  return Buffer.concat([readFileSync(SAMPLE), padding]);
}

function makeTree(original: Buffer): string {
  const root = makeTempDir('ucma-codemod-kill-');
  for (let i = 0; i < FILES; i++) {
    const dir = join(root, `project${String(i % 20).padStart(2, '0')}`, `copy${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Application.cs'), original);
  }
  return root;
}

/**
 * Starts apply, waits until `watched` changes (the run is writing), waits `delayMs` more, then
 * kills it with SIGKILL. Resolves with whether the kill came before apply finished on its own.
 */
function applyAndKill(root: string, watched: string, before: Buffer, delayMs: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    let finished = false;
    const child = spawn(process.execPath, [binPath, 'apply'], { cwd: root, stdio: 'ignore' });
    const poll = setInterval(() => {
      // The file is always there (renames replace it atomically); a read that fails anyway must not
      // throw from a timer, where it would take the test worker down instead of failing the test.
      let now: Buffer;
      try {
        now = readFileSync(watched);
      } catch {
        return;
      }
      if (now.equals(before)) return;
      clearInterval(poll);
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }, 1);
    child.on('exit', (code) => {
      clearInterval(poll);
      finished = code === 0;
      resolvePromise(!finished);
    });
  });
}

/** Counts files that are exactly patched or exactly original; throws on anything else. */
function checkEveryFile(root: string, original: Buffer, patched: Buffer): { done: number; untouched: number } {
  let done = 0;
  let untouched = 0;
  for (const file of listFiles(root)) {
    if (TEMP_FILE.test(file)) continue;
    const bytes = readFileSync(join(root, file));
    if (bytes.equals(patched)) done++;
    else if (bytes.equals(original)) untouched++;
    else throw new Error(`${file} is neither the original nor the patched version`);
  }
  return { done, untouched };
}

test('every file is the original or the patched version after SIGKILL, and a rerun cleans up', async () => {
  const original = paddedSample();
  // The patched bytes, from apply on a single copy.
  const single = makeTempDir();
  writeFileSync(join(single, 'Application.cs'), original);
  expect(runCli(['apply'], single).status).toBe(0);
  const patched = readFileSync(join(single, 'Application.cs'));
  expect(patched.equals(original)).toBe(false);

  const root = makeTree(original);
  // Kill at several moments: right after a write, and a little later (often during one).
  let kills = 0;
  for (const delayMs of [0, 3, 10, 25, 60]) {
    const next = listFiles(root).find((file) => !TEMP_FILE.test(file) && readFileSync(join(root, file)).equals(original));
    if (!next) break;
    const killed = await applyAndKill(root, join(root, next), original, delayMs);
    const { done, untouched } = checkEveryFile(root, original, patched);
    expect(done + untouched).toBe(FILES);
    if (killed) kills++;
  }
  // At least one kill landed while apply was still running.
  expect(kills).toBeGreaterThan(0);

  // The next run finishes the job and removes any temp or lock file the killed runs left.
  const rerun = runCli(['apply'], root);
  // The status with what the run said, so that a failure shows why.
  expect({ status: rerun.status, stderr: rerun.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  expect(listFiles(root).filter((file) => TEMP_FILE.test(file))).toEqual([]);
  expect(checkEveryFile(root, original, patched)).toEqual({ done: FILES, untouched: 0 });
  expect(runCli(['check'], root).status).toBe(0);
  // Six runs over 400 large files: minutes on a loaded machine. The limit only catches a hang.
}, 900_000);

test('a temp file left beside a source file by a dead process is removed by the next apply', () => {
  const root = makeTempDir();
  copyFileSync(SAMPLE, join(root, 'Application.cs'));
  // pid 999999999 cannot be alive (above the kernel's pid limit).
  const stale = join(root, '.Application.cs.ucma-codemod-999999999-deadbeef.tmp');
  writeFileSync(stale, 'half written');
  const run = runCli(['apply'], root);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain('removed a temp file left by an interrupted run');
  expect(readdirSync(root).sort()).toEqual(['Application.cs']);
  // diff and check never delete anything.
  writeFileSync(stale, 'half written');
  expect(runCli(['check'], root).status).toBe(0);
  expect(spawnSync('ls', ['-a', root], { encoding: 'utf8' }).stdout).toContain('.Application.cs.ucma-codemod-999999999-deadbeef.tmp');
});
