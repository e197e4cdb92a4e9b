// Settings a hostile checkout can plant: the config file and the ignore file as links to /dev/zero
// or a secret outside the tree, as FIFOs, folders or huge files; ignore patterns built to backtrack
// or to break a regular expression; a config file above the repository; transform code named by a
// config. Each is a one-line error or a clear notice, never a hang, a stack trace or quoted content.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const EDITED = 'applicationprovisioner-edited'; // two files need the change
const CONFIG = 'ucma-codemod.config.json';
const IGNORE = '.ucma-codemodignore';
const SECRET = 'TOP-SECRET-7f3a';

const needing = (stderr: string) => [...stderr.matchAll(/^(\S+): needs change:/gm)].map((m) => m[1]);

/** The one-line error of a run that must stop at once: exit 2, no stack, no internal error. */
function expectOneLineError(run: { status: number | null; stderr: string }, text: string | RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.stderr.trim().split('\n')[0]).toMatch(text);
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('the config file and the ignore file are read as a checkout may have planted them', () => {
  test.each([
    ['config', CONFIG],
    ['ignore file', IGNORE],
  ])('%s as a link to /dev/zero: refused at once', (_kind, name) => {
    const root = copySample(EDITED);
    symlinkSync('/dev/zero', join(root, name));
    expectOneLineError(runCli(['check'], root), /is a symbolic link; settings are never read through a link/);
  });

  test.each([
    ['config', CONFIG],
    ['ignore file', IGNORE],
  ])('%s as a FIFO: refused at once, never waits for a writer', (_kind, name) => {
    const root = copySample(EDITED);
    mkfifo(join(root, name));
    expectOneLineError(runCli(['check'], root), /is a FIFO \(named pipe\), not a regular file; not read/);
  });

  test('an ignore file that is a folder: one line, not an EISDIR stack', () => {
    const root = copySample(EDITED);
    mkdirSync(join(root, IGNORE));
    expectOneLineError(runCli(['check'], root), /is a folder, not a regular file; not read/);
  });

  test('a config linked to a secret outside the tree is never read, and its content never shown', () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'credentials'), `${SECRET}\n`);
    const root = copySample(EDITED);
    symlinkSync(join(outside, 'credentials'), join(root, CONFIG));
    const run = runCli(['check'], root);
    expectOneLineError(run, /is a symbolic link/);
    expect(run.stderr).not.toContain(SECRET);
  });

  test('a config that is not JSON: the place of the error, not its content', () => {
    const root = copySample(EDITED);
    writeFileSync(join(root, CONFIG), `{\n  "transforms": ["a"]\n}\n${SECRET} and more\n`);
    const run = runCli(['check'], root);
    expectOneLineError(run, /is not valid JSON \(a syntax error at line 4, column 1\)/);
    expect(run.stderr).not.toContain(SECRET);
    writeFileSync(join(root, CONFIG), JSON.stringify({ [`${SECRET} x`]: 1 }));
    expect(runCli(['check'], root).stderr).not.toContain(SECRET);
  });

  test.each([
    ['config', CONFIG],
    ['ignore file', IGNORE],
  ])('%s over 1 MiB: refused', (_kind, name) => {
    const root = copySample(EDITED);
    writeFileSync(join(root, name), `${' '.repeat(1024 * 1024)}\n`);
    expectOneLineError(runCli(['check'], root), /is larger than 1048576 bytes/);
  });
});

describe('ignore patterns cannot hang a run or break it with a stack trace', () => {
  test('a pattern of many stars is answered as git answers it', () => {
    const root = copySample(EDITED);
    writeFileSync(join(root, IGNORE), `${'*'.repeat(40)}${'a'.repeat(40)}\n${'*a'.repeat(40)}b\n`);
    const run = runCli(['check'], root);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(needing(run.stderr)).toEqual(['ApplicationProvisioning/Application.cs', 'vendor-copy/ApplicationProvisioning/Application.cs']);
  });

  test('[z-a] matches nothing, as in git; an unclosed [ and a huge pattern are one-line errors with the line', () => {
    const root = copySample(EDITED);
    writeFileSync(join(root, IGNORE), '[z-a]\n');
    expect(needing(runCli(['check'], root).stderr)).toHaveLength(2);
    writeFileSync(join(root, IGNORE), '# fine\nvendor-[copy/\n');
    expectOneLineError(runCli(['check'], root), /\.ucma-codemodignore:2: the ignore pattern "vendor-\[copy\/" has a "\[" without its "\]"/);
    writeFileSync(join(root, IGNORE), '[z-a]\n');
    expectOneLineError(
      runCli(['check', '--ignore-pattern', 'x'.repeat(5000)], root),
      /--ignore-pattern: the ignore pattern .* is longer than 4096 bytes/,
    );
  });
});

describe('who runs what: a config above the repository, transform code from a config', () => {
  const MARKER = `export default {
  meta: { id: 'marker', title: 'Mark', description: 'Appends a marker comment.', source: { title: 'test' }, kind: 'fix' },
  run(context) {
    const text = context.tree.rootNode.text;
    return { edits: text.includes('// marked') ? [] : [{ start: text.length, end: text.length, text: '// marked\\n' }] };
  },
};
`;

  test('a config above the top of the git repository is left out (and said so); the variable lets it in', () => {
    const above = makeTempDir();
    writeFileSync(join(above, 'marker.mjs'), MARKER);
    writeFileSync(join(above, CONFIG), JSON.stringify({ transforms: ['./marker.mjs'] }));
    const root = join(above, 'checkout');
    mkdirSync(root);
    writeFileSync(join(root, 'A.cs'), 'class A {}\n');
    initRepo(root);
    const run = runCli(['diff'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).not.toContain('marked');
    expect(run.stderr).toContain(
      `left out ../${CONFIG}: it is above the top of this git repository (set UCMA_CODEMOD_CONFIG_ABOVE_REPO=1 to use it)`,
    );
    const allowed = runCli(['diff'], root, { env: { UCMA_CODEMOD_CONFIG_ABOVE_REPO: '1' } });
    expect(allowed.stdout.toString()).toContain('+// marked');
  });

  test('the transform files a config loads are named once on stderr before they run, unless -q', () => {
    const root = makeTempDir();
    writeFileSync(join(root, 'marker.mjs'), MARKER);
    writeFileSync(join(root, CONFIG), JSON.stringify({ transforms: ['./marker.mjs', 'provisioner-tls-target'] }));
    writeFileSync(join(root, 'A.cs'), 'class A {}\n');
    const run = runCli(['check'], root);
    expect(run.stderr.split('\n')[0]).toBe(`ucma-codemod: ${CONFIG} runs transform code from: marker.mjs`);
    expect(run.stderr.match(/runs transform code/g)).toHaveLength(1);
    expect(runCli(['check', '-q'], root).stderr).not.toContain('runs transform code');
    // -t replaces the config's transforms: nothing from the config runs, nothing is said.
    expect(runCli(['check', '-t', 'provisioner-tls-target'], root).stderr).not.toContain('runs transform code');
  });
});
