// -q/--quiet (errors only on stderr) and --max-warnings N (ESLint's meaning: more than N warnings
// fail the run) on a file whose needed change must be made by hand (a warning).
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const WARNING_CASE = fixturePath('transforms', 'provisioner-tls-target', 'manual-negated-test.input.cs');

function treeWithWarnings(count: number): string {
  const root = makeTempDir();
  for (let i = 0; i < count; i++) copyFileSync(WARNING_CASE, join(root, `Application${i}.cs`));
  return root;
}

describe('--max-warnings and -q', () => {
  test('--max-warnings N: up to N warnings exit 0, more exit 1; without it any warning exits 1', () => {
    const root = treeWithWarnings(2);
    expect(runCli(['check'], root).status).toBe(1);
    expect(runCli(['check', '--max-warnings', '2'], root).status).toBe(0);
    expect(runCli(['check', '--max-warnings', '1'], root).status).toBe(1);
    expect(runCli(['check', '--max-warnings', '0'], root).status).toBe(1);
    expect(runCli(['check', '--max-warnings', 'many'], root).status).toBe(2);
  });

  test('--max-warnings never hides a needed change or an error', () => {
    const root = treeWithWarnings(1);
    copyFileSync(fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs'), join(root, 'Needs.cs'));
    expect(runCli(['check', '--max-warnings', '5'], root).status).toBe(1);
    writeFileSync(join(root, 'Utf16.cs'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    expect(runCli(['diff', '--max-warnings', '5'], root).status).toBe(2);
  });

  test('-q: no warning, summary or hint on stderr, but one line that says why it exits 1; errors still shown', () => {
    const root = treeWithWarnings(1);
    const quiet = runCli(['check', '-q'], root);
    expect(quiet.stderr).toBe('ucma-codemod check: exit 1: 1 warning to fix by hand (run without -q to see them)\n');
    expect(quiet.status).toBe(1);
    expect(runCli(['check', '-q', '--max-warnings', '1'], root)).toMatchObject({ status: 0, stderr: '' });
    writeFileSync(join(root, 'Utf16.cs'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const withError = runCli(['check', '--quiet'], root);
    expect(withError.status).toBe(2);
    expect(withError.stderr.trim().split('\n')).toHaveLength(1);
    expect(withError.stderr).toMatch(/^Utf16\.cs: error: /);
  });
});
