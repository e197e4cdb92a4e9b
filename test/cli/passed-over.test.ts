// A file the run cannot look at never lets a command say "nothing to do" when it may be the
// sample's: a symbolic link or an over-size file named Application.cs, or an over-size file that
// holds GetApplication, is counted, named with a warning, and the run exits 1.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const NEEDS_CHANGE = fixturePath('transforms', 'provisioner-tls-target', 'documented-original-crlf-bom.input.cs');

function project(): string {
  const root = makeTempDir();
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'lib', 'Other.cs'), 'class Other { }\n');
  return root;
}

describe.each(['check', 'diff', 'apply'])('%s', (command) => {
  test('a symbolic link named Application.cs: skipped, named with a warning, exit 1', () => {
    const root = project();
    const outside = makeTempDir();
    copyFileSync(NEEDS_CHANGE, join(outside, 'Application.cs'));
    symlinkSync(join(outside, 'Application.cs'), join(root, 'lib', 'Application.cs'));
    const run = runCli([command], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/lib\/Application\.cs: skipped: symbolic link, not followed/);
    expect(run.stderr).toMatch(
      /lib\/Application\.cs:1:1: warning: passed over \(symbolic link, not followed\), but provisioner-tls-target looks at files named Application\.cs/,
    );
    expect(run.stderr).toMatch(
      /0 (files to change|files need changes|files changed), 1 unchanged, 1 skipped, 0 failed; 0 errors, 1 warning/,
    );
  });

  test('Application.cs over the size limit: skipped and named, exit 1', () => {
    const root = project();
    copyFileSync(NEEDS_CHANGE, join(root, 'lib', 'Application.cs'));
    const run = runCli([command, '--max-file-size', '1k'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/lib\/Application\.cs: skipped: larger than 1024 bytes/);
    expect(run.stderr).toContain('looks at files named Application.cs');
  });

  test('another over-size file that holds GetApplication: named, exit 1; one that does not: skipped quietly, exit 0', () => {
    const root = project();
    // The needle sits past the first read chunk, so the streaming search must carry on.
    writeFileSync(
      join(root, 'lib', 'Big.cs'),
      `// ${'x'.repeat(1_100_000)}\nstatic class Application { static object GetApplication(string t) { return null; } }\n`,
    );
    writeFileSync(join(root, 'lib', 'Huge.cs'), `// ${'y'.repeat(1_100_000)}\nclass Huge { }\n`);
    const run = runCli([command, '--max-file-size', '1M'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /lib\/Big\.cs:1:1: warning: passed over \(larger than 1048576 bytes .*\), but it contains text that provisioner-tls-target looks for \("GetApplication"\)/,
    );
    expect(run.stderr).toMatch(/lib\/Huge\.cs: skipped: larger than/);
    expect(run.stderr).not.toMatch(/Huge\.cs:1:1: warning/);
    const quiet = runCli([command, '--max-file-size', '1M', 'lib/Huge.cs', 'lib/Other.cs'], root);
    expect(quiet.status).toBe(0);
  });
});

test('a transform that does not watch the file is not blamed: with -t of an XML transform, the linked Application.cs is only skipped', () => {
  const root = project();
  const outside = makeTempDir();
  copyFileSync(NEEDS_CHANGE, join(outside, 'Application.cs'));
  symlinkSync(join(outside, 'Application.cs'), join(root, 'lib', 'Application.cs'));
  const run = runCli(['check', '-t', 'ucma4-project-references'], root);
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/lib\/Application\.cs: skipped: symbolic link/);
});
