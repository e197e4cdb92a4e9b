// File discovery inside git: submodules and nested clones, ignored nested repositories, names
// that look like pathspec magic or options, and huge files skipped without being read.
import { afterAll, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, git, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const NEEDS_CHANGE = fixturePath('transforms', 'provisioner-tls-target', 'spelling-String.input.cs');
const patchedPaths = (stdout: Buffer) => [...stdout.toString('latin1').matchAll(/^diff --git a\/(.*) b\//gm)].map((m) => m[1]);

test('a submodule is searched through its own repository, and a clone under an ignored folder is skipped', () => {
  const base = makeTempDir();
  const inner = join(base, 'inner');
  mkdirSync(inner);
  initRepo(inner);
  copyFileSync(NEEDS_CHANGE, join(inner, 'A.cs'));
  git(inner, 'add', '.');
  git(inner, 'commit', '-q', '-m', 'inner');

  const outer = join(base, 'outer');
  mkdirSync(outer);
  initRepo(outer);
  copyFileSync(NEEDS_CHANGE, join(outer, 'B.cs'));
  git(outer, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', '../inner', 'inner');
  mkdirSync(join(outer, 'vendor'));
  initRepo(join(outer, 'vendor'));
  copyFileSync(NEEDS_CHANGE, join(outer, 'vendor', 'C.cs'));
  writeFileSync(join(outer, '.gitignore'), 'vendor/\n');
  git(outer, 'add', '-A');
  git(outer, 'commit', '-q', '-m', 'outer');

  const run = runCli(['diff'], outer);
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).toBe(0);
  expect(patchedPaths(run.stdout)).toEqual(['B.cs', 'inner/A.cs']);
});

test('file names that look like pathspec magic or options are plain names', () => {
  const root = makeTempDir();
  initRepo(root);
  for (const name of [':(glob)magic.cs', '-dash.cs', 'ignored.cs']) copyFileSync(NEEDS_CHANGE, join(root, name));
  writeFileSync(join(root, '.gitignore'), 'ignored.cs\n');
  const run = runCli(['check'], root);
  expect(run.status).toBe(1);
  expect(patchedPaths(run.stdout)).toEqual(['-dash.cs', ':(glob)magic.cs']);
  // The hint can be pasted into a shell: the dash name is not taken for an option.
  expect(run.stderr).toContain("To make the changes: ucma-codemod apply ./-dash.cs ':(glob)magic.cs'");
});

test('a file over the size limit is skipped from its size alone (a 3 GiB sparse file)', () => {
  const root = makeTempDir();
  copyFileSync(NEEDS_CHANGE, join(root, 'Small.cs'));
  const handle = openSync(join(root, 'Huge.cs'), 'w');
  ftruncateSync(handle, 3 * 1024 ** 3);
  closeSync(handle);
  const run = runCli(['diff'], root);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain(`Huge.cs: skipped: larger than ${4 * 1024 * 1024} bytes (${3 * 1024 ** 3})`);
  expect(patchedPaths(run.stdout)).toEqual(['Small.cs']);
});
