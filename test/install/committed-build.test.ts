// dist/ is committed (so that npm can install the default branch from git without a build, see
// scripts/compile.mjs), and it must be exactly the build of the committed sources: the check builds
// the sources of the git index in a temporary folder and compares every file with dist/ in the index.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanTempDirs, git, initRepo, makeTempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const check = (cwd: string) => spawnSync(process.execPath, ['scripts/compile.mjs', '--check'], { cwd, encoding: 'utf8' });

describe('the committed dist/', () => {
  test('is the build of the committed sources (npm run compile, then git add dist)', () => {
    const result = check(repoRoot);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('a dist/ file that differs from the build, or that no source makes, fails the check and is named', () => {
    const root = makeTempDir();
    const listed = git(
      repoRoot,
      'ls-files',
      '-z',
      '--',
      'src',
      'transforms',
      'dist',
      'scripts/compile.mjs',
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
    );
    for (const path of listed.split('\0').filter(Boolean)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      cpSync(join(repoRoot, path), join(root, path));
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    initRepo(root);
    appendFileSync(join(root, 'dist', 'src', 'index.js'), '// edited by hand\n');
    mkdirSync(join(root, 'dist', 'src', 'gone'));
    appendFileSync(join(root, 'dist', 'src', 'gone', 'removed.js'), 'export {};\n');
    git(root, 'add', '-A');
    const result = check(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('differs from the build: dist/src/index.js');
    expect(result.stderr).toContain('not made by the build: dist/src/gone/removed.js');
    expect(result.stderr).toContain('npm run compile');
  });
});
