// Deterministic hooks for race tests, instead of sleeps: a user transform that stops on one file
// until the test says go, the write hold point of atomic-write (UCMA_CODEMOD_TEST_HOLD_WRITE), and
// a wait for a signal file that fails at once if the process it waits on has ended.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath } from './cli.js';

/**
 * A user transform (an .mjs file's text) that appends `// <mark>` to every C# file; on a file whose
 * path ends with `holdSuffix` it first creates <signals>/reached and waits until <signals>/go exists.
 */
export function markingTransform(mark: string, signals?: string, holdSuffix = 'Hold.cs'): string {
  return `import { existsSync, writeFileSync } from 'node:fs';
export default {
  meta: { id: 'mark-${mark.toLowerCase()}', title: 'Mark ${mark}', description: 'Appends a marker comment.', source: { title: 'test' }, kind: 'fix' },
  run(context) {
    const signals = ${JSON.stringify(signals ?? null)};
    if (signals !== null && context.path.endsWith(${JSON.stringify(holdSuffix)})) {
      writeFileSync(signals + '/reached', '');
      const cell = new Int32Array(new SharedArrayBuffer(4));
      while (!existsSync(signals + '/go')) Atomics.wait(cell, 0, 0, 20);
    }
    const line = '// ${mark}\\n';
    return context.text.includes(line) ? {} : { edits: [{ start: context.text.length, end: context.text.length, text: line }] };
  },
};
`;
}

/** A running CLI process with its output collected. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `ucma-codemod args...` in `cwd` without waiting for it. */
export function startCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [binPath, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Resolves once `path` exists; rejects (with its stderr) if `running` ends first. */
export async function waitForFile(path: string, running: RunningCli): Promise<void> {
  let ended: { stderr: string } | undefined;
  void running.done.then((result) => (ended = result));
  while (!existsSync(path)) {
    if (ended) throw new Error(`the process ended before ${path} appeared: ${ended.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Creates the signal file `name` in `signals`. */
export function signal(signals: string, name: string): void {
  writeFileSync(join(signals, name), '');
}
