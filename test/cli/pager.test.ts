// The patch on a terminal goes through the user's pager, coloured, as git does; never into a pipe.
// Real pseudo-terminals (util-linux `script`) give the CLI a terminal as stdout; the pager is a
// small script that records what it was given (its input and LESS/LV) and says when it is done.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { choosePager } from '../../src/cli/pager.js';
import { cleanTempDirs, git, gitStatus, initRepo, makeTempDir, runCli, type CliRun } from '../helpers/cli.js';
import { hasScript, runOnTerminal } from '../helpers/terminal.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const ESCAPE = '\u001b[';
const stripColors = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

const sample = copySample('applicationprovisioner');
const records = makeTempDir();
const pagerScript = join(records, 'record-pager.sh');
writeFileSync(
  pagerScript,
  `printf 'LESS=%s\\nLV=%s\\n' "$LESS" "$LV" > "$PAGER_RECORDS/env.txt"\ncat > "$PAGER_RECORDS/input.txt"\necho PAGER-DONE\n`,
);
const RECORDING_PAGER = `sh ${JSON.stringify(pagerScript)}`;

interface TerminalRun {
  readonly status: number | null;
  /** Everything the terminal showed (stdout and stderr of the CLI and the pager). */
  readonly screen: string;
  /** What the pager read, or undefined when no pager ran. */
  readonly paged: string | undefined;
  readonly pagerEnv: string | undefined;
}

/** Runs `ucma-codemod args` with a pty as stdin, stdout and stderr. */
function onTerminal(args: readonly string[], env: NodeJS.ProcessEnv, name: string, cwd = sample): TerminalRun {
  const dir = join(records, name);
  mkdirSync(dir, { recursive: true });
  const run = runOnTerminal(args, {
    cwd,
    env: {
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      LESS: undefined,
      LV: undefined,
      UCMA_CODEMOD_PAGER: undefined,
      TERM: 'xterm',
      PAGER: RECORDING_PAGER,
      PAGER_RECORDS: dir,
      ...env,
    },
  });
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
  return { status: run.status, screen: run.screen, paged: read('input.txt'), pagerEnv: read('env.txt') };
}

describe('the pager', () => {
  // The plain patch, piped: the reference for what the pager must get.
  let piped: CliRun;
  let plain: string;
  beforeAll(() => {
    piped = runCli(['check'], sample, {
      env: { NO_COLOR: '', FORCE_COLOR: undefined, TERM: 'xterm', PAGER: RECORDING_PAGER, PAGER_RECORDS: join(records, 'piped') },
    });
    plain = piped.stdout.toString('utf8');
  });

  test('piped stdout: no pager, no escape codes, and the patch applies with git apply', () => {
    expect(piped.status).toBe(1);
    expect(plain).toContain('diff --git ');
    expect(plain).not.toContain(ESCAPE);
    expect(existsSync(join(records, 'piped', 'input.txt'))).toBe(false);
    const patchFile = join(records, 'piped.patch');
    writeFileSync(patchFile, piped.stdout);
    expect(gitStatus(sample, 'apply', '--check', patchFile).status).toBe(0);
  });

  test('on a terminal: the pager gets the coloured patch with LESS=FRX and LV=-c; the summary follows it; the exit status is kept', () => {
    if (!hasScript) return;
    const run = onTerminal(['check'], {}, 'default');
    expect(run.status).toBe(1);
    expect(run.paged).toBeDefined();
    expect(run.paged).toContain(`${ESCAPE}1mdiff --git `);
    expect(run.paged).toMatch(/\u001b\[36m@@ -\d+,\d+ \+\d+,\d+ @@\u001b\[m/);
    expect(run.paged).toMatch(/\u001b\[31m-[^\n]*\u001b\[m\r?\n/);
    expect(run.paged).toMatch(/\u001b\[32m\+[^\n]*\u001b\[m\r?\n/);
    expect(stripColors(run.paged!)).toBe(plain);
    expect(run.pagerEnv).toBe('LESS=FRX\nLV=-c\n');
    // The summary on stderr is written once the pager is done, so it is not hidden under it.
    const done = run.screen.indexOf('PAGER-DONE');
    expect(done).toBeGreaterThanOrEqual(0);
    expect(run.screen.indexOf('ucma-codemod check: ')).toBeGreaterThan(done);
  });

  test("NO_COLOR: paged but not coloured; the user's own LESS is kept", () => {
    if (!hasScript) return;
    const run = onTerminal(['diff'], { NO_COLOR: '1', LESS: '-R' }, 'no-color');
    expect(run.status).toBe(0);
    expect(run.paged).toBe(plain);
    expect(run.pagerEnv).toBe('LESS=-R\nLV=-c\n');
  });

  test.each([
    ['--no-pager', ['check', '--no-pager'], {}],
    ['UCMA_CODEMOD_PAGER=cat (it wins over PAGER)', ['check'], { UCMA_CODEMOD_PAGER: 'cat' }],
    ['a pager that cannot start', ['check'], { UCMA_CODEMOD_PAGER: 'no-such-pager-for-ucma-codemod' }],
  ])('%s: no pager; the coloured patch goes straight to the terminal', (name, args, env) => {
    if (!hasScript) return;
    const run = onTerminal(args, env, name.replace(/\W+/g, '-'));
    expect(run.status).toBe(1);
    expect(run.paged).toBeUndefined();
    expect(run.screen).toContain(`${ESCAPE}1mdiff --git `);
    // The terminal turns each LF into CRLF; the patch's text is all there.
    expect(stripColors(run.screen).replace(/\r\n/g, '\n')).toContain(plain);
  });

  test('nothing to change: no pager is started', () => {
    if (!hasScript) return;
    const run = onTerminal(['diff', 'ApplicationProvisioning/Contact.cs'], {}, 'nothing');
    expect(run.status).toBe(0);
    expect(run.paged).toBeUndefined();
    expect(run.screen).toContain('0 files to change, 1 unchanged');
  });

  test('check --staged (what a pre-commit hook runs, on the terminal git gives it): no pager', () => {
    if (!hasScript) return;
    const repo = copySample('applicationprovisioner');
    initRepo(repo);
    git(repo, 'add', '-A');
    const run = onTerminal(['check', '--staged'], {}, 'staged', repo);
    expect(run.status).toBe(1);
    expect(run.paged).toBeUndefined();
    expect(run.screen).toContain(`${ESCAPE}1mdiff --git `);
  });

  test('TERM=dumb: no pager and no colour', () => {
    if (!hasScript) return;
    const run = onTerminal(['check'], { TERM: 'dumb' }, 'dumb');
    expect(run.status).toBe(1);
    expect(run.paged).toBeUndefined();
    expect(run.screen).not.toContain(ESCAPE);
    expect(run.screen.replace(/\r\n/g, '\n')).toContain(plain);
  });

  test('a pager that quits without reading: no error, the exit status is kept', () => {
    if (!hasScript) return;
    const run = onTerminal(['check'], { UCMA_CODEMOD_PAGER: 'true' }, 'quits');
    expect(run.status).toBe(1);
    expect(run.screen).not.toContain('EPIPE');
    expect(run.screen).not.toContain('internal error');
    expect(run.screen).toContain('ucma-codemod check: ');
  });
});

describe('an interrupt while the pager runs', () => {
  test("ends the pager's input, waits until the pager is done, then dies of the signal (as git does)", () => {
    if (!hasScript) return;
    // The pager interrupts the CLI as soon as it starts, reads to the end, then notes whether the
    // CLI was still there to wait for it.
    const interrupting = join(records, 'interrupting-pager.sh');
    writeFileSync(
      interrupting,
      'kill -INT $PPID\ncat > "$PAGER_RECORDS/input.txt"\nif kill -0 $PPID 2>/dev/null; then echo waiting > "$PAGER_RECORDS/cli-state.txt"; fi\n',
    );
    const run = onTerminal(['check'], { PAGER: `exec sh ${JSON.stringify(interrupting)}` }, 'interrupted');
    expect(run.status).toBe(128 + 2);
    expect(readFileSync(join(records, 'interrupted', 'cli-state.txt'), 'utf8')).toBe('waiting\n');
    expect(run.paged).toContain('diff --git ');
    expect(run.screen).not.toContain('internal error');
    expect(run.screen).not.toContain('ucma-codemod check: ');
  });
});

describe('choosePager', () => {
  const tty = { isTTY: true };
  test("UCMA_CODEMOD_PAGER, else PAGER, else less; GIT_PAGER is git's own", () => {
    expect(choosePager(tty, { UCMA_CODEMOD_PAGER: 'most', PAGER: 'more' }, false)).toBe('most');
    expect(choosePager(tty, { PAGER: 'more', GIT_PAGER: 'delta' }, false)).toBe('more');
    expect(choosePager(tty, {}, false)).toBe('less');
  });
  test('none off a terminal, with --no-pager, on TERM=dumb, for an empty pager or cat', () => {
    expect(choosePager({ isTTY: false }, {}, false)).toBeUndefined();
    expect(choosePager(tty, {}, true)).toBeUndefined();
    expect(choosePager(tty, { TERM: 'dumb' }, false)).toBeUndefined();
    expect(choosePager(tty, { PAGER: '' }, false)).toBeUndefined();
    expect(choosePager(tty, { UCMA_CODEMOD_PAGER: ' cat ', PAGER: 'less' }, false)).toBeUndefined();
  });
});
