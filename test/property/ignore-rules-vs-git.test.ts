// The ignore file against git itself: random ignore files (escapes, classes, `**`, negation,
// comments, trailing spaces, CR LF, a byte order mark) over a fixed tree, and for every file the
// same verdict as `git check-ignore` gives for the same lines in a .gitignore. A pattern the tool
// refuses as unusable must be one that git never matches. Patterns that make a backtracking matcher
// take exponential time are answered too (a hang would fail the test by its timeout).
// `npm run fuzz` runs a long campaign (UCMA_CODEMOD_FUZZ_RUNS).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IgnorePatternError, IgnoreRules, ignoreFileLines } from '../../src/inputs/ignore-rules.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

const RUNS = Math.min(Number(process.env.UCMA_CODEMOD_FUZZ_RUNS ?? 150), 20000);

// File names with the characters the syntax gives meaning to.
const FILES = [
  'e/a',
  'e/b',
  'e/ab',
  'a.cs',
  'b.cs',
  'A.cs',
  '#a',
  '!a',
  'a b',
  'a ',
  '[a]',
  'a*',
  'a?',
  'x\\y',
  'é.cs',
  'a/a.cs',
  'a/b/c.cs',
  'a/b/a',
  'b/a/x.cs',
  'ab/a.cs',
  'ab/b/ab',
  'd/e/f/a.cs',
  'd/a b/a.cs',
  'd/#a/x',
  'd/[a]/b.cs',
];

// Pieces of patterns; generated lines join one to six of them.
const PIECES = [
  'a',
  'b',
  'ab',
  '.cs',
  'x',
  'é',
  '*',
  '**',
  '?',
  '/',
  '/',
  '[ab]',
  '[!a]',
  '[^b]',
  '[a-c]',
  '[c-a]',
  '[]a]',
  '[a-]',
  '[',
  ']',
  '[[:alpha:]]',
  '[[:space:]]',
  '[[:punct:]]',
  '[[:foo:]]',
  '[[:al]',
  '\\',
  '\\*',
  '\\[',
  '\\a',
  '!',
  '\\!',
  '#',
  '\\#',
  ' ',
  '\\ ',
  '\t',
  '-',
];

let repo: string;
const gitEnv = () => ({
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  HOME: repo,
  XDG_CONFIG_HOME: join(repo, '.no-config'),
});

beforeAll(() => {
  repo = makeTempDir('ucma-codemod-ignore-fuzz-');
  const init = spawnSync('git', ['init', '-q'], { cwd: repo, env: gitEnv() });
  expect(init.status).toBe(0);
  for (const file of FILES) {
    mkdirSync(join(repo, file, '..'), { recursive: true });
    writeFileSync(join(repo, file), 'x\n');
  }
});
afterAll(cleanTempDirs);

/** The files git ignores with `bytes` as the repository's .gitignore. */
function gitIgnored(bytes: Buffer): Set<string> {
  writeFileSync(join(repo, '.gitignore'), bytes);
  const result = spawnSync('git', ['check-ignore', '--no-index', '-z', '--stdin'], {
    cwd: repo,
    env: gitEnv(),
    input: FILES.map((file) => `${file}\0`).join(''),
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`git check-ignore failed: ${result.stderr.toString()}`);
  return new Set(
    result.stdout
      .toString('utf8')
      .split('\0')
      .filter((path) => path !== ''),
  );
}

/** The files the tool ignores, and the lines it refused (each must be one git never matches). */
function toolIgnored(bytes: Buffer): { ignored: Set<string>; refused: number } {
  const usable: Buffer[] = [];
  let refused = 0;
  for (const { line } of ignoreFileLines(bytes)) {
    try {
      new IgnoreRules().addFile(repo, line, 'fuzz');
      usable.push(line);
    } catch (thrown) {
      if (!(thrown instanceof IgnorePatternError)) throw thrown;
      refused++;
    }
  }
  // The whole file must be refused exactly when one of its lines is.
  const whole = () => new IgnoreRules().addFile(repo, bytes, 'fuzz');
  if (refused > 0) expect(whole).toThrow(IgnorePatternError);
  const rules = new IgnoreRules().addFile(repo, Buffer.concat(usable.flatMap((line) => [line, Buffer.from('\n')])), 'fuzz');
  return { ignored: new Set(FILES.filter((file) => rules.ignores(join(repo, file)))), refused };
}

const patternLine = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
const ignoreFile = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    lines: fc.array(patternLine, { minLength: 1, maxLength: 5 }),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, crlf, lines, finalNewline }) =>
    Buffer.concat([
      Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
      Buffer.from(lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? '\n' : ''), 'utf8'),
    ]),
  );

describe('the ignore file, against git check-ignore', () => {
  test.each([
    ['a BOM before the first pattern', '\ufeffa.cs\n'],
    ['\\# is a pattern, # a comment', '\\#a\n#a\n'],
    ['\\! is a pattern', '\\!a\n'],
    ['an escaped trailing space is kept, others dropped', 'a\\ \na  \n'],
    ['a tab is not trailing space', 'a\t\n'],
    ['**/ matches no folder too', '**/a.cs\n'],
    ['a/**/c.cs', 'a/**/c.cs\n'],
    ['a literal prefix before **', 'a**/x.cs\n'],
    ['negation after a folder', 'd/\n!d/e/f/a.cs\n'],
    ['CR LF lines', 'a.cs\r\nb.cs\r\n'],
    ['classes and ranges', '[[:upper:]].cs\n[c-a]\n[!a]*.cs\n'],
    ['a set with ] first', '[]a]\n'],
  ])('%s', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect([...toolIgnored(bytes).ignored].sort()).toEqual([...gitIgnored(bytes)].sort());
  });

  test(`${RUNS} random ignore files give git's verdict for every file`, () => {
    fc.assert(
      fc.property(ignoreFile, (bytes) => {
        const git = gitIgnored(bytes);
        const tool = toolIgnored(bytes);
        expect([...tool.ignored].sort()).toEqual([...git].sort());
      }),
      { numRuns: RUNS },
    );
  });

  test('patterns that backtrack exponentially elsewhere are answered, as git answers them', () => {
    for (const text of [`${'*'.repeat(22)}${'a'.repeat(22)}\n`, `${'*a'.repeat(40)}b\n`, `${'**/*a'.repeat(30)}/b\n`]) {
      const bytes = Buffer.from(text, 'utf8');
      expect([...toolIgnored(bytes).ignored].sort()).toEqual([...gitIgnored(bytes)].sort());
      const rules = new IgnoreRules().addFile(repo, bytes, 'fuzz');
      expect(rules.ignores(join(repo, `${'a'.repeat(200)}/${'a'.repeat(200)}`))).toBe(text.startsWith('*'.repeat(22)));
    }
  });

  test('a pattern git would never match is refused with its file and line', () => {
    for (const [text, reason] of [
      ['ok\n[abc\n', 'has a "[" without its "]"'],
      ['ok\n\n[[:foo:]]\n', 'names an unknown character class [:foo:]'],
      ['x\\\n', 'ends with a lone backslash'],
      [`${'a'.repeat(5000)}\n`, 'is longer than 4096 bytes'],
    ] as const) {
      expect(() => new IgnoreRules().addFile(repo, Buffer.from(text), '.ucma-codemodignore')).toThrow(reason);
    }
    expect(() => new IgnoreRules().addFile(repo, Buffer.from('ok\n\n[[:foo:]]\n'), '.ucma-codemodignore')).toThrow(
      /^\.ucma-codemodignore:3: /,
    );
  });
});
