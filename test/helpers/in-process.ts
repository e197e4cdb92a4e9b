// Runs the CLI's main() in this process, as prettier's tests run their CLI: no process start, no
// type check of the tool, the same code the binary runs. stdout and stderr are captured; stdin is
// empty. Use the real binary (helpers/cli.ts) for what needs a process: exit on signals,
// terminals, git hooks.
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface InProcessRun {
  readonly status: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** `ucma-codemod ...args` in `cwd`, colour off. */
export async function runInProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<InProcessRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const stdin = new PassThrough();
  stdin.end();
  const status = await main(args, { stdin, stdout, stderr, cwd, env: { NO_COLOR: '1', ...env } });
  return { status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}
