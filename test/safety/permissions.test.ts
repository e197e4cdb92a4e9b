// Read-only files, unreadable directories, paths that vanish during the run, symlinks, and paths
// outside the current directory: a per-file error (exit 2) while the other files are processed,
// and nothing written outside the paths given.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const NEEDS_CHANGE = fixturePath('transforms', 'provisioner-tls-target', 'documented-original-crlf-bom.input.cs');
const original = readFileSync(NEEDS_CHANGE);

/** A tree with two files that need the change: A/Application.cs and B/Application.cs. */
function twoFileTree(): string {
  const root = makeTempDir();
  for (const dir of ['A', 'B']) {
    mkdirSync(join(root, dir));
    copyFileSync(NEEDS_CHANGE, join(root, dir, 'Application.cs'));
  }
  return root;
}

const isChanged = (path: string) => !readFileSync(path).equals(original);

describe('permissions and vanishing paths', () => {
  test('a read-only file is a per-file error; the other file is written', () => {
    const root = twoFileTree();
    chmodSync(join(root, 'A', 'Application.cs'), 0o444);
    const run = runCli(['apply'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('A/Application.cs: error: is read-only; not written');
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(false);
    expect(isChanged(join(root, 'B', 'Application.cs'))).toBe(true);
    expect(run.stderr).toMatch(/1 file changed, 0 unchanged, 0 skipped, 1 failed/);
  });

  test('an unreadable directory is a per-file error; the other files are processed', () => {
    const root = twoFileTree();
    chmodSync(join(root, 'A'), 0o000);
    // root reads every directory: as root, run without the capabilities that bypass permissions
    // (same user, so the checkout and node stay readable wherever they are).
    const dropCaps = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'] : [];
    const [command, ...args] = [...dropCaps, process.execPath, binPath, 'apply'];
    const run = spawnSync(command!, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    chmodSync(join(root, 'A'), 0o755);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('A: error: permission denied');
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(false);
    expect(isChanged(join(root, 'B', 'Application.cs'))).toBe(true);
  });

  test('a file that vanishes during the run is a per-file error; the others go on', () => {
    const root = twoFileTree();
    // A JavaScript transform (not type-checked, so it may do I/O) that deletes B's file while A is
    // processed: the tool then meets a path that disappeared after it was found.
    const transformDir = makeTempDir();
    const victim = join(root, 'B', 'Application.cs');
    writeFileSync(
      join(transformDir, 'vanish.mjs'),
      `import { rmSync } from 'node:fs';
export default {
  meta: { id: 'vanish', title: 'Deletes a file', description: 'Test only.', source: { title: 'test' }, kind: 'report' },
  run(context) { if (context.path.startsWith('A/')) rmSync(${JSON.stringify(victim)}); },
};
`,
    );
    const run = runCli(['apply', '-t', 'provisioner-tls-target', '-t', join(transformDir, 'vanish.mjs')], root);
    expect(run.status).toBe(2);
    // Read ahead or not, the file is gone when its turn to be written comes: an error, never a re-creation.
    expect(run.stderr).toMatch(/B\/Application\.cs: error: cannot (read|write): no such file or directory/);
    expect(existsSync(victim)).toBe(false);
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(true);
  });

  test('a missing path given on the command line is an error; the other paths are processed', () => {
    const root = twoFileTree();
    const run = runCli(['diff', 'A', 'nope', 'B'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nope: error: no such file or directory');
    expect(run.stdout.toString('latin1').match(/^diff --git /gm)).toHaveLength(2);
  });
});

describe('symlinks and paths outside the current directory', () => {
  test('a symlinked directory pointing out of the tree is not followed, and its files are never written', () => {
    const outside = makeTempDir();
    copyFileSync(NEEDS_CHANGE, join(outside, 'Application.cs'));
    const root = twoFileTree();
    symlinkSync(outside, join(root, 'linked'), 'dir');
    const run = runCli(['apply'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2 files changed/);
    expect(isChanged(join(outside, 'Application.cs'))).toBe(false);
  });

  test('a symlinked file named on the command line is skipped with a reason', () => {
    const root = twoFileTree();
    symlinkSync(join(root, 'A', 'Application.cs'), join(root, 'Link.cs'));
    const run = runCli(['apply', 'Link.cs'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Link.cs: skipped: symbolic link, not followed; pass the file it points to');
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(false);
  });

  test('diff never names a path outside the current directory', () => {
    const root = twoFileTree();
    const run = runCli(['diff', '../A'], join(root, 'B'));
    expect(run.status).toBe(2);
    expect(run.stdout.toString()).not.toContain('..');
    expect(run.stderr).toContain('../A is outside the current directory, and the diff patch names files by their path below the folder');
    expect(run.stderr).toContain('Run it there: cd ../A && ucma-codemod diff');
  });

  test('apply of a path outside the current directory writes it and reports it as changed', () => {
    const root = twoFileTree();
    const run = runCli(['apply', '../A'], join(root, 'B'));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/1 file changed, 0 unchanged, 0 skipped, 0 failed/);
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(true);
  });

  test('apply writes only inside the paths given', () => {
    const root = twoFileTree();
    const run = runCli(['apply', 'A'], root);
    expect(run.status).toBe(0);
    expect(isChanged(join(root, 'A', 'Application.cs'))).toBe(true);
    expect(isChanged(join(root, 'B', 'Application.cs'))).toBe(false);
  });
});

describe('size limit', () => {
  test('a file over --max-file-size is skipped with a message; the default limit admits the sample', () => {
    const root = twoFileTree();
    writeFileSync(join(root, 'Big.cs'), Buffer.alloc(2 * 1024 * 1024, 0x20));
    const run = runCli(['diff', '--max-file-size', '1M'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Big.cs: skipped: larger than 1048576 bytes (2097152); raise --max-file-size to include it');
    expect(run.stderr).toMatch(/2 files to change, 0 unchanged, 1 skipped, 0 failed/);
    expect(runCli(['diff'], root).stderr).toMatch(/2 files to change, 1 unchanged, 0 skipped/);
  });
});
