// -q/--quiet and --max-warnings N under `review` (piped answers) mean what they mean for diff, apply
// and check: errors only on stderr; up to N warnings do not by themselves make the run exit 1, while
// a declined change or an error still does.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const WARNING_CASE = fixturePath('transforms', 'provisioner-tls-target', 'manual-negated-test.input.cs');
const CHANGE_CASE = fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs');

/** One file with a change to review (Change.cs) and one with a change to make by hand (Warns.cs). */
function tree(): string {
  const root = makeTempDir();
  copyFileSync(CHANGE_CASE, join(root, 'Change.cs'));
  copyFileSync(WARNING_CASE, join(root, 'Warns.cs'));
  return root;
}

const review = (root: string, answers: string, ...flags: string[]) => runCli(['review', ...flags], root, { input: answers });
const original = readFileSync(CHANGE_CASE);

describe('review --max-warnings', () => {
  test('the warning alone makes review exit 1; --max-warnings 1 lets an accepted run exit 0; 0 does not', () => {
    expect(review(tree(), 'y\n').status).toBe(1);
    const root = tree();
    const allowed = review(root, 'y\n', '--max-warnings', '1');
    expect(allowed.status).toBe(0);
    expect(readFileSync(join(root, 'Change.cs')).equals(original)).toBe(false);
    expect(review(tree(), 'y\n', '--max-warnings', '0').status).toBe(1);
  });

  test('a declined change still exits 1 whatever the warning limit', () => {
    const root = tree();
    const declined = review(root, 'n\n', '--max-warnings', '5');
    expect(declined.status).toBe(1);
    expect(readFileSync(join(root, 'Change.cs')).equals(original)).toBe(true);
  });

  test('an error still exits 2 whatever the warning limit', () => {
    const root = tree();
    writeFileSync(join(root, 'Utf16.cs'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    expect(review(root, 'y\n', '--max-warnings', '5').status).toBe(2);
  });
});

describe('review -q', () => {
  test('without -q stderr has the warning, the count and the summary; with -q only the one line of why it exits 1, and the change is still written', () => {
    const loud = review(tree(), 'y\n');
    expect(loud.stderr).toContain('Warns.cs:');
    expect(loud.stderr).toContain('1 of 1 change accepted');
    expect(loud.stderr).toContain('ucma-codemod review:');
    const root = tree();
    const quiet = review(root, 'y\n', '-q');
    expect(quiet.stderr).toBe('ucma-codemod review: exit 1: 1 warning to fix by hand (run without -q to see them)\n');
    expect(quiet.status).toBe(1);
    expect(readFileSync(join(root, 'Change.cs')).equals(original)).toBe(false);
    // The questions are the product of review: they stay on stdout.
    expect(quiet.stdout.toString('utf8')).toContain('Apply this change? [y,n,a,q,d,A,D,e,?] ');
  });

  test('-q keeps errors, one line each; the answers running out is not one', () => {
    const root = tree();
    writeFileSync(join(root, 'Utf16.cs'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const quiet = review(root, '', '--quiet');
    expect(quiet.status).toBe(2);
    expect(quiet.stderr.trim().split('\n')).toHaveLength(1);
    expect(quiet.stderr).toMatch(/^Utf16\.cs: error: /);
  });
});
