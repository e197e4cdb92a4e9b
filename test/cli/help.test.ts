// --help: every command has its own help (exit 0, even where the command needs arguments), and
// the text is wrapped to the terminal's width (80 columns into a pipe), never inside a word.
import { describe, expect, test } from '@jest/globals';
import { COMMANDS } from '../../src/cli/parse-args.js';
import { runCli } from '../helpers/cli.js';
import { runOnTerminal } from '../helpers/terminal.js';
import { repoRoot } from '../helpers/paths.js';

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** `ucma-codemod args` on a pseudo-terminal of `columns` columns. */
function onTerminal(args: string[], columns: number): string {
  const run = runOnTerminal(args, { cwd: repoRoot, columns });
  expect(run.status).toBe(0);
  return run.screen.replace(/\r\n/g, '\n');
}

describe('help', () => {
  test.each(COMMANDS.map((command) => [command]))("%s --help: exit 0, that command's usage", (command) => {
    const run = runCli([command, '--help'], repoRoot);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toMatch(new RegExp(`^Usage: ucma-codemod ${command}\\b`));
  });

  test('into a pipe: lines of at most 79 columns', () => {
    const out = runCli(['--help'], repoRoot).stdout.toString('utf8');
    const long = out.split('\n').filter((line) => line.length > 79);
    expect(long).toEqual([]);
  });

  test('on a 60-column terminal: lines fit, and the words are the same as on a 120-column one', () => {
    const narrow = onTerminal(['--help'], 60);
    const wide = onTerminal(['--help'], 120);
    expect(narrow.split('\n').filter((line) => line.length > 59)).toEqual([]);
    expect(wide.split('\n').some((line) => line.length > 80)).toBe(true);
    expect(words(narrow)).toEqual(words(wide));
    expect(words(onTerminal(['check', '--help'], 60))).toEqual(words(onTerminal(['check', '--help'], 120)));
  });
});
