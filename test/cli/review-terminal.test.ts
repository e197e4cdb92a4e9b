// `ucma-codemod review` on a real pseudo-terminal (util-linux `script` gives the CLI a pty as
// stdin/stdout/stderr): the answers are typed only after each prompt appears, and stdin stays open
// afterwards, as a person's terminal does. The process must exit by itself right after the last
// answer in every ending (all answered, "a", "q", nothing to review), not wait for Ctrl-D.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { binPath, cleanTempDirs, runCli } from '../helpers/cli.js';
import { copySample } from '../helpers/tree.js';

const PROMPT = 'Apply this change? [y,n,a,q,?] ';
/** Long enough for a loaded 2-core machine, far shorter than "waits until Ctrl-D". */
const EXIT_WAIT_MS = 10_000;
const CTRL_D = '\x04';

afterAll(cleanTempDirs);

const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript && process.env.CI) throw new Error('util-linux "script" is required for the terminal tests in CI');

interface TerminalRun {
  /** The exit status, or 'hung' when the process was still running EXIT_WAIT_MS after the last answer. */
  readonly status: number | 'hung';
  readonly output: string;
  readonly prompts: number;
}

/** Runs `ucma-codemod review` on a pty, typing answers[i] (and Enter) when the i-th prompt appears. */
function reviewOnTerminal(cwd: string, answers: readonly string[]): Promise<TerminalRun> {
  const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath)} review`;
  // -q: no banner; -e: exit with the child's status; -f: flush output as it comes.
  const child = spawn('script', ['-qef', '-c', command, '/dev/null'], { cwd, env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
  let output = '';
  let typed = 0;
  let timer: NodeJS.Timeout | undefined;
  const armExitTimer = () => {
    timer ??= setTimeout(() => {
      child.kill('SIGKILL');
    }, EXIT_WAIT_MS);
  };
  if (answers.length === 0) armExitTimer();
  return new Promise((resolvePromise, reject) => {
    let hung = false;
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const prompts = output.split(PROMPT).length - 1;
      // Type the next answer only once its prompt is on screen; never close stdin.
      if (prompts > typed && typed < answers.length) {
        // Ctrl-D (end of input) is typed on its own; other answers end with Enter.
        child.stdin.write(answers[typed] === CTRL_D ? CTRL_D : `${answers[typed]}\r`);
        typed++;
        if (typed === answers.length) armExitTimer();
      }
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') hung = true;
      child.stdin.destroy();
      resolvePromise({ status: hung ? 'hung' : (code ?? -1), output, prompts: output.split(PROMPT).length - 1 });
    });
  });
}

describe('review on a pseudo-terminal exits right after the last answer', () => {
  const edited = 'applicationprovisioner-edited'; // two changes

  test.each([
    { answers: ['y', 'n'], status: 1, prompts: 2, accepted: '1 of 2' },
    { answers: ['y', 'y'], status: 0, prompts: 2, accepted: '2 of 2' },
    { answers: ['?', 'n', 'y'], status: 1, prompts: 3, accepted: '1 of 2' },
    { answers: ['a'], status: 0, prompts: 1, accepted: '2 of 2' },
    { answers: ['q'], status: 1, prompts: 1, accepted: '0 of 2' },
    { answers: ['y', CTRL_D], status: 1, prompts: 2, accepted: '1 of 2' },
  ])('answers $answers: exit $status', async ({ answers, status, prompts, accepted }) => {
    const run = await reviewOnTerminal(copySample(edited), answers);
    expect(run.status).toBe(status);
    expect(run.prompts).toBe(prompts);
    expect(run.output).toContain(`ucma-codemod review: ${accepted} changes accepted`);
  });

  test('nothing to review: exits at once without reading the terminal', async () => {
    const root = copySample(edited);
    expect(runCli(['apply'], root).status).toBe(0);
    const run = await reviewOnTerminal(root, []);
    expect(run.status).toBe(0);
    expect(run.prompts).toBe(0);
    expect(run.output).toContain('ucma-codemod review: 0 of 0 changes accepted');
  });
});
