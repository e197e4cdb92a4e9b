// `ucma-codemod review` on a real pseudo-terminal (util-linux `script` gives the CLI a pty as
// stdin/stdout/stderr): each answer is typed only after its question appears, as one key without
// Enter (git's interactive.singleKey), or as a line with --line-mode, and stdin stays open
// afterwards, as a person's terminal does. The bytes the CLI writes are checked: the question, the
// key it echoes, the splits, the summary; and the process must exit by itself right after the last
// answer in every ending (all answered, a, q, d, nothing to review), not wait for Ctrl-D.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { copySample } from '../helpers/tree.js';

/** Every question; the keys in the brackets depend on the change (`s` only where it can split). */
const QUESTION = /Apply this change\? \[([^\]]*)\] /g;
/** Long enough for a loaded 2-core machine, far shorter than "waits until Ctrl-D". */
const EXIT_WAIT_MS = 60_000;
const CTRL_D = '\x04';
const EDITED = 'applicationprovisioner-edited'; // two changes, one in each of two files
const FIRST = 'ApplicationProvisioning/Application.cs';

afterAll(cleanTempDirs);

const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript && process.env.CI) throw new Error('util-linux "script" is required for the terminal tests in CI');

interface TerminalRun {
  /** The exit status, or 'hung' when the process was still running EXIT_WAIT_MS after the last answer. */
  readonly status: number | 'hung';
  /** Everything written to the terminal (stdout and stderr), as bytes decoded from UTF-8. */
  readonly output: string;
  readonly questions: number;
}

/**
 * Runs `ucma-codemod review args...` on a pty and types answers[i] when the i-th question appears:
 * one key as it is (single-key mode), or with Enter when `lineMode`.
 */
function reviewOnTerminal(
  cwd: string,
  answers: readonly string[],
  options: { args?: readonly string[]; env?: NodeJS.ProcessEnv; lineMode?: boolean } = {},
): Promise<TerminalRun> {
  const args = ['review', ...(options.lineMode ? ['--line-mode'] : []), ...(options.args ?? [])];
  const command = `exec ${[process.execPath, binPath, ...args].map((part) => JSON.stringify(part)).join(' ')}`;
  // -q: no banner; -e: exit with the child's status; -f: flush output as it comes.
  const child = spawn('script', ['-qef', '-c', command, '/dev/null'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', ...options.env },
  });
  let output = '';
  let typed = 0;
  let timer: NodeJS.Timeout | undefined;
  const armExitTimer = () => {
    timer ??= setTimeout(() => child.kill('SIGKILL'), EXIT_WAIT_MS);
  };
  if (answers.length === 0) armExitTimer();
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const questions = [...output.matchAll(QUESTION)].length;
      // Type the next answer only once its question is on screen; never close stdin.
      if (questions > typed && typed < answers.length) {
        const answer = answers[typed]!;
        child.stdin.write(answer === CTRL_D || !options.lineMode ? answer : `${answer}\r`);
        typed++;
        if (typed === answers.length) armExitTimer();
      }
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      child.stdin.destroy();
      resolvePromise({
        status: signal === 'SIGKILL' ? 'hung' : (code ?? -1),
        output,
        questions: [...output.matchAll(QUESTION)].length,
      });
    });
  });
}

/** The UCMA 3.0 project: App.config (1 change), ChatArchiver.csproj (8 changes of 3 transforms in 3 hunks). */
function chatArchiver(): string {
  const root = makeTempDir();
  copyTree(fixturePath('projects', 'chat-archiver'), root);
  return root;
}

const checkStatus = (root: string, transform: string) => runCli(['check', '-t', transform], root).status;

describe('single-key answers (no Enter) on a terminal', () => {
  test.each([
    { answers: ['y', 'n'], status: 1, questions: 2, summary: '1 of 2 changes accepted, 1 skipped' },
    { answers: ['y', 'y'], status: 0, questions: 2, summary: '2 of 2 changes accepted, 0 skipped' },
    { answers: ['?', 'n', 'y'], status: 1, questions: 3, summary: '1 of 2 changes accepted, 1 skipped' },
    { answers: ['x', 'y', 'y'], status: 0, questions: 3, summary: '2 of 2 changes accepted, 0 skipped' },
    { answers: ['a'], status: 0, questions: 1, summary: '2 of 2 changes accepted, 0 skipped' },
    { answers: ['q'], status: 1, questions: 1, summary: '0 of 2 changes accepted, 2 skipped' },
    { answers: ['y', CTRL_D], status: 1, questions: 2, summary: '1 of 2 changes accepted, 1 skipped' },
  ])('keys $answers: exit $status, the key echoed after the question', async ({ answers, status, questions, summary }) => {
    const run = await reviewOnTerminal(copySample(EDITED), answers);
    expect({ status: run.status, questions: run.questions }).toEqual({ status, questions });
    expect(run.output).toContain(`ucma-codemod review: ${summary}\r\n`);
    // The question, then the key as typed and a line end (the terminal's ONLCR makes it CR LF).
    const first = answers[0]!;
    if (first !== CTRL_D) expect(run.output).toContain(`Apply this change? [y,n,a,q,d,A,D,e,?] ${first}\r\n`);
    if (answers.includes('?')) expect(run.output).toContain('d - skip this change and the rest of this file\r\n');
    if (answers.includes('x')) expect(run.output).toContain('Please answer y, n, a, q, d, A, D, e, ? (got "x").\r\n');
  });

  test('nothing to review: exits at once without reading the terminal', async () => {
    const root = copySample(EDITED);
    expect(runCli(['apply'], root).status).toBe(0);
    const run = await reviewOnTerminal(root, []);
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 0, questions: 0 });
    expect(run.output).toContain('ucma-codemod review: 0 of 0 changes accepted, 0 skipped');
  });

  test('d skips the rest of the file: the project file is left as it was, the config written', async () => {
    const root = chatArchiver();
    const project = readFileSync(join(root, 'ChatArchiver.csproj'));
    const run = await reviewOnTerminal(root, ['y', 'd']);
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 1, questions: 2 });
    expect(run.output).toContain('ucma-codemod review: 1 of 9 changes accepted, 8 skipped\r\n');
    expect(readFileSync(join(root, 'ChatArchiver.csproj')).equals(project)).toBe(true);
    expect(checkStatus(root, 'ucma4-config-runtime')).toBe(0);
  });

  test('s splits a hunk of three edits; D skips the rest of a transform, A accepts the rest of one', async () => {
    const root = chatArchiver();
    // App.config: n. The first .csproj hunk (target framework twice, 64-bit once): s, then y, y
    // for the framework and D for 64-bit (its later hunk is not asked). The references hunk: A.
    const run = await reviewOnTerminal(root, ['n', 's', 'y', 'y', 'D', 'A']);
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 1, questions: 6 });
    expect(run.output).toContain('Apply this change? [y,n,a,q,d,A,D,e,s,?] s\r\nSplit into 3 changes.\r\n');
    expect(run.output).toContain('ucma-codemod review: 6 of 9 changes accepted, 3 skipped\r\n');
    expect(checkStatus(root, 'ucma4-project-target-framework')).toBe(0);
    expect(checkStatus(root, 'ucma4-project-references')).toBe(0);
    expect(checkStatus(root, 'ucma4-project-64-bit')).toBe(1);
    expect(checkStatus(root, 'ucma4-config-runtime')).toBe(1);
  });

  test('s on a single edit says it cannot split and asks again', async () => {
    const run = await reviewOnTerminal(copySample(EDITED), ['s', 'n', 'n']);
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 1, questions: 3 });
    expect(run.output).toContain('Sorry, this change cannot be split: it is one edit.\r\n');
  });

  test('e edits the change in $EDITOR: the edited lines are written, and counted as accepted', async () => {
    const root = copySample(EDITED);
    // An editor that a test can drive: it rewrites the added line of the hunk it is given.
    const editor = `sed -i -e '/^+/s/OrdinalIgnoreCase/InvariantCultureIgnoreCase/'`;
    const run = await reviewOnTerminal(root, ['e', 'n'], { env: { EDITOR: editor, VISUAL: '' } });
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 1, questions: 2 });
    expect(run.output).toContain('ucma-codemod review: 1 of 2 changes accepted (1 edited), 1 skipped\r\n');
    const text = readFileSync(join(root, FIRST), 'utf8');
    expect(text).toContain(
      'if (String.IsNullOrEmpty( entry.TlsTarget ) || entry.TlsTarget.Equals(entry.Fqdn, StringComparison.InvariantCultureIgnoreCase)) {',
    );
    // InvariantCultureIgnoreCase is an equivalent spelling: nothing is left to change there.
    expect(runCli(['check', FIRST], root).status).toBe(0);
  });

  test('e with an edit that changes a context line is refused and the question asked again', async () => {
    const root = copySample(EDITED);
    const before = readFileSync(join(root, FIRST));
    const editor = `sed -i -e '/^ .*Trace.WriteLine/s/GetApplication/Changed/'`;
    const run = await reviewOnTerminal(root, ['e', 'n', 'n'], { env: { EDITOR: editor, VISUAL: '' } });
    expect({ status: run.status, questions: run.questions }).toEqual({ status: 1, questions: 3 });
    expect(run.output).toContain('The edited change was not used: the lines marked " " or "-" are not those of the file');
    expect(readFileSync(join(root, FIRST)).equals(before)).toBe(true);
  });

  test('the progress bar shows while the files are read, before the first question', async () => {
    const run = await reviewOnTerminal(copySample(EDITED), ['q'], { args: ['--progress'] });
    expect(run.status).toBe(1);
    const bar = run.output.search(/\] \d+\/\d+ files/);
    expect(bar).toBeGreaterThan(-1);
    expect(bar).toBeLessThan(run.output.search(QUESTION));
  });
});

describe('--line-mode: answers end with Enter on a terminal too', () => {
  test.each([
    { answers: ['y', 'n'], status: 1, summary: '1 of 2 changes accepted, 1 skipped' },
    { answers: ['yes', 'a'], status: 0, summary: '2 of 2 changes accepted, 0 skipped' },
  ])('lines $answers: exit $status', async ({ answers, status, summary }) => {
    const run = await reviewOnTerminal(copySample(EDITED), answers, { lineMode: true });
    expect({ status: run.status, questions: run.questions }).toEqual({ status, questions: 2 });
    expect(run.output).toContain(`ucma-codemod review: ${summary}\r\n`);
    // The terminal echoes the line as typed; the CLI adds nothing after the question.
    expect(run.output).toContain(`Apply this change? [y,n,a,q,d,A,D,e,?] ${answers[0]}\r\n`);
  });
});

test("a file's warnings come with its first question, not after the last one (piped answers)", () => {
  const root = makeTempDir();
  copyTree(fixturePath('ucma4-apps', 'im-bot-auto-provisioned'), root);
  const run = runCli(['review'], root, { input: 'n\n'.repeat(40) });
  const out = run.stdout.toString('utf8');
  const file = 'ImConversationHandler.cs';
  const firstQuestion = out.search(new RegExp(`\\] ${file}:`));
  const firstWarning = out.search(new RegExp(`^${file}:\\d+:\\d+: warning: `, 'm'));
  expect(firstQuestion).toBeGreaterThan(-1);
  expect(firstWarning).toBeGreaterThan(-1);
  expect(firstWarning).toBeLessThan(firstQuestion);
  // ... and after the question before it (they belong to this file's first question).
  expect(out.lastIndexOf('Apply this change?', firstQuestion)).toBeLessThan(firstWarning);
});
