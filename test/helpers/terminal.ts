// Runs the real CLI on a pseudo-terminal (util-linux `script`), as a person at a terminal would:
// stdin, stdout and stderr are the pty, so isTTY is true and the columns are the pty's.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { binPath } from './cli.js';

/** Whether util-linux `script` is here; CI must have it (a missing one fails there, never skips). */
export const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript && process.env.CI) throw new Error('util-linux "script" is required for the terminal tests in CI');

export interface TerminalOptions {
  readonly cwd: string;
  /** Added to (or, as undefined, removed from) the environment; NO_COLOR=1 and TERM=xterm unless given. */
  readonly env?: NodeJS.ProcessEnv;
  /** The terminal's width (`stty cols`). */
  readonly columns?: number;
}

/** The shell command `script` runs: `ucma-codemod args`, exec'd so its status is script's. */
function terminalCommand(args: readonly string[], columns: number | undefined): string {
  const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
  const run = ['exec', ...[process.execPath, binPath, ...args].map(quote)].join(' ');
  return columns === undefined ? run : `stty cols ${columns}; ${run}`;
}

function terminalEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', TERM: 'xterm', ...env };
}

/** Runs `ucma-codemod args` on a pty to the end; `screen` is what the terminal showed (CRLF as the pty writes it). */
export function runOnTerminal(
  args: readonly string[],
  options: TerminalOptions,
): { status: number | null; screen: string; stderr: string } {
  // -q: no banner; -e: exit with the child's status.
  const run = spawnSync('script', ['-qec', terminalCommand(args, options.columns), '/dev/null'], {
    cwd: options.cwd,
    env: terminalEnv(options.env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.error) throw run.error;
  // stderr is script's own: the program's stderr is the pty, in `screen`.
  return { status: run.status, screen: run.stdout, stderr: run.stderr };
}

/** Starts `ucma-codemod args` on a pty and returns the child, for tests that type into it. */
export function spawnOnTerminal(args: readonly string[], options: TerminalOptions): ChildProcessWithoutNullStreams {
  // -f: flush the output as it comes, so a test can answer each prompt.
  return spawn('script', ['-qef', '-c', terminalCommand(args, options.columns), '/dev/null'], {
    cwd: options.cwd,
    env: terminalEnv(options.env),
  });
}
