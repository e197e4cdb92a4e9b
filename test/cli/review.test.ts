// `ucma-codemod review` with the real binary: each change is shown with its explanation, piped
// answers (y, n, a, q, ?) decide what is written, accepted changes get exactly the bytes `apply`
// writes, skipped ones stay byte-identical, and without a terminal or piped answers review refuses.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir, runCli, type CliRun } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { changedPaths, copySample, snapshot } from '../helpers/tree.js';

const edited = 'applicationprovisioner-edited';
const visualStudio = 'applicationprovisioner';
const FIRST = 'ApplicationProvisioning/Application.cs';
const SECOND = 'vendor-copy/ApplicationProvisioning/Application.cs';
const PROMPT = 'Apply this change? [y,n,a,q,d,A,D,e,?] ';

afterAll(cleanTempDirs);

/** The sample tree as `apply` leaves it. */
function appliedCopy(sample: string): Map<string, Buffer> {
  const root = copySample(sample);
  expect(runCli(['apply'], root).status).toBe(0);
  return snapshot(root);
}

const review = (root: string, answers: string): CliRun => runCli(['review'], root, { input: answers });
const count = (text: string, part: string) => text.split(part).length - 1;

describe('review with piped answers on the edited sample (2 changes)', () => {
  let original: Map<string, Buffer>;
  let applied: Map<string, Buffer>;
  beforeAll(() => {
    original = snapshot(fixturePath('samples', edited));
    applied = appliedCopy(edited);
  });

  test('"y", "n": only the first change is written, with apply\'s bytes; exit 1', () => {
    const root = copySample(edited);
    const run = review(root, 'y\nn\n');
    expect(run.status).toBe(1);
    const after = snapshot(root);
    expect(changedPaths(original, after)).toEqual([FIRST]);
    expect(after.get(FIRST)?.equals(applied.get(FIRST)!)).toBe(true);
    expect(after.get(SECOND)?.equals(original.get(SECOND)!)).toBe(true);

    const out = run.stdout.toString('utf8');
    expect(out).toContain(`[1/2] ${FIRST}:`);
    expect(out).toContain(`[2/2] ${SECOND}:`);
    // The explanation (description, follow-up, source) is shown once, with the first change.
    expect(count(out, 'Move-CsApplicationEndpoint')).toBe(1);
    // The explanation is wrapped; compare with runs of white space folded.
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toContain('The documented change adds a second Boolean expression');
    expect(flat).toContain('Source: Modifying ApplicationProvisioner.exe sample code');
    // Each change shows its preview.
    expect(out).toContain(
      '+                    if (String.IsNullOrEmpty( entry.TlsTarget ) || entry.TlsTarget.Equals(entry.Fqdn, StringComparison.OrdinalIgnoreCase)) {',
    );
    expect(out).toContain(
      '+                    if (string.IsNullOrEmpty(trustedService.TlsTarget) || trustedService.TlsTarget.Equals(trustedService.Fqdn, StringComparison.OrdinalIgnoreCase))',
    );
    expect(count(out, PROMPT)).toBe(2);
    expect(run.stderr).toContain('ucma-codemod review: 1 of 2 changes accepted');
  });

  test('"a" accepts all remaining changes: the tree equals what apply writes; exit 0', () => {
    const root = copySample(edited);
    const run = review(root, 'a\n');
    expect(run.status).toBe(0);
    expect(changedPaths(applied, snapshot(root))).toEqual([]);
    expect(count(run.stdout.toString('utf8'), PROMPT)).toBe(1);
    expect(run.stderr).toContain('2 of 2 changes accepted');
  });

  test('"n", "a": "a" on the last change accepts just that one', () => {
    const root = copySample(edited);
    const run = review(root, 'n\na\n');
    expect(run.status).toBe(1);
    const after = snapshot(root);
    expect(changedPaths(original, after)).toEqual([SECOND]);
    expect(after.get(SECOND)?.equals(applied.get(SECOND)!)).toBe(true);
  });

  test('"q" writes nothing; exit 1', () => {
    const root = copySample(edited);
    const run = review(root, 'q\n');
    expect(run.status).toBe(1);
    expect(changedPaths(original, snapshot(root))).toEqual([]);
    expect(count(run.stdout.toString('utf8'), PROMPT)).toBe(1);
    expect(run.stderr).toContain('0 of 2 changes accepted');
  });

  test('"?" prints the help and asks the same question again', () => {
    const root = copySample(edited);
    const run = review(root, '?\ny\ny\n');
    expect(run.status).toBe(0);
    const out = run.stdout.toString('utf8');
    expect(out).toContain('a - accept this change and all remaining ones');
    expect(out).toContain('q - skip this change and all remaining ones');
    // Asked twice for the first change, once for the second.
    expect(count(out, PROMPT)).toBe(3);
    expect(out.indexOf('[2/2]')).toBeGreaterThan(out.indexOf('a - accept this change'));
    expect(changedPaths(applied, snapshot(root))).toEqual([]);
  });

  test('an unknown answer is refused and the question asked again', () => {
    const root = copySample(edited);
    const run = review(root, 'maybe\ny\nn\n');
    expect(run.status).toBe(1);
    const out = run.stdout.toString('utf8');
    expect(out).toContain('Please answer y, n, a, q, d, A, D, e, ? (got "maybe")');
    expect(count(out, PROMPT)).toBe(3);
    expect(changedPaths(original, snapshot(root))).toEqual([FIRST]);
  });

  test('when the answers run out, the remaining changes are skipped and stderr says so', () => {
    const root = copySample(edited);
    const run = review(root, 'y\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the answers ran out; the remaining changes were skipped');
    expect(run.stderr).toContain('1 of 2 changes accepted');
    const after = snapshot(root);
    expect(changedPaths(original, after)).toEqual([FIRST]);
    expect(after.get(FIRST)?.equals(applied.get(FIRST)!)).toBe(true);
  });

  test('no answers at all (empty pipe): nothing is written; exit 1', () => {
    const root = copySample(edited);
    const run = review(root, '');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the answers ran out');
    expect(changedPaths(original, snapshot(root))).toEqual([]);
  });

  test('stdin neither a terminal nor a pipe: review refuses with exit 2 and writes nothing', () => {
    const root = copySample(edited);
    // stdin 'ignore' is /dev/null: a character device, not a pipe or a file.
    const run = spawnSync(process.execPath, [binPath, 'review'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/pipe the answers in/);
    expect(run.stderr).toContain('Run "ucma-codemod --help" for usage.');
    expect(changedPaths(original, snapshot(root))).toEqual([]);
  });
});

/** A user's transform (plain ES module, no imports): Trace.X -> Debug.X. */
const RENAME_TRACE = `function* walk(node) {
  yield node;
  for (const child of node.namedChildren) yield* walk(child);
}
export default {
  meta: { id: 'rename-trace-to-debug', title: 'Debug instead of Trace', description: 'Trace.X becomes Debug.X.', source: { title: 'review test' }, kind: 'fix' },
  run(context) {
    const edits = [];
    for (const node of walk(context.tree.rootNode)) {
      const target = node.type === 'member_access_expression' ? node.childForFieldName('expression') : null;
      if (target && target.type === 'identifier' && target.text === 'Trace') edits.push({ start: target.startIndex, end: target.endIndex, text: 'Debug' });
    }
    return { edits };
  },
};
`;

describe('review decides per change, not per file', () => {
  test('two transforms change the same file: accepting only one writes what apply writes with that transform alone', () => {
    const transform = join(makeTempDir(), 'rename-trace.mjs');
    writeFileSync(transform, RENAME_TRACE);
    const root = copySample(edited);
    // Trace.WriteLine (line 48) and the if (line 51) are one hunk, as git add -p shows them; s splits
    // it, then: y for the rename, n for the if, n for the vendor copy.
    const run = runCli(['review', '-t', 'provisioner-tls-target', '-t', transform], root, { input: 's\ny\nn\nn\n' });
    expect(run.status).toBe(1);
    const out = run.stdout.toString('utf8');
    expect(out).toMatch(
      /\[1\/2\] ApplicationProvisioning\/Application\.cs:48:\d+\nrename-trace-to-debug: Debug instead of Trace\n(.*\n)*provisioner-tls-target: /,
    );
    expect(out).toContain('Apply this change? [y,n,a,q,d,A,D,e,s,?] ');
    expect(out).toMatch(/\[1\/3\] ApplicationProvisioning\/Application\.cs:48:\d+\nrename-trace-to-debug: /);
    expect(out).toMatch(/\[2\/3\] ApplicationProvisioning\/Application\.cs:51:\d+\nprovisioner-tls-target: /);
    expect(run.stderr).toContain('1 of 3 changes accepted, 2 skipped');

    const renamedOnly = copySample(edited);
    expect(runCli(['apply', '-t', transform], renamedOnly).status).toBe(0);
    const expected = snapshot(renamedOnly);
    expect(changedPaths(expected, snapshot(root))).toEqual([]);
    expect(changedPaths(snapshot(fixturePath('samples', edited)), expected)).toEqual([FIRST]);
  });

  test('answers redirected from a file (review < answers.txt), written with CRLF line ends, are understood', () => {
    const answers = join(makeTempDir(), 'answers.txt');
    writeFileSync(answers, 'n\r\ny\r\n');
    const root = copySample(edited);
    const fd = openSync(answers, 'r');
    let run;
    try {
      run = spawnSync(process.execPath, [binPath, 'review'], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: [fd, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
    } finally {
      closeSync(fd);
    }
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('Please answer');
    expect(run.stderr).toContain('1 of 2 changes accepted');
    expect(changedPaths(snapshot(fixturePath('samples', edited)), snapshot(root))).toEqual([SECOND]);
  });
});

describe('review on the Visual Studio sample (UTF-8 with BOM, CRLF)', () => {
  test('"y" writes exactly the bytes apply writes, BOM and CRLF kept', () => {
    const original = snapshot(fixturePath('samples', visualStudio));
    const applied = appliedCopy(visualStudio);
    const root = copySample(visualStudio);
    const run = review(root, 'y\n');
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toContain(`[1/1] ${FIRST}:`);
    const after = snapshot(root);
    expect(changedPaths(original, after)).toEqual([FIRST]);
    expect(changedPaths(applied, after)).toEqual([]);
    const bytes = after.get(FIRST)!;
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(bytes.toString('latin1')).toContain('StringComparison.OrdinalIgnoreCase))\r\n');
  });
});
