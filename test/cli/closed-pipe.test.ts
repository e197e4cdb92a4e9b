// Output into a pipe whose reader goes away early (`ucma-codemod diff | head`, a pager quit with q):
// the reporting commands stop writing quietly, finish and exit with their own status, without a
// stack trace; apply stops writing files, exits 2 and names the files it wrote.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

const APP = fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs');
const COPIES = 150; // about 150 KB of patch: more than a pipe buffer holds

afterAll(cleanTempDirs);

/** A tree of COPIES unpatched Application.cs files. */
function manyCopies(): string {
  const root = makeTempDir();
  for (let i = 0; i < COPIES; i++) {
    mkdirSync(join(root, `copy${i}`));
    cpSync(APP, join(root, `copy${i}`, 'Application.cs'));
  }
  return root;
}

/** Runs `ucma-codemod args | head -c 100` in bash: the CLI's exit status and stderr, and what head printed. */
function runIntoClosedPipe(args: string[], cwd: string): Promise<{ status: number | null; stderr: string; readBytes: number }> {
  const command = `${[process.execPath, binPath, ...args].map((a) => JSON.stringify(a)).join(' ')} 2>"$ERR" | head -c 100; echo "status=\${PIPESTATUS[0]}" >&2; cat "$ERR" >&2`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1', ERR: join(makeTempDir(), 'stderr') } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('latin1')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      const status = /^status=(\d+)$/m.exec(stderr);
      resolvePromise({ status: status ? Number(status[1]) : null, stderr: stderr.replace(/^status=\d+\n/m, ''), readBytes: stdout.length });
    });
  });
}

describe('a closed stdout pipe', () => {
  let root: string;
  beforeAll(() => {
    root = manyCopies();
  });

  test.each([
    { args: ['diff'], status: 0 },
    { args: ['check'], status: 1 },
    { args: ['diff', '--format', 'json'], status: 0 },
    { args: ['list'], status: 0 },
  ])("$args: no stack trace, the command's own exit status $status", async ({ args, status }) => {
    const run = await runIntoClosedPipe(args, root);
    expect(run.readBytes).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/EPIPE|internal error|node:events|at .*\(node:/);
    expect(run.status).toBe(status);
  });

  // apply's stdout is the record of what it wrote: once nobody reads it, apply stops writing, exits
  // 2 and names on stderr the files it had written; those are whole and patched, the rest untouched.
  test.each([[['apply', '--format', 'json']], [['apply', '-l']]])('%s: exit 2, the files written named on stderr', async (args) => {
    const tree = manyCopies();
    const original = readFileSync(join(tree, 'copy0', 'Application.cs'));
    const run = await runIntoClosedPipe(args, tree);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write the output to stdout: its reader went away (closed pipe); the run was stopped');
    const written = new Set([...run.stderr.matchAll(/^ {2}(copy\d+\/Application\.cs)$/gm)].map((m) => m[1]));
    expect(written.size).toBeGreaterThan(0);
    for (let i = 0; i < COPIES; i++) {
      const path = `copy${i}/Application.cs`;
      expect(readFileSync(join(tree, path)).equals(original)).toBe(!written.has(path));
    }
  });
});
